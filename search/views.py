"""The public search page: live, public pages of the visitor's language only.

Privacy: the query is never stored in the database or logged. Nothing here calls
``Query.get()`` or ``add_hit()`` (Wagtail's ``get_search_promotions`` tag would create a
``Query`` row for every search, so promoted results are read with a plain filter instead).
Results are the same for every anonymous visitor, so on 4 August a cache absorbs repeated
searches: they are ``public`` for ``SEARCH_CACHE_MAX_AGE`` seconds (a minute by default; 0
makes them ``private, no-store`` again), the page cache keeps them as long under a hashed
key, and logged-in visitors' copies are private (core.middleware.CacheControlMiddleware).
Error pages (400) stay private. docs/caching.md weighs what a shared cache of searches reveals.
"""

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import override
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core.page_cache import cache_query_parameters
from search.forms import SearchForm, displayable
from search.page_types import searchable_page_types
from search.results import build_result
from search.text import search_terms

RESULTS_PER_PAGE = 10


def searchable_pages(public_pages, page_types):
    """Pages of the searchable types, without stand-ins for untranslated pages."""
    return (
        public_pages.filter(content_type__in=[page_type.content_type for page_type in page_types])
        .exclude(id__in=Page.objects.filter(alias_of__isnull=False).values("id"))
        .specific()
    )


def promotions(query, public_pages):
    """What editors pinned for this query: pages among ``public_pages``, and external links."""
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__in=public_pages.values("id")))
        .select_related("page")
        .order_by("sort_order", "pk")
    )


def search_url(**params):
    """The search page in the active language, with the non-empty ``params``."""
    return reverse("search") + "?" + urlencode({key: value for key, value in params.items() if value})


def other_language_links(query):
    current = Locale.get_active().language_code
    links = []
    for code, name in settings.LANGUAGES:
        if code != current:
            with override(code):
                links.append({"code": code, "name": name, "url": search_url(q=query)})
    return links


def render(request, context, *, status=200, private=False):
    response = TemplateResponse(request, "search/search.html", context, status=status)
    if private or status != 200 or settings.SEARCH_CACHE_MAX_AGE <= 0:
        # Kept out of shared caches and the browser's disk cache.
        patch_cache_control(response, private=True, no_store=True)
    elif context["query"]:
        # Short: results change with every publication, and a shared cache of searches is kept brief.
        patch_cache_control(response, public=True, max_age=settings.SEARCH_CACHE_MAX_AGE)
    return response


@require_safe
@cache_query_parameters("q", "type", "any", "page")
def search(request):
    form = SearchForm(request.GET or None)
    page_types = searchable_page_types()
    context = {"form": form, "page_types": page_types, "query": "", "results": []}
    if form.is_bound and not form.is_valid():
        form.data = displayable(form.data)
        return render(request, context, status=400)
    query = form.cleaned_data["q"] if form.is_bound else ""
    if not query:
        # The empty search page holds nothing personal and is cached like any other page.
        return render(request, context)
    terms = search_terms(query)
    context["query"] = query
    if not terms:
        context["no_words"] = True
        return render(request, context)
    context.update(results_context(request, form.cleaned_data, terms, page_types))
    return render(request, context, status=400 if "page_error" in context else 200)


def results_context(request, data, terms, page_types):
    """Results, type filter, pagination and suggestions for a valid query with words in it."""
    query = data["q"]
    any_words = "1" if data["any"] else ""
    operator = "or" if any_words else "and"
    locale = Locale.get_active()
    backend = get_search_backend(LANGUAGE=locale.language_code)
    # Live, public pages of the visitor's language: the one place where content is filtered.
    public_pages = Page.objects.live().public().filter(locale=locale)
    pages = searchable_pages(public_pages, page_types)
    all_results = backend.search(" ".join(terms), pages, operator=operator)

    counts = all_results.facet("content_type_id")
    selected = next((page_type for page_type in page_types if page_type.key == data["type"]), None)
    context = {
        "any_words": bool(any_words),
        "total": sum(counts.values()),
        "selected_type": selected,
        "all_types_url": search_url(q=query, any=any_words),
        "facets": [
            {
                "page_type": page_type,
                "count": counts[page_type.content_type.pk],
                "url": search_url(q=query, type=page_type.key, any=any_words),
            }
            for page_type in page_types
            if counts.get(page_type.content_type.pk)
        ],
    }
    if selected is None:
        results, count = all_results, context["total"]
    else:
        results = backend.search(" ".join(terms), pages.filter(content_type=selected.content_type), operator=operator)
        count = counts.get(selected.content_type.pk, 0)

    paginator = Paginator(results, RESULTS_PER_PAGE)
    paginator.count = count  # known from the facet counts; spares a COUNT query
    link = {"q": query, "type": selected.key if selected else "", "any": any_words}
    try:
        page = paginator.page(data["page"] or 1)
    except EmptyPage:
        context["page_error"] = True
        context["first_page_url"] = search_url(**link)
        return context

    context.update(
        results_page=page,
        results=[build_result(result, terms, request) for result in page.object_list],
        previous_url=page.has_previous() and search_url(**link, page=page.previous_page_number()),
        next_url=page.has_next() and search_url(**link, page=page.next_page_number()),
    )
    if page.number == 1 and selected is None:
        context["promotions"] = promotions(query, public_pages)
    if count == 0:
        if len(terms) > 1 and operator == "and":
            any_count = backend.search(" ".join(terms), pages, operator="or").count()
            if any_count:
                context["any_words_suggestion"] = {"count": any_count, "url": search_url(q=query, any="1")}
        context["other_languages"] = other_language_links(query)
    return context
