"""A real passkey in Chromium: enrol one at first login, then sign in with it.

Chromium's DevTools protocol provides a virtual authenticator (``WebAuthn.addVirtualAuthenticator``),
which answers ``navigator.credentials`` as a platform passkey with user verification would.
"""

import pytest
from django_otp_webauthn.models import WebAuthnCredential

from tests.browser.conftest import admin_login

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct-horse-battery"


@pytest.fixture
def passkey_page(page, live_server, settings):
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [live_server.url.replace("127.0.0.1", "localhost")]
    page.goto(settings.OTP_WEBAUTHN_ALLOWED_ORIGINS[0] + "/admin/login/")
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    page.origin = settings.OTP_WEBAUTHN_ALLOWED_ORIGINS[0]
    return page


def _password_step(page, username):
    page.goto(page.origin + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def test_an_editor_enrols_a_passkey_and_signs_in_with_it(passkey_page, site_tree, django_user_model):
    page = passkey_page
    user = django_user_model.objects.create_superuser("keyholder", "key@example.org", PASSWORD)

    _password_step(page, "keyholder")
    page.wait_for_url("**/admin/2fa/setup/**")
    page.click("#passkey-register-button")
    page.wait_for_url("**/admin/2fa/recovery-codes/")
    credential = WebAuthnCredential.objects.get(user=user)
    assert credential.confirmed
    # The new passkey verified this session: the admin opens.
    page.goto(page.origin + "/admin/")
    assert page.locator("#wagtail-sidebar").count() == 1

    page.context.clear_cookies()
    _password_step(page, "keyholder")
    page.wait_for_url("**/admin/2fa/verify/**")
    page.click("#passkey-verification-button")
    page.wait_for_url("**/admin/")
    credential.refresh_from_db()
    assert credential.last_used_at is not None
    assert page.foreign_requests == []


def test_admin_login_completes_the_authenticator_app_step(page, site_tree, admin_user):
    admin_login(page)
    assert page.url.endswith("/admin/")
    assert page.locator("#wagtail-sidebar").count() == 1
