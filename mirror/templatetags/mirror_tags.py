"""Template tags for the footer link to the Mirrors page and for the offline-form notice."""

from django import template
from django.conf import settings

from core.i18n import active_language
from core.models import ContactEmail
from mirror.models import MirrorAddress, mirrors_page_urls

register = template.Library()


@register.simple_tag
def mirrors_page_url():
    """The address of the Mirrors page in the active language, else in the source language, else ""."""
    urls = mirrors_page_urls()
    return urls.get(active_language()) or urls.get(settings.LANGUAGE_CODE, "")


@register.inclusion_tag("mirror/includes/form_notice.html", takes_context=True)
def offline_form_notice(context):
    """What a mirror shows instead of a form: whom to write to, and where the live site is."""
    addresses = MirrorAddress.objects.for_active_locale()
    return {
        "request": context.get("request"),
        "contact_emails": ContactEmail.objects.for_active_locale(),
        "web_mirrors": [a for a in addresses if not a.is_onion],
        "onion_mirrors": [a for a in addresses if a.is_onion],
        "mirrors_page_url": mirrors_page_url(),
    }
