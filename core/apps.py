from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site-wide")

    def ready(self):
        from wagtail.images import get_image_model

        import core.auth  # noqa: F401  (connects the failed-login counters)
        from core import counts, exports
        from core.csp import nonce_chooser_scripts
        from core.images import strip_uploaded_image_metadata
        from core.locales import sync_locales
        from core.page_cache import invalidation

        nonce_chooser_scripts()
        exports.install()
        counts.install()
        post_migrate.connect(sync_locales, sender=self, dispatch_uid="core.sync_locales")
        pre_save.connect(strip_uploaded_image_metadata, sender=get_image_model(), dispatch_uid="core.strip_exif")
        invalidation.connect()
