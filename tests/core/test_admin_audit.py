"""The admin's gates write audit lines, with no password, typed username, e-mail or client address in them."""

import logging

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext, override

from tests.helpers import login_verified

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
ADDRESS = "203.0.113.77"


@pytest.fixture
def audit_lines(caplog):
    """Every line logged by any logger during the test, as text."""
    caplog.set_level(logging.INFO)
    logging.getLogger("solidarity.audit").addHandler(caplog.handler)
    yield lambda: [record.getMessage() for record in caplog.records]
    logging.getLogger("solidarity.audit").removeHandler(caplog.handler)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def admin_only_user(django_user_model):
    """An account that may open the admin but manage nothing in it."""
    user = django_user_model.objects.create_user("reader", "reader@example.org", PASSWORD)
    group = Group.objects.create(name="Readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def _login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ADDRESS)


def _events(lines):
    return [line.split()[0] for line in lines if line.startswith("event=")]


def _assert_no_secrets(lines, *secrets):
    text = "\n".join(lines)
    for secret in (PASSWORD, ADDRESS, *secrets):
        assert secret not in text


def test_a_successful_login_and_logout_are_recorded_with_the_user_id(client, editor, audit_lines):
    _login(client, "editor", PASSWORD)
    client.post("/admin/logout/", REMOTE_ADDR=ADDRESS)
    lines = audit_lines()
    assert f"event=login.succeeded user={editor.pk}" in "\n".join(lines)
    assert f"event=logout user={editor.pk}" in "\n".join(lines)
    _assert_no_secrets(lines, "editor@example.org", "username=")


def test_a_failed_login_for_a_known_user_logs_the_id_not_the_name(client, editor, audit_lines):
    _login(client, "editor", "wrong-guess-123")
    lines = audit_lines()
    assert [line for line in lines if line.startswith("event=login.failed")] == [
        line for line in lines if line.startswith(f"event=login.failed user={editor.pk} client=")
    ]
    assert _events(lines) == ["event=login.failed"]
    _assert_no_secrets(lines, "wrong-guess-123", "editor ")


def test_a_failed_login_for_an_unknown_username_logs_nothing_identifying(client, editor, audit_lines):
    _login(client, "volunteer.olena@example.net", "her-old-password")
    lines = audit_lines()
    failed = [line for line in lines if line.startswith("event=login.failed")]
    assert len(failed) == 1
    assert "user=" not in failed[0]
    _assert_no_secrets(lines, "olena", "her-old-password")


def test_a_lockout_is_recorded(client, editor, settings, audit_lines):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT + 1):
        _login(client, "editor", "wrong-guess-123")
    lines = audit_lines()
    assert f"event=login.locked user={editor.pk}" in "\n".join(lines)
    assert "scope=client" in "\n".join(lines)
    _assert_no_secrets(lines, "wrong-guess-123")


def test_a_crlf_in_the_username_cannot_forge_a_second_line(client, editor, audit_lines):
    forged = f"nobody\r\nevent=login.succeeded user={editor.pk}\nx"
    _login(client, forged, "wrong")
    lines = audit_lines()
    assert not any("\n" in line or "\r" in line for line in lines)
    assert not any(line.startswith("event=login.succeeded") for line in lines)
    assert _events(lines) == ["event=login.failed"]


def test_a_password_reset_request_is_recorded_without_the_address(client, editor, audit_lines):
    client.post("/admin/password_reset/", {"email": "editor@example.org"}, REMOTE_ADDR=ADDRESS)
    client.post("/admin/password_reset/", {"email": "stranger@example.net"}, REMOTE_ADDR=ADDRESS)
    lines = [line for line in audit_lines() if line.startswith("event=password_reset.requested")]
    assert len(lines) == 2
    assert f"user={editor.pk}" in lines[0]
    assert "user=" not in lines[1]
    _assert_no_secrets(audit_lines(), "editor@example.org", "stranger")


def test_wagtails_permission_redirect_is_recorded(client, admin_only_user, audit_lines):
    login_verified(client, admin_only_user)
    response = client.get("/admin/users/", REMOTE_ADDR=ADDRESS)
    assert response.status_code == 302
    assert "Sorry, you do not have permission to access this area." in client.get(response["Location"]).content.decode()
    lines = [line for line in audit_lines() if line.startswith("event=permission.denied")]
    assert lines == [
        f"event=permission.denied user={admin_only_user.pk} client={lines[0].split('client=')[1][:8]} status=302 "
        "view=wagtailusers_users:index"
    ]


def test_a_refusal_in_russian_is_recognised_too(client, admin_only_user, audit_lines):
    login_verified(client, admin_only_user)
    response = client.get("/admin/users/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    with override("ru"):
        sentence = gettext("Sorry, you do not have permission to access this area.")
    assert sentence != "Sorry, you do not have permission to access this area."
    assert sentence in client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert any(line.startswith("event=permission.denied") for line in audit_lines())


def test_an_account_without_admin_access_is_recorded(client, django_user_model, audit_lines):
    outsider = django_user_model.objects.create_user("outsider", "outsider@example.org", PASSWORD)
    login_verified(client, outsider)
    assert client.get("/admin/").status_code == 302
    assert f"event=permission.denied user={outsider.pk}" in "\n".join(audit_lines())


def test_a_403_for_a_script_is_recorded(client, admin_only_user, audit_lines):
    login_verified(client, admin_only_user)
    response = client.get("/admin/users/", headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 403
    assert "status=403" in "\n".join(line for line in audit_lines() if line.startswith("event=permission.denied"))


def test_ordinary_admin_pages_and_anonymous_redirects_are_not_refusals(client, editor, audit_lines):
    assert client.get("/admin/").status_code == 302  # anonymous: sent to sign in, not refused
    login_verified(client, editor)
    assert client.get("/admin/").status_code == 200
    assert not any(line.startswith("event=permission.denied") for line in audit_lines())
