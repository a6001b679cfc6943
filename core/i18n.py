"""Which translations of a page exist, for the language switcher, hreflang and the sitemap.

A *real* translation is a live page in another locale with the same translation key that is
not a wagtail-localize stand-in (an alias of the source page, shown until translated).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from core.page_cache.generations import remember_for_language

LANGUAGE_ORDER = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}


def active_language():
    return get_supported_content_language_variant(get_language() or settings.LANGUAGE_CODE)


def _find_roots(site):
    roots = {}
    if site is not None:
        for root in Page.objects.filter(translation_key=site.root_page.translation_key, live=True).select_related(
            "locale"
        ):
            roots[root.locale.language_code] = root
    return roots


def locale_roots(request):
    """The live home page of every language, by language code; kept on the request and in the cache.

    Any change to a home page renews every language's generation (they share a translation
    key), so the cached copy under the active language's generation is never out of date.
    """
    cached = getattr(request, "_locale_roots", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request) if request else None
    if site is None:
        site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    roots = remember_for_language(active_language(), f"roots:{site.pk if site else ''}", lambda: _find_roots(site))
    if request is not None:
        request._locale_roots = roots
    return roots


def real_translations(page):
    """Live, non-stand-in versions of ``page`` in every language (itself included), in LANGUAGES order."""
    if page is None or not getattr(page, "translation_key", None):
        return []
    cache_attr = "_real_translations"
    if not hasattr(page, cache_attr):

        def find():
            pages = Page.objects.filter(
                translation_key=page.translation_key, live=True, alias_of__isnull=True
            ).select_related("locale")
            return sorted(pages, key=lambda p: LANGUAGE_ORDER.get(p.locale.language_code, len(LANGUAGE_ORDER)))

        language = locale_code(page.locale_id)
        if language:
            # Publishing, unpublishing or moving any of them renews the generation of each of
            # their languages, this page's among them (core.page_cache.invalidation).
            found = remember_for_language(language, f"translations:{page.translation_key}", find)
        else:
            found = find()
        setattr(page, cache_attr, found)
    return getattr(page, cache_attr)


def is_stand_in(page):
    """True for a page that only stands in for an untranslated source page."""
    return bool(getattr(page, "alias_of_id", None)) and page.depth > 2


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: the link goes to that language's home page instead


def language_links(request, page):
    """One link per site language: to the page's real translation, else to that language's home."""
    current = active_language()
    translations = {p.locale.language_code: p for p in real_translations(page)} if page else {}
    roots = locale_roots(request)
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        is_translation = target is not None
        if target is None:
            target = roots.get(code)
        if target is None:
            continue
        url = target.get_url(request)
        if url:
            links.append(LanguageLink(code, name, url, code == current, is_translation))
    return links


LOCALE_CODES_KEY = "i18n:locale-codes"


def locale_code(locale_id):
    """A locale's language code by id, from the shared cache (a locale's code never changes)."""
    if locale_id is None:
        return None
    try:
        codes = cache.get(LOCALE_CODES_KEY) or {}
    except Exception:  # noqa: BLE001 (the cache is optional: read the database instead)
        codes = {}
    if locale_id not in codes:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        try:
            cache.set(LOCALE_CODES_KEY, codes, None)
        except Exception:  # noqa: BLE001, S110
            pass
    return codes.get(locale_id)


def _stand_in_source_language(page):
    """The language of the page a stand-in shows; from ``select_related("alias_of__locale")`` when given."""
    cached = page._state.fields_cache.get("alias_of")
    if cached is not None:
        return locale_code(cached.locale_id)
    if not hasattr(page, "_source_language"):
        page._source_language = locale_code(
            Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True).first()
        )
    return page._source_language


def source_language(obj):
    """The language ``obj``'s words are in when it is not the visitor's, else None.

    That is a stand-in's source language, or the language of a row shown in place of a missing
    translation (a snippet's fallback, another language's tag). Templates use it to mark such
    words with ``lang`` and the "not translated yet" marker.
    """
    if obj is None:
        return None
    visitor = active_language()
    # Set by an app on a row of the visitor's locale that still has the source's words.
    words = getattr(obj, "words_language", None)
    if words:
        return words if words != visitor else None
    if isinstance(obj, Page) and is_stand_in(obj):
        language = _stand_in_source_language(obj)
    else:
        locale_id = getattr(obj, "locale_id", None)
        language = locale_code(locale_id)
    return language if language and language != visitor else None
