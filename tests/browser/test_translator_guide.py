"""A new translator follows docs/translating.md in the real admin: the admin language, then the status report."""

import re

import pytest
from django.utils.translation import gettext, override
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from tests.browser.conftest import admin_login
from tests.translations.factories import english_page, translator
from translations.setup import setup_languages

pytestmark = pytest.mark.django_db(transaction=True)


def test_translator_sets_the_admin_language_and_finds_work_where_the_guide_says(page, site_tree):
    setup_languages()
    user = translator("be")
    user.first_name, user.last_name = "Alena", "Translator"  # as the Users screen requires
    user.set_password("correct-horse-battery")
    user.save()
    english_page(site_tree.home, title="Observers", slug="observers")
    admin_login(page, username=user.username)
    expect(page.locator("html")).to_have_attribute("lang", "en")

    # "your name (bottom left) → Account"
    page.locator("[data-wagtail-sidebar]").get_by_role("button", name=re.compile(user.first_name)).click()
    page.locator("[data-wagtail-sidebar]").get_by_role("link", name="Account", exact=True).click()
    page.wait_for_url("**/admin/account/")
    # "on the first tab, Profile, in the Locale section, … Preferred language … Save"
    tabs = page.get_by_role("tab")
    expect(tabs.first).to_contain_text("Profile")
    locale_section = page.locator("section, fieldset, div.w-panel").filter(has_text="Preferred language").last
    expect(page.get_by_role("tabpanel").first.get_by_role("heading", name="Locale")).to_be_visible()
    expect(locale_section.get_by_label("Current time zone")).to_be_visible()
    locale_section.get_by_label("Preferred language").select_option("be")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("html")).to_have_attribute("lang", "be")
    assert UserProfile.get_for_user(user).preferred_language == "be"

    # "Reports → Translation status", filters and the export in the header's actions menu
    with override("be"):
        reports, report, actions, download = (
            gettext("Reports"),
            gettext("Translation status"),
            gettext("Actions"),
            gettext("Download CSV"),
        )
    page.goto("/admin/")
    page.locator("[data-wagtail-sidebar]").get_by_role("button", name=reports).click()
    page.locator("[data-wagtail-sidebar]").get_by_role("link", name=report).click()
    row = page.locator("tr", has_text="Observers")
    expect(row.locator('td[data-state="stand_in"]').first).to_be_visible()
    page.locator("header").get_by_role("button", name=actions).click()
    expect(page.locator("header").get_by_role("link", name=download)).to_be_visible()
