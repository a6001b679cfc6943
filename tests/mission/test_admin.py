"""The Mission's snippets in the admin: one menu, readable listings, errors editors can act on."""

import json
import re

import pytest
from django.urls import reverse

from mission.models import ContactPhone
from tests.helpers import login_verified
from tests.mission.factories import CommitteeMemberFactory, ContactPhoneFactory, InformationCentreFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client, django_user_model, locales):
    login_verified(client, django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


@pytest.mark.parametrize(
    ("factory", "model_name", "shown"),
    [
        (ContactPhoneFactory, "contactphone", "+375 29 000-00-42"),
        (InformationCentreFactory, "informationcentre", "Kharkiv"),
        (CommitteeMemberFactory, "committeemember", "Example Rights Centre"),
    ],
)
def test_snippet_listings_show_rows_with_country_names(superuser_client, factory, model_name, shown):
    field = {"contactphone": "number", "informationcentre": "city", "committeemember": "name"}[model_name]
    factory(**{field: shown}, country="UA")
    response = superuser_client.get(reverse(f"wagtailsnippets_mission_{model_name}:list"))
    html = response.content.decode()
    assert response.status_code == 200
    assert shown in html
    assert "Ukraine" in html


def menu_items(html):
    """The admin sidebar's menu, as (name, [sub-item urls]) pairs, from its JSON props."""
    props = json.loads(re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1))
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("_type") == "wagtail.sidebar.SubMenuItem":
                options, children = node["_args"]
                found.append((options["name"], [child["_args"][0].get("url") for child in children]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(props)
    return dict(found)


def test_snippets_sit_in_one_mission_menu(superuser_client):
    menu = menu_items(superuser_client.get(reverse("wagtailadmin_home")).content.decode())
    assert menu["mission"] == [
        reverse(f"wagtailsnippets_mission_{name}:list")
        for name in ("contactphone", "informationcentre", "committeemember")
    ]


def test_editor_adding_a_number_without_country_code_gets_an_example(superuser_client, locales):
    url = reverse("wagtailsnippets_mission_contactphone:add") + "?locale=en"
    response = superuser_client.post(url, {"country": "BY", "carrier": "MTS", "number": "029 000 00 01", "note": ""})
    assert response.status_code == 200
    assert "for example +375 29 000-00-01" in response.content.decode()
    assert not ContactPhone.objects.exists()


def test_new_numbers_go_to_the_end_of_the_editors_order(superuser_client, locales):
    ContactPhoneFactory(sort_order=7)
    url = reverse("wagtailsnippets_mission_contactphone:add") + "?locale=en"
    response = superuser_client.post(
        url, {"country": "UA", "carrier": "Life", "number": "+380 63 000-00-09", "note": ""}
    )
    assert response.status_code == 302
    assert ContactPhone.objects.get(number="+380 63 000-00-09").sort_order == 8
