"""An editor who types a new article and publishes it straight away gets one page with all the text."""

import pytest

from news.models import NewsPage
from tests.browser.conftest import admin_login
from tests.news.factories import NewsIndexPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Court hearing postponed again"


def test_typing_then_publishing_at_once_publishes_one_page_with_all_the_text(page, site_tree, admin_user):
    index = NewsIndexPageFactory(parent=site_tree.home)
    admin_login(page)
    background_saves = []
    page.on(
        "request",
        lambda request: (
            background_saves.append(request.url)
            if request.method == "POST" and request.headers.get("accept") == "application/json"
            else None
        ),
    )
    page.goto(f"/admin/pages/add/news/newspage/{index.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_date", "2026-08-04")
    page.keyboard.press("Escape")
    page.fill("#id_summary", "The judge gave no reason.")
    # Longer than any background save would wait before saving what was typed so far.
    page.wait_for_timeout(1500)

    page.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Text", exact=True).click()
    editor = page.locator("[contenteditable=true]").last
    editor.click()
    editor.type("Observers from three countries were in the courtroom.")
    page.locator("#id_title").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('input[type=hidden]')].some(i => i.value.includes('three countries'))"
    )
    page.locator("footer button.w-dropdown__toggle.button").click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_selector(".messages .success")
    assert "published" in page.locator(".messages").inner_text()
    assert page.locator(".error-message, .help-critical").count() == 0

    pages = NewsPage.objects.filter(title=TITLE, locale__language_code="en")
    assert pages.count() == 1
    article = pages.get()
    assert article.live
    assert not article.has_unpublished_changes
    assert article.summary == "The judge gave no reason."
    assert "three countries" in str(article.body)
    assert background_saves == []

    page.goto(article.url)
    assert page.locator("h1").inner_text() == TITLE
    assert "Observers from three countries were in the courtroom." in page.locator("main").inner_text()
