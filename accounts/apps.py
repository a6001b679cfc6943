from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Two-factor login for the admin: devices, verification, enrolment and resets."""

    name = "accounts"
    verbose_name = _("Accounts")
