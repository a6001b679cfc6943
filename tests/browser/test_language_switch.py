import pytest

from tests.browser.conftest import admin_login  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def test_switch_language_from_english_to_belarusian(page, site_tree):
    page.goto("/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.click(".language-switcher a[hreflang=be]")
    page.wait_for_url("**/be/")
    assert page.locator("html").get_attribute("lang") == "be"
    assert page.foreign_requests == []
