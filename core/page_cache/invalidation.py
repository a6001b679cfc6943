"""What makes cached pages out of date, and the purge that follows (see docs/caching.md).

Each change is turned into the set of languages it can show up in; those languages start a
new generation (page cache and chrome) and any CDN or reverse proxy is told to drop them
(``core.page_cache.frontend``). The generation is renewed at once, so that a request in the
same transaction or test sees the change, and again after the transaction commits, so that a
request that rendered the old content between the first renewal and the commit cannot leave
its copy under the current generation.

Which languages a change reaches:

- a page published, unpublished, saved live, deleted, or its view restriction changed: the
  languages of every page sharing its translation key and of its aliases (the language
  switcher, hreflang and stand-ins show it there); moving a page: every language (each moved
  page's translations link to its address);
- a translatable snippet or other translatable row (footer, contacts, social links, tags,
  Mission snippets): its language, or every language when it is in the source language (the
  others fall back to it and follow its order);
- an untranslatable snippet, a redirect, a site, a changed image or document: every language;
- rows named in ``PAGE_CACHE_DEPENDENT_MODELS`` (reported actions shown on a campaign page):
  the languages of their page, and only when the row is or was visible there, so that public
  submissions waiting for moderation do not empty the cache.
"""

import threading

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_save
from modelcluster.fields import ParentalKey
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site, TranslatableMixin
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move
from wagtail.snippets.models import get_snippet_models

from core.page_cache import frontend
from core.page_cache.generations import bump, language_codes
from core.tasks import purge_frontend_cache

# Saving a draft revision touches only these columns of a live page; what visitors see is unchanged.
DRAFT_FIELDS = {
    "comments",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}

_pending = threading.local()


def _state():
    if not hasattr(_pending, "languages"):
        _pending.languages, _pending.urls, _pending.whole = set(), set(), set()
    return _pending


def changed(languages, urls=(), *, whole=False):
    """Languages that a change makes out of date, and the exact addresses that show it.

    ``whole``: the change shows on every page of those languages (a footer, a redirect), so
    CDNs that purge exact addresses only are sent every page of them.
    """
    languages = set(languages)
    if not languages:
        return
    bump(languages)
    state = _state()
    state.languages |= languages
    state.urls |= set(urls)
    if whole:
        state.whole |= languages
    # Several changes in one transaction share one purge: the first callback takes them all.
    transaction.on_commit(flush)


def discard_pending():
    """Forget changes whose transaction never committed (rolled back, or a test's)."""
    state = _state()
    state.languages, state.urls, state.whole = set(), set(), set()


def flush():
    """After commit: renew the generations once more and queue the CDN's purge.

    The page cache is shared by every host, so its renewal here reaches them all at once; the
    CDN's purge is a task (core.tasks), which the worker runs a moment later.
    """
    state = _state()
    languages, urls, whole = state.languages, state.urls, state.whole
    state.languages, state.urls, state.whole = set(), set(), set()
    if languages:
        bump(languages)
        if frontend.configured():
            purge_frontend_cache.enqueue(sorted(languages), sorted(urls), sorted(whole))


def default_language():
    return language_codes()[0]


def languages_of_page(page):
    """Codes of the languages where ``page``, its translations or its aliases appear."""
    codes = set(
        Page.objects.filter(Q(translation_key=page.translation_key) | Q(alias_of_id=page.pk)).values_list(
            "locale__language_code", flat=True
        )
    )
    return codes | set(Locale.objects.filter(pk=page.locale_id).values_list("language_code", flat=True))


def languages_of_row(instance):
    if not isinstance(instance, TranslatableMixin) or instance.locale_id is None:
        return set(language_codes())
    code = Locale.objects.filter(pk=instance.locale_id).values_list("language_code", flat=True).first()
    if code is None or code == default_language():
        return set(language_codes())
    return {code}


def page_changed(page, **_kwargs):
    changed(languages_of_page(page), frontend.page_urls(page))


# Signal receivers


def on_page_published(sender, instance, **kwargs):
    page_changed(instance)


def on_page_unpublished(sender, instance, **kwargs):
    page_changed(instance)


def on_pre_page_move(sender, instance, **kwargs):
    # The old addresses, while the tree still has them.
    changed(set(language_codes()), frontend.subtree_urls(instance))


def on_post_page_move(sender, instance, **kwargs):
    changed(set(language_codes()), frontend.subtree_urls(instance))


def is_snippet(instance):
    return type(instance) in set(get_snippet_models())


def is_part_of_page(instance):
    """Rows saved with a page (its tag links, form fields): the page's own publication covers them."""
    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page) for field in instance._meta.fields
    )


def on_save(sender, instance, raw=False, created=False, update_fields=None, **kwargs):
    if raw:
        return
    if isinstance(instance, Page):
        if instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
            page_changed(instance)
    elif isinstance(instance, PageViewRestriction):
        changed(languages_of_page(instance.page), frontend.subtree_urls(instance.page))
    elif isinstance(instance, (Redirect, Site)):
        changed(language_codes(), whole=True)
    elif isinstance(instance, (get_image_model(), get_document_model())):
        if not created:  # a new upload is not shown anywhere yet
            changed(language_codes(), whole=True)
    elif is_part_of_page(instance):
        return
    elif isinstance(instance, TranslatableMixin) or is_snippet(instance):
        changed(languages_of_row(instance), whole=True)


def on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        # Live pages were unpublished just before (Wagtail's pre_delete), which purged their addresses.
        changed(language_codes())
    elif isinstance(instance, PageViewRestriction):
        changed(language_codes(), frontend.subtree_urls(instance.page))
    elif isinstance(instance, (Redirect, Site, get_image_model(), get_document_model())):
        changed(language_codes(), whole=True)
    elif is_part_of_page(instance):
        return
    elif isinstance(instance, TranslatableMixin) or is_snippet(instance):
        changed(languages_of_row(instance), whole=True)


# Rows shown on a page only when they are in a given state (PAGE_CACHE_DEPENDENT_MODELS)


def dependent_models():
    """(model, page field, {field: value} that makes a row visible) for each configured model."""
    for label, rule in settings.PAGE_CACHE_DEPENDENT_MODELS.items():
        yield apps.get_model(label), rule["page"], rule.get("shown_when", {})


def _is_shown(values, shown_when):
    return all(values.get(field) == value for field, value in shown_when.items())


def _remember_shown(sender, instance, raw=False, **kwargs):
    _page_field, shown_when = _rules[sender]
    before = sender._default_manager.filter(pk=instance.pk).values(*shown_when).first() if instance.pk else None
    instance._page_cache_was_shown = before is not None and _is_shown(before, shown_when)


def _dependent_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    page_field, shown_when = _rules[sender]
    now_shown = _is_shown({field: getattr(instance, field) for field in shown_when}, shown_when)
    if now_shown or getattr(instance, "_page_cache_was_shown", False):
        page = getattr(instance, page_field, None)
        if page is not None:
            page_changed(page)


_rules = {}


def connect():
    page_published.connect(on_page_published, dispatch_uid="page-cache-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="page-cache-unpublished")
    pre_page_move.connect(on_pre_page_move, dispatch_uid="page-cache-pre-move")
    post_page_move.connect(on_post_page_move, dispatch_uid="page-cache-post-move")
    post_save.connect(on_save, dispatch_uid="page-cache-save")
    post_delete.connect(on_delete, dispatch_uid="page-cache-delete")
    for model, page_field, shown_when in dependent_models():
        _rules[model] = (page_field, shown_when)
        uid = f"page-cache-{model._meta.label_lower}"
        pre_save.connect(_remember_shown, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(_dependent_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_dependent_changed, sender=model, dispatch_uid=f"{uid}-delete")
