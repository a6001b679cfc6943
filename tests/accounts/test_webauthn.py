"""Passkeys: the WebAuthn option endpoints work for a logged-in admin user and keep the 2FA rules."""

import json

import pytest
from wagtail.users.models import UserProfile

from tests.accounts.conftest import password_login
from tests.helpers import login_verified, totp_device

pytestmark = pytest.mark.django_db


def _post(client, name):
    return client.post(f"/admin/2fa/webauthn/{name}/", content_type="application/json")


def test_registration_options_for_an_account_enrolling_its_first_device(client, editor, settings):
    password_login(client, editor)
    response = _post(client, "registration/begin")
    assert response.status_code == 200
    options = response.json()
    assert options["rp"] == {"name": "Solidarity with Belarus", "id": settings.OTP_WEBAUTHN_RP_ID}
    assert options["user"]["name"] == "editor"
    assert len(options["challenge"]) >= 43
    assert response["Cache-Control"].startswith("max-age=0")


def test_registration_options_for_a_verified_session(client, editor):
    login_verified(client, editor)
    assert _post(client, "registration/begin").status_code == 200


def test_a_password_only_session_with_a_device_cannot_register_a_passkey(client, editor):
    totp_device(editor)
    password_login(client, editor)
    response = _post(client, "registration/begin")
    assert response.status_code == 403
    assert response.json()["code"] == "user_not_verified"


def test_authentication_options_for_a_logged_in_user(client, editor):
    totp_device(editor)
    password_login(client, editor)
    response = _post(client, "authentication/begin")
    assert response.status_code == 200
    options = response.json()
    assert options["allowCredentials"] == []
    assert options["challenge"]


def test_a_forged_authentication_is_refused_and_does_not_verify(client, editor):
    totp_device(editor)
    password_login(client, editor)
    _post(client, "authentication/begin")
    response = client.post(
        "/admin/2fa/webauthn/authentication/complete/",
        data=json.dumps({"id": "AAAA", "rawId": "AAAA", "type": "public-key", "response": {}}),
        content_type="application/json",
    )
    assert response.status_code in (400, 403, 404, 422)
    assert client.get("/admin/").status_code == 302


def test_anonymous_visitors_get_no_options(client):
    response = _post(client, "authentication/begin")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_passwordless_login_is_off(settings):
    assert settings.OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN is False


def test_the_passkey_scripts_speak_the_editors_language(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "be"
    profile.save()
    password_login(client, editor)
    response = client.get("/admin/2fa/webauthn/jsi18n/")
    assert response.status_code == 200
    # The catalogue is JavaScript with JSON-escaped strings.
    assert json.dumps("Увайсці з ключом доступу")[1:-1] in response.content.decode()
