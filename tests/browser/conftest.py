"""Playwright (Python) driving Debian's Chromium against pytest-django's live server.

Browser tests skip where /usr/bin/chromium is missing, unless REQUIRE_BROWSER=1 (as in CI),
which turns a missing browser into a failure.
"""

import os
import threading
import time
from pathlib import Path

import pytest
import wagtail_localize
from django.contrib.auth import get_user_model
from django.utils.translation.trans_real import DjangoTranslation
from playwright.sync_api import expect

from tests.helpers import totp_code, totp_device

# Playwright's sync API runs an event loop in the main thread; the live server's ORM calls
# happen in its own thread, but fixtures that touch the database run here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
LOCALIZE_LOCALE = Path(wagtail_localize.__file__).parent / "locale"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def require_chromium(path=CHROMIUM):
    """Skip without Chromium, or fail when REQUIRE_BROWSER=1 says browser tests must run."""
    if not path.exists():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but there is no Chromium at {path}: apt-get install chromium")
        pytest.skip(f"no Chromium at {path}")


@pytest.fixture(scope="session")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class RequestsInFlight:
    """The live server's WSGI application, counting the requests it is handling."""

    def __init__(self, application):
        self.application, self.count, self.lock = application, 0, threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            self.count += 1
        try:
            return self.application(environ, start_response)
        finally:
            with self.lock:
                self.count -= 1


def count_requests(live_server):
    server = live_server.thread.httpd
    if not isinstance(server.get_app(), RequestsInFlight):
        server.set_app(RequestsInFlight(server.get_app()))
    return server.get_app()


def close_quietly(context, live_server, timeout=10):
    """Close a browser context, then wait until the live server has answered its last requests.

    Leaving a page sends requests of its own (the page editor's "editing session released"
    beacon). A request still running when the test's database is flushed shares its SQLite
    connection and leaves it in a broken transaction state for every later test.
    """
    requests = count_requests(live_server)
    for tab in context.pages:
        try:
            tab.goto("about:blank")
        except Exception:  # noqa: BLE001, S110 (a tab that has crashed has nothing left to send)
            pass
    context.close()
    deadline = time.monotonic() + timeout
    time.sleep(0.2)
    while requests.count and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab whose relative URLs go to the live server; other hosts are blocked.

    The test fails if any page it opened broke the Content-Security-Policy.
    """
    count_requests(live_server)
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(15_000)
    foreign_requests = []

    def block_other_hosts(route):
        if route.request.url.startswith(live_server.url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            foreign_requests.append(route.request.url)
            route.abort()

    context.route("**/*", block_other_hosts)
    # Every Content-Security-Policy violation on any page of the test, public or admin.
    csp_violations = []
    context.expose_binding("__reportCspViolation", lambda source, violation: csp_violations.append(violation))
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    tab = context.new_page()
    tab.foreign_requests = foreign_requests
    tab.csp_violations = csp_violations
    yield tab
    close_quietly(context, live_server)
    assert not csp_violations, f"Content-Security-Policy violations: {csp_violations}"


# Runs before the page's own scripts (init scripts are not subject to the page's policy).
REPORT_CSP_VIOLATIONS = """
document.addEventListener('securitypolicyviolation', (event) => {
  window.__reportCspViolation({
    page: location.pathname,
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
"""


@pytest.fixture
def admin_user(transactional_db, django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "correct-horse-battery")


def admin_login(page, username="admin", password="correct-horse-battery"):
    """Log into the Wagtail admin through its login form, then its authenticator-app step.

    The user gets a fresh authenticator app for each login, whose current code the test reads
    from the device's key, as a phone would show it (a fresh one, so that two logins within
    one 30-second step are not refused as a replayed code).
    """
    device = totp_device(get_user_model().objects.get_by_natural_key(username), name="Browser test")
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/2fa/verify/**")
    page.fill("input[name=totp-code]", totp_code(device))
    page.click("form:has(input[name=totp-code]) button[type=submit]")
    page.wait_for_url("**/admin/")


def translate_every_segment(page, language_code, translated):
    """In the open translation editor, translate every segment as ``translated(source text)``.

    Clicks through the editor's tabs (content, promote), as a translator does, using the
    editor's own button labels in ``language_code``.
    """
    strings = DjangoTranslation(language_code, domain="djangojs", localedirs=[str(LOCALIZE_LOCALE)])
    translate, save = strings.gettext("Translate"), strings.gettext("Save")
    page.locator(".js-translation-editor li.incomplete").first.wait_for()
    tabs = page.locator(".js-translation-editor [role=tab]")
    for index in range(tabs.count()):
        tabs.nth(index).click()
        visible = page.locator(".js-translation-editor li.incomplete:visible")
        remaining = visible.count()
        while remaining:
            segment = visible.first
            source = segment.locator("p").first.inner_text().strip()
            segment.get_by_role("button", name=translate, exact=True).click()
            segment.locator("textarea").fill(translated(source))
            segment.get_by_role("button", name=save, exact=True).click()
            remaining -= 1
            expect(visible).to_have_count(remaining)
    expect(page.locator(".js-translation-editor li.incomplete")).to_have_count(0)
