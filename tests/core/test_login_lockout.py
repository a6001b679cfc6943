"""Repeated failed admin logins lock the account and the client out for a while."""

import pytest
from django.core.cache import caches

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


def _login(client, username, password, address="203.0.113.7"):
    """Whether the password step let the user in (the second factor comes after it)."""
    client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)
    return "_auth_user_id" in client.session


def test_right_password_works_after_a_few_mistakes(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert not _login(client, "editor", "wrong")
    assert _login(client, "editor", PASSWORD)


def test_account_is_locked_after_too_many_failures_even_with_the_right_password(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        _login(client, "editor", "wrong", address=f"198.51.100.{_attempt}")
    assert not _login(client, "editor", PASSWORD, address="192.0.2.1")


def test_client_is_locked_after_guessing_many_usernames(client, editor, settings):
    for attempt in range(settings.LOGIN_FAILURE_LIMIT):
        _login(client, f"guess{attempt}", "wrong")
    assert not _login(client, "editor", PASSWORD)


def test_lock_ends_when_it_expires(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        _login(client, "editor", "wrong")
    caches["counters"].clear()  # what the lock's expiry does
    assert _login(client, "editor", PASSWORD)


def test_a_successful_login_forgets_earlier_failures(client, editor, settings):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, "editor", "wrong")
    assert _login(client, "editor", PASSWORD)
    client.logout()
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, "editor", "wrong")
    assert _login(client, "editor", PASSWORD)
