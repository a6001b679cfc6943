"""The "Campaign moderators" group: may use the admin and moderate reported actions, contacts included."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Campaign moderators"
REPORT_PERMISSIONS = [
    "view_solidarityactionreport",
    "change_solidarityactionreport",
    "delete_solidarityactionreport",
    "view_reporter_contact",
]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make this app's exist now.
    app_config = apps.get_app_config("campaigns")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="campaigns", codename__in=REPORT_PERMISSIONS),
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
