"""The site's own URLs plus /bench/trivial/: the cheapest Django response, as a reference point.

Only bench/settings.py uses this module; the deployed site's config/urls.py has no such URL.
"""

from django.http import HttpResponse
from django.urls import path

from config.urls import handler400, handler404, handler500
from config.urls import urlpatterns as site_urlpatterns

__all__ = ["handler400", "handler404", "handler500", "urlpatterns"]


def trivial(request):
    """A constant text response: no database, no template, the same middleware as every page."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


urlpatterns = [path("bench/trivial/", trivial), *site_urlpatterns]
