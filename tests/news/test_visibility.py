"""Drafts, private articles and stand-ins for untranslated pages never reach listings or feeds."""

import pytest
from wagtail.models import PageViewRestriction

from tests.news.factories import NewsPageFactory, NewsTagFactory

pytestmark = pytest.mark.django_db

PUBLIC_PLACES = [
    "/en/",
    "/en/news/",
    "/en/news/tag/eu/",
    "/en/news/2016/",
    "/en/news/feed/rss/",
    "/en/news/feed/atom/",
    "/en/news/tag/eu/feed/rss/",
    "/en/news/tag/eu/feed/atom/",
]


@pytest.fixture
def eu(news_site):
    tag = NewsTagFactory(name="EU")
    NewsPageFactory(parent=news_site.index, title="Published article", tags=[tag], date="2016-02-25")
    return tag


@pytest.mark.parametrize("path", PUBLIC_PLACES)
def test_drafts_are_never_listed(client, news_site, eu, path):
    draft = NewsPageFactory(parent=news_site.index, title="Unfinished draft", tags=[eu], date="2016-03-01")
    draft.unpublish()

    content = client.get(path).content.decode()

    assert "Published article" in content
    assert "Unfinished draft" not in content


@pytest.mark.parametrize("path", PUBLIC_PLACES)
def test_private_articles_are_never_listed(client, news_site, eu, path):
    private = NewsPageFactory(parent=news_site.index, title="Members only", tags=[eu], date="2016-03-01")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    content = client.get(path).content.decode()

    assert "Published article" in content
    assert "Members only" not in content


def test_a_private_article_leaves_no_trace_in_related_articles(client, news_site, eu):
    NewsPageFactory(parent=news_site.index, slug="public-one", tags=[eu])
    private = NewsPageFactory(parent=news_site.index, title="Members only", tags=[eu])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert "Members only" not in client.get("/en/news/public-one/").content.decode()


def test_stand_ins_for_untranslated_articles_are_not_listed_in_other_languages(client, news_site, locales):
    article = NewsPageFactory(parent=news_site.index, title="English only", tags=[])
    article.copy_for_translation(locales["be"], alias=True)

    assert "English only" not in client.get("/be/news/").content.decode()
    assert "English only" not in client.get("/be/news/feed/rss/").content.decode()


def test_a_private_news_section_keeps_its_feed_private_too(client, news_site, eu):
    PageViewRestriction.objects.create(page=news_site.index, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/en/news/feed/rss/")

    assert response.status_code == 302
    assert "Published article" not in response.content.decode()
