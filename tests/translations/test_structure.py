"""Translators keep the page tree: no delete, unpublish, move, copy or alias conversion, offered or done."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from tests.helpers import login_verified
from tests.translations.factories import editor, english_page, locale, translate_segments, translator
from translations.workflow import start_translation

pytestmark = pytest.mark.django_db

REFUSED_RU = "Переводчики не могут удалять"


def _in(code, page):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code)


def structural_urls(page):
    """Every admin URL that would delete, unpublish, move, copy or convert ``page``."""
    return [
        f"/admin/pages/{page.pk}/delete/",
        f"/admin/pages/{page.pk}/unpublish/",
        f"/admin/pages/{page.pk}/move/",
        f"/admin/pages/{page.pk}/copy/",
        f"/admin/pages/{page.pk}/convert_alias/",
        f"/admin/localize/page/{page.pk}/convert_to_alias/",
    ]


BULK_URLS = [f"/admin/bulk/wagtailcore/page/{action}/" for action in ("delete", "move", "unpublish")]


@pytest.fixture
def observers(languages):
    """An English page, published in Belarusian through wagtail-localize, a stand-in elsewhere."""
    page = english_page(languages.home, title="Observers")
    translation = start_translation(page, locale("be"))
    translate_segments(translation, {"Observers": "Назіральнікі"})
    translation.save_target(publish=True)
    translated = _in("be", page)
    assert translated.alias_of_id is None and translated.live
    return page


def in_russian(user):
    """``user`` with the admin in Russian."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    return user


@pytest.fixture
def belarusian_translator(languages):
    return in_russian(translator("be"))


def assert_offers_none(html, pages):
    for page in pages:
        for url in structural_urls(page):
            assert url not in html, url
    for url in BULK_URLS:
        assert url not in html, url
    assert "localize-convert-to-alias" not in html


def test_translator_listing_offers_no_structural_actions(client, observers, belarusian_translator, languages):
    translated = _in("be", observers)
    login_verified(client, belarusian_translator)

    html = client.get(reverse("wagtailadmin_explore", args=[languages.homes["be"].pk])).content.decode()

    assert f"/admin/pages/{translated.pk}/edit/" in html
    assert_offers_none(html, [translated, languages.homes["be"]])


def test_translator_translation_editor_offers_no_structural_actions(client, observers, belarusian_translator):
    translated = _in("be", observers)
    login_verified(client, belarusian_translator)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "js-translation-editor" in html
    assert "Назіральнікі" in html
    assert_offers_none(html, [translated])


def test_translator_page_editor_offers_no_unpublish_delete_or_convert(client, observers, belarusian_translator):
    translated = _in("be", observers)
    Translation.objects.filter(target_locale__language_code="be").update(enabled=False)
    login_verified(client, belarusian_translator)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="action-publish"' in html
    assert_offers_none(html, [translated])


def test_superuser_is_offered_convert_to_alias_in_the_page_editor(client, observers, admin_user):
    translated = _in("be", observers)
    Translation.objects.filter(target_locale__language_code="be").update(enabled=False)
    login_verified(client, admin_user)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk])).content.decode()

    assert "localize-convert-to-alias" in html
    assert f"/admin/pages/{translated.pk}/unpublish/" in html


def test_translator_stand_in_screen_offers_no_structural_actions(client, observers, belarusian_translator):
    stand_in = _in("be", english_page(observers.get_parent().specific, title="Monitoring"))
    login_verified(client, belarusian_translator)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[stand_in.pk])).content.decode()

    assert_offers_none(html, [stand_in])


def _refused_in_russian(client, response):
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert REFUSED_RU in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("action", ["delete", "unpublish", "move", "copy"])
def test_translator_is_refused_structural_views_in_their_language(client, observers, belarusian_translator, action):
    translated = _in("be", observers)
    login_verified(client, belarusian_translator)

    url = reverse(f"wagtailadmin_pages:{action}", args=[translated.pk])
    _refused_in_russian(client, client.get(url))
    _refused_in_russian(client, client.post(url, {"new_title": "Copy", "new_slug": "copy", "new_parent_page": 1}))

    translated.refresh_from_db()
    assert translated.live
    assert Page.objects.filter(locale__language_code="be", title="Назіральнікі").count() == 1


def test_translator_is_refused_converting_a_translation_back_to_an_alias(client, observers, belarusian_translator):
    translated = _in("be", observers)
    login_verified(client, belarusian_translator)

    url = reverse("wagtail_localize:convert_to_alias", args=[translated.pk])
    _refused_in_russian(client, client.get(url))
    _refused_in_russian(client, client.post(url))

    translated.refresh_from_db()
    assert translated.alias_of_id is None
    assert translated.title == "Назіральнікі"


def test_translator_is_refused_converting_a_stand_in_into_an_ordinary_page(client, observers, belarusian_translator):
    stand_in = _in("uk", observers)
    login_verified(client, in_russian(translator("uk")))

    url = reverse("wagtailadmin_pages:convert_alias", args=[stand_in.pk])
    _refused_in_russian(client, client.post(url))

    assert Page.objects.get(pk=stand_in.pk).alias_of_id == observers.pk


@pytest.mark.parametrize("action", ["delete", "unpublish", "move"])
def test_translator_is_refused_bulk_structural_actions(client, observers, belarusian_translator, action):
    translated = _in("be", observers)
    login_verified(client, belarusian_translator)

    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?id={translated.pk}"
    _refused_in_russian(client, client.post(url, {"move_applicable": "on", "chooser": 1}))

    translated.refresh_from_db()
    assert translated.live


def test_editor_is_offered_and_may_take_every_structural_action(client, observers, languages):
    page = english_page(languages.home, title="Monitoring")
    login_verified(client, editor())

    listing = client.get(reverse("wagtailadmin_explore", args=[languages.home.pk])).content.decode()

    for url in structural_urls(page)[:4]:
        assert url in listing, url
    for url in BULK_URLS:
        assert url in listing, url
    for action in ("delete", "unpublish", "move", "copy"):
        assert client.get(reverse(f"wagtailadmin_pages:{action}", args=[page.pk])).status_code == 200, action
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert not Page.objects.get(pk=page.pk).live


def _listing_queries(client, home):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("wagtailadmin_explore", args=[home.pk])).status_code == 200
    return len(queries)


def test_translator_listing_queries_do_not_grow_with_the_pages(client, languages, belarusian_translator):
    login_verified(client, belarusian_translator)
    home = languages.homes["be"]
    english_page(languages.home, title="First")
    few = _listing_queries(client, home)
    for number in range(5):
        english_page(languages.home, title=f"Page {number}")

    many = _listing_queries(client, home)

    # The permission tester asks nothing more per page than Wagtail's own does.
    assert many <= few + 2


def test_other_admin_refusals_are_in_the_users_language_too(client, belarusian_translator):
    login_verified(client, belarusian_translator)

    response = client.get(reverse("wagtailusers_users:index"))

    assert response["Location"] == reverse("wagtailadmin_home")
    html = client.get(response["Location"]).content.decode()
    assert "Извините, но у вас нет доступа в эту область." in html
    assert "Переводчики не могут" not in html
