"""An editor publishes a tagged news article in the admin; readers find it in the index, its tag and the feed."""

import pytest

from tests.browser.conftest import admin_login
from tests.news.factories import NewsIndexPageFactory, NewsTagFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Six political prisoners pardoned"


def test_editor_publishes_a_tagged_article_that_readers_find_everywhere(page, site_tree, admin_user):
    index = NewsIndexPageFactory(parent=site_tree.home)
    NewsTagFactory(name="political prisoners")
    admin_login(page)
    page.goto(f"/admin/pages/add/news/newspage/{index.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_date", "2015-08-25")
    page.keyboard.press("Escape")
    page.fill("#id_summary", "A tactical step towards the European Union.")

    page.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Text", exact=True).click()
    editor = page.locator("[contenteditable=true]").last
    editor.click()
    editor.type("We are glad for them and their families.")
    page.locator("#id_title").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('input[type=hidden]')].some(i => i.value.includes('We are glad for them'))"
    )

    # The tag field suggests the existing tag after a few letters.
    tag_input = page.locator("ul.tagit input.ui-autocomplete-input")
    tag_input.click()
    tag_input.press_sequentially("polit")
    page.locator(".ui-autocomplete li", has_text="political prisoners").click()
    tag_input.press_sequentially("EU")
    tag_input.press("Enter")

    page.locator("footer button.w-dropdown__toggle.button").click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_selector(".messages .success")

    page.goto("/en/news/")
    assert TITLE in page.locator("main").inner_text()
    page.locator("main a[rel=tag]", has_text="political prisoners").first.click()
    page.wait_for_url("**/en/news/tag/political-prisoners/")
    assert TITLE in page.locator("main").inner_text()

    feed = page.request.get("/en/news/feed/rss/")
    assert feed.ok
    assert f"<title>{TITLE}</title>" in feed.text()
    assert "<category>EU</category>" in feed.text()
    assert page.foreign_requests == []
