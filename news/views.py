"""Admin view: tag names for the autocomplete of the article editor, in one language."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from news.models import NewsTag

AUTOCOMPLETE_LIMIT = 10


@require_GET
def tag_autocomplete(request):
    """Up to ten tag names of the requested language that start with what the editor typed."""
    term = request.GET.get("term", "").strip()
    if not term:
        return JsonResponse([], safe=False)
    tags = NewsTag.objects.filter(name__istartswith=term)
    language_code = request.GET.get("locale")
    if language_code:
        tags = tags.filter(locale__language_code=language_code)
    names = tags.order_by("name").values_list("name", flat=True).distinct()[:AUTOCOMPLETE_LIMIT]
    return JsonResponse(list(names), safe=False)
