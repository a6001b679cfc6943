"""Feeds protect e-mail addresses like pages do: none appears in plain form in any field."""

import html
import re

import feedparser
import pytest

from tests.conftest import LANGUAGE_CODES
from tests.news.factories import NewsPageFactory, NewsTagFactory

pytestmark = pytest.mark.django_db

FEED_KINDS = ["rss", "atom"]
# Any address at all, looser than the site's own pattern, so the test does not share its blind spots.
ANY_ADDRESS = re.compile(r"[^\s<>\"'@:/;&]+@[^\s<>\"'@]+\.[a-z]{2,}", re.IGNORECASE)


def feed_with_addresses(news_site, language):
    """An index and an article in ``language`` whose every text field holds an e-mail address."""
    index = news_site.indexes[language]
    index.introduction = f"Write to press-{language}@example.org with news."
    index.save_revision().publish()
    tag = NewsTagFactory(name=f"tips-{language}@example.net", locale=index.locale)
    NewsPageFactory(
        parent=index,
        slug="write-to-us",
        title=f"Reach volunteer.{language}@example.org today",
        summary=f'Contact the centre at centre+{language}@mail.example.com or <a href="mailto:x@example.org">x</a>.',
        tags=[tag],
    )
    return tag


def all_text(feed):
    """Every value that a feed reader shows, as parsed by feedparser."""
    values = [feed.feed.get(key, "") for key in ("title", "subtitle", "author", "rights")]
    for entry in feed.entries:
        values += [entry.get(key, "") for key in ("title", "summary", "author")]
        values += [content.value for content in entry.get("content", [])]
        values += [tag.term for tag in entry.get("tags", [])]
    return values


@pytest.mark.parametrize("kind", FEED_KINDS)
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_feeds_of_every_language_carry_no_plain_address(client, news_site, language, kind):
    tag = feed_with_addresses(news_site, language)

    for path in (f"/{language}/news/feed/{kind}/", f"/{language}/news/tag/{tag.slug}/feed/{kind}/"):
        response = client.get(path)
        assert response.status_code == 200
        raw = response.content.decode()
        # Neither in the bytes nor once entities are decoded (&#64; is still an @ to a harvester).
        assert not ANY_ADDRESS.search(raw), path
        assert not ANY_ADDRESS.search(html.unescape(html.unescape(raw))), path

        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        [entry] = feed.entries
        assert not [value for value in all_text(feed) if ANY_ADDRESS.search(value)], path
        # People can still read the address.
        assert entry.title == f"Reach volunteer.{language} [at] example [dot] org today"
        assert f"centre+{language} [at] mail [dot] example [dot] com" in entry.summary
        assert [t.term for t in entry.tags] == [f"tips-{language} [at] example [dot] net"]
        # The links still work.
        assert entry.link == f"http://localhost/{language}/news/write-to-us/"


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_feed_description_protects_the_index_introduction(client, news_site, kind):
    feed_with_addresses(news_site, "ru")
    feed = feedparser.parse(client.get(f"/ru/news/feed/{kind}/").content)
    assert feed.feed.subtitle == "Write to press-ru [at] example [dot] org with news."
