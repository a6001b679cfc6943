"""Remembered routes: which page answers an address, kept per language generation.

Wagtail finds the page for ``/ru/news/some-article/`` by walking the tree from the language's
home page, two queries per level, on every request. ``RouteMemoryMiddleware`` remembers the
answer in the shared cache under the generation of the address's language (renewed by every
publication, move, deletion or privacy change, core.page_cache.invalidation), and on the next
anonymous request hands Wagtail the page it found, fetched in one query, so the walk is skipped.
Addresses that found no page are remembered too: a repeated 404 costs no tree walk.

Nothing else changes: the remembered page is used only when it is still live, still at the same
address and in the same locale (any doubt falls back to Wagtail's own routing); it goes through
Wagtail's ``route()`` for its sub-pages (feeds, tag and year archives) and through every
``before_serve_page`` and ``on_serve_page`` hook, so Wagtail's privacy check runs on every
request as before. Only addresses that answered 200 without a form (a private page answers
anonymous visitors with a redirect to the login or a password form) or 404 are remembered.
Logged-in visitors (a session), previews, mirror builds and requests other than GET and HEAD
always take Wagtail's routing. Without a cache, every request
routes as before.
"""

import copy

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Site

from core.i18n import locale_code
from core.page_cache.generations import generations, logger
from core.page_cache.middleware import is_anonymous_request, language_of_path

ROUTE_KEY = "route:{language}:{token}:{host}:{path}"
NO_PAGE = "-"
# How long a route is kept; a new generation makes it unreachable sooner.
ROUTE_SECONDS = 24 * 3600


def route_key(request, language):
    token = generations([language])[language]
    return ROUTE_KEY.format(language=language, token=token, host=request.get_host(), path=request.path_info)


def _components(path):
    return [component for component in path.split("/") if component]


def _page_from_memory(entry, language):
    """The remembered page, fetched afresh, or None when anything about it has changed."""
    content_type_id, page_id, url_path, locale_id, _consumed = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    page = model.objects.filter(pk=page_id).first()
    if (
        page is None
        or not page.live
        or page.url_path != url_path
        or page.locale_id != locale_id
        or locale_code(page.locale_id) != language
    ):
        return None
    return page


class RouteMemoryMiddleware:
    """Remembers which page answers each address for anonymous visitors (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_route_memory_key", None)
        if key is not None:
            self.remember(request, key, response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or getattr(request, "is_mirror", False):
            return None
        if not is_anonymous_request(request) or getattr(request, "is_preview", False):
            return None
        language = language_of_path(request.path_info)
        if language is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            key = route_key(request, language)
            entry = cache.get(key)
        except Exception as error:  # the cache is down: Wagtail routes as always
            logger.debug("Route memory unavailable (%s)", type(error).__name__)
            return None
        request._route_memory_path = path
        if entry is None:
            request._route_memory_key = key  # remember what Wagtail finds
            return None
        site, route = entry
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = site  # Wagtail's Site.find_for_request() reads it
        if route == NO_PAGE:
            request._wagtail_route_for_request = None  # Wagtail's serve answers 404 at once
        else:
            self.use(request, route, language, path)
        return None

    def use(self, request, entry, language, path):
        page = _page_from_memory(entry, language)
        if page is None:
            return  # changed since: Wagtail routes it
        consumed = entry[4]
        try:
            request._wagtail_route_for_request = page.route(request, _components(path)[consumed:])
        except Http404:
            request._wagtail_route_for_request = None

    def remember(self, request, key, response):
        if not hasattr(request, "_wagtail_route_for_request"):
            return  # the view never routed (an error before it)
        result = request._wagtail_route_for_request
        site = Site.find_for_request(request)
        if site is None:
            return
        if result is None:
            route = NO_PAGE if response.status_code == 404 else None
        elif response.status_code == 200:
            route = self.route_for(request, site, result[0])
        else:
            route = None
        if route is None:
            return
        # The site as Wagtail found it for this host, without the pages it has loaded.
        site = copy.copy(site)
        site._state = copy.copy(site._state)
        site._state.fields_cache = {}
        try:
            cache.set(key, (site, route), ROUTE_SECONDS)
        except Exception as error:
            logger.debug("Could not remember a route (%s)", type(error).__name__)

    def route_for(self, request, site, page):
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            # A form, such as the password form of a private page: routed by Wagtail every time.
            return None
        # Wagtail routed from the language's home page, at the depth of the site's root page.
        consumed = page.depth - site.root_page.depth
        components = _components(request._route_memory_path)
        own = _components(page.url_path)[len(_components(page.url_path)) - consumed :] if consumed else []
        if consumed < 0 or components[:consumed] != own:
            return None
        return (page.content_type_id, page.pk, page.url_path, page.locale_id, consumed)
