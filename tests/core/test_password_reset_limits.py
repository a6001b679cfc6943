"""Password reset requests are limited per e-mail address (silently) and per client (429)."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import resolve, reverse

from core import admin_views

pytestmark = pytest.mark.django_db

RESET_URL = "/admin/password_reset/"
DONE_URL = "/admin/password_reset/done/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "correct-horse-battery")


def _request(client, email, address="203.0.113.7", language="en"):
    return client.post(RESET_URL, {"email": email}, REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language)


def test_wagtails_reset_url_name_leads_to_the_sites_view():
    assert reverse("wagtailadmin_password_reset") == RESET_URL
    assert resolve(RESET_URL).func.view_class is admin_views.PasswordResetView


def test_a_reset_request_sends_one_mail(client, editor):
    response = _request(client, "editor@example.org")
    assert (response.status_code, response["Location"]) == (302, DONE_URL)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["editor@example.org"]


@override_settings(PASSWORD_RESET_ADDRESS_LIMIT=3, PASSWORD_RESET_CLIENT_LIMIT=100)
def test_ten_requests_for_one_address_send_only_the_limit_from_any_number_of_clients(client, editor):
    responses = [_request(client, "editor@example.org", address=f"198.51.100.{n}") for n in range(10)]
    assert len(mail.outbox) == 3
    # Over the limit the answer is exactly the usual one: nothing tells the address has an account.
    assert {(response.status_code, response["Location"]) for response in responses} == {(302, DONE_URL)}


@override_settings(PASSWORD_RESET_ADDRESS_LIMIT=3, PASSWORD_RESET_CLIENT_LIMIT=100)
def test_the_address_limit_ignores_letter_case(client, editor):
    for email in ("editor@example.org", "EDITOR@example.org", "Editor@Example.org", "editor@EXAMPLE.ORG"):
        _request(client, email)
    assert len(mail.outbox) == 3


@override_settings(PASSWORD_RESET_ADDRESS_LIMIT=1, PASSWORD_RESET_CLIENT_LIMIT=100)
def test_an_unknown_address_over_the_limit_looks_the_same_as_a_known_one(client, editor):
    known = [_request(client, "editor@example.org") for _attempt in range(3)]
    unknown = [_request(client, "nobody@example.org") for _attempt in range(3)]
    assert [(r.status_code, r["Location"]) for r in known] == [(r.status_code, r["Location"]) for r in unknown]


@override_settings(PASSWORD_RESET_ADDRESS_LIMIT=100, PASSWORD_RESET_CLIENT_LIMIT=4)
def test_one_client_asking_for_many_addresses_is_refused_with_429(client, editor):
    for n in range(4):
        assert _request(client, f"person{n}@example.org").status_code == 302
    response = _request(client, "editor@example.org")
    assert response.status_code == 429
    assert (
        "Too many password reset requests from your connection. Try again in 60 minutes." in response.content.decode()
    )
    assert mail.outbox == []
    assert _request(client, "editor@example.org", address="192.0.2.1").status_code == 302
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Too many password reset requests from your connection. Try again in 60 minutes."),
        ("ru", "Слишком много запросов на сброс пароля с вашего подключения. Попробуйте снова через 60 минут."),
    ],
)
@override_settings(PASSWORD_RESET_CLIENT_LIMIT=1)
def test_client_limit_sentence_is_in_the_browsers_language(client, editor, language, sentence):
    _request(client, "editor@example.org", language=language)
    response = _request(client, "editor@example.org", language=language)
    assert response.status_code == 429
    assert sentence in response.content.decode()
    assert 'name="email"' in response.content.decode()
