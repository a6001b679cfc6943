"""The wagtail-localize set-up: synced trees, drafts until published, sync, PO files, machine translation."""

import polib
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization, StringTranslation, Translation

from home.models import StandardPage
from tests.conftest import TRANSLATED_CODES
from tests.helpers import login_verified
from tests.translations.factories import editor, english_page, locale, translate_segments, translator
from translations.workflow import start_translation

pytestmark = pytest.mark.django_db


def _in(code, page):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code).specific


def test_every_language_syncs_its_tree_from_the_source_language(languages):
    syncs = {sync.locale.language_code: sync.sync_from.language_code for sync in LocaleSynchronization.objects.all()}

    assert syncs == dict.fromkeys(TRANSLATED_CODES, settings.LANGUAGE_CODE)


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_new_english_page_appears_as_a_live_stand_in_in_every_language(languages, code):
    page = english_page(languages.home, title="Observers")

    stand_in = _in(code, page)

    assert stand_in.alias_of_id == page.pk
    assert stand_in.live
    assert stand_in.get_parent().pk == languages.homes[code].pk


def test_translations_stay_drafts_until_published_by_setting():
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False


def test_sending_a_stand_in_for_translation_keeps_it_a_stand_in(client, languages, django_capture_on_commit_callbacks):
    page = english_page(languages.home, title="Observers")
    login_verified(client, editor())

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale("be").pk]})

    stand_in = _in("be", page)
    assert stand_in.alias_of_id == page.pk
    assert stand_in.live
    assert stand_in.title == "Observers"
    assert Translation.objects.get(source__object_id=page.translation_key, target_locale=locale("be")).enabled


def test_partly_translated_segments_never_reach_the_public_before_publishing(
    client, languages, django_capture_on_commit_callbacks
):
    page = english_page(languages.home, title="Observers")
    translation = start_translation(page, locale("be"))
    translate_segments(translation, {"Observers": "Назіральнікі"}, count=1)
    login_verified(client, editor())

    # An editor re-sends the page: wagtail-localize would write the draft into the live page.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale("be").pk]})

    assert _in("be", page).title == "Observers"
    assert "Назіральнікі" not in client.get("/be/observers/").content.decode()


def test_start_translation_opens_the_translation_editor_for_a_stand_in(client, languages):
    page = english_page(languages.home, title="Observers")
    stand_in = _in("be", page)
    login_verified(client, translator("be"))

    response = client.post(reverse("translations:start", args=[page.content_type_id, page.pk, "be"]))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[stand_in.pk])
    editor_page = client.get(response["Location"])
    assert editor_page.status_code == 200
    assert 'class="js-translation-editor"' in editor_page.content.decode()
    assert _in("be", page).alias_of_id == page.pk


def test_stand_in_edit_screen_offers_to_translate(client, languages):
    page = english_page(languages.home, title="Observers")
    login_verified(client, translator("be"))

    response = client.get(reverse("wagtailadmin_pages:edit", args=[_in("be", page).pk]))

    assert response.status_code == 200
    assert reverse("translations:start", args=[page.content_type_id, page.pk, "be"]) in response.content.decode()


def test_translator_cannot_start_a_translation_into_another_language(client, languages):
    page = english_page(languages.home, title="Observers")
    login_verified(client, translator("be"))

    response = client.post(reverse("translations:start", args=[page.content_type_id, page.pk, "uk"]))

    assert response.status_code in (302, 403)
    assert response.get("Location") in (None, "/admin/")
    assert not Translation.objects.exists()


def test_publishing_from_the_editor_turns_the_stand_in_into_a_real_translation(
    client, languages, django_capture_on_commit_callbacks
):
    page = english_page(languages.home, title="Observers")
    translation = start_translation(page, locale("be"))
    translate_segments(translation, {"Observers": "Назіральнікі"})
    stand_in = _in("be", page)
    login_verified(client, translator("be"))

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[stand_in.pk]), {"action": "publish"})

    published = _in("be", page)
    assert published.pk == stand_in.pk
    assert published.alias_of_id is None
    assert published.live and not published.has_unpublished_changes
    assert published.title == "Назіральнікі"


def test_source_changes_reach_translations_after_sync(client, languages):
    page = english_page(languages.home, title="Observers")
    translation = start_translation(page, locale("be"))
    translate_segments(translation)
    translation.save_target(publish=True)
    page.title = "Court observers"
    page.save_revision().publish()
    login_verified(client, editor())

    client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
        {"publish_translations": "on"},
    )

    assert _in("be", page).title == "Court observers"  # new text shows in English until translated
    total, done = Translation.objects.get(pk=translation.pk).get_progress()
    assert done == total - 1


def test_po_file_round_trip_translates_the_page(client, languages, django_capture_on_commit_callbacks):
    page = english_page(languages.home, title="Observers", summary="Who watches the trials.")
    translation = start_translation(page, locale("be"))
    login_verified(client, translator("be"))

    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = polib.pofile(download.content.decode())
    wanted = {"Observers": "Назіральнікі", "Who watches the trials.": "Хто сочыць за судамі."}
    for entry in po:
        entry.msgstr = wanted.get(entry.msgid, f"be: {entry.msgid}")
    upload = SimpleUploadedFile("observers-be.po", str(po).encode(), content_type="text/x-gettext-translation")
    client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": reverse("wagtailadmin_pages:edit", args=[_in("be", page).pk])},
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[_in("be", page).pk]), {"action": "publish"})

    assert download.status_code == 200
    assert translation.get_progress()[0] == translation.get_progress()[1]
    translated = _in("be", page)
    assert translated.alias_of_id is None and translated.live
    assert (translated.title, translated.summary) == ("Назіральнікі", "Хто сочыць за судамі.")
    assert "Назіральнікі" in client.get("/be/observers/").content.decode()


def test_machine_translation_fills_segments_with_the_configured_backend(client, languages):
    page = english_page(languages.home, title="Court observers")
    translation = start_translation(page, locale("be"))
    login_verified(client, translator("be"))

    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"})

    machine = StringTranslation.objects.filter(locale=locale("be"), translation_type="machine")
    assert "observers Court" in set(machine.values_list("data", flat=True))  # the dummy backend reverses words
    assert _in("be", page).alias_of_id == page.pk  # still nothing published


def test_starting_a_translation_where_no_copy_exists_makes_a_draft(languages):
    page = english_page(languages.home, title="Observers")
    _in("be", page).delete()

    start_translation(page, locale("be"))

    draft = _in("be", page)
    assert isinstance(draft, StandardPage)
    assert not draft.live
