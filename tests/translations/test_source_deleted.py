"""Deleting a source page takes its translations along; copies left without a source are flagged."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.helpers import login_verified
from tests.translations.factories import editor, english_page, locale, translate_segments, translator
from translations.workflow import start_translation

pytestmark = pytest.mark.django_db

REPORT = reverse("translations:status_report")


def _in(code, page):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code)


@pytest.fixture
def observers(languages):
    """An English page, translated into Belarusian and published; stand-ins in Russian and Ukrainian."""
    page = english_page(languages.home, title="Observers")
    translation = start_translation(page, locale("be"))
    translate_segments(translation, {"Observers": "Назіральнікі"})
    translation.save_target(publish=True)
    return page


def test_delete_confirmation_says_the_translations_go_too(client, observers):
    login_verified(client, editor())

    html = client.get(reverse("wagtailadmin_pages:delete", args=[observers.pk])).content.decode()

    assert "Deleting this page will also delete 1 translation of this page." in html


def test_editor_deleting_a_source_page_deletes_its_translations_and_stand_ins(client, observers):
    key = observers.translation_key
    assert Page.objects.filter(translation_key=key).count() == 4
    login_verified(client, editor())

    response = client.post(reverse("wagtailadmin_pages:delete", args=[observers.pk]))

    assert response.status_code == 302
    assert not Page.objects.filter(translation_key=key).exists()


def test_deleting_a_translation_leaves_the_source_and_other_languages(client, observers, admin_user):
    login_verified(client, admin_user)

    client.post(reverse("wagtailadmin_pages:delete", args=[_in("be", observers).pk]))

    assert set(
        Page.objects.filter(translation_key=observers.translation_key).values_list("locale__language_code", flat=True)
    ) == {"en", "ru", "uk"}


@pytest.fixture
def orphan(observers):
    """The Belarusian translation after its source was deleted outside the admin's delete view."""
    translated = _in("be", observers)
    Page.objects.get(pk=observers.pk).delete()
    return Page.objects.get(pk=translated.pk)


def test_status_report_flags_copies_whose_source_was_deleted(client, orphan):
    user = translator("be")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    login_verified(client, user)

    html = client.get(REPORT).content.decode()

    # One row for the page, flagged in each of its three languages, with nothing to open.
    assert html.count('data-state="source_deleted"') == 3
    assert "источник удалён" in html
    assert f"/admin/pages/{orphan.pk}/edit/" not in html


def test_status_report_filters_copies_whose_source_was_deleted(client, orphan, languages):
    monitoring = english_page(languages.home, title="Monitoring")
    login_verified(client, translator("be"))

    html = client.get(REPORT, {"status": "source_deleted"}).content.decode()

    assert 'data-state="source_deleted"' in html
    assert f"/admin/pages/{monitoring.pk}/edit/" not in html


def test_administrator_is_sent_to_delete_an_orphaned_copy(client, orphan, admin_user):
    login_verified(client, admin_user)

    html = client.get(REPORT).content.decode()

    assert f"/admin/pages/{orphan.pk}/delete/" in html


def test_translator_cannot_publish_a_copy_whose_source_was_deleted(client, orphan):
    orphan = orphan.specific
    orphan.title = "Changed"
    orphan.save_revision()
    user = translator("be")
    login_verified(client, user)

    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[orphan.pk]))
    client.post(reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={orphan.pk}")

    assert editor_page.status_code == 200
    assert 'name="action-publish"' not in editor_page.content.decode()
    assert not orphan.permissions_for_user(user).can_publish()
    assert Page.objects.get(pk=orphan.pk).title == "Назіральнікі"


def test_translator_still_publishes_a_copy_whose_source_exists(observers):
    assert _in("be", observers).permissions_for_user(translator("be")).can_publish()
