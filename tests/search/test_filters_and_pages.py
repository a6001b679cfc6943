"""The type filter and pagination, including values that do not fit."""

import pytest

from search.forms import MAX_PAGE_NUMBER
from tests.search.factories import TextPageFactory
from tests.search.helpers import result_titles, search, translated

pytestmark = pytest.mark.django_db

PAGE_ERROR = "This page of results does not exist."


@pytest.fixture
def many_pages(site_tree):
    """25 standard pages and the home page, all mentioning the word "report"."""
    site_tree.home.introduction = "Every report we publish."
    site_tree.home.save_revision().publish()
    return [TextPageFactory(parent=site_tree.home, title=f"Report {number:02d}") for number in range(25)]


def test_type_filter_shows_only_that_type(client, many_pages):
    all_types = search(client, q="report")
    assert "26 pages found." in all_types.content.decode()
    standard = search(client, q="report", type="home.standardpage")
    assert "25 pages found in “Standard pages”." in standard.content.decode()
    home = search(client, q="report", type="home.homepage")
    assert result_titles(home) == ["Solidarity with Belarus"]


def test_type_filter_lists_types_with_their_counts(client, many_pages):
    content = search(client, q="report").content.decode()
    assert 'href="/en/search/?q=report" aria-current="true">All types (26)</a>' in content
    assert '<a href="/en/search/?q=report&amp;type=home.standardpage">Standard pages (25)</a>' in content
    assert '<a href="/en/search/?q=report&amp;type=home.homepage">Home pages (1)</a>' in content


def test_type_filter_shows_only_types_with_results(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Lonely")
    content = search(client, q="lonely").content.decode()
    assert "Standard pages (1)" in content
    assert "Home pages (" not in content


def test_type_without_results_links_to_all_types(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Lonely")
    response = search(client, q="lonely", type="home.homepage")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Nothing of this type was found." in content
    assert 'href="/en/search/?q=lonely"' in content


@pytest.mark.parametrize("value", ["news.unknownpage", "wagtailcore.page", "<b>", "home.standardpage\x00"])
def test_unknown_type_gets_a_400_page_with_a_message(client, site_tree, value):
    response = search(client, "uk", q="report", type=value)
    assert response.status_code == 400
    assert translated("There is no such type of page. Choose one from the list.", "uk") in response.content.decode()


def test_pages_hold_ten_results_each(client, many_pages):
    first = search(client, q="report", type="home.standardpage")
    third = search(client, q="report", type="home.standardpage", page="3")
    assert len(result_titles(first)) == 10
    assert len(result_titles(third)) == 5
    assert not set(result_titles(first)) & set(result_titles(third))


def test_page_links_keep_the_query_and_the_filter(client, many_pages):
    content = search(client, q="report", type="home.standardpage", page="2").content.decode()
    assert 'rel="prev" href="/en/search/?q=report&amp;type=home.standardpage&amp;page=1"' in content
    assert 'rel="next" href="/en/search/?q=report&amp;type=home.standardpage&amp;page=3"' in content
    assert "Page 2 of 3" in content


def test_results_are_numbered_across_pages(client, many_pages):
    assert '<ol class="search-results" start="11">' in search(client, q="report", page="2").content.decode()


def test_last_page_has_no_next_link(client, many_pages):
    content = search(client, q="report", type="home.standardpage", page="3").content.decode()
    assert 'rel="next"' not in content
    assert 'rel="prev"' in content


def test_page_after_the_last_gets_a_400_page_with_a_link_to_the_first(client, many_pages):
    response = search(client, "be", q="report", type="home.standardpage", page="4")
    assert response.status_code == 400
    content = response.content.decode()
    assert translated(PAGE_ERROR, "be") in content
    assert 'href="/be/search/?q=report&amp;type=home.standardpage"' in content


def test_second_page_of_no_results_gets_a_400_page(client, site_tree):
    assert search(client, q="nothingatall", page="2").status_code == 400


@pytest.mark.parametrize("value", ["0", "-1", "abc", "1.5", "1e3", "٣x", "9" * 5000, str(MAX_PAGE_NUMBER + 1), "1\x00"])
def test_bad_page_value_gets_a_400_page_with_a_message(client, many_pages, value):
    response = search(client, "ru", q="report", page=value)
    assert response.status_code == 400
    assert translated(PAGE_ERROR, "ru") in response.content.decode()


@pytest.mark.parametrize("value", ["", "1", "01", " 2 "])
def test_page_values_that_mean_a_page_are_accepted(client, many_pages, value):
    assert search(client, q="report", page=value).status_code == 200


def test_any_words_finds_pages_with_one_of_the_words(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Kyiv centre")
    TextPageFactory(parent=site_tree.home, title="Warsaw organisers")
    response = search(client, q="Kyiv Warsaw", any="1")
    assert sorted(result_titles(response)) == ["Kyiv centre", "Warsaw organisers"]
    assert "These pages contain at least one of the words." in response.content.decode()
