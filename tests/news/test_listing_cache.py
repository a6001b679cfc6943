"""Remembered listings (news.listing) change as soon as the news change, and never show a draft."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from news.models import NewsPage
from tests.news.factories import NewsPageFactory, NewsTagFactory, many_articles

pytestmark = pytest.mark.django_db


def test_a_published_article_is_listed_at_once(client, news_site):
    NewsPageFactory(parent=news_site.index, title="Older news")
    assert "Fresh news" not in client.get("/en/news/").content.decode()
    article = NewsPage(title="Fresh news", slug="fresh", date=datetime.date(2030, 1, 1), body=[])
    news_site.index.add_child(instance=article)
    article.unpublish()

    article.save_revision().publish()

    html = client.get("/en/news/").content.decode()
    assert "Fresh news" in html
    assert '<a href="/en/news/2030/">2030</a>' in html


def test_an_unpublished_article_leaves_the_listings_at_once(client, news_site):
    article = NewsPageFactory(parent=news_site.index, title="Withdrawn news")
    assert "Withdrawn news" in client.get("/en/news/feed/rss/").content.decode()

    article.unpublish()

    assert "Withdrawn news" not in client.get("/en/news/feed/rss/").content.decode()


def test_an_article_made_private_leaves_the_listings_at_once(client, news_site):
    article = NewsPageFactory(parent=news_site.index, title="Soon private")
    assert "Soon private" in client.get("/en/").content.decode()

    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)

    assert "Soon private" not in client.get("/en/").content.decode()


def test_a_renamed_tag_is_shown_under_its_new_name_at_once(client, news_site):
    tag = NewsTagFactory(name="EU")
    NewsPageFactory(parent=news_site.index, tags=[tag])
    assert ">EU</a>" in client.get("/en/news/").content.decode()

    tag.name = "European Union"
    tag.save()

    assert ">European Union</a>" in client.get("/en/news/").content.decode()


def test_articles_added_in_bulk_are_listed_at_once(client, news_site):
    many_articles(news_site.index, 3)
    assert "Bulk article 2" in client.get("/en/news/").content.decode()

    many_articles(news_site.index, 3, start=3)

    assert "Bulk article 5" in client.get("/en/news/").content.decode()


def test_a_remembered_listing_still_never_shows_a_draft(client, news_site):
    NewsPageFactory(parent=news_site.index, title="Public news")
    draft = NewsPageFactory(parent=news_site.index, title="Quietly withdrawn")
    assert "Quietly withdrawn" in client.get("/en/news/").content.decode()

    # A change that no signal reports, as another process's change looks to this one.
    NewsPage.objects.filter(pk=draft.pk).update(live=False)

    html = client.get("/en/news/").content.decode()
    assert "Public news" in html
    assert "Quietly withdrawn" not in html
