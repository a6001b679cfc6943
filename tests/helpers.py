"""Test helpers: pages as a visitor sees them, and the admin's two-factor login (accounts/).

Every admin URL needs a verified second factor, so a test that only wants to *be* an editor uses
``login_verified(client, user)`` instead of ``client.force_login(user)``: it gives the user a
confirmed authenticator app and marks the session verified by it, exactly as django-otp does
after a right code. Production code has no bypass; this works only through the test client.
"""

import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile


def totp_device(user, name="Телефон"):
    """A confirmed authenticator-app device for ``user``."""
    return TOTPDevice.objects.create(user=user, name=name, confirmed=True)


def totp_code(device, steps=0):
    """The code ``device``'s app shows now (or ``steps`` time steps later), as a string."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps * device.step
    return f"{totp.token():0{device.digits}d}"


def mark_verified(client, user):
    """Mark the test client's logged-in session as verified by one of ``user``'s apps."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or totp_device(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def login_verified(client, user):
    """Log ``user`` in on the test client with a session that passed the second factor."""
    Client.force_login(client, user)
    return mark_verified(client, user)


class VerifiedClient(Client):
    """A test client whose ``force_login`` also passes the second factor.

    For ``WagtailPageTestCase`` (``client_class = VerifiedClient``): its ``assertPageIsEditable``
    and ``assertPageIsPreviewable`` log in users of their own with ``force_login``.
    """

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        mark_verified(self, user)


@pytest.fixture
def verified_login(client):
    """``verified_login(user)`` logs ``user`` in on ``client`` with a verified second factor."""

    def log_in(user):
        login_verified(client, user)
        return client

    return log_in


def superuser_client_speaking(code, username):
    """A test client logged in (second factor passed) as a new superuser whose admin language is ``code``."""
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", "correct-horse-battery")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()
    client = Client()
    login_verified(client, user)
    return client


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's ``admin_client``, logged in with the second factor passed."""
    login_verified(client, admin_user)
    return client


# The marker each public form field's label carries, in every site language (core_tags.field_label).
FIELD_MARKERS = {
    "en": ("(required)", "(optional)"),
    "ru": ("(обязательно)", "(необязательно)"),
    "be": ("(абавязкова)", "(неабавязкова)"),
    "uk": ("(обов'язково)", "(необов'язково)"),
}


def form_field_labels(html):
    """{label text: marker} for each field of a public form: its <label>, or its group's <legend>."""
    import re
    from html import unescape

    labels = {}
    pattern = r'<(?:div|fieldset) class="form-field[^"]*">\s*<(label|legend)\b[^>]*>(.*?)</\1>'
    for _tag, inner in re.findall(pattern, html, re.DOTALL):
        match = re.fullmatch(r'(.*?) <span class="form-field__marker">(.*?)</span>', inner.strip(), re.DOTALL)
        text, marker = match.groups() if match else (inner, "")
        labels[unescape(text).strip()] = unescape(marker)
    return labels


def page_html(client, path):
    """The HTML a visitor gets at ``path``, after checking that it answered 200."""
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()
