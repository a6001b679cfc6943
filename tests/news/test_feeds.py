"""RSS and Atom feeds per language and per tag, read the way a feed reader reads them."""

import datetime

import feedparser
import pytest

from tests.conftest import LANGUAGE_CODES
from tests.news.conftest import translate_article, translate_tag
from tests.news.factories import NewsPageFactory, NewsTagFactory

pytestmark = pytest.mark.django_db

FEED_KINDS = ["rss", "atom"]


def read_feed(client, path):
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


@pytest.mark.parametrize(("kind", "content_type"), [("rss", "application/rss+xml"), ("atom", "application/atom+xml")])
def test_feed_items_have_absolute_links_dates_and_summaries(client, news_site, kind, content_type):
    NewsPageFactory(
        parent=news_site.index,
        slug="day-of-solidarity-2015",
        title="Day of Solidarity marked in seven countries",
        summary="Discussions, street conversations and posts in seven countries.",
        date=datetime.date(2015, 8, 5),
    )

    response, feed = read_feed(client, f"/en/news/feed/{kind}/")

    assert response.headers["Content-Type"].startswith(content_type)
    assert feed.feed.title == "News of Belarus"
    assert feed.feed.link == "http://localhost/en/news/"
    [item] = feed.entries
    assert item.title == "Day of Solidarity marked in seven countries"
    assert item.link == "http://localhost/en/news/day-of-solidarity-2015/"
    assert item.summary == "Discussions, street conversations and posts in seven countries."
    assert item.published_parsed[:3] == (2015, 8, 4)  # midnight in Minsk is 21:00 UTC the day before


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_feed_lists_the_newest_twenty_articles_first(client, news_site, kind):
    for day in range(25):
        NewsPageFactory(parent=news_site.index, title=f"Day {day}", date=datetime.date(2016, 1, 1 + day))

    _response, feed = read_feed(client, f"/en/news/feed/{kind}/")

    assert [entry.title for entry in feed.entries] == [f"Day {day}" for day in range(24, 4, -1)]


@pytest.mark.parametrize("kind", FEED_KINDS)
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_each_language_feed_lists_only_that_language(client, news_site, locales, language, kind):
    for code in LANGUAGE_CODES:
        NewsPageFactory(parent=news_site.indexes[code], title=f"Written in {code}")

    _response, feed = read_feed(client, f"/{language}/news/feed/{kind}/")

    assert [entry.title for entry in feed.entries] == [f"Written in {language}"]
    assert feed.feed.get("language", language) == language


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_tag_feed_lists_only_that_tags_articles_with_translated_names(client, news_site, locales, kind):
    prisoners = NewsTagFactory(name="political prisoners")
    russian = translate_tag(prisoners, locales["ru"], "политзаключённые")
    tagged = NewsPageFactory(parent=news_site.index, slug="pardon", tags=[prisoners])
    translate_article(tagged, locales["ru"], title="Помилованы шесть политзаключённых")
    NewsPageFactory(parent=news_site.indexes["ru"], title="Без тега")

    _response, feed = read_feed(client, f"/ru/news/tag/{russian.slug}/feed/{kind}/")

    assert [entry.title for entry in feed.entries] == ["Помилованы шесть политзаключённых"]
    assert feed.feed.title == "Новости Беларуси: политзаключённые"
    assert [tag.term for tag in feed.entries[0].tags] == ["политзаключённые"]


def test_a_newly_published_article_appears_in_the_feed(client, news_site):
    _response, before = read_feed(client, "/ru/news/feed/rss/")
    NewsPageFactory(parent=news_site.indexes["ru"], title="Свежая новость")

    _response, after = read_feed(client, "/ru/news/feed/rss/")

    assert before.entries == []
    assert [entry.title for entry in after.entries] == ["Свежая новость"]


@pytest.mark.parametrize(
    "path",
    ["/ru/news/", "/ru/news/tag/{slug}/", "/ru/news/{slug_of_article}/"],
)
def test_pages_announce_their_feeds_to_feed_readers(client, news_site, locales, path):
    tag = NewsTagFactory(name="выборы", locale=locales["ru"])
    NewsPageFactory(parent=news_site.indexes["ru"], slug="vybory", tags=[tag])

    html = client.get(path.format(slug=tag.slug, slug_of_article="vybory")).content.decode()

    assert (
        '<link rel="alternate" type="application/rss+xml" title="Новости Беларуси (RSS)" href="/ru/news/feed/rss/">'
        in html
    )
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Новости Беларуси (Atom)" href="/ru/news/feed/atom/">'
        in html
    )


def test_tag_archive_also_announces_the_tag_feed(client, news_site, locales):
    tag = NewsTagFactory(name="EU")
    NewsPageFactory(parent=news_site.index, tags=[tag])

    html = client.get("/en/news/tag/eu/").content.decode()

    assert 'title="News of Belarus: EU (RSS)" href="/en/news/tag/eu/feed/rss/"' in html
    assert 'title="News of Belarus: EU (Atom)" href="/en/news/tag/eu/feed/atom/"' in html


def test_feed_of_an_unknown_tag_is_not_found(client, news_site):
    assert client.get("/en/news/tag/nothing/feed/rss/").status_code == 404
