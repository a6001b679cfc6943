"""The public search page: live, public pages of the visitor's language only."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).search(query)
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"query": query, "results": page})
