"""Admin registration of the mirror addresses."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from mirror.models import MirrorAddress


class MirrorAddressViewSet(SnippetViewSet):
    model = MirrorAddress
    icon = "site"
    menu_label = _("Mirror addresses")
    menu_name = "mirror-addresses"
    add_to_admin_menu = True
    menu_order = 800
    list_display = ["label", "url", "kind", "locale"]


register_snippet(MirrorAddressViewSet)
