"""A Belarusian translator takes a page from stand-in to published translation, in the admin in Belarusian."""

import re

import polib
import pytest
from django.urls import reverse
from django.utils.translation.trans_real import DjangoTranslation
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.browser.conftest import LOCALIZE_LOCALE, admin_login, translate_every_segment
from tests.translations.factories import english_page, locale, translator
from translations.setup import setup_languages
from translations.workflow import start_translation

pytestmark = pytest.mark.django_db(transaction=True)

EDITOR_STRINGS = DjangoTranslation("be", domain="djangojs", localedirs=[str(LOCALIZE_LOCALE)])
BELARUSIAN = {"Observers": "Назіральнікі", "A short summary.": "Кароткі змест."}


@pytest.fixture
def belarusian_translator(site_tree):
    setup_languages()
    user = translator("be")
    user.set_password("correct-horse-battery")
    user.save()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "be"
    profile.save()
    return user


def test_translator_takes_a_stand_in_to_a_published_translation(page, site_tree, belarusian_translator):
    english_page(site_tree.home, title="Observers", slug="observers")
    admin_login(page, username=belarusian_translator.username)
    assert page.locator("html").get_attribute("lang") == "be"

    page.goto(reverse("translations:status_report"))
    row = page.locator("tr", has_text="Observers")
    row.locator('td[data-state="stand_in"] a').click()
    page.locator("button[data-start-translation]").click()

    translate_every_segment(page, "be", lambda source: BELARUSIAN.get(source, f"бел. {source}"))
    expect(page.locator(".js-translation-editor li.incomplete")).to_have_count(0)
    page.get_by_role("button", name=re.compile("^" + re.escape(EDITOR_STRINGS.gettext("Publish in ")))).click()
    page.wait_for_load_state("networkidle")

    page.goto("/be/observers/")
    assert page.locator("h1").inner_text().strip() == "Назіральнікі"
    assert page.locator(".stand-in-notice").count() == 0
    assert page.foreign_requests == []


def test_po_file_round_trip_in_the_browser(page, site_tree, belarusian_translator, tmp_path):
    source = english_page(site_tree.home, title="Observers", slug="observers")
    translation = start_translation(source, locale("be"))
    stand_in = Page.objects.get(translation_key=source.translation_key, locale__language_code="be")
    admin_login(page, username=belarusian_translator.username)

    download = page.context.request.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = polib.pofile(download.text())
    for entry in po:
        entry.msgstr = BELARUSIAN.get(entry.msgid, f"бел. {entry.msgid}")
    po_path = tmp_path / "observers-be.po"
    po.save(str(po_path))

    page.goto(reverse("wagtailadmin_pages:edit", args=[stand_in.pk]))
    page.locator(".js-translation-editor li.incomplete").first.wait_for()
    page.locator("input[type=file][name=file]").first.set_input_files(str(po_path))
    page.locator(".js-translation-editor li.complete").first.wait_for()

    expect(page.locator(".js-translation-editor li.incomplete")).to_have_count(0)
    assert translation.get_progress()[0] == translation.get_progress()[1]
    assert "Назіральнікі" in page.locator(".js-translation-editor").inner_text()
