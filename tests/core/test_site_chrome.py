"""The chrome around every page: languages, hreflang, menu, footer, error pages, headers."""

import re

import pytest
from django.conf import settings
from django.db import DatabaseError
from wagtail.models import PageViewRestriction

from tests.conftest import LANGUAGE_CODES, publish_translation
from tests.factories import ContactEmailFactory, FooterTextFactory, SocialAccountFactory, StandardPageFactory
from tests.helpers import login_verified

pytestmark = pytest.mark.django_db

SKIP_LINK = {
    "en": "Skip to main content",
    "ru": "Перейти к основному содержанию",
    "be": "Перайсці да асноўнага зместу",
    "uk": "Перейти до основного вмісту",
}


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_in_each_language_has_its_lang_and_translated_interface(client, site_tree, code):
    response = client.get(f"/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}" dir="ltr">' in html
    assert SKIP_LINK[code] in html


def test_root_redirects_by_browser_language(client, site_tree):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="uk,ru;q=0.8")["Location"] == "/uk/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/en/"


def test_admin_is_outside_the_language_prefix(client, site_tree):
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/en/admin/login/").status_code == 404


def _switcher(html):
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.DOTALL).group(0)


def test_switcher_links_only_to_live_translations_and_marks_home_fallbacks(client, site_tree, locales):
    page = StandardPageFactory(parent=site_tree.home, slug="about", title="About")
    publish_translation(page, locales["ru"])
    draft = page.copy_for_translation(locales["be"])  # not published
    assert not draft.live

    switcher = _switcher(client.get("/en/about/").content.decode())

    assert 'href="/ru/about/"' in switcher
    assert 'href="/be/about/"' not in switcher
    assert 'href="/be/" hreflang="be"' in switcher
    assert 'href="/uk/" hreflang="uk"' in switcher
    assert switcher.count("language-switcher__home") == 2


def test_switcher_does_not_offer_a_stand_in_as_a_translation(client, site_tree, locales):
    page = StandardPageFactory(parent=site_tree.home, slug="about", title="About")
    page.copy_for_translation(locales["uk"], alias=True)

    switcher = _switcher(client.get("/en/about/").content.decode())

    assert 'href="/uk/about/"' not in switcher
    assert 'href="/uk/" hreflang="uk"' in switcher


def test_hreflang_lists_existing_live_translations_and_x_default(client, site_tree, locales):
    page = StandardPageFactory(parent=site_tree.home, slug="about", title="About")
    publish_translation(page, locales["ru"])
    page.copy_for_translation(locales["uk"], alias=True)

    html = client.get("/ru/about/").content.decode()
    hreflangs = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)

    assert hreflangs == [
        ("en", "http://localhost/en/about/"),
        ("ru", "http://localhost/ru/about/"),
        ("x-default", "http://localhost/en/about/"),
    ]


def test_untranslated_page_has_no_hreflang(client, site_tree):
    StandardPageFactory(parent=site_tree.home, slug="lonely", title="Lonely")
    assert "hreflang=" not in re.sub(
        r'<nav class="language-switcher".*?</nav>', "", client.get("/en/lonely/").content.decode(), flags=re.DOTALL
    )


def test_main_menu_lists_pages_marked_for_menus_in_the_active_language(client, site_tree, locales):
    page = StandardPageFactory(parent=site_tree.home, slug="about", title="About", show_in_menus=True)
    translated = publish_translation(page, locales["ru"])
    translated.title = "О нас"
    translated.save_revision().publish()
    StandardPageFactory(parent=site_tree.home, slug="hidden", title="Hidden", show_in_menus=False)

    ru_menu = re.search(r'<nav class="main-nav".*?</nav>', client.get("/ru/").content.decode(), re.DOTALL).group(0)

    assert "О нас" in ru_menu
    assert "Hidden" not in ru_menu


def test_breadcrumbs_lead_from_home_to_the_parent(client, site_tree):
    parent = StandardPageFactory(parent=site_tree.home, slug="about", title="About")
    StandardPageFactory(parent=parent, slug="team", title="Team")

    html = client.get("/en/about/team/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.DOTALL).group(0)

    assert 'href="/en/"' in crumbs and 'href="/en/about/"' in crumbs
    assert '<li aria-current="page">Team</li>' in crumbs


def test_footer_shows_the_snippets_of_the_active_language_with_fallback(client, site_tree, locales):
    footer = FooterTextFactory(organisation_name="Observation Mission")
    translated = footer.copy_for_translation(locales["ru"])
    translated.organisation_name = "Наблюдательная миссия"
    translated.save()
    SocialAccountFactory()
    ContactEmailFactory()

    assert "Наблюдательная миссия" in client.get("/ru/").content.decode()
    be_html = client.get("/be/").content.decode()
    assert "Observation Mission" in be_html  # no Belarusian copy yet: the source text stands in
    assert "@soli_days" in be_html


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Page not found"),
        ("ru", "Страница не найдена"),
        ("be", "Старонка не знойдзена"),
        ("uk", "Сторінку не знайдено"),
    ],
)
def test_404_page_speaks_the_visitors_language(client, site_tree, code, text):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    assert text in response.content.decode()
    assert f'lang="{code}"' in response.content.decode()


def test_sitemap_lists_live_public_real_pages_only(client, site_tree, locales):
    public = StandardPageFactory(parent=site_tree.home, slug="public", title="Public")
    publish_translation(public, locales["ru"])
    public.copy_for_translation(locales["be"], alias=True)
    draft = StandardPageFactory(parent=site_tree.home, slug="draft", title="Draft", live=False)
    private = StandardPageFactory(parent=site_tree.home, slug="private", title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")

    response = client.get("/sitemap.xml")
    xml = response.content.decode()

    assert response.status_code == 200
    assert "http://localhost/en/public/" in xml
    assert "http://localhost/ru/public/" in xml
    assert "/be/public/" not in xml
    assert draft.slug not in xml
    assert "/private/" not in xml
    for code in LANGUAGE_CODES:
        assert f"http://localhost/{code}/</loc>" in xml


def test_robots_txt_points_at_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_healthz_is_200_when_the_database_answers(client, db):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "counters": "ok", "media": "ok"}


def test_healthz_is_503_when_the_database_does_not(client, db, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def broken(self, sql, params=None):
        raise DatabaseError("database is down")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/healthz/")
    assert response.status_code == 503


def test_anonymous_pages_are_publicly_cacheable_and_set_no_cookie(client, site_tree):
    response = client.get("/en/")
    assert "public" in response["Cache-Control"]
    assert "max-age=" in response["Cache-Control"]
    assert not response.cookies


def test_logged_in_responses_are_private(client, site_tree, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    login_verified(client, user)
    response = client.get("/en/")
    assert "private" in response["Cache-Control"]


def test_public_pages_send_a_strict_content_security_policy(client, site_tree):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def _home_page_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/en/")  # warm the site-root cache like any running server
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/").status_code == 200
    return len(queries)


def test_home_page_query_count_is_small_and_does_not_grow_with_the_menu(client, site_tree):
    FooterTextFactory()
    StandardPageFactory(parent=site_tree.home, slug="page-0", show_in_menus=True)
    few = _home_page_queries(client)
    for index in range(1, 12):
        StandardPageFactory(parent=site_tree.home, slug=f"page-{index}", show_in_menus=True)
    many = _home_page_queries(client)

    assert few == many
    assert many <= 16


def test_language_names_come_from_settings(client, site_tree):
    html = _switcher(client.get("/en/").content.decode())
    for _code, name in settings.LANGUAGES:
        assert name in html


@pytest.mark.parametrize(
    ("code", "text"), [("en", "Something went wrong on our side"), ("uk", "Щось пішло не так на нашому боці")]
)
def test_server_error_page_speaks_the_visitors_language(site_tree, monkeypatch, code, text):
    from django.test import Client

    from home.models import HomePage

    def broken_serve(self, request, *args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(HomePage, "serve", broken_serve)
    response = Client(raise_request_exception=False).get(f"/{code}/")

    assert response.status_code == 500
    assert text in response.content.decode()
    assert "simulated failure" not in response.content.decode()
