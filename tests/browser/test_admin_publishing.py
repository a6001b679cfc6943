"""An editor logs into the admin, builds a page from two blocks, publishes it and sees it live."""

import pytest

from tests.browser.conftest import admin_login

pytestmark = pytest.mark.django_db(transaction=True)


def test_editor_publishes_a_standard_page_with_two_blocks(page, site_tree, admin_user):
    admin_login(page)
    page.goto(f"/admin/pages/add/home/standardpage/{site_tree.home.pk}/")
    page.fill("#id_title", "Our principles")

    page.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Heading", exact=True).click()
    page.locator("input[name$='-value-text']").first.fill("We are independent")

    page.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name="Text", exact=True).click()
    editor = page.locator("[contenteditable=true]").last
    editor.click()
    editor.type("No government funds us.")
    page.locator("#id_title").click()
    # Draftail keeps its content in a hidden input; publish only once it holds the text.
    page.wait_for_function(
        "() => [...document.querySelectorAll('input[type=hidden]')].some(i => i.value.includes('No government funds us.'))"
    )

    page.locator("footer button.w-dropdown__toggle.button").click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_selector(".messages .success")
    assert "published" in page.locator(".messages").inner_text()

    page.goto("/en/our-principles/")
    assert page.locator("h1").inner_text() == "Our principles"
    assert page.locator("h2#we-are-independent").inner_text() == "We are independent"
    assert "No government funds us." in page.locator("main").inner_text()
