"""The "Campaign moderators" group: may use the admin and moderate reported actions, contacts included.

Kept free of model imports so that the data migration can use it with historical models.
"""

GROUP_NAME = "Campaign moderators"
REPORT_PERMISSIONS = [
    "view_solidarityactionreport",
    "change_solidarityactionreport",
    "delete_solidarityactionreport",
    "view_reporter_contact",
]


def ensure_moderators_group(group_model, permission_model):
    """Create the group if missing and give it its rights; never takes rights away."""
    group, _created = group_model.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(
        *permission_model.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
        *permission_model.objects.filter(content_type__app_label="campaigns", codename__in=REPORT_PERMISSIONS),
    )
    return group
