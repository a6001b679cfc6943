"""Site-wide views: health check, robots.txt, sitemap and error pages."""

import logging
import sys
import time

from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import Page

from core.i18n import active_language
from core.page_cache import remember_for_language

logger = logging.getLogger(__name__)

# The errors that mean "the database cannot be reached" (refused, dropped, shutting down, starting
# up, timed out). Other database errors, such as an integrity or programming error, are bugs and
# stay 500s with a traceback.
DATABASE_UNREACHABLE = (OperationalError, InterfaceError)
# Seconds a client or proxy is asked to wait before trying again; a database restart takes about this.
RETRY_AFTER_SECONDS = 30
# At most one warning per process per this many seconds while the database is unreachable.
WARNING_INTERVAL = 60
_last_warning = {"at": None}


def database_answers():
    """Whether ``SELECT 1`` succeeds on the default database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except (DatabaseError, InterfaceError):
        return False
    return True


def cache_answers(alias):
    """Whether the cache ``alias`` can store and read a value right now."""
    cache = caches[alias]
    if hasattr(cache, "is_available"):  # core.cache_backends.ResilientRedisCache hides failures
        return cache.is_available()
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:  # any backend's own connection error: the cache is down for the site
        return False


# Outside documents/ and original_images/, under a name no upload can take (uploads go to
# Wagtail's folders); the storage adds a suffix if a probe from another host is in the way.
HEALTHZ_MEDIA_PROBE = "healthz/probe.txt"


def media_answers():
    """Whether the media storage (a shared folder or S3) takes a file, gives it back and deletes it.

    Writing is what fails first on a full disk, a read-only or lost mount, or revoked storage
    credentials; a check that only lists the folder would miss all three.
    """
    probe = b"healthz"
    try:
        name = default_storage.save(HEALTHZ_MEDIA_PROBE, ContentFile(probe))
        try:
            with default_storage.open(name) as stored:
                return stored.read() == probe
        finally:
            default_storage.delete(name)
    except Exception:  # any storage's own error (OSError, botocore's): uploads would fail
        logger.warning("The media storage cannot be written (%s).", sys.exc_info()[0].__name__)
        return False


@never_cache
@require_GET
def healthz(request):
    """Each part's state as JSON, for load balancers and monitoring (docs/operations.md).

    503 only when the database is down: without the page cache, the counters or the media
    storage the site still serves pages, so that host should stay in rotation.
    """
    parts = {
        "database": "ok" if database_answers() else "down",
        "cache": "ok" if cache_answers("default") else "down",
        "counters": "ok" if cache_answers("counters") else "down",
        "media": "ok" if media_answers() else "down",
    }
    if parts["database"] != "ok":
        return JsonResponse({"status": "unavailable", **parts}, status=503)
    status = "ok" if all(state == "ok" for state in parts.values()) else "degraded"
    return JsonResponse({"status": status, **parts})


def visitor_language(request):
    """The language of the URL prefix, else of the browser; found without the database."""
    return translation.get_language_from_path(request.path_info) or translation.get_language_from_request(request)


def database_unavailable(request, exception=None):
    """The short 503 page shown while the database cannot be reached, in the visitor's language.

    Rendered from a template without any database-backed tag; never cached, so that the site
    comes back for everyone as soon as the database does.
    """
    now = time.monotonic()
    if _last_warning["at"] is None or now - _last_warning["at"] >= WARNING_INTERVAL:
        _last_warning["at"] = now
        logger.warning(
            "The database is unreachable (%s); answering 503 until it is back.",
            type(exception).__name__ if exception else "error",
        )
    language = visitor_language(request)
    with translation.override(language):
        content = render_to_string("503.html")
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    add_never_cache_headers(response)
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class Sitemap(WagtailSitemap):
    """Live, public pages in every language; stand-ins for untranslated pages are left out."""

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gte=2, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def page_not_found(request, exception=None):
    """The 404 page; for anonymous visitors rendered once per language and host until something changes.

    It shows no page and nothing of the address, so one rendering serves every missing address:
    a repeated or scanned 404 costs no database work beyond the redirect lookup.
    """
    if settings.SESSION_COOKIE_NAME in request.COOKIES or getattr(request, "is_mirror", False):
        return render(request, "404.html", status=404)
    try:
        name = f"page-404:{request.get_host()}"
    except Exception:  # noqa: BLE001 (a disallowed host: Django answers it elsewhere)
        return render(request, "404.html", status=404)
    html = remember_for_language(active_language(), name, lambda: render_to_string("404.html", request=request))
    return HttpResponse(html, status=404)


def server_error(request):
    """The 500 page; a 503 when the error is an unreachable database raised outside a view.

    DatabaseUnavailableMiddleware turns errors from views into the 503 quietly; an error from a
    middleware (a session saved, a redirect looked up) reaches this handler instead.
    """
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_UNREACHABLE):
        return database_unavailable(request, error)
    return render(request, "500.html", status=500)


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)
