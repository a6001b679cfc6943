"""The full-page cache: who is served from it, what is kept, and how it is keyed.

A hit is recognisable without any header: it costs no database query at all.
"""

import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext

from core.page_cache.middleware import PAGE_KEY, cacheable_seconds
from tests.conftest import LANGUAGE_CODES
from tests.factories import StandardPageFactory
from tests.helpers import login_verified
from tests.mission.factories import HowToHelpPageFactory, application_form
from tests.news import conftest as news_fixtures
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db
news_site = news_fixtures.news_site

RESTORED_HEADERS = [
    "Content-Type",
    "Content-Language",
    "Content-Security-Policy",
    "Cache-Control",
    "Vary",
    "X-Frame-Options",
    "Permissions-Policy",
    "Content-Length",
]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def queries(client, path, **kwargs):
    """(response, number of SQL queries) of one GET."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(path, **kwargs)
    return response, len(context)


def cached_pages():
    return [key for key in cache._cache if PAGE_KEY.format("") in key]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client, site_tree, code):
    first, first_queries = queries(client, f"/{code}/")
    second, second_queries = queries(client, f"/{code}/")
    assert first.status_code == second.status_code == 200
    assert first_queries > 0
    assert second_queries == 0
    assert second.content == first.content
    for name in RESTORED_HEADERS:
        assert second.get(name) == first.get(name), name
    assert second["Content-Language"] == code


def test_head_requests_share_the_cached_page(client, site_tree):
    client.get("/en/")
    response, count = queries(client, "/en/", REQUEST_METHOD="HEAD")
    assert count == 0
    assert response.status_code == 200


def test_not_found_pages_are_cached_too(client, site_tree):
    assert client.get("/en/no-such-page/").status_code == 404
    response, count = queries(client, "/en/no-such-page/")
    assert response.status_code == 404
    assert count == 0
    assert "Page not found" in response.content.decode()


def test_tracking_parameters_do_not_split_the_cache(client, site_tree):
    client.get("/en/")
    for query in ("?utm_source=newsletter", "?fbclid=abc&utm_medium=x", "?q=anything", "?page=2&x=1"):
        path = "/en/" + query
        response, count = queries(client, path)
        if "page=" in query:
            assert count > 0, path  # page is a parameter pages read
        else:
            assert count == 0, path
        assert response.status_code == 200


def test_listing_pages_are_keyed_by_page_number(client, news_site):
    for number in range(12):
        NewsPageFactory(parent=news_site.index, title=f"Article {number}", slug=f"article-{number}")
    first = client.get("/en/news/").content.decode()
    second, count = queries(client, "/en/news/?page=2")
    assert count > 0
    assert second.content.decode() != first
    again, count = queries(client, "/en/news/?page=2&utm_campaign=4august")
    assert count == 0
    assert again.content == second.content


def test_search_results_are_keyed_by_query_and_the_query_is_not_in_the_key(client, site_tree):
    StandardPageFactory(parent=site_tree.home, title="Court hearings", slug="hearings", summary="Trials in Minsk.")
    trials = client.get("/en/search/?q=trials").content.decode()
    assert "Court hearings" in trials
    other, count = queries(client, "/en/search/?q=elections")
    assert count > 0
    assert "Court hearings" not in other.content.decode()
    again, count = queries(client, "/en/search/?utm_source=x&q=trials")
    assert count == 0
    assert again.content.decode() == trials
    assert not any("trials" in key for key in cache._cache)


def test_search_results_are_kept_only_as_long_as_they_ask(client, site_tree, settings):
    client.get("/en/search/?q=trials")
    (key,) = cached_pages()
    expiry = cache._expire_info[key]
    assert expiry - time.time() <= settings.SEARCH_CACHE_MAX_AGE + 1


def test_logged_in_visitors_are_never_served_or_stored(client, site_tree, django_user_model):
    client.get("/en/")
    assert len(cached_pages()) == 1
    login_verified(client, django_user_model.objects.create_superuser("editor", "e@example.org", "pw"))
    response, count = queries(client, "/en/")
    assert count > 0
    assert "private" in response["Cache-Control"]
    cache.clear()
    client.get("/en/")
    assert cached_pages() == []


def test_form_pages_with_a_csrf_token_are_never_cached(client, site_tree):
    how_to_help = HowToHelpPageFactory(parent=site_tree.home)
    application_form(how_to_help, slug="join-the-mission", title="Join the Mission")
    path = "/en/how-to-help/join-the-mission/"
    first = client.get(path)
    assert first.status_code == 200
    assert "csrfmiddlewaretoken" in first.content.decode()
    second, count = queries(client, path)
    assert count > 0
    assert cached_pages() == []


def test_requests_with_a_session_cookie_skip_the_cache(client, site_tree, settings):
    client.get("/en/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "not-a-session"
    _response, count = queries(client, "/en/")
    assert count > 0


def test_post_is_never_answered_from_the_cache(client, site_tree):
    client.get("/en/")
    _response, count = queries(client, "/en/", REQUEST_METHOD="POST")
    assert count > 0


def test_responses_that_set_a_cookie_or_vary_on_it_are_not_kept(rf, site_tree):
    request = rf.get("/en/")
    ok = HttpResponse("x", headers={"Cache-Control": "public, max-age=300"})
    assert cacheable_seconds(request, ok)
    with_cookie = HttpResponse("x", headers={"Cache-Control": "public, max-age=300"})
    with_cookie.set_cookie("tracking", "1")
    assert not cacheable_seconds(request, with_cookie)
    varying = HttpResponse("x", headers={"Cache-Control": "public, max-age=300", "Vary": "Cookie"})
    assert not cacheable_seconds(request, varying)
    private = HttpResponse("x", headers={"Cache-Control": "private, max-age=300"})
    assert not cacheable_seconds(request, private)
    unmarked = HttpResponse("x")
    assert not cacheable_seconds(request, unmarked)
    request.is_preview = True
    assert not cacheable_seconds(request, ok)


def test_switching_the_cache_off_renders_every_time(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/en/")
    _response, count = queries(client, "/en/")
    assert count > 0
    assert cached_pages() == []


class BrokenCache:
    """A cache client whose server does not answer."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache down")

        return fail


def test_a_page_cache_that_does_not_answer_serves_pages_uncached(client, site_tree, monkeypatch):
    # Only the page cache's own client is broken here; the whole cache going down is the
    # subject of the fault tests.
    monkeypatch.setattr("core.page_cache.middleware.cache", BrokenCache())
    monkeypatch.setattr("core.page_cache.generations.cache", BrokenCache())
    for _attempt in range(2):
        response, count = queries(client, "/en/")
        assert response.status_code == 200
        assert "Solidarity with Belarus" in response.content.decode()
        assert count > 0


def test_a_head_request_alone_stores_nothing(client, site_tree):
    client.head("/en/")
    assert cached_pages() == []


def test_anonymous_pages_do_not_vary_on_cookies_but_editors_keep_the_user_bar(client, site_tree, django_user_model):
    anonymous = client.get("/en/")
    assert "Cookie" not in anonymous.get("Vary", "")
    assert "wagtail-userbar" not in anonymous.content.decode()
    login_verified(client, django_user_model.objects.create_superuser("editor", "e@example.org", "pw"))
    editor = client.get("/en/")
    assert "wagtail-userbar" in editor.content.decode()
    assert "Cookie" in editor["Vary"]
