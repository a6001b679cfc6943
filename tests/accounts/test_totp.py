"""Authenticator apps: enrolment with a QR code, verification, replay and throttling."""

import logging
import re
from datetime import timedelta

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from tests.accounts.conftest import password_login
from tests.helpers import login_verified, totp_code, totp_device

pytestmark = pytest.mark.django_db


def _verify(client, code, next_url="/admin/account/"):
    return client.post("/admin/2fa/verify/", {"method": "totp", "totp-code": code, "next": next_url})


def test_enrolment_shows_a_qr_code_and_the_key_as_text(client, editor):
    password_login(client, editor)
    response = client.get("/admin/2fa/setup/app/")
    html = response.content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert response.status_code == 200
    assert "<svg" in html and 'class="otp-qr"' in html
    secret = re.search(r'class="two-factor__secret"[^>]*>([A-Z2-7 ]+)<', html).group(1).replace(" ", "")
    assert secret == device.config_url.split("secret=")[1].split("&")[0]
    assert "style=" not in html.split("</head>")[1]
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html), "no inline script"


def test_reloading_the_enrolment_page_keeps_the_same_key(client, editor):
    password_login(client, editor)
    client.get("/admin/2fa/setup/app/")
    client.get("/admin/2fa/setup/app/")
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_a_right_code_confirms_the_app_and_verifies_the_session(client, editor, caplog):
    password_login(client, editor)
    client.get("/admin/2fa/setup/app/")
    device = TOTPDevice.objects.get(user=editor)
    code = totp_code(device)
    with caplog.at_level(logging.INFO, logger="solidarity.audit"):
        response = client.post("/admin/2fa/setup/app/", {"totp-name": "Work phone", "totp-code": code})
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/recovery-codes/"
    device.refresh_from_db()
    assert device.confirmed and device.name == "Work phone"
    assert client.get("/admin/").status_code == 200
    assert f"event=otp.device_added user={editor.pk}" in caplog.text
    assert code not in caplog.text


def test_a_wrong_code_does_not_confirm_the_app(client, editor):
    password_login(client, editor)
    client.get("/admin/2fa/setup/app/")
    response = client.post("/admin/2fa/setup/app/", {"totp-code": "000000"})
    assert response.status_code == 200
    assert "This code does not match" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/setup/")


def test_letters_instead_of_digits_get_a_form_error(client, editor):
    totp_device(editor)
    password_login(client, editor)
    response = _verify(client, "abcdef")
    assert response.status_code == 200
    assert "Enter the digits" in response.content.decode()


def test_a_session_with_a_device_cannot_add_another_before_verifying(client, editor):
    totp_device(editor)
    password_login(client, editor)
    assert client.get("/admin/2fa/setup/app/")["Location"].startswith("/admin/2fa/verify/")
    assert client.get("/admin/2fa/setup/")["Location"].startswith("/admin/2fa/verify/")
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_the_right_code_verifies_and_returns_to_the_page_asked_for(client, editor, caplog):
    device = totp_device(editor)
    password_login(client, editor)
    assert client.get("/admin/account/")["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2Faccount%2F"
    with caplog.at_level(logging.INFO, logger="solidarity.audit"):
        response = _verify(client, totp_code(device))
    assert response["Location"] == "/admin/account/"
    assert client.get("/admin/account/").status_code == 200
    assert "event=otp.verified" in caplog.text and "kind=totp" in caplog.text


def test_next_cannot_lead_outside_the_admin(client, editor):
    device = totp_device(editor)
    password_login(client, editor)
    assert _verify(client, totp_code(device), next_url="https://phish.example/admin/")["Location"] == "/admin/"


def test_verification_gives_the_session_a_new_key(client, editor):
    device = totp_device(editor)
    password_login(client, editor)
    before = client.session.session_key
    _verify(client, totp_code(device))
    assert client.session.session_key != before


def test_a_replayed_code_is_refused(client, editor, caplog):
    device = totp_device(editor)
    code = totp_code(device)
    password_login(client, editor)
    assert _verify(client, code).status_code == 302
    client.post("/admin/logout/")
    # The phisher replays the code they captured, with the password they captured.
    password_login(client, editor)
    with caplog.at_level(logging.INFO, logger="solidarity.audit"):
        response = _verify(client, code)
    assert response.status_code == 200
    assert "already been used" in response.content.decode()
    assert client.get("/admin/").status_code == 302
    assert "event=otp.failed" in caplog.text


def test_an_older_code_after_a_newer_one_is_refused(client, editor):
    device = totp_device(editor)
    password_login(client, editor)
    older = totp_code(device, steps=-1)
    assert _verify(client, totp_code(device)).status_code == 302
    client.post("/admin/logout/")
    password_login(client, editor)
    assert _verify(client, older).status_code == 200


def test_repeated_wrong_codes_are_throttled(client, editor, caplog):
    device = totp_device(editor)
    password_login(client, editor)
    assert "is wrong" in _verify(client, "000000").content.decode()
    # At once after a failure, even the right code is refused.
    with caplog.at_level(logging.INFO, logger="solidarity.audit"):
        response = _verify(client, totp_code(device))
    assert response.status_code == 200
    assert "Too many wrong codes" in response.content.decode()
    assert "event=otp.throttled" in caplog.text
    device.refresh_from_db()
    assert device.throttling_failure_count == 1


def test_the_wait_doubles_with_each_failure_and_a_right_code_then_works(client, editor):
    device = totp_device(editor)
    password_login(client, editor)
    for failures in range(1, 5):
        TOTPDevice.objects.filter(pk=device.pk).update(
            throttling_failure_timestamp=device.throttling_failure_timestamp
            and device.throttling_failure_timestamp - timedelta(seconds=2 ** (failures - 1))
        )
        _verify(client, "000000")
        device.refresh_from_db()
        assert device.throttling_failure_count == failures
    # 4 failures: 8 seconds to wait; after 7 the right code is still refused, after 9 it works.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=device.throttling_failure_timestamp - timedelta(seconds=7)
    )
    assert "Too many wrong codes" in _verify(client, totp_code(device)).content.decode()
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=device.throttling_failure_timestamp - timedelta(seconds=9)
    )
    assert _verify(client, totp_code(device)).status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_the_verify_page_is_translated_into_russian(client, editor):
    totp_device(editor)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ru"
    profile.save()
    password_login(client, editor)
    response = client.get("/admin/2fa/verify/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="ru"' in html
    assert "Подтвердите, что это вы" in html
    assert "Confirm it is you" not in html


def test_login_verified_marks_the_session_as_django_otp_does(client, editor):
    device = login_verified(client, editor)
    assert client.get("/admin/").context["request"].user.otp_device == device
