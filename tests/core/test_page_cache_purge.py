"""Every kind of change reaches the next anonymous visitor, though the page was cached a moment before."""

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import ReportStatus
from core.page_cache.generations import generations
from tests.campaigns import conftest as campaign_fixtures
from tests.campaigns.factories import SolidarityActionReportFactory
from tests.conftest import LANGUAGE_CODES, publish_translation
from tests.factories import FooterTextFactory, StandardPageFactory
from tests.helpers import login_verified
from tests.news import conftest as news_fixtures
from tests.news.factories import NewsPageFactory
from tests.translations.factories import editor, translator
from translations.setup import setup_languages

pytestmark = pytest.mark.django_db
news_site = news_fixtures.news_site
campaign_tree = campaign_fixtures.campaign_tree
travel_to = campaign_fixtures.travel_to


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def about(site_tree, locales):
    """A page "About" live in every language, each version already in the page cache."""
    page = StandardPageFactory(parent=site_tree.home, slug="about", title="About", show_in_menus=True)
    pages = {"en": page}
    for code in LANGUAGE_CODES[1:]:
        pages[code] = publish_translation(page, locales[code])
    return pages


def html(client, path):
    return client.get(path).content.decode()


def warm(client, *paths):
    for path in paths:
        client.get(path)
        # The second request is the cached one; it must still show what the first showed.
        assert client.get(path).status_code in (200, 301, 404)


def edit_and_publish(client, page, title):
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "summary": "A short summary.",
            "show_in_menus": "on",
            "body": streamfield([("paragraph", rich_text(f"<p>{title} body.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_publishing_in_the_admin_shows_on_the_very_next_anonymous_request(client, about, code):
    setup_languages()
    warm(client, f"/{code}/about/", f"/{code}/")
    assert "Published just now" not in html(client, f"/{code}/about/")
    person = editor() if code == "en" else translator(code)
    admin = client.__class__()
    login_verified(admin, person)

    edit_and_publish(admin, about[code], f"Published just now ({code})")

    assert f"Published just now ({code})" in html(client, f"/{code}/about/")
    # The menu of the language's home page shows the new title as well.
    assert f"Published just now ({code})" in html(client, f"/{code}/")


def test_unpublishing_takes_the_page_and_its_menu_entry_away(client, about):
    warm(client, "/en/about/", "/en/")
    about["en"].unpublish()
    assert client.get("/en/about/").status_code == 404
    assert 'href="/en/about/"' not in html(client, "/en/")


def test_deleting_a_page_takes_it_away(client, about):
    warm(client, "/ru/about/")
    Page.objects.get(pk=about["ru"].pk).delete()
    assert client.get("/ru/about/").status_code == 404


def test_moving_a_page_changes_its_address_at_once(client, site_tree, about):
    parent = StandardPageFactory(parent=site_tree.home, slug="mission", title="Mission")
    warm(client, "/en/about/", "/en/mission/about/")
    about["en"].move(parent, pos="last-child")
    # Wagtail leaves a redirect at the old address; the cached page there is gone.
    assert client.get("/en/about/")["Location"].endswith("/en/mission/about/")
    assert client.get("/en/mission/about/").status_code == 200


def test_a_translation_switches_the_language_links_of_the_source_page(client, site_tree, locales):
    page = StandardPageFactory(parent=site_tree.home, slug="lonely", title="Lonely")
    warm(client, "/en/lonely/")
    assert 'href="/uk/lonely/"' not in html(client, "/en/lonely/")
    publish_translation(page, locales["uk"])
    assert 'href="/uk/lonely/"' in html(client, "/en/lonely/")


def test_a_footer_change_shows_in_its_language_only(client, site_tree, locales):
    footer = FooterTextFactory(organisation_name="Observation Mission")
    russian = footer.copy_for_translation(locales["ru"])
    russian.organisation_name = "Наблюдательная миссия"
    russian.save()
    warm(client, "/ru/", "/uk/")
    russian.organisation_name = "Миссия наблюдения"
    russian.save()
    assert "Миссия наблюдения" in html(client, "/ru/")
    # Ukrainian has no footer of its own and shows the English one, unchanged.
    assert "Observation Mission" in html(client, "/uk/")


def test_a_source_language_footer_change_reaches_languages_that_fall_back_to_it(client, site_tree):
    footer = FooterTextFactory(organisation_name="Observation Mission")
    warm(client, "/en/", "/be/")
    footer.organisation_name = "International Observation Mission"
    footer.save()
    for code in ("en", "be"):
        assert "International Observation Mission" in html(client, f"/{code}/")


def test_a_new_article_appears_in_the_listing_and_on_the_home_page(client, news_site):
    warm(client, "/en/news/", "/en/")
    article = NewsPageFactory(parent=news_site.index, title="Verdict announced", slug="verdict")
    article.save_revision().publish()
    assert "Verdict announced" in html(client, "/en/news/")
    assert "Verdict announced" in html(client, "/en/")


def test_a_new_redirect_replaces_a_cached_not_found_page(client, site_tree, about):
    warm(client, "/en/old-about/")
    Redirect.objects.create(old_path="/en/old-about", redirect_page=about["en"])
    response = client.get("/en/old-about/")
    assert response.status_code in (301, 302)


def test_saving_a_draft_leaves_the_cached_page_in_place(client, about):
    warm(client, "/en/about/")
    page = about["en"]
    page.title = "Draft title"
    page.save_revision()
    response = client.get("/en/about/")
    assert "Draft title" not in response.content.decode()


def test_approving_a_reported_action_shows_it_and_pending_reports_cost_nothing(client, campaign_tree):
    page = campaign_tree.years[2015]
    path = page.url
    warm(client, path)
    generation_before = generations(["en"])["en"]
    report = SolidarityActionReportFactory(year_page=page, city="Wrocław", status=ReportStatus.PENDING)
    # A public submission waiting for moderation renews nothing: the cache stays warm.
    assert generations(["en"])["en"] == generation_before
    assert "Wrocław" not in html(client, path)
    report.status = ReportStatus.APPROVED
    report.save(update_fields=["status", "moderated_at", "updated_at"])
    assert "Wrocław" in html(client, path)
    report.status = ReportStatus.PENDING
    report.save()
    assert "Wrocław" not in html(client, path)
