"""Wagtail's users app with the Groups screen of accounts.groups (listed in INSTALLED_APPS)."""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersConfig(WagtailUsersAppConfig):
    group_viewset = "accounts.groups.GroupViewSet"
