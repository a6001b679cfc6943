from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site-wide")

    def ready(self):
        from core.locales import sync_locales

        post_migrate.connect(sync_locales, sender=self, dispatch_uid="core.sync_locales")
