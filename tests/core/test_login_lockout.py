"""Failed admin logins lock one username from one client, or one client, but cannot lock an editor out."""

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.urls import resolve, reverse
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from core import admin_views
from core.admin_views import lockout_message
from core.auth import CLIENT, Lockout, check_account_limit

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
ATTACKER = "203.0.113.7"
EDITOR_HOME = "192.0.2.1"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


def _post(client, username, password, address=ATTACKER, language="en"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def _login(client, username, password, address=ATTACKER):
    """True when the password step lets the user in (the second factor comes after it)."""
    _post(client, username, password, address)
    signed_in = "_auth_user_id" in client.session
    client.logout()
    return signed_in


def test_wagtails_login_url_name_leads_to_the_sites_login_view():
    assert reverse("wagtailadmin_login") == "/admin/login/"
    assert resolve("/admin/login/").func.view_class is admin_views.LoginView


def test_login_page_keeps_wagtails_look(client):
    html = client.get("/admin/login/").content.decode()
    assert 'class="login-form"' in html
    assert "Forgotten password?" in html


def test_right_password_works_after_a_few_mistakes(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert not _login(client, "editor", "wrong")
    assert _login(client, "editor", PASSWORD)


def test_a_mistake_gets_wagtails_usual_answer(client, editor):
    response = _post(client, "editor", "wrong")
    assert response.status_code == 200
    assert "Your username and password didn" in response.content.decode()


def test_username_is_locked_from_that_client_even_with_the_right_password(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        _post(client, "editor", "wrong")
    response = _post(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert "Too many failed attempts from your connection. Try again in 15 minutes." in response.content.decode()
    assert int(response["Retry-After"]) > 14 * 60
    assert not _login(client, "editor", PASSWORD)


def test_the_attempt_that_reaches_the_limit_is_told_at_once(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert _post(client, "editor", "wrong").status_code == 200
    assert _post(client, "editor", "wrong").status_code == 429


def test_an_attacker_cannot_lock_the_editor_out_from_another_client(client, editor, settings):
    for _attempt in range(settings.LOGIN_CLIENT_FAILURE_LIMIT + 5):
        _post(client, "editor", "wrong", address=ATTACKER)
    assert _post(client, "editor", PASSWORD, address=ATTACKER).status_code == 429
    assert _login(client, "editor", PASSWORD, address=EDITOR_HOME)


@override_settings(LOGIN_FAILURE_LIMIT=50)
def test_client_is_locked_after_guessing_many_usernames(client, editor, settings):
    for attempt in range(settings.LOGIN_CLIENT_FAILURE_LIMIT):
        _post(client, f"guess{attempt}", "wrong")
    response = _post(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert "Too many failed attempts from your connection." in response.content.decode()
    assert _login(client, "editor", PASSWORD, address=EDITOR_HOME)


CLIENT_SENTENCES = {
    "en": "Too many failed attempts from your connection. Try again in 15 minutes.",
    "ru": "Слишком много неудачных попыток с вашего подключения. Попробуйте снова через 15 минут.",
}


@pytest.mark.parametrize("language", CLIENT_SENTENCES)
def test_username_and_client_lock_is_explained_in_the_browsers_language(client, editor, settings, language):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        _post(client, "editor", "wrong", language=language)
    response = _post(client, "editor", PASSWORD, language=language)
    assert response.status_code == 429
    assert CLIENT_SENTENCES[language] in response.content.decode()


@pytest.mark.parametrize("language", CLIENT_SENTENCES)
@override_settings(LOGIN_FAILURE_LIMIT=50)
def test_client_lock_is_explained_in_the_browsers_language(client, editor, settings, language):
    for attempt in range(settings.LOGIN_CLIENT_FAILURE_LIMIT):
        _post(client, f"guess{attempt}", "wrong", language=language)
    response = _post(client, "editor", PASSWORD, language=language)
    assert response.status_code == 429
    assert CLIENT_SENTENCES[language] in response.content.decode()


@pytest.mark.parametrize(
    ("minutes", "sentence"),
    [
        (1, "Попробуйте снова через 1 минуту."),
        (3, "Попробуйте снова через 3 минуты."),
        (14, "Попробуйте снова через 14 минут."),
        (21, "Попробуйте снова через 21 минуту."),
    ],
)
def test_russian_sentence_uses_the_right_plural_form(minutes, sentence):
    with translation.override("ru"):
        assert lockout_message(Lockout(CLIENT, minutes * 60)).endswith(sentence)


def test_the_sentence_is_not_kept_for_the_next_page(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        _post(client, "editor", "wrong")
    assert "Too many failed attempts" not in client.get("/admin/login/").content.decode()


@override_settings(LOGIN_CLIENT_FAILURE_LIMIT=20, LOGIN_USERNAME_FAILURE_LIMIT=40)
def test_an_account_limit_too_close_to_the_client_limit_is_flagged():
    assert [message.id for message in check_account_limit(None)] == ["core.W001"]


def test_the_default_limits_pass_the_check():
    assert check_account_limit(None) == []


@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_CLIENT_FAILURE_LIMIT=3, LOGIN_USERNAME_FAILURE_LIMIT=12)
def test_account_without_two_factor_is_locked_only_after_many_clients_fail(client, editor):
    # Four addresses, each stopped by its own lock after three failures: twelve in all.
    for address in range(4):
        for _attempt in range(3):
            _post(client, "editor", "wrong", address=f"198.51.100.{address}")
    response = _post(client, "editor", PASSWORD, address=EDITOR_HOME)
    assert response.status_code == 429
    assert "Too many failed attempts to sign in to this account. Try again in 15 minutes." in response.content.decode()
    assert not _login(client, "editor", PASSWORD, address=EDITOR_HOME)


@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_CLIENT_FAILURE_LIMIT=3, LOGIN_USERNAME_FAILURE_LIMIT=12)
def test_eleven_failures_from_several_clients_do_not_lock_the_account(client, editor):
    for attempt in range(11):
        _post(client, "editor", "wrong", address=f"198.51.100.{attempt}")
    assert _login(client, "editor", PASSWORD, address=EDITOR_HOME)


@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_CLIENT_FAILURE_LIMIT=3, LOGIN_USERNAME_FAILURE_LIMIT=12)
def test_account_with_a_confirmed_totp_device_is_never_locked_by_username(client, editor):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    for address in range(10):
        for _attempt in range(3):
            _post(client, "editor", "wrong", address=f"198.51.100.{address}")
    assert _login(client, "editor", PASSWORD, address=EDITOR_HOME)


@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_CLIENT_FAILURE_LIMIT=3, LOGIN_USERNAME_FAILURE_LIMIT=12)
def test_an_unconfirmed_device_does_not_spare_the_account(client, editor):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=False)
    for address in range(4):
        for _attempt in range(3):
            _post(client, "editor", "wrong", address=f"198.51.100.{address}")
    assert _post(client, "editor", PASSWORD, address=EDITOR_HOME).status_code == 429


@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_CLIENT_FAILURE_LIMIT=3, LOGIN_USERNAME_FAILURE_LIMIT=12)
def test_case_variants_of_a_protected_username_cannot_lock_it(client, editor):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    for address in range(5):
        for variant in ("EDITOR", "Editor", "eDitor"):
            _post(client, variant, "wrong", address=f"198.51.100.{address}")
    assert _login(client, "editor", PASSWORD, address=EDITOR_HOME)


def test_lock_ends_when_it_expires(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        _post(client, "editor", "wrong")
    caches["counters"].clear()  # what the lock's expiry does
    assert _login(client, "editor", PASSWORD)


def test_a_successful_login_forgets_earlier_failures(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, "editor", "wrong")
    assert _login(client, "editor", PASSWORD)
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, "editor", "wrong")
    assert _login(client, "editor", PASSWORD)


def test_a_username_with_a_nul_character_is_refused_not_a_crash(client, editor):
    response = _post(client, "edi\x00tor", "wrong")
    assert response.status_code == 200
