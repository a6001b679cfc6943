"""Each language's search finds that language's pages only, and matches its word forms."""

import pytest
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from tests.search.factories import TextPageFactory, translate_page
from tests.search.helpers import results, search

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text-search configurations")


def test_term_in_every_language_finds_only_the_active_locale(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Bialiatski", slug="bialiatski")
    for code in ("ru", "be", "uk"):
        translate_page(page, site_tree.homes[code].locale)
    for code in ("en", "ru", "be", "uk"):
        assert results(search(client, code, q="Bialiatski")) == [(f"/{code}/bialiatski/", "Bialiatski")]


def test_belarusian_search_finds_other_forms_of_a_word(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Mission", slug="mission")
    translate_page(page, site_tree.homes["be"].locale, title="Місія", text="Назіральная місія працуе ў Мінску.")
    assert [title for _url, title in results(search(client, "be", q="Мінск"))] == ["Місія"]
    assert [title for _url, title in results(search(client, "be", q="назіральнай місіі"))] == ["Місія"]
    assert [title for _url, title in results(search(client, "be", q="Мінск назіральная"))] == ["Місія"]


def test_ukrainian_search_finds_other_forms_of_a_word(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Day", slug="day")
    translate_page(page, site_tree.homes["uk"].locale, title="День", text="Міжнародний день солідарності з Білоруссю.")
    assert [title for _url, title in results(search(client, "uk", q="солідарність"))] == ["День"]
    assert [title for _url, title in results(search(client, "uk", q="Білорусь"))] == ["День"]
    assert [title for _url, title in results(search(client, "uk", q="солідарн"))] == ["День"]


def test_russian_search_finds_words_written_with_yo_when_typed_with_ye(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Prisoners", slug="prisoners")
    translate_page(
        page, site_tree.homes["ru"].locale, title="Помилование", text="Освобождены шестеро политзаключённых."
    )
    assert [title for _url, title in results(search(client, "ru", q="политзаключенных"))] == ["Помилование"]
    assert [title for _url, title in results(search(client, "ru", q="политзаключённых"))] == ["Помилование"]


@on_postgresql
def test_russian_search_on_postgresql_matches_other_word_forms(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Arrest", slug="arrest")
    translate_page(page, site_tree.homes["ru"].locale, title="Годовщина", text="Годовщина ареста правозащитника.")
    # "арестов" is no prefix of "ареста": only the Russian stemmer brings them together.
    assert [title for _url, title in results(search(client, "ru", q="арестов"))] == ["Годовщина"]
    assert [title for _url, title in results(search(client, "ru", q="правозащитники"))] == ["Годовщина"]


@on_postgresql
def test_english_search_on_postgresql_matches_other_word_forms(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Observers", text="Observers attended hearings.")
    assert [title for _url, title in results(search(client, q="observing hearing"))] == ["Observers"]


@on_postgresql
def test_pages_are_indexed_with_the_configuration_of_their_language(site_tree):
    from wagtail.search.models import IndexEntry

    page = TextPageFactory(parent=site_tree.home, title="Arrests", text="Arrests")
    russian = translate_page(page, site_tree.homes["ru"].locale, title="Аресты", text="Аресты")
    belarusian = translate_page(page, site_tree.homes["be"].locale, title="Арышты", text="Арышты")

    def title_vector(page):
        return IndexEntry.objects.get(object_id=str(page.pk)).title

    assert title_vector(page) == "'arrest':1B"  # english stems
    assert title_vector(russian) == "'арест':1B"  # russian stems
    assert title_vector(belarusian) == "'арышты':1B"  # simple keeps the word, lower-cased


@on_postgresql
def test_search_without_a_language_matches_every_configuration(site_tree):
    # The admin searches all languages at once.
    page = TextPageFactory(parent=site_tree.home, title="Arrest", slug="arrest")
    russian = translate_page(page, site_tree.homes["ru"].locale, title="Годовщина", text="Годовщина ареста.")
    found = list(get_search_backend().search("арестов", Page.objects.all()))
    assert [found_page.pk for found_page in found] == [russian.pk]
