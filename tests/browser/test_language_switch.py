"""A visitor reads the home page in every language and moves between them."""

import pytest

from tests.browser.conftest import close_quietly
from tests.conftest import LANGUAGE_CODES

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_page_opens_in_each_language_and_switches(page, site_tree):
    for code in LANGUAGE_CODES:
        page.goto(f"/{code}/")
        assert page.locator("html").get_attribute("lang") == code
        assert page.locator("h1").inner_text() == site_tree.homes[code].title

    page.goto("/en/")
    page.click(".language-switcher a[hreflang=be]")
    page.wait_for_url("**/be/")
    assert page.locator("html").get_attribute("lang") == "be"
    assert page.locator(".skip-link").inner_text() == "Перайсці да асноўнага зместу"
    assert page.foreign_requests == []


def test_root_sends_a_russian_browser_to_russian(browser, live_server, site_tree):
    context = browser.new_context(locale="ru-RU")
    tab = context.new_page()
    tab.goto(f"{live_server.url}/")
    assert tab.url == f"{live_server.url}/ru/"
    close_quietly(context, live_server)
