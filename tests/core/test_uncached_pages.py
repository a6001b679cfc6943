"""Uncached pages: remembered routes, cards and fragments kept per language, and a cheap 404.

The page cache is off here (as in every test unless switched on), so each request renders the
page again; what these tests check is that the pieces kept between requests never show
anything a fresh rendering would not.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction

from core.page_cache.generations import generations
from news.bulk import add_articles
from news.models import NewsPage
from tests.conftest import LANGUAGE_CODES, publish_translation
from tests.core.test_faults import closed_port
from tests.factories import StandardPageFactory
from tests.helpers import page_html
from tests.news import conftest as news_fixtures
from tests.news.factories import NewsPageFactory, NewsTagFactory

pytestmark = pytest.mark.django_db
news_site = news_fixtures.news_site

TREE_WALK = '"wagtailcore_page"."slug" = '  # Wagtail's route(): one child lookup per level
CARD_FETCH = '"news_newspage"."lead_image_id"'  # fetching whole articles, as rendering cards needs


def get(client, path):
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    return response, [query["sql"] for query in context.captured_queries]


@pytest.fixture
def articles(news_site):
    """Three English articles sharing a tag, so each is among the others' related articles."""
    tag = NewsTagFactory(name="EU")
    return [
        NewsPageFactory(parent=news_site.index, slug=f"story-{number}", title=f"Story {number}", tags=[tag])
        for number in range(3)
    ]


# Remembered routes


def test_the_second_anonymous_request_skips_the_tree_walk(client, articles):
    first, first_queries = get(client, "/en/news/story-0/")
    second, second_queries = get(client, "/en/news/story-0/")

    assert first.status_code == second.status_code == 200
    assert any(TREE_WALK in sql for sql in first_queries)
    assert not any(TREE_WALK in sql for sql in second_queries)
    assert len(second_queries) < len(first_queries)
    assert "Story 0" in second.content.decode()


def test_sub_pages_of_a_section_come_from_the_remembered_section(client, articles):
    get(client, "/en/news/tag/eu/")
    response, queries = get(client, "/en/news/tag/eu/")

    assert response.status_code == 200
    assert not any(TREE_WALK in sql for sql in queries)
    assert "News tagged “EU”" in response.content.decode()
    assert client.get("/en/news/tag/no-such-tag/").status_code == 404


def test_a_logged_in_editor_is_always_routed_by_wagtail(admin_client, articles):
    get(admin_client, "/en/news/story-0/")
    response, queries = get(admin_client, "/en/news/story-0/")

    assert response.status_code == 200
    assert any(TREE_WALK in sql for sql in queries)


def test_a_page_made_private_after_its_route_was_remembered_stays_private(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, slug="members", title="Members")
    assert client.get("/en/members/").status_code == 200
    # Even without any signal (no new generation), Wagtail's privacy check runs on every request.
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=page, restriction_type="login")])

    response = client.get("/en/members/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_private_page_is_never_remembered(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, slug="members", title="Members")
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")
    for _ in range(2):
        response, queries = get(client, "/en/members/")
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
        assert any(TREE_WALK in sql for sql in queries)


def test_a_page_taken_down_without_signals_is_not_served_from_its_remembered_route(client, articles):
    assert client.get("/en/news/story-0/").status_code == 200
    Page.objects.filter(pk=articles[0].pk).update(live=False)

    assert client.get("/en/news/story-0/").status_code == 404


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_renaming_moving_and_deleting_a_page_reach_the_next_request_in_every_language(client, site_tree, locales, code):
    about = StandardPageFactory(parent=site_tree.home, slug="about", title="About")
    section = StandardPageFactory(parent=site_tree.home, slug="section", title="Section")
    page = about if code == "en" else publish_translation(about, locales[code])
    target = section if code == "en" else publish_translation(section, locales[code])
    assert page_html(client, f"/{code}/about/")

    page.slug = "who-we-are"
    page.save_revision().publish()
    assert client.get(f"/{code}/about/").status_code != 200
    assert page_html(client, f"/{code}/who-we-are/")

    Page.objects.get(pk=page.pk).move(target, pos="last-child")
    # Wagtail answers the old address with a redirect to the new one.
    assert client.get(f"/{code}/who-we-are/").status_code in (301, 404)
    assert page_html(client, f"/{code}/section/who-we-are/")

    Page.objects.get(pk=page.pk).delete()
    assert client.get(f"/{code}/section/who-we-are/").status_code == 404


# The 404 page


def test_a_repeated_404_costs_only_the_redirect_lookup(client, site_tree):
    first, _queries = get(client, "/en/no-such-page/")
    second, queries = get(client, "/en/no-such-page/")
    other, other_queries = get(client, "/ru/nothing/here/")
    other, other_queries = get(client, "/ru/nothing/here/")

    assert first.status_code == second.status_code == other.status_code == 404
    assert second.content == first.content
    assert "Page not found" in second.content.decode()
    assert len(queries) == 1 and "wagtailredirects_redirect" in queries[0]
    assert len(other_queries) == 1
    assert 'lang="ru"' in other.content.decode()


def test_a_page_published_where_a_404_was_remembered_is_served(client, site_tree):
    assert client.get("/en/new-page/").status_code == 404
    StandardPageFactory(parent=site_tree.home, slug="new-page", title="Brand new")

    assert "Brand new" in page_html(client, "/en/new-page/")


def test_a_redirect_still_answers_where_a_404_was_remembered(client, site_tree):
    assert client.get("/en/old-address/").status_code == 404
    Redirect.objects.bulk_create([Redirect(old_path="/en/old-address", redirect_link="/en/")])

    response = client.get("/en/old-address/")
    assert response.status_code == 301


# Cards, related articles and latest news


def test_cards_come_from_the_cache_on_the_second_rendering(client, articles):
    _first, first_queries = get(client, "/en/news/")
    response, queries = get(client, "/en/news/")

    assert any(CARD_FETCH in sql for sql in first_queries)
    assert not any(CARD_FETCH in sql for sql in queries)
    html = response.content.decode()
    assert all(f"Story {number}" in html for number in range(3))


def test_an_article_taken_down_never_shows_even_before_its_language_is_renewed(client, articles):
    paths = ["/en/news/", "/en/", "/en/news/story-1/", "/en/news/tag/eu/", "/en/news/2015/"]
    for path in paths:
        client.get(path)
    token = generations(["en"])["en"]
    # No signal: the generation stays, but the published check sees it at once.
    Page.objects.filter(pk=articles[0].pk).update(live=False)
    assert generations(["en"])["en"] == token

    for path in paths:
        response = client.get(path)
        if response.status_code == 200:
            assert "Story 0" not in response.content.decode(), path
    assert "Story 2" in page_html(client, "/en/news/story-1/")


def test_a_private_article_never_shows_in_cards_kept_before(client, articles):
    for path in ("/en/news/", "/en/", "/en/news/story-1/"):
        client.get(path)
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=articles[0], restriction_type="login")])

    for path in ("/en/news/", "/en/", "/en/news/story-1/"):
        assert "Story 0" not in page_html(client, path), path


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_publishing_unpublishing_and_deleting_an_article_show_fresh_cards_in_every_language(
    client, news_site, locales, code
):
    index = news_site.indexes[code]
    tag = NewsTagFactory(name=f"tag-{code}", locale=locales[code])
    article = NewsPageFactory(parent=index, slug="story", title="First title", tags=[tag])
    NewsPageFactory(parent=index, slug="other", title="Other story", tags=[tag])
    paths = [f"/{code}/news/", f"/{code}/", f"/{code}/news/other/"]
    for path in paths:
        assert "First title" in page_html(client, path), path

    article.title = article.summary = "Second title"
    article.save_revision().publish()
    for path in paths:
        html = page_html(client, path)
        assert "Second title" in html and "First title" not in html, path

    article.unpublish()
    for path in paths:
        assert "Second title" not in page_html(client, path), path

    article.save_revision().publish()
    assert "Second title" in page_html(client, f"/{code}/news/")
    NewsPage.objects.get(pk=article.pk).delete()
    for path in paths:
        assert "Second title" not in page_html(client, path), path


def test_bulk_added_articles_renew_their_language_and_show_at_once(client, news_site):
    assert "Bulk story" not in page_html(client, "/en/news/")
    token = generations(["en"])["en"]
    add_articles(news_site.index, [NewsPage(title="Bulk story", slug="bulk-story", body=[])])

    assert generations(["en"])["en"] != token
    assert "Bulk story" in page_html(client, "/en/news/")
    assert "Bulk story" in page_html(client, "/en/news/bulk-story/")


def test_a_stand_in_is_still_marked_when_its_parts_come_from_the_cache(client, news_site, locales):
    article = NewsPageFactory(parent=news_site.index, slug="english-only", title="English only")
    article.copy_for_translation(locales["be"], alias=True)
    for _ in range(2):
        html = page_html(client, "/be/news/english-only/")
        assert '<meta name="robots" content="noindex">' in html
        assert 'lang="en"' in html
        assert "untranslated-marker" in html or "stand-in" in html


def test_a_preview_shows_the_draft_though_the_live_page_was_rendered_before(client, articles):
    assert "Story 0" in page_html(client, "/en/news/story-0/")
    draft = NewsPage.objects.get(pk=articles[0].pk)
    draft.title = "Draft title"
    draft.save_revision()

    response = draft.make_preview_request()
    assert response.status_code == 200
    assert "Draft title" in response.render().content.decode()
    assert "Draft title" not in page_html(client, "/en/news/story-0/")


# A cache that does not answer


def test_with_the_cache_down_every_page_renders_uncached(articles, settings):
    paths = ["/en/", "/en/news/", "/en/news/story-0/", "/en/news/tag/eu/"]
    expected = {path: page_html(Client(), path) for path in paths}
    # The production backend on a port where no Redis listens: every read misses, writes are dropped.
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25},
        },
    }
    client = Client()
    for _ in range(2):
        for path in paths:
            assert page_html(client, path) == expected[path], path
        assert client.get("/en/no-such-page/").status_code == 404
