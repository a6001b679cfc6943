"""Middleware: security headers, cache headers, e-mail protection, database outages, admin languages."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_cache_control, patch_vary_headers

from core import csp
from core.email_protection import protect_html
from core.views import DATABASE_UNREACHABLE, database_unavailable

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"


def is_admin_path(path):
    return path.startswith(("/admin/", "/django-admin/"))


class SecurityHeadersMiddleware:
    """A strict Content-Security-Policy everywhere (core.csp) and a Permissions-Policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_admin_path(request.path):
            response = self.get_response(request)
            response.headers.setdefault("Content-Security-Policy", csp.PUBLIC_POLICY)
        else:
            nonce = csp.new_nonce()
            try:
                response = self.get_response(request)
            finally:
                csp.clear_nonce()
            response.headers.setdefault("Content-Security-Policy", csp.admin_policy(nonce))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that an admin 404 stays in the admin.

    Django answers a 404 with a redirect to the same path under a language prefix whenever
    that path resolves; under ``i18n_patterns`` Wagtail's page catch-all resolves everything,
    so ``/admin/pages/99999/edit/`` went to ``/en/admin/pages/99999/edit/`` and the public
    "Page not found". The admin is outside the language prefix and has its own 404 page.
    """

    def process_response(self, request, response):
        if is_admin_path(request.path_info):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            patch_vary_headers(response, ("Accept-Language",))
            return response
        return super().process_response(request, response)


class CacheControlMiddleware:
    """Anonymous responses without cookies may be cached; anything personal is private.

    A response is personal when the visitor is logged in (has a session) or when the
    response sets a cookie, such as the CSRF cookie of a page with a form. That holds even
    when the view chose its own Cache-Control (search results are ``public`` for anonymous
    visitors): a personal response is made private whatever the view said.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_path(request.path):
            return response
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        if has_session or response.cookies:
            cache_control = response.get("Cache-Control", "")
            if "public" in cache_control or "s-maxage" in cache_control:
                del response["Cache-Control"]
            patch_cache_control(response, private=True, no_cache=True)
            patch_vary_headers(response, ["Cookie"])
        elif "Cache-Control" in response.headers:
            return response
        elif request.method in ("GET", "HEAD") and response.status_code in (200, 301, 404):
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_MAX_AGE)
        return response


class EmailProtectionMiddleware:
    """Runs ``protect_html`` on every public HTML response (see core.email_protection)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not is_admin_path(request.path)
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and (b"@" in response.content or b"mailto:" in response.content.lower())
        ):
            charset = response.charset or "utf-8"
            html = response.content.decode(charset)
            protected = protect_html(html)
            if protected is html:
                return response
            response.content = protected.encode(charset)
            if response.has_header("Content-Length"):
                response.headers["Content-Length"] = str(len(response.content))
        return response


class DatabaseUnavailableMiddleware:
    """Answers 503 with ``Retry-After`` in the visitor's language when the database is unreachable.

    Catches the error from views and from rendering their templates (Wagtail's site lookup and
    page serving, the admin's session and user). An error raised by a middleware below this one
    is turned into the same page by the 500 handler (core.views.server_error). Put it above the
    first middleware that touches the database, so that a page cache above it still serves.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNREACHABLE):
            return database_unavailable(request, exception)
        return None
