"""The Groups screen with a description of each group, so that admins pick the right one.

Group names alone do not say enough ("Moderators" or "Campaign moderators"?). Each app says what
its own groups are for through the ``describe_admin_groups`` hook: a function that returns
``{group name: description}``. Wagtail's own "Moderators" group is described here.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.users.views import groups

DESCRIBE_GROUPS_HOOK = "describe_admin_groups"


@hooks.register(DESCRIBE_GROUPS_HOOK)
def describe_wagtail_groups():
    return {
        "Moderators": _(
            "Wagtail's own group: approves pages sent for moderation and may edit and publish pages in every "
            "language. Use the language groups for everyday work."
        ),
    }


def group_descriptions():
    """{group name: description} from every app's ``describe_admin_groups`` hook."""
    descriptions = {}
    for describe in hooks.get_hooks(DESCRIBE_GROUPS_HOOK):
        descriptions.update(describe())
    return descriptions


class IndexView(groups.IndexView):
    columns = [
        *groups.IndexView.columns,
        Column("description", label=_("What it is for")),
    ]

    def get_table(self, object_list):
        descriptions = group_descriptions()
        object_list = list(object_list)
        for group in object_list:
            group.description = descriptions.get(group.name, "")
        return super().get_table(object_list)


class GroupViewSet(groups.GroupViewSet):
    index_view_class = IndexView
