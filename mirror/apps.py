from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_unpublished, post_page_move


class MirrorConfig(AppConfig):
    name = "mirror"
    verbose_name = _("Mirrors")

    def ready(self):
        # Models can only be imported once the app registry is ready.
        from wagtail.models import PageViewRestriction

        from mirror.models import MirrorAddress, MirrorsPage, forget_mirrors_pages, forget_onion_address

        post_save.connect(forget_onion_address, sender=MirrorAddress, dispatch_uid="mirror.forget_onion_save")
        post_delete.connect(forget_onion_address, sender=MirrorAddress, dispatch_uid="mirror.forget_onion_delete")
        # Any page: moving or restricting an ancestor changes the Mirrors page's address or visibility too.
        for name, signal in [
            ("published", page_published),
            ("unpublished", page_unpublished),
            ("moved", post_page_move),
        ]:
            signal.connect(forget_mirrors_pages, dispatch_uid=f"mirror.forget_pages_{name}")
        post_delete.connect(forget_mirrors_pages, sender=MirrorsPage, dispatch_uid="mirror.forget_pages_delete")
        for signal in (post_save, post_delete):
            signal.connect(
                forget_mirrors_pages, sender=PageViewRestriction, dispatch_uid=f"mirror.forget_pages_{signal}"
            )
