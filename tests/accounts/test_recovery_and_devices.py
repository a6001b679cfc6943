"""Recovery codes, the account's device page, and an administrator's reset of a lost device."""

import logging
import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.conftest import password_login
from tests.helpers import login_verified, totp_device

pytestmark = pytest.mark.django_db


def _codes(client):
    response = client.post("/admin/2fa/recovery-codes/")
    assert response.status_code == 200
    return re.findall(r"<li><code>([a-z2-7]+)</code></li>", response.content.decode())


def _use_code(client, code):
    return client.post("/admin/2fa/verify/", {"method": "recovery", "recovery-recovery_code": code})


def test_recovery_codes_are_shown_once_and_only_on_request(client, editor, caplog):
    login_verified(client, editor)
    with caplog.at_level(logging.INFO, logger="solidarity.audit"):
        codes = _codes(client)
    assert len(codes) == 10 and len(set(codes)) == 10
    page = client.get("/admin/2fa/recovery-codes/").content.decode()
    assert not any(code in page for code in codes)
    assert "10 unused recovery codes" in page
    assert not any(code in caplog.text for code in codes)


def test_making_new_codes_retires_the_old_ones(client, editor):
    login_verified(client, editor)
    old = _codes(client)
    new = _codes(client)
    assert not set(old) & set(StaticToken.objects.values_list("token", flat=True))
    assert set(new) == set(StaticToken.objects.values_list("token", flat=True))


def test_a_recovery_code_verifies_once_and_is_then_refused(client, editor):
    login_verified(client, editor)
    code = _codes(client)[0]
    client.post("/admin/logout/")
    password_login(client, editor)
    response = _use_code(client, code.upper())
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(device__user=editor).count() == 9
    client.post("/admin/logout/")
    password_login(client, editor)
    StaticDevice.objects.filter(user=editor).update(throttling_failure_count=0, throttling_failure_timestamp=None)
    response = _use_code(client, code)
    assert response.status_code == 200
    assert "wrong or has already been used" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_wrong_recovery_codes_are_throttled(client, editor):
    login_verified(client, editor)
    code = _codes(client)[0]
    client.post("/admin/logout/")
    password_login(client, editor)
    _use_code(client, "aaaaaaaa")
    response = _use_code(client, code)
    assert "Too many wrong codes" in response.content.decode()
    assert StaticToken.objects.filter(token=code).exists()


def test_recovery_codes_need_an_app_or_a_passkey_first(client, editor):
    password_login(client, editor)
    assert client.post("/admin/2fa/recovery-codes/")["Location"].startswith("/admin/2fa/setup/")
    assert not StaticDevice.objects.exists()


def test_a_password_only_session_cannot_make_recovery_codes(client, editor):
    totp_device(editor)
    password_login(client, editor)
    assert client.post("/admin/2fa/recovery-codes/")["Location"].startswith("/admin/2fa/verify/")
    assert not StaticToken.objects.exists()


def test_the_account_page_links_to_two_factor_settings(client, editor):
    login_verified(client, editor)
    html = client.get("/admin/account/").content.decode()
    assert 'href="/admin/2fa/"' in html
    assert "Two-factor authentication" in html


def test_the_device_page_lists_the_users_devices(client, editor):
    device = login_verified(client, editor)
    _codes(client)
    html = client.get("/admin/2fa/").content.decode()
    assert device.name in html
    assert "used for this session" in html
    assert "10 unused recovery codes" in html


def test_the_only_app_cannot_be_removed(client, editor):
    device = login_verified(client, editor)
    response = client.post(f"/admin/2fa/devices/totp/{device.pk}/remove/")
    assert response.status_code == 200
    assert "Add another one before you remove it" in response.content.decode()
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_a_second_app_can_be_removed(client, editor, caplog):
    login_verified(client, editor)
    spare = totp_device(editor, name="Old phone")
    with caplog.at_level(logging.INFO, logger="solidarity.audit"):
        response = client.post(f"/admin/2fa/devices/totp/{spare.pk}/remove/")
    assert response["Location"] == "/admin/2fa/"
    assert not TOTPDevice.objects.filter(pk=spare.pk).exists()
    assert "event=otp.device_removed" in caplog.text


def test_another_users_device_cannot_be_removed(client, editor, superuser):
    login_verified(client, editor)
    totp_device(editor, name="Spare")
    theirs = totp_device(superuser)
    # Not found (which this site's language redirect turns into a redirect), and nothing removed.
    assert client.post(f"/admin/2fa/devices/totp/{theirs.pk}/remove/").status_code in (302, 404)
    assert client.post(f"/admin/2fa/devices/nonsense/{theirs.pk}/remove/").status_code in (302, 404)
    assert TOTPDevice.objects.filter(pk=theirs.pk).exists()


class TestAdminReset:
    def test_a_superuser_resets_an_editors_lost_device(self, client, editor, superuser, caplog):
        totp_device(editor)
        login_verified(client, superuser)
        listing = client.get("/admin/users/").content.decode()
        assert f'href="/admin/2fa/reset/{editor.pk}/"' in listing
        confirm = client.get(f"/admin/2fa/reset/{editor.pk}/")
        assert "Authenticator app" in confirm.content.decode()
        with caplog.at_level(logging.INFO, logger="solidarity.audit"):
            response = client.post(f"/admin/2fa/reset/{editor.pk}/")
        assert response.status_code == 302
        assert not TOTPDevice.objects.filter(user=editor).exists()
        assert f"event=otp.reset_by_admin user={superuser.pk}" in caplog.text
        assert f"target={editor.pk}" in caplog.text

    def test_after_a_reset_the_user_must_enrol_again_even_in_an_open_session(self, client, editor, superuser):
        editor_client = Client()
        login_verified(editor_client, editor)
        assert editor_client.get("/admin/").status_code == 200
        login_verified(client, superuser)
        client.post(f"/admin/2fa/reset/{editor.pk}/")
        assert editor_client.get("/admin/")["Location"].startswith("/admin/2fa/setup/")

    def test_an_editor_cannot_reset_anyone(self, client, editor, superuser):
        totp_device(superuser)
        login_verified(client, editor)
        # Wagtail answers a refusal with a redirect to the dashboard and an error message.
        response = client.post(f"/admin/2fa/reset/{superuser.pk}/", follow=True)
        assert "do not have permission" in response.content.decode()
        assert TOTPDevice.objects.filter(user=superuser).exists()

    def test_a_user_manager_cannot_reset_a_superuser(self, client, editor, superuser, django_user_model):
        editor.user_permissions.add(Permission.objects.get(codename="change_user"))
        other = django_user_model.objects.create_user("other", "other@example.org", "x")
        totp_device(superuser)
        totp_device(other)
        login_verified(client, editor)
        assert (
            "do not have permission" in client.post(f"/admin/2fa/reset/{superuser.pk}/", follow=True).content.decode()
        )
        assert client.post(f"/admin/2fa/reset/{other.pk}/")["Location"] == "/admin/users/"
        assert not TOTPDevice.objects.filter(user=other).exists()
        assert TOTPDevice.objects.filter(user=superuser).exists()
