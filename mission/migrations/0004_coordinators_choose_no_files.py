"""The "Mission coordinators" group chooses no documents or images.

Wagtail's migrations that introduced the "choose" permission gave it, on the root collection, to
every group that could open the admin at the time, this one included: its members then saw every
document and image in the choosers, private collections too. Coordinators read applications; they link no documents or images.
"""

from django.db import migrations

GROUP_NAME = "Mission coordinators"
CHOOSE = [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")]


def remove_choose_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is None:
        return
    for app_label, codename in CHOOSE:
        permissions = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.filter(group=group, permission__in=permissions).delete()
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("mission", "0003_snippet_revisions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(remove_choose_permissions, migrations.RunPython.noop)]
