"""Template tags for the site chrome: language switcher, hreflang, menu, breadcrumbs, footer."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language_info, gettext
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.templatetags.wagtailcore_tags import pageurl

from core import i18n
from core.models import ContactEmail, FooterText, SocialAccount
from core.page_cache import remember_for_language
from core.page_cache.fragments import do_language_fragment

register = template.Library()
register.tag("language_fragment", do_language_fragment)


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


CHROME_FIELDS = ("id", "title", "url_path", "path", "depth", "slug", "locale_id", "alias_of__locale")


def _chrome_pages(pages):
    """Only what menus and breadcrumbs show, with a stand-in's source locale (for ``in_language``)."""
    return list(pages.select_related("alias_of").only(*CHROME_FIELDS))


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The live, public pages marked for menus below the language's home page; cached per language."""
    root = locale_root(context)
    if root is None:
        return []
    return remember_for_language(
        i18n.active_language(),
        f"menu:{root.pk}",
        lambda: _chrome_pages(root.get_children().live().public().in_menu()),
    )


@register.simple_tag
def breadcrumb_pages(page):
    """Ancestors from the language's home page down to the parent of ``page``; cached per language."""
    if page is None or page.depth <= 2 or page.pk is None:
        return []
    # A draft being previewed is never cached, and its ancestors are the live page's.
    return remember_for_language(
        i18n.active_language(),
        f"crumbs:{page.path}",
        lambda: _chrome_pages(page.get_ancestors().filter(depth__gte=2)),
    )


@register.simple_tag(takes_context=True)
def localized_pageurl(context, page):
    """The address of ``page`` in the visitor's language: ``{% pageurl page.localized %}``, remembered.

    Finding the translation costs two queries per link (the active locale, then the page);
    the answer is kept per language generation, which every change to the page or its
    translations renews (core.page_cache.invalidation). Mirror copies are not kept (their
    addresses are relative to the copy).
    """
    if page is None:
        return ""
    request = context.get("request")
    if request is None or getattr(request, "is_mirror", False):
        return pageurl(context, page.localized)
    return remember_for_language(
        i18n.active_language(),
        f"localized-url:{request.get_host()}:{page.pk}",
        lambda: pageurl(context, page.localized),
    )


@register.simple_tag
def footer_content():
    footer = FooterText.objects.for_active_locale()
    return {
        "footer": footer[0] if footer else None,
        "social_accounts": SocialAccount.objects.for_active_locale(),
        "contact_emails": ContactEmail.objects.for_active_locale(),
    }


@register.simple_tag
def site_footer():
    """The footer of every page, rendered once per language until a footer snippet changes."""
    return mark_safe(  # noqa: S308 (the template escapes; only its output is kept)
        remember_for_language(
            i18n.active_language(),
            "footer",
            lambda: render_to_string("core/includes/footer.html", {"footer": footer_content()}),
        )
    )


@register.simple_tag(takes_context=True)
def editor_userbar(context, position="bottom-right"):
    """Wagtail's user bar, for visitors who have a session (editors).

    Looking up the user opens the session, and an opened session makes Django answer
    ``Vary: Cookie``, which no shared cache may keep; anonymous pages never open it.
    """
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context, position)


@register.simple_tag
def text_direction(language_code):
    return "rtl" if get_language_info(language_code).get("bidi") else "ltr"


@register.filter
def is_stand_in(page):
    return i18n.is_stand_in(page)


@register.filter
def source_language(obj):
    """The language of ``obj``'s words when it is not the visitor's (a stand-in, a fallback row), else ""."""
    return i18n.source_language(obj) or ""


@register.simple_tag
def in_language(obj, text, marker=True):
    """``text`` (a title, slogan or summary of ``obj``), marked when it is not in the visitor's language.

    Such words get ``lang`` (so screen readers and translation tools read them right) and, with
    ``marker``, the site's "not translated yet" marker in the visitor's language.
    """
    language = i18n.source_language(obj)
    if not language:
        return conditional_escape(text)
    html = format_html('<span lang="{}">{}</span>', language, text)
    if marker:
        html += untranslated_marker()
    return html


@register.simple_tag
def untranslated_marker():
    """The short marker after words shown in the source language until they are translated."""
    return format_html(
        ' <small class="untranslated-marker" lang="{}">({})</small>',
        i18n.active_language(),
        gettext("not translated yet"),
    )


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


@register.simple_tag
def field_label(field):
    """The ``<label>`` (or, for a group of choices, ``<legend>``) of a public form's field.

    Every label says in words whether an answer is required or optional, so nobody has to rely
    on colour or on the browser's own validation to know (see core/includes/form_fields.html).
    """
    marker = gettext("(required)") if field.field.required else gettext("(optional)")
    contents = format_html('{} <span class="form-field__marker">{}</span>', field.label, marker)
    # No colon after the marker: labels stand above their answers, in every form the same way.
    if field.use_fieldset:
        return field.legend_tag(contents=contents, label_suffix="")
    return field.label_tag(contents=contents, label_suffix="")
