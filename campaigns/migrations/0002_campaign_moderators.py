"""The "Campaign moderators" group, with the right to moderate reported actions and see contacts."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from campaigns.moderators import GROUP_NAME, ensure_moderators_group


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make this app's exist now.
    app_config = apps.get_app_config("campaigns")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    ensure_moderators_group(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
