"""Searchable page types come from the models' own search fields."""

from wagtail.models import Page
from wagtail.search import index

from home.models import HomePage, StandardPage
from search import page_types


def test_page_types_with_text_fields_of_their_own_are_searchable():
    models = [page_type.model for page_type in page_types.searchable_page_types()]
    assert HomePage in models
    assert StandardPage in models
    assert Page not in models


def test_a_page_type_with_only_wagtails_fields_is_not_searchable(monkeypatch):
    class FilterOnlyPage:
        search_fields = [*Page.search_fields, index.FilterField("slug")]

    monkeypatch.setattr(page_types, "get_page_models", lambda: [Page, FilterOnlyPage, StandardPage])
    assert [page_type.model for page_type in page_types.searchable_page_types()] == [StandardPage]


def test_a_page_type_with_related_fields_is_searchable(monkeypatch):
    class TaggedPage:
        search_fields = [*Page.search_fields, index.RelatedFields("tags", [index.SearchField("name")])]

    monkeypatch.setattr(page_types, "get_page_models", lambda: [TaggedPage])
    assert [page_type.model for page_type in page_types.searchable_page_types()] == [TaggedPage]


def test_page_type_key_and_label_come_from_the_model():
    page_type = page_types.PageType(StandardPage)
    assert page_type.key == "home.standardpage"
    assert page_type.label == "Standard pages"
