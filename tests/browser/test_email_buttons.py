"""E-mail buttons with JavaScript off lead to the written-out address; with it on, they open the mail program."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import close_quietly
from tests.mission.factories import WAY_TO_HELP, HowToHelpPageFactory, MissionPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pages(site_tree):
    how_to_help = HowToHelpPageFactory(
        parent=site_tree.home, body=[("way", WAY_TO_HELP)], show_contacts=False, show_information_centres=False
    )
    press = MissionPageFactory(
        parent=site_tree.home,
        slug="press",
        body=[("paragraph", '<p>Journalists: <a href="mailto:press@example.org">write to the press office</a>.</p>')],
    )
    return how_to_help, press


@pytest.fixture
def page_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB", java_script_enabled=False)
    context.set_default_timeout(15_000)
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(live_server.url) else route.abort(),
    )
    yield context.new_page()
    close_quietly(context, live_server)


def test_without_javascript_the_button_leads_to_the_readable_address(page_without_javascript, pages):
    tab = page_without_javascript
    how_to_help, press = pages
    tab.goto(how_to_help.url)
    button = tab.get_by_role("link", name="Offer your help")
    href = button.get_attribute("href")
    assert href.startswith("#")
    button.click()
    tab.wait_for_url(f"**{how_to_help.url}{href}")
    target = tab.locator(href)
    expect(target).to_have_text("help [at] example [dot] org")
    expect(target).to_be_in_viewport()
    assert "help@example.org" not in tab.content()

    # A link in a text whose address the page does not show: the address is written out after it.
    tab.goto(press.url)
    link = tab.get_by_role("link", name="write to the press office")
    link.click()
    target = tab.locator(link.get_attribute("href"))
    expect(target).to_have_text("(press [at] example [dot] org)")
    expect(target).to_be_visible()


def test_with_javascript_the_button_opens_the_mail_program(page, pages):
    how_to_help, press = pages
    page.goto(how_to_help.url)
    expect(page.get_by_role("link", name="Offer your help")).to_have_attribute("href", "mailto:help@example.org")
    expect(page.get_by_role("link", name="help@example.org")).to_have_attribute("href", "mailto:help@example.org")

    page.goto(press.url)
    link = page.get_by_role("link", name="write to the press office")
    expect(link).to_have_attribute("href", "mailto:press@example.org")
    # The written-out copy is only for people without JavaScript.
    expect(page.locator(".protected-email-fallback")).to_have_count(0)
    expect(page.locator("main")).not_to_contain_text("press [at] example [dot] org")
    assert page.foreign_requests == []
