"""The admin pages an editor uses most run without errors in the browser console, in every admin language."""

import pytest
from django.utils import translation
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from core.blocks import table_context_menu
from tests.browser.conftest import admin_login
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

ADMIN_LANGUAGES = ["en", "ru", "be", "uk"]
TABLE = {
    "data": [["Date", "What happened"], ["4 August 2011", "Ales Bialiatski is arrested"]],
    "table_header_choice": "row",
    "first_row_is_table_header": True,
    "first_col_is_header": False,
    "table_caption": "The Day of Solidarity",
}


def collect_console_errors(page):
    """Every console error and uncaught exception of ``page``, as text, from now on."""
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    return errors


def use_admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def page_with_table(site_tree):
    return StandardPageFactory(parent=site_tree.home, title="Chronology", body=[("table", TABLE)])


def test_page_editor_with_a_table_has_no_console_errors(page, admin_user, page_with_table):
    admin_login(page)
    errors = collect_console_errors(page)
    for language in ADMIN_LANGUAGES:
        use_admin_language(admin_user, language)
        page.goto(f"/admin/pages/{page_with_table.pk}/edit/")
        expect(page.locator("html")).to_have_attribute("lang", language)
        cell = page.locator(".handsontable td", has_text="Ales Bialiatski is arrested").first
        expect(cell).to_be_visible()
        # The table's right-click menu speaks the editor's language.
        cell.click(button="right")
        with translation.override(language):
            first_item = table_context_menu()["items"]["row_above"]["name"]
        expect(page.locator(".htContextMenu td", has_text=first_item).first).to_be_visible()
        page.keyboard.press("Escape")
        assert errors == [], f"{language}: {errors}"


def test_account_page_has_no_console_errors(page, admin_user):
    admin_login(page)
    errors = collect_console_errors(page)
    for language in ADMIN_LANGUAGES:
        use_admin_language(admin_user, language)
        page.goto("/admin/account/")
        expect(page.locator("html")).to_have_attribute("lang", language)
        time_zones = page.locator("select[name='locale-current_time_zone']")
        expect(time_zones.locator("option[value='Europe/Minsk']")).to_have_count(1)
        # The admin's script has named the zones in the editor's language.
        expect(time_zones.locator("option[value='Pacific/Auckland']")).not_to_have_text("Pacific/Auckland")
        assert errors == [], f"{language}: {errors}"
        # Only zones a browser knows are offered.
        expect(time_zones.locator("option[value='localtime']")).to_have_count(0)
