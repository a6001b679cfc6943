"""Generations: a token per language that names the current version of everything shown in it.

Every cached page and every cached piece of the site chrome is stored under the generation of
its language. A change to content starts a new generation (``bump``), so the next request
looks under a key that has never been filled and renders afresh; old entries are never read
again and expire on their own. Addresses outside the language prefixes (the sitemap,
robots.txt) belong to the ``SITE`` generation, which every change renews.

The cache may be unreachable: every function here then behaves as if nothing were cached
(``CacheUnavailable`` is raised to the middleware, which serves the page uncached).
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger("solidarity.page_cache")

SITE = "_site"
GENERATION_KEY = "pagecache:generation:{}"
_MISSING = object()


class CacheUnavailable(Exception):
    """The default cache did not answer; callers carry on without it."""


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def _new_token():
    return uuid.uuid4().hex[:16]


def generations(scopes):
    """The current token of each scope (a language code or ``SITE``), creating missing ones."""
    keys = {GENERATION_KEY.format(scope): scope for scope in scopes}
    try:
        found = cache.get_many(list(keys))
        tokens = {keys[key]: token for key, token in found.items()}
        for key, scope in keys.items():
            if scope not in tokens:
                token = _new_token()
                # add(): two processes starting a generation at once agree on one token.
                cache.add(key, token, None)
                tokens[scope] = cache.get(key) or token
    except Exception as error:
        raise CacheUnavailable(type(error).__name__) from error
    return tokens


def bump(scopes):
    """Start a new generation for these languages (and for the site-wide addresses)."""
    scopes = {*scopes, SITE}
    try:
        cache.set_many({GENERATION_KEY.format(scope): _new_token() for scope in scopes}, None)
    except Exception as error:  # the cache is down: nothing is served from it anyway
        logger.error("Could not renew the page cache generation (%s)", type(error).__name__)


def remember_for_language(language_code, name, compute, timeout=None):
    """``compute()``, kept in the cache for ``language_code`` until something in that language changes.

    Used for the site chrome (menu, footer, language roots, breadcrumbs). ``None`` and empty
    results are remembered too. Without a cache, computes every time.
    """
    try:
        token = generations([language_code])[language_code]
        key = f"chrome:{language_code}:{token}:{name}"
        stored = cache.get(key, _MISSING)
    except Exception:
        return compute()
    if stored is not _MISSING:
        return stored
    value = compute()
    try:
        cache.set(key, value, timeout or settings.PAGE_CACHE_SECONDS)
    except Exception as error:
        logger.warning("Could not store a chrome fragment (%s)", type(error).__name__)
    return value


def remember_many_for_language(language_code, name, parts, compute, timeout=None):
    """``{part: value}`` for each of ``parts``, kept like ``remember_for_language`` in one cache round trip.

    ``compute(missing_parts)`` returns a ``{part: value}`` for the parts not in the cache; parts it
    leaves out are left out of the answer (and not remembered). Without a cache, computes all.
    """
    parts = list(dict.fromkeys(parts))
    if not parts:
        return {}
    try:
        token = generations([language_code])[language_code]
        keys = {part: f"chrome:{language_code}:{token}:{name}:{part}" for part in parts}
        stored = cache.get_many(list(keys.values()))
    except Exception:
        return dict(compute(parts))
    found = {part: stored[key] for part, key in keys.items() if key in stored}
    missing = [part for part in parts if part not in found]
    if missing:
        computed = dict(compute(missing))
        found.update(computed)
        try:
            values = {keys[part]: value for part, value in computed.items()}
            cache.set_many(values, timeout or settings.PAGE_CACHE_SECONDS)
        except Exception as error:
            logger.warning("Could not store chrome fragments (%s)", type(error).__name__)
    return {part: found[part] for part in parts if part in found}
