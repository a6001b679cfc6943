from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MirrorConfig(AppConfig):
    name = "mirror"
    verbose_name = _("Mirrors")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from mirror.models import MirrorAddress, forget_onion_address

        post_save.connect(forget_onion_address, sender=MirrorAddress, dispatch_uid="mirror.forget_onion_save")
        post_delete.connect(forget_onion_address, sender=MirrorAddress, dispatch_uid="mirror.forget_onion_delete")
