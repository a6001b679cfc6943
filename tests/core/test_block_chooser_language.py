"""The "add page" editor is an admin view like the others: its user's language, and only for admin users."""

import html
import json

import pytest
from django.utils import translation

from core.blocks import BaseStreamBlock
from tests.helpers import login_verified, superuser_client_speaking

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ru", "be", "uk", "en", "ru"]


def editor_html(code, parent, number):
    client = superuser_client_speaking(code, f"editor-{number}")
    response = client.get(f"/admin/pages/add/home/standardpage/{parent.pk}/")
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_block_labels_and_descriptions_are_in_each_editors_language_in_any_order(site_tree):
    heading = BaseStreamBlock.base_blocks["heading"]
    for number, code in enumerate(LANGUAGES):
        page = editor_html(code, site_tree.home, number)
        with translation.override(code):
            label, description = str(heading.label), str(heading.meta.description)
        # The definitions are JSON inside an attribute: non-Latin letters are escaped.
        assert f'"label": {json.dumps(label)}' in page, code
        assert json.dumps(description) in page, code
        if code != "en":
            with translation.override("en"):
                assert f'"label": {json.dumps(str(heading.label))}' not in page, code


def test_the_add_page_editor_asks_anonymous_visitors_and_non_editors_to_log_in(client, site_tree, django_user_model):
    url = f"/admin/pages/add/home/standardpage/{site_tree.home.pk}/"
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")

    member = django_user_model.objects.create_user("member", "member@example.org", "correct-horse-1")
    login_verified(client, member)
    response = client.get(url)
    assert response.status_code == 302  # no admin access: back to the login, like every admin page
    assert response["Location"].startswith("/admin/login/")
