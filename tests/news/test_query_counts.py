"""Listing cost: every news page costs the same number of queries with 10 articles as with 500."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsPage
from tests.news.factories import NewsTagFactory, many_articles, many_images

pytestmark = pytest.mark.django_db

# Upper bounds with room for the site chrome (menu, language switcher, footer); the point of
# these tests is that the count does not move when the archive grows. The footer's link to the
# Mirrors page costs one query when the cache is cold. Finding tags still under their source
# name (to mark them as not translated yet) costs one query per set of tags shown (core.i18n
# and news.models.tags.mark_untranslated), and reading the locales' codes one when the cache is cold.
BUDGETS = {"index": 35, "tag": 37, "year": 35, "article": 37, "home": 31, "feed": 20}
# With the cache warm (remembered route, site, cards, browse box, translations, tag markers):
# the page, Wagtail's view-restriction check, and the check that the cards shown are published.
REMEMBERED_BUDGETS = {"index": 5, "tag": 6, "year": 5, "article": 7, "home": 5, "feed": 9}
FEW, MANY = 10, 500


def place(news_site, kind):
    return {
        "index": "/ru/news/",
        "tag": "/ru/news/tag/ес/",
        "year": "/ru/news/2014/",
        "article": "/ru/news/bulk-article-0/",
        "home": "/ru/",
        "feed": "/ru/news/feed/rss/",
    }[kind]


def queries_for(client, path, *, remembered=True):
    """Queries of a second request (the first makes the thumbnails' renditions and fills caches).

    ``remembered=False`` empties the cache first, so the listing is computed afresh (news.listing).
    """
    assert client.get(path).status_code == 200
    if not remembered:
        cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context)


@pytest.mark.parametrize("remembered", [True, False], ids=["remembered", "computed"])
@pytest.mark.parametrize("kind", BUDGETS)
def test_query_count_is_the_same_with_10_and_with_500_articles(
    client, news_site, locales, kind, remembered, django_assert_num_queries
):
    index = news_site.indexes["ru"]
    eu = NewsTagFactory(name="ЕС", locale=locales["ru"])
    elections = NewsTagFactory(name="выборы", locale=locales["ru"])
    images = many_images(MANY)
    many_articles(index, FEW, tags=[eu, elections], images=images)
    path = place(news_site, kind)

    with_few = queries_for(client, path, remembered=remembered)
    many_articles(index, MANY - FEW, tags=[eu, elections], images=images, start=FEW)
    assert NewsPage.objects.filter(locale=locales["ru"]).count() == MANY
    assert client.get(path).status_code == 200  # renditions for the thumbnails now shown
    if not remembered:
        cache.clear()

    with django_assert_num_queries(with_few):
        client.get(path)
    assert with_few <= (REMEMBERED_BUDGETS if remembered else BUDGETS)[kind]


def test_every_listed_thumbnail_comes_from_prefetched_renditions(client, news_site, locales):
    """Twenty articles with twenty different pictures: the listing's queries do not grow with pictures."""
    index = news_site.indexes["en"]
    images = many_images(20)
    many_articles(index, 1, images=images[:1], first_date=datetime.date(2015, 1, 1))
    one_picture = queries_for(client, "/en/news/")
    many_articles(index, 9, images=images[1:10], start=1, first_date=datetime.date(2015, 1, 1))

    assert queries_for(client, "/en/news/") == one_picture
