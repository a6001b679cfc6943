"""What the search page shows for one result: title, type, date and a highlighted summary.

Page types may add two optional attributes (or methods without arguments), documented in
docs/search.md: ``search_result_date`` (a date or datetime, or None) and
``search_result_summary`` (plain text). Without them, a result shows the page's ``summary``,
else its ``search_description``, else an excerpt of its indexed text around the first match.
"""

from dataclasses import dataclass, field

from django.utils.text import capfirst
from wagtail.search import index

from search.text import Segment, excerpt, highlight


def _optional(page, name):
    value = getattr(page, name, None)
    return value() if callable(value) else value


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = value.values()
    if isinstance(value, list | tuple | set) or hasattr(value, "__iter__"):
        return [text for item in value for text in _flatten(item)]
    return [str(value)]


def indexed_text(page):
    """The text of the page's own search fields (not the title), as the index sees it."""
    texts = []
    for search_field in page.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            texts.extend(_flatten(search_field.get_value(page)))
    return " ".join(texts)


def summary_text(page, terms):
    summary = _optional(page, "search_result_summary") or getattr(page, "summary", "") or page.search_description
    if summary:
        return " ".join(str(summary).split())
    return excerpt(indexed_text(page), terms)


@dataclass
class SearchResult:
    title: list[Segment]
    url: str
    type_label: str
    date: object = None
    summary: list[Segment] = field(default_factory=list)


def build_result(page, terms, request):
    return SearchResult(
        title=highlight(page.title, terms),
        url=page.get_url(request) or "",
        type_label=capfirst(page._meta.verbose_name),
        date=_optional(page, "search_result_date"),
        summary=highlight(summary_text(page, terms), terms),
    )
