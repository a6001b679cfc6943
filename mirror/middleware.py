"""Marks mirror-build requests and sends ``Onion-Location`` on public pages.

A request is a mirror build when its WSGI environ carries ``MIRROR_ENVIRON_KEY``. Only code in
this process can set it: HTTP headers always arrive as ``HTTP_…`` keys, so a visitor cannot ask
the live site for the mirror's rendering.
"""

from django.utils.cache import patch_cache_control

from core.middleware import is_admin_path
from mirror.models import onion_address

MIRROR_ENVIRON_KEY = "solidarity.mirror_build"


class MirrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.is_mirror = bool(request.META.get(MIRROR_ENVIRON_KEY))
        response = self.get_response(request)
        if request.is_mirror:
            # A mirror rendering has other links and no forms: no shared cache may keep it for the site.
            if "Cache-Control" in response.headers:
                del response.headers["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
            return response
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not is_admin_path(request.path)
            and response.get("Content-Type", "").startswith("text/html")
            and not request.get_host().split(":")[0].endswith(".onion")
        ):
            onion = onion_address()
            if onion:
                response.headers["Onion-Location"] = onion + request.get_full_path()
        return response
