"""Template tags for the footer link to the Mirrors page and for the offline-form notice."""

from django import template
from django.conf import settings

from core.i18n import active_language
from core.models import ContactEmail
from mirror.models import MirrorAddress, MirrorsPage

register = template.Library()


@register.simple_tag
def mirrors_page():
    """The live, public Mirrors page of the active language, else the source language's, else None."""
    pages = {
        page.locale.language_code: page
        for page in MirrorsPage.objects.live().public().select_related("locale").only("id", "url_path", "locale")
    }
    return pages.get(active_language()) or pages.get(settings.LANGUAGE_CODE)


@register.inclusion_tag("mirror/includes/form_notice.html", takes_context=True)
def offline_form_notice(context):
    """What a mirror shows instead of a form: whom to write to, and where the live site is."""
    addresses = MirrorAddress.objects.for_active_locale()
    return {
        "request": context.get("request"),
        "contact_emails": ContactEmail.objects.for_active_locale(),
        "web_mirrors": [a for a in addresses if not a.is_onion],
        "onion_mirrors": [a for a in addresses if a.is_onion],
        "mirrors_page": mirrors_page(),
    }
