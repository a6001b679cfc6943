"""The public notice on stand-ins: pages shown in the source language until they are translated."""

from django import template
from django.conf import settings

from core import i18n

register = template.Library()
LANGUAGE_NAMES = dict(settings.LANGUAGES)


@register.inclusion_tag("translations/includes/stand_in_notice.html", takes_context=True)
def stand_in_notice(context, page):
    """Says the page is not translated and links to the languages where it exists (nothing elsewhere)."""
    if page is None or not i18n.is_stand_in(page):
        return {"show": False}
    request = context.get("request")
    links = [
        {"code": other.locale.language_code, "name": LANGUAGE_NAMES.get(other.locale.language_code), "url": url}
        for other in i18n.real_translations(page)
        if other.locale_id != page.locale_id and (url := other.get_url(request))
    ]
    return {"show": True, "links": links}
