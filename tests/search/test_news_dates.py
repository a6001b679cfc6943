"""News results carry their publication date, written the way a reader of each language writes dates."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.search.factories import TextPageFactory, translate_page
from tests.search.helpers import result_titles, search

pytestmark = pytest.mark.django_db

META_RE = re.compile(
    r'<h2 class="search-result__title"><a href="[^"]*">(.*?)</a></h2>\s*<p class="search-result__meta">(.*?)</p>', re.S
)
TAG_RE = re.compile(r"<[^>]+>")

# What each language's reader expects to see for 4 August 2015: month names in the genitive.
WRITTEN_DATES = {
    "en": "Aug. 4, 2015",
    "ru": "4 августа 2015 г.",
    "be": "4 жніўня 2015 г.",
    "uk": "04 серпня 2015 р.",
}
WORDS = {"en": "verdict", "ru": "приговор", "be": "прысуд", "uk": "вирок"}


def metas(response):
    """{result title: its meta line as plain text}."""
    content = response.content.decode()
    return {TAG_RE.sub("", title): " ".join(TAG_RE.sub("", meta).split()) for title, meta in META_RE.findall(content)}


@pytest.fixture
def news_and_pages(site_tree):
    """An article of 4 August 2015 and a standard page sharing its word, in every language."""
    index = NewsIndexPageFactory(parent=site_tree.home)
    article = NewsPageFactory(
        parent=index, title="The verdict", date=datetime.date(2015, 8, 4), summary="The verdict was read."
    )
    page = TextPageFactory(parent=site_tree.home, title="About the verdict", slug="about-verdict")
    for code, home in site_tree.homes.items():
        if code == "en":
            continue
        word = WORDS[code]
        translate_page(index, home.locale, title=f"News {code}")
        translate_page(article, home.locale, title=f"{word} {code}", summary=f"{word} оглашён.")
        translate_page(page, home.locale, title=f"{word} page {code}", summary=f"{word}.")
    return article


@pytest.mark.parametrize("language", ["en", "ru", "be", "uk"])
def test_a_news_result_shows_its_date_in_the_visitors_language(client, news_and_pages, language):
    response = search(client, language, q=WORDS[language])
    assert response.status_code == 200
    found = metas(response)
    article_title = "The verdict" if language == "en" else f"{WORDS[language]} {language}"
    page_title = "About the verdict" if language == "en" else f"{WORDS[language]} page {language}"
    assert set(found) == {article_title, page_title}
    assert found[article_title].endswith(" · " + WRITTEN_DATES[language]), found[article_title]
    assert '<time datetime="2015-08-04">' in response.content.decode()
    # The standard page has no date: its meta line is its type alone.
    assert "·" not in found[page_title]
    assert response.content.decode().count("<time") == 1


def test_dates_of_news_results_cost_no_query_per_result(client, site_tree, django_assert_max_num_queries):
    index = NewsIndexPageFactory(parent=site_tree.home)
    for number in range(2):
        NewsPageFactory(parent=index, title=f"Appeal news {number}")
        TextPageFactory(parent=site_tree.home, title=f"Appeal page {number}")
    search(client, q="appeal")  # fills the per-process caches
    with CaptureQueriesContext(connection) as few:
        search(client, q="appeal")
    for number in range(2, 12):
        NewsPageFactory(parent=index, title=f"Appeal news {number}")
        TextPageFactory(parent=site_tree.home, title=f"Appeal page {number}")
    search(client, q="appeal")  # the new pages renewed the cached chrome: warm it again
    with CaptureQueriesContext(connection) as many, django_assert_max_num_queries(13):
        response = search(client, q="appeal")
    assert len(result_titles(response)) == 10
    assert response.content.decode().count("<time") >= 1
    assert len(many) == len(few), "\n".join(query["sql"][:150] for query in many)
