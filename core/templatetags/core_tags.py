"""Template tags for the site chrome: language switcher, hreflang, menu, breadcrumbs, footer."""

from django import template
from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import get_language_info

from core import i18n
from core.models import ContactEmail, FooterText, SocialAccount

register = template.Library()


@register.inclusion_tag("core/includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context.get("request")
    return {"links": i18n.language_links(request, page), "request": request}


@register.inclusion_tag("core/includes/hreflang.html", takes_context=True)
def hreflang_links(context, page):
    """``<link rel=alternate hreflang>`` for real translations only, plus x-default."""
    request = context.get("request")
    translations = i18n.real_translations(page)
    alternates = [(p.locale.language_code, p.get_full_url(request)) for p in translations]
    default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
    return {
        "alternates": alternates if len(alternates) > 1 else [],
        "x_default": default if len(alternates) > 1 else None,
    }


@register.simple_tag(takes_context=True)
def locale_root(context):
    """The home page of the active language (or None before the site is built)."""
    return i18n.locale_roots(context.get("request")).get(i18n.active_language())


@register.simple_tag(takes_context=True)
def menu_pages(context):
    root = locale_root(context)
    if root is None:
        return []
    return list(
        root.get_children()
        .live()
        .public()
        .in_menu()
        .only("id", "title", "url_path", "path", "depth", "slug", "locale_id")
    )


@register.simple_tag
def breadcrumb_pages(page):
    """Ancestors from the language's home page down to the parent of ``page``."""
    if page is None or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "path", "depth", "locale_id"))


@register.simple_tag
def footer_content():
    footer = FooterText.objects.for_active_locale()
    return {
        "footer": footer[0] if footer else None,
        "social_accounts": SocialAccount.objects.for_active_locale(),
        "contact_emails": ContactEmail.objects.for_active_locale(),
    }


@register.simple_tag
def text_direction(language_code):
    return "rtl" if get_language_info(language_code).get("bidi") else "ltr"


@register.filter
def is_stand_in(page):
    return i18n.is_stand_in(page)


@register.filter
def in_section(page, section):
    """True when ``page`` is ``section`` or below it in the tree."""
    return bool(page) and bool(section) and page.path.startswith(section.path)


@register.simple_tag
def block_anchor(value):
    """The heading's anchor, or one made from its text (Cyrillic kept)."""
    return value.get("anchor") or slugify(value.get("text", ""), allow_unicode=True)


@register.filter
def is_honeypot(bound_field):
    from core.spam import HONEYPOT_FIELD

    return bound_field.name == HONEYPOT_FIELD


@register.filter
def document_size(document):
    """The document's size in bytes: the stored figure, else the file's, else None."""
    if document.file_size:
        return document.file_size
    try:
        return document.file.size
    except (OSError, ValueError):
        return None
