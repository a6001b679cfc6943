"""Remembered listings: which articles a listing shows, kept in the cache until the news change.

Counting, sorting and grouping thousands of articles costs time that grows with the archive,
even in a fixed number of queries. So each listing's result (the ids on one page, the total,
the years and topics, an article's related articles) is computed once and kept in the cache
under a *generation* token. Any change to an article, a tag or a page's privacy, and any page
move, starts a new generation (news/signals.py), so the next request computes afresh.

With the shared Redis cache of a production set-up every process sees a new generation at
once. With the per-process memory cache of a small set-up, other processes see a change
after at most ``CACHE_SECONDS``, the same time a public page may be cached by browsers and
proxies anyway. Articles are always fetched with ``published()``, so even a remembered id
list never shows a draft or a private article.
"""

import uuid

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "news:generation"
CACHE_SECONDS = getattr(settings, "PUBLIC_CACHE_MAX_AGE", 300)


def generation():
    token = cache.get(GENERATION_KEY)
    if token is None:
        fresh = uuid.uuid4().hex
        cache.add(GENERATION_KEY, fresh, None)
        # While the cache is unreachable it stores nothing: a fresh token then means "compute".
        token = cache.get(GENERATION_KEY) or fresh
    return token


def new_generation(**_signal_kwargs):
    """Forget every remembered listing (connected to the signals of news/signals.py)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def remember(parts, compute):
    """The cached value for ``parts`` in the current generation, computing it with ``compute()`` if missing."""
    key = ":".join(["news", generation(), *(str(part) for part in parts)])
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value


def in_order(queryset, ids):
    """The objects of ``queryset`` with these ids, in the order of ``ids`` (missing ones left out)."""
    if not ids:
        return []
    found = {obj.pk: obj for obj in queryset.filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]
