"""Queries of a page rendered afresh while the site chrome comes from the cache.

With the page cache off (as in every test unless switched on), the second request renders
the page again, but the menu, footer, language roots and breadcrumbs are kept per language.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ContactEmailFactory, FooterTextFactory, SocialAccountFactory, StandardPageFactory
from tests.news import conftest as news_fixtures
from tests.news.factories import NewsPageFactory, NewsTagFactory

pytestmark = pytest.mark.django_db
news_site = news_fixtures.news_site

# The page's own queries (the remembered page, Wagtail's view-restriction check, the check that
# the cards shown are still published); nothing is spent on the chrome, the routing or the site.
# A repeated 404 costs the redirect lookup only: its address is remembered as having no page and
# the page itself is rendered once per language.
BUDGETS = {"home": 5, "article": 6, "listing": 5, "not_found": 1}


@pytest.fixture
def site(news_site):
    FooterTextFactory()
    SocialAccountFactory()
    ContactEmailFactory()
    StandardPageFactory(parent=news_site.tree.home, slug="about", title="About", show_in_menus=True)
    tag = NewsTagFactory(name="EU")
    for number in range(5):
        NewsPageFactory(parent=news_site.index, slug=f"article-{number}", tags=[tag])
    return news_site


PATHS = {"home": "/en/", "article": "/en/news/article-0/", "listing": "/en/news/", "not_found": "/en/no-such-page/"}


def count(client, path):
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code in (200, 404)
    return len(context)


@pytest.mark.parametrize("kind", BUDGETS)
def test_second_render_takes_the_chrome_from_the_cache(client, site, kind, django_assert_max_num_queries):
    path = PATHS[kind]
    client.get(path)
    with django_assert_max_num_queries(BUDGETS[kind]):
        response = client.get(path)
    assert "site-footer__name" in response.content.decode()
    cached = count(client, path)
    cache.clear()
    assert count(client, path) >= cached + 4  # menu, footer (three snippets), language roots
