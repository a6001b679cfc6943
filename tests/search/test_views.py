"""The search page as visitors use it: results, types, dates, summaries, pagination, states."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import StandardPage
from tests.search.factories import TextPageFactory, translate_page
from tests.search.helpers import result_titles, results, search

pytestmark = pytest.mark.django_db


def test_empty_search_shows_the_form_and_what_can_be_searched(client, site_tree):
    response = search(client)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="q"' in content
    assert "Standard pages" in content
    assert "search-result" not in content


def test_empty_search_page_and_anonymous_results_may_be_cached_briefly(client, site_tree, settings):
    assert "no-store" not in search(client).get("Cache-Control", "")
    cache_control = search(client, q="mission")["Cache-Control"]
    assert cache_control == f"public, max-age={settings.SEARCH_CACHE_MAX_AGE}"
    assert settings.SEARCH_CACHE_MAX_AGE < settings.PUBLIC_CACHE_MAX_AGE
    assert "Set-Cookie" not in search(client, q="mission")


def test_results_are_private_when_shared_caching_of_searches_is_switched_off(client, site_tree, settings):
    settings.SEARCH_CACHE_MAX_AGE = 0
    cache_control = search(client, q="mission")["Cache-Control"]
    assert "no-store" in cache_control
    assert "private" in cache_control


def test_results_for_a_logged_in_visitor_are_private(client, site_tree, django_user_model):
    client.force_login(django_user_model.objects.create_user("editor", password="x" * 12))
    cache_control = search(client, q="mission")["Cache-Control"]
    assert "private" in cache_control
    assert "public" not in cache_control


def test_a_bad_search_is_never_kept_by_a_shared_cache(client, site_tree):
    response = search(client, q="mission", page="0")
    assert response.status_code == 400
    assert "private" in response["Cache-Control"]


def test_search_page_asks_robots_not_to_index_it(client, site_tree):
    assert '<meta name="robots" content="noindex">' in search(client, q="mission").content.decode()


def test_result_shows_title_type_link_and_highlighted_summary(client, site_tree):
    TextPageFactory(
        parent=site_tree.home, title="Court hearings", slug="hearings", summary="We attend trials in Minsk."
    )
    response = search(client, q="trials")
    assert results(response) == [("/en/hearings/", "Court hearings")]
    content = response.content.decode()
    assert '<span class="search-result__type">Standard page</span>' in content
    assert "We attend <mark>trials</mark> in Minsk." in content


def test_result_without_summary_shows_an_excerpt_of_the_body_around_the_match(client, site_tree):
    filler = "Nothing to see here. " * 30
    TextPageFactory(parent=site_tree.home, title="Report", text=filler + "The verdict was read at noon. " + filler)
    content = search(client, q="verdict").content.decode()
    assert "The <mark>verdict</mark> was read at noon." in content
    assert "…" in content


def test_result_shows_a_date_where_the_page_type_has_one(client, site_tree, monkeypatch):
    import datetime

    monkeypatch.setattr(StandardPage, "search_result_date", datetime.date(2014, 8, 4), raising=False)
    TextPageFactory(parent=site_tree.home, title="Day of Solidarity 2014")
    content = search(client, q="solidarity").content.decode()
    assert '<time datetime="2014-08-04">' in content


def test_result_date_may_be_a_method(client, site_tree, monkeypatch):
    import datetime

    monkeypatch.setattr(StandardPage, "search_result_date", lambda page: datetime.date(2015, 8, 4), raising=False)
    TextPageFactory(parent=site_tree.home, title="Day of Solidarity 2015")
    assert '<time datetime="2015-08-04">' in search(client, q="solidarity").content.decode()


def test_result_has_no_date_where_the_page_type_has_none(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Privacy policy")
    assert "<time" not in search(client, q="privacy").content.decode()


def test_page_text_is_escaped(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Scripts <b>bold</b>", summary="Scripts & <i>tags</i>")
    content = search(client, q="scripts").content.decode()
    assert "<b>bold</b>" not in content
    assert "<mark>Scripts</mark> &lt;b&gt;bold&lt;/b&gt;" in content
    assert "<mark>Scripts</mark> &amp; &lt;i&gt;tags&lt;/i&gt;" in content


def test_query_is_escaped(client, site_tree):
    content = search(client, q='<script>alert("x")</script>').content.decode()
    assert "<script>alert" not in content
    assert "Nothing was found for “&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;”." in content


def test_punctuation_only_query_asks_for_a_word(client, site_tree):
    response = search(client, q="!!! ???")
    assert response.status_code == 200
    assert "no words in it" in response.content.decode()


def test_multiple_q_values_use_the_last_one(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Information centres")
    response = search(client, query_string="q=nothinglikethis&q=centres")
    assert response.status_code == 200
    assert result_titles(response) == ["Information centres"]


def test_words_are_matched_all_together_by_default(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Kyiv centre")
    TextPageFactory(parent=site_tree.home, title="Kharkiv centre")
    assert result_titles(search(client, q="Kyiv centre")) == ["Kyiv centre"]


def test_no_results_suggests_pages_with_any_of_the_words(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Kyiv centre")
    response = search(client, q="Kyiv Warsaw")
    content = response.content.decode()
    assert "Nothing was found for “Kyiv Warsaw”." in content
    assert 'href="/en/search/?q=Kyiv+Warsaw&amp;any=1"' in content
    assert result_titles(search(client, q="Kyiv Warsaw", any="1")) == ["Kyiv centre"]


def test_no_results_suggests_the_same_search_in_other_languages(client, site_tree):
    content = search(client, q="nowhere").content.decode()
    for code in ("ru", "be", "uk"):
        assert f'href="/{code}/search/?q=nowhere" hreflang="{code}"' in content


def test_the_beginning_of_a_word_finds_the_whole_word(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Committee members")
    assert result_titles(search(client, q="Committee")) == ["Committee members"]
    assert result_titles(search(client, q="Commit")) == ["Committee members"]


def test_stand_ins_for_untranslated_pages_are_not_results(client, site_tree, locales):
    page = TextPageFactory(parent=site_tree.home, title="Untranslated standalone report")
    page.copy_for_translation(locales["be"], alias=True)
    assert result_titles(search(client, "en", q="standalone")) == ["Untranslated standalone report"]
    assert result_titles(search(client, "be", q="standalone")) == []


def test_header_search_form_sends_to_the_search_page_in_every_language(client, site_tree):
    for code in ("en", "ru", "be", "uk"):
        content = client.get(f"/{code}/").content.decode()
        assert f'<form class="site-search" action="/{code}/search/" method="get" role="search">' in content
        assert 'name="q"' in content


def test_search_refuses_post(client, site_tree):
    assert client.post("/en/search/", {"q": "mission"}).status_code == 405


def test_query_count_does_not_grow_with_the_number_of_results(client, site_tree, django_assert_max_num_queries):
    for number in range(3):
        TextPageFactory(parent=site_tree.home, title=f"Few {number}", summary="Appeal")
    search(client, q="appeal")  # fills the per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as few:
        assert search(client, q="appeal").status_code == 200
    for number in range(25):
        TextPageFactory(parent=site_tree.home, title=f"Many {number}", summary="Appeal")
    search(client, q="appeal")  # the new pages renewed the language's cached chrome: warm it again
    with CaptureQueriesContext(connection) as many, django_assert_max_num_queries(13):
        response = search(client, q="appeal")
    assert len(result_titles(response)) == 10
    assert len(many) == len(few), "\n".join(query["sql"][:150] for query in many)


def test_russian_visitor_reads_the_page_in_russian(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Appeal")
    translate_page(page, site_tree.homes["ru"].locale, title="Обращение", summary="Текст обращения.")
    response = search(client, "ru", q="обращение")
    content = response.content.decode()
    assert '<html lang="ru"' in content
    assert result_titles(response) == ["Обращение"]


def test_pages_of_types_without_text_of_their_own_are_not_results(client, site_tree):
    # Wagtail's base Page indexes nothing beyond the title, so it is not a searchable type.
    site_tree.home.add_child(instance=Page(title="Bare uniquebare", slug="bare", live=True))
    assert result_titles(search(client, q="uniquebare")) == []
