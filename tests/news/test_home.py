"""The home page shows the latest news in the visitor's language."""

import datetime
import re

import pytest

from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def latest_titles(html):
    section = html.split('id="latest-news-heading"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', section)


def test_home_page_shows_the_four_newest_articles_and_a_link_to_all(client, news_site):
    for day in range(1, 7):
        NewsPageFactory(parent=news_site.index, title=f"News of day {day}", date=datetime.date(2016, 3, day))

    html = client.get("/en/").content.decode()

    assert latest_titles(html) == ["News of day 6", "News of day 5", "News of day 4", "News of day 3"]
    assert '<a href="/en/news/">All news</a>' in html


@pytest.mark.parametrize("language", ["ru", "be", "uk"])
def test_home_page_shows_news_in_the_visitors_language_only(client, news_site, language):
    NewsPageFactory(parent=news_site.index, title="English news")
    NewsPageFactory(parent=news_site.indexes[language], title=f"News in {language}")

    html = client.get(f"/{language}/").content.decode()

    assert latest_titles(html) == [f"News in {language}"]


def test_home_page_without_news_has_no_news_section(client, site_tree):
    assert "latest-news" not in client.get("/en/").content.decode()
