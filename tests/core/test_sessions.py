"""Cookies leave no lasting trace: the CSRF cookie ends with the browser, admin sessions with the day."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.helpers import mark_verified
from tests.mission.factories import HowToHelpPageFactory, application_form

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
WORKING_DAY = datetime.timedelta(hours=10)


@pytest.fixture
def form_page(site_tree):
    how_to_help = HowToHelpPageFactory(parent=site_tree.home)
    return application_form(how_to_help, slug="join-the-mission", title="Join the Mission")


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


def test_form_page_csrf_cookie_lasts_only_for_the_browser_session(client, form_page):
    response = client.get(form_page.url)
    assert response.status_code == 200
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie.value
    assert cookie["expires"] == ""
    assert cookie["max-age"] == ""
    header = cookie.output()
    assert "expires" not in header.lower()
    assert "max-age" not in header.lower()


def login(client, remember):
    """The password form, then the second factor (as the editor's authenticator app would)."""
    data = {"username": "editor", "password": PASSWORD}
    if remember:
        data["remember"] = "on"
    response = client.post("/admin/login/", data)
    assert response.status_code == 302, "the login failed"
    mark_verified(client, get_user_model().objects.get(username="editor"))
    assert client.get("/admin/").status_code == 200
    return response


@pytest.mark.parametrize("remember", [False, True], ids=["plain", "remember-me"])
def test_admin_session_ends_within_a_working_day(client, editor, remember):
    before = timezone.now()
    response = login(client, remember)
    session = Session.objects.get(session_key=client.session.session_key)
    assert session.expire_date <= before + WORKING_DAY + datetime.timedelta(minutes=1)
    assert client.session.get_expiry_age() <= WORKING_DAY.total_seconds()
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    if remember:
        # Kept across a browser restart, but for hours, not weeks.
        assert 0 < int(cookie["max-age"]) <= WORKING_DAY.total_seconds()
    else:
        assert cookie["max-age"] == ""
        assert cookie["expires"] == ""


def test_an_expired_admin_session_asks_for_the_login_again(client, editor):
    login(client, remember=True)
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
