"""The two-factor pages in the admin: URLs, the account menu item and the users listing button."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from accounts import groups, urls  # noqa: F401  (groups: Wagtail's own groups described)
from accounts.views import can_reset


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("2fa/", include(urls))]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor:manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Your authenticator apps, passkeys and recovery codes."),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if can_reset(request_user, user):
        yield Button(
            _("Reset two-factor authentication"),
            reverse("two_factor:reset_user", args=[user.pk]),
            icon_name="key",
            priority=50,
        )
