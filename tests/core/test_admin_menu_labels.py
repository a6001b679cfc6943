"""Menu labels follow each admin user's language, whoever opened the admin first since the start."""

import json
import re

import pytest
from django.test import Client
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.helpers import login_verified

pytestmark = pytest.mark.django_db

SIDEBAR_PROPS = re.compile(r"<script id=\"wagtail-sidebar-props\"[^>]*>(.*?)</script>", re.S)


def menu_labels(client):
    """Every label in the admin sidebar's menus, as its script receives them."""
    html = client.get("/admin/").content.decode()
    labels = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("label"), str):
                labels.append(node["label"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(SIDEBAR_PROPS.search(html).group(1)))
    return labels


def client_speaking(django_user_model, code):
    user = django_user_model.objects.create_superuser(f"admin-{code}", f"{code}@example.org", "correct-horse-battery")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()
    client = Client()
    login_verified(client, user)
    return client


def expected(code):
    with translation.override(code):
        return {
            "Translations": translation.gettext("Translations"),
            "What's new": translation.gettext("What's new in Wagtail %(version)s").split("%")[0].strip(),
        }


def test_report_and_help_labels_are_in_each_users_language_in_any_order(django_user_model, locales):
    clients = {code: client_speaking(django_user_model, code) for code in ("en", "ru", "be", "uk")}
    for code in ("en", "ru", "be", "uk", "en", "ru"):
        labels = menu_labels(clients[code])
        words = expected(code)
        assert words["Translations"] in labels, (code, labels)
        assert any(label.startswith(words["What's new"]) for label in labels), (code, labels)
        if code != "en":
            assert "Translations" not in labels, (code, labels)
            assert not any(label.startswith("What's new") for label in labels), (code, labels)
