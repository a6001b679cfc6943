"""Middleware for the public site: security headers, cache headers, e-mail protection, database outages."""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

from core.email_protection import protect_html
from core.views import DATABASE_UNREACHABLE, database_unavailable

# Strict enough that any inline script or style, or a request to another host, is blocked.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"


def is_admin_path(path):
    return path.startswith(("/admin/", "/django-admin/"))


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not is_admin_path(request.path):
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class CacheControlMiddleware:
    """Anonymous responses without cookies may be cached; anything personal is private.

    A response is personal when the visitor is logged in (has a session) or when the
    response sets a cookie, such as the CSRF cookie of a page with a form.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response.headers or is_admin_path(request.path):
            return response
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        if has_session or response.cookies:
            patch_cache_control(response, private=True, no_cache=True)
            patch_vary_headers(response, ["Cookie"])
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
            response.content = protect_html(response.content.decode(charset)).encode(charset)
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
