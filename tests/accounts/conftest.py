"""Accounts that can reach the admin, logged in with their password only (no second factor yet)."""

import pytest
from django.contrib.auth.models import Group, Permission

PASSWORD = "correct-horse-battery"


@pytest.fixture
def editor(django_user_model):
    """A non-superuser editor with admin access (through a group, as real editors have it)."""
    group, _created = Group.objects.get_or_create(name="Two-factor editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user = django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD)
    user.groups.add(group)
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)


def password_login(client, user):
    """The first step only: Wagtail's password form, as an editor (or a phisher) submits it."""
    response = client.post("/admin/login/", {"username": user.get_username(), "password": PASSWORD})
    assert response.status_code == 302, "the password step must succeed"
    return client
