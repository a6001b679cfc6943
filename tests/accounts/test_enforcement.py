"""No admin page is served to a password-only session: every admin URL leads to the second factor."""

import re
import uuid
from datetime import timedelta

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.utils import timezone

from tests.accounts.conftest import password_login
from tests.helpers import login_verified, totp_device

pytestmark = pytest.mark.django_db

SAMPLES = {"int": "1", "str": "sample", "slug": "sample", "path": "sample/path", "uuid": str(uuid.uuid4())}
# What a password-only session may open: Wagtail's login, logout, password reset, the icon
# sprite and its string catalogue, and the two-factor steps themselves.
OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "two_factor_gate:verify",
    "two_factor_gate:setup",
    "two_factor_gate:setup_totp",
    "otp_webauthn:credential-registration-begin",
    "otp_webauthn:credential-registration-complete",
    "otp_webauthn:credential-authentication-begin",
    "otp_webauthn:credential-authentication-complete",
    "otp_webauthn:js-i18n-catalog",
}


def _sample_route(pattern):
    """A concrete path fragment for one URL pattern, with sample values for its arguments."""
    regex = pattern.pattern.regex.pattern
    route = getattr(pattern.pattern, "_route", None)
    if route is not None:
        return re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES.get(m.group(1) or "str", "sample"), route)
    text = regex.lstrip("^").rstrip("$").replace("\\Z", "")
    text = re.sub(r"\(\?P<\w+>[^)]*\)", "1", text)
    text = re.sub(r"\([^)]*\)", "1", text)
    return text.replace("\\", "").replace(".*", "anything/").replace("?", "")


def admin_paths():
    """Every URL under /admin/, each with sample arguments, walked from the URL resolver."""
    admin = next(p for p in get_resolver().url_patterns if isinstance(p, URLResolver) and str(p.pattern) == "admin/")
    found = []

    def walk(patterns, prefix):
        for pattern in patterns:
            fragment = _sample_route(pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + fragment)
            elif isinstance(pattern, URLPattern):
                found.append(prefix + fragment)

    walk(admin.url_patterns, "/admin/")
    return found


def _name(path):
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.view_name


def test_the_walk_covers_the_whole_admin():
    names = {_name(path) for path in admin_paths()}
    assert len(names) > 300
    for expected in ("wagtailadmin_home", "wagtailadmin_pages:edit", "wagtailimages:index", "wagtailusers_users:index"):
        assert expected in names


@pytest.mark.parametrize("has_device", [True, False], ids=["with-device", "without-device"])
def test_no_admin_page_is_reachable_with_the_password_alone(client, editor, has_device):
    if has_device:
        totp_device(editor)
    password_login(client, editor)
    target = "/admin/2fa/verify/" if has_device else "/admin/2fa/setup/"
    reachable = []
    checked = 0
    for path in admin_paths():
        name = _name(path)
        if name is None or name in OPEN:
            continue
        checked += 1
        for method in ("get", "post"):
            response = getattr(client, method)(path)
            if response.status_code != 302 or not response["Location"].startswith(target):
                reachable.append((method, path, name, response.status_code))
    assert checked > 300
    assert reachable == []


def test_unknown_admin_urls_lead_to_the_second_factor_too(client, editor):
    totp_device(editor)
    password_login(client, editor)
    response = client.get("/admin/no-such-page/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2Fno-such-page%2F"


def test_superusers_need_the_second_factor_too(client, superuser):
    password_login(client, superuser)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/setup/")


def test_a_verified_session_reaches_the_admin(client, editor):
    login_verified(client, editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response.context["request"].user.is_verified()


def test_the_login_page_and_password_reset_stay_open(client, editor):
    password_login(client, editor)
    assert client.get("/admin/login/").status_code in (200, 302)
    assert client.get("/admin/password_reset/").status_code == 200


def test_accounts_without_admin_access_are_left_to_wagtail(client, django_user_model):
    user = django_user_model.objects.create_user("reader", "reader@example.org", "correct-horse-battery")
    client.force_login(user)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_public_pages_do_not_ask_for_the_second_factor(client, editor, site_tree):
    password_login(client, editor)
    assert client.get("/en/").status_code == 200


class TestGracePeriod:
    def test_without_grace_a_new_account_must_enrol_at_once(self, client, editor, settings):
        settings.OTP_ENROLMENT_GRACE_HOURS = 0
        password_login(client, editor)
        assert client.get("/admin/")["Location"].startswith("/admin/2fa/setup/")

    def test_a_new_account_may_use_the_admin_during_the_grace_period(self, client, editor, settings):
        settings.OTP_ENROLMENT_GRACE_HOURS = 24
        password_login(client, editor)
        response = client.get("/admin/", follow=True)
        assert response.status_code == 200
        assert response.redirect_chain == []
        assert "Set up two-factor authentication before" in response.content.decode()

    def test_the_grace_period_ends(self, client, editor, settings):
        settings.OTP_ENROLMENT_GRACE_HOURS = 24
        editor.date_joined = timezone.now() - timedelta(hours=25)
        editor.save()
        password_login(client, editor)
        assert client.get("/admin/")["Location"].startswith("/admin/2fa/setup/")

    def test_grace_does_not_excuse_an_account_that_has_a_device(self, client, editor, settings):
        settings.OTP_ENROLMENT_GRACE_HOURS = 24
        totp_device(editor)
        password_login(client, editor)
        assert client.get("/admin/")["Location"].startswith("/admin/2fa/verify/")
