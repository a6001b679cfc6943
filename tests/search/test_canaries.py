"""Canaries: a unique word in content the public must not see is never found anonymously.

Each test first proves the search would find the word once the content is public, live and
in the visitor's language, so that a broken search cannot pass for a safe one.
"""

import pytest
from wagtail.models import PageViewRestriction

from tests.search.factories import TextPageFactory, translate_page
from tests.search.helpers import result_titles, search

pytestmark = pytest.mark.django_db

CANARY = "quokkacanary"
LANGUAGES = ["en", "ru", "be", "uk"]


def found_anywhere(client):
    """Languages whose search page finds the canary."""
    return [code for code in LANGUAGES if result_titles(search(client, code, q=CANARY))]


def test_canary_in_a_private_page_is_never_found(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Internal notes", text=f"The {CANARY} is private.")
    assert found_anywhere(client) == ["en"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    assert found_anywhere(client) == []


def test_canary_below_a_private_page_is_never_found(client, site_tree):
    parent = TextPageFactory(parent=site_tree.home, title="Members only")
    TextPageFactory(parent=parent, title="Minutes", summary=f"Minutes mention the {CANARY}.")
    PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.LOGIN)
    assert found_anywhere(client) == []


def test_canary_in_a_draft_revision_of_a_live_page_is_never_found(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Appeal", summary="The published appeal.")
    page.title = f"Appeal {CANARY}"
    page.summary = f"A draft that mentions the {CANARY}."
    page.save_revision()
    assert found_anywhere(client) == []
    assert result_titles(search(client, q="published")) == ["Appeal"]
    page.get_latest_revision().publish()
    assert found_anywhere(client) == ["en"]


def test_canary_in_an_unpublished_page_is_never_found(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Planned statement", text=f"Embargoed {CANARY}.")
    page.unpublish()
    assert found_anywhere(client) == []
    page.save_revision().publish()
    assert found_anywhere(client) == ["en"]


def test_canary_in_a_page_never_published_is_never_found(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Draft only", text=f"Never live {CANARY}.", live=False)
    assert found_anywhere(client) == []


def test_canary_in_another_language_is_found_only_in_that_language(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Statement", text="The English statement.")
    translate_page(page, site_tree.homes["ru"].locale, title="Заявление", text=f"Русский текст {CANARY}.")
    assert found_anywhere(client) == ["ru"]
