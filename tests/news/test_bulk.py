"""The bulk loader used by the benchmark makes ordinary, valid Wagtail pages."""

import pytest
from wagtail.models import Page

from news.models import NewsPage
from tests.news.factories import NewsPageFactory, NewsTagFactory, many_articles

pytestmark = pytest.mark.django_db


def test_bulk_articles_keep_the_page_tree_valid(news_site):
    NewsPageFactory(parent=news_site.index, slug="written-by-hand")

    many_articles(news_site.index, 1200)

    assert Page.find_problems() == ([], [], [], [], [])
    news_site.index.refresh_from_db()
    assert news_site.index.numchild == 1201
    assert NewsPage.objects.child_of(news_site.index).live().count() == 1201


def test_bulk_articles_are_served_tagged_and_editable(client, admin_client, news_site):
    tag = NewsTagFactory(name="EU")
    [article] = many_articles(news_site.index, 1, tags=[tag])

    assert client.get("/en/news/bulk-article-0/").status_code == 200
    assert "Bulk article 0" in client.get("/en/news/tag/eu/").content.decode()
    assert admin_client.get(f"/admin/pages/{article.pk}/edit/").status_code == 200
    NewsPageFactory(parent=news_site.index, slug="added-after-bulk")
    assert Page.find_problems() == ([], [], [], [], [])
