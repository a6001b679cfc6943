"""Menu labels follow each admin user's language, whoever opened the admin first since the start."""

import json
import re

import pytest
from django.utils import translation

from tests.helpers import superuser_client_speaking

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


def expected(code):
    with translation.override(code):
        return {
            "Translations": translation.gettext("Translations"),
            "What's new": translation.gettext("What's new in Wagtail %(version)s").split("%")[0].strip(),
        }


def test_report_and_help_labels_are_in_each_users_language_in_any_order(locales):
    clients = {code: superuser_client_speaking(code, f"admin-{code}") for code in ("en", "ru", "be", "uk")}
    for code in ("en", "ru", "be", "uk", "en", "ru"):
        labels = menu_labels(clients[code])
        words = expected(code)
        assert words["Translations"] in labels, (code, labels)
        assert any(label.startswith(words["What's new"]) for label in labels), (code, labels)
        if code != "en":
            assert "Translations" not in labels, (code, labels)
            assert not any(label.startswith("What's new") for label in labels), (code, labels)
