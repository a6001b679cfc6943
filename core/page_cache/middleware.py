"""The full-page cache for anonymous visitors (see docs/caching.md).

A page is served from the cache only to a request that carries nothing personal (no session
or messages cookie, no Authorization header), and stored only when the response says any
shared cache may keep it (``Cache-Control: public`` with a max-age, no cookie set, no
``Vary: Cookie``, no CSRF token rendered, not a preview). The key holds the scheme, host,
path, the query parameters the view reads (``cache_query_parameters``; any other parameter,
such as ``utm_source``, is ignored so that it cannot split or bust the cache), the language
generation and the local date (pages with a countdown change at midnight).

Django's cache middleware and wagtail-cache were not used: both key on the whole query
string, and wagtail-cache purges by clearing the whole cache backend (the rate-limit
counters with it, when they share a Redis database) or through one shared key list that
concurrent processes overwrite; docs/caching.md gives the details.
"""

import hashlib
import time
import zlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import cc_delim_re, get_max_age

from core.page_cache.generations import SITE, generations, logger

PAGE_KEY = "pagecache:page:{}"
CACHEABLE_STATUSES = {200, 301, 404, 410}
# Vary values that the key already covers: the language is in the path, or negotiated into the key.
KEYED_VARY = {"accept-language"}
DEFAULT_QUERY_PARAMETERS = ("page",)


def cache_query_parameters(*names):
    """Decorate a view with the query parameters that change its response (all others are ignored)."""

    def decorate(view):
        view.page_cache_parameters = tuple(names)
        return view

    return decorate


def language_of_path(path):
    """The language prefix of ``path`` (``/ru/news/`` → ``ru``), or None."""
    first = path.lstrip("/").split("/", 1)[0]
    return first if first in {code for code, _name in settings.LANGUAGES} else None


def query_parameters(path, language):
    """The parameters the view at ``path`` reads; Wagtail pages read only ``page``."""
    try:
        with translation.override(language or settings.LANGUAGE_CODE):
            view = resolve(path).func
    except Resolver404:
        return DEFAULT_QUERY_PARAMETERS
    return getattr(view, "page_cache_parameters", DEFAULT_QUERY_PARAMETERS)


def is_excluded_path(path):
    return path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))


def is_anonymous_request(request):
    """True for a GET or HEAD that carries nothing personal to this visitor."""
    return (
        request.method in ("GET", "HEAD")
        and not is_excluded_path(request.path_info)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and getattr(settings, "MESSAGE_COOKIE_NAME", "messages") not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def page_key(request):
    """The cache key of this request's page, in the current generation of its language."""
    path = request.path_info
    language = language_of_path(path)
    # Outside the language prefixes the response depends on the negotiated language (the / redirect).
    negotiated = "" if language else translation.get_language_from_request(request)
    parameters = sorted((name, request.GET[name]) for name in query_parameters(path, language) if name in request.GET)
    scope = language or SITE
    token = generations([scope])[scope]
    material = repr((request.scheme, request.get_host(), path, parameters, negotiated))
    digest = hashlib.sha256(material.encode()).hexdigest()
    # The query (a search) is hashed: the cache's key list never shows what anyone looked for.
    return PAGE_KEY.format(f"{scope}:{token}:{timezone.localdate().isoformat()}:{digest}")


def vary_names(response):
    return {name.strip().lower() for name in cc_delim_re.split(response.get("Vary", "")) if name.strip()}


def cacheable_seconds(request, response):
    """How long the page cache may keep ``response``; 0 when it must not keep it at all."""
    cache_control = response.get("Cache-Control", "").lower()
    if (
        response.status_code not in CACHEABLE_STATUSES
        or response.streaming
        or response.cookies
        or response.has_header("Set-Cookie")
        or "public" not in cache_control
        or any(word in cache_control for word in ("private", "no-store", "no-cache"))
        or not vary_names(response) <= KEYED_VARY
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or getattr(request, "is_preview", False)
    ):
        return 0
    max_age = get_max_age(response) or 0
    if max_age <= 0:
        return 0
    # A response that asks shared caches to keep it for less than an ordinary page (search
    # results) is kept no longer than it asks; ordinary pages live until their generation ends.
    if max_age < settings.PUBLIC_CACHE_MAX_AGE:
        return max_age
    return settings.PAGE_CACHE_SECONDS


def freeze(response):
    return (response.status_code, list(response.items()), zlib.compress(response.content, 6))


def thaw(entry):
    status, headers, content = entry
    response = HttpResponse(zlib.decompress(content), status=status)
    del response["Content-Type"]
    for name, value in headers:
        response[name] = value
    return response


_last_warning = {"at": None}


def warn_unavailable(error):
    """Say that the cache is down, once a minute per process rather than once per request."""
    now = time.monotonic()
    if _last_warning["at"] is None or now - _last_warning["at"] >= 60:
        _last_warning["at"] = now
        logger.warning("Page cache unavailable (%s); serving pages uncached", error)


class PageCacheMiddleware:
    """Serves anonymous visitors from the page cache and fills it (``PAGE_CACHE_ENABLED``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not is_anonymous_request(request):
            return self.get_response(request)
        try:
            request.get_host()
        except DisallowedHost:
            return self.get_response(request)  # Django answers it with a 400
        try:
            key = page_key(request)
            entry = cache.get(key)
        except Exception as error:
            warn_unavailable(type(error).__name__)
            return self.get_response(request)
        if entry is not None:
            return thaw(entry)
        response = self.get_response(request)
        # Stored from GET only: a HEAD response may come without its body.
        seconds = cacheable_seconds(request, response) if request.method == "GET" else 0
        if seconds:
            try:
                cache.set(key, freeze(response), seconds)
            except Exception as error:
                warn_unavailable(type(error).__name__)
        return response
