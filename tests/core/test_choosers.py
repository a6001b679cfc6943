"""The admin's choosers show each role only what it may see: pages it may edit or anyone may read,
and documents and images of the collections where it has the "choose" permission."""

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission, PageViewRestriction

from campaigns.moderators import GROUP_NAME as MODERATORS_GROUP
from mission.permissions import COORDINATORS_GROUP
from tests.factories import StandardPageFactory
from tests.helpers import login_verified
from translations.setup import setup_languages

pytestmark = pytest.mark.django_db

PUBLIC = "Canary public page"
DRAFT = "Canary draft page"
PRIVATE = "Canary private page"
UNDER_PRIVATE = "Canary page under a private one"
RUSSIAN_DRAFT = "Canary Russian draft"
PAGE_CANARIES = {PUBLIC, DRAFT, PRIVATE, UNDER_PRIVATE, RUSSIAN_DRAFT}

ROLES = {
    # role: (group name, page canaries it may see)
    "source editor": ("Editors", {PUBLIC, DRAFT, PRIVATE, UNDER_PRIVATE}),
    "Russian translator": ("Translators: Russian", {PUBLIC, RUSSIAN_DRAFT}),
    "coordinator": (COORDINATORS_GROUP, {PUBLIC}),
    "campaign moderator": (MODERATORS_GROUP, {PUBLIC}),
}


@pytest.fixture
def pages(site_tree):
    setup_languages()
    public = StandardPageFactory(parent=site_tree.home, title=PUBLIC, slug="public")
    StandardPageFactory(parent=site_tree.home, title=DRAFT, slug="draft", live=False)
    private = StandardPageFactory(parent=site_tree.home, title=PRIVATE, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="pw")
    StandardPageFactory(parent=private, title=UNDER_PRIVATE, slug="under-private")
    StandardPageFactory(parent=site_tree.homes["ru"], title=RUSSIAN_DRAFT, slug="draft-ru", live=False)
    return {"home": site_tree.home, "ru_home": site_tree.homes["ru"], "public": public, "private": private}


def user_in(group_name, username=None):
    user = get_user_model().objects.create_user(username or group_name.replace(" ", "-").lower(), "u@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def canaries_in(response, canaries):
    assert response.status_code == 200
    html = response.content.decode()
    return {canary for canary in canaries if canary in html}


@pytest.mark.parametrize("role", ROLES)
def test_page_chooser_browse_shows_only_what_the_role_may_see(client, pages, role):
    group, visible = ROLES[role]
    login_verified(client, user_in(group))
    seen = set()
    for parent in (pages["home"], pages["ru_home"]):
        seen |= canaries_in(client.get(reverse("wagtailadmin_choose_page_child", args=[parent.pk])), PAGE_CANARIES)
    if PRIVATE in visible:
        seen |= canaries_in(
            client.get(reverse("wagtailadmin_choose_page_child", args=[pages["private"].pk])), PAGE_CANARIES
        )
    assert seen == visible


@pytest.mark.parametrize("role", ROLES)
def test_page_chooser_search_shows_only_what_the_role_may_see(client, pages, role):
    group, visible = ROLES[role]
    login_verified(client, user_in(group))
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Canary"})
    assert canaries_in(response, PAGE_CANARIES) == visible


@pytest.mark.parametrize("role", ["Russian translator", "coordinator", "campaign moderator"])
def test_browsing_into_a_private_page_is_refused_to_roles_that_may_not_see_it(client, pages, role):
    login_verified(client, user_in(ROLES[role][0]))
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[pages["private"].pk]))
    # Wagtail answers a refused admin view by sending the user to the dashboard with a message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert PRIVATE not in response.content.decode()


def test_the_editor_may_browse_into_the_private_page_they_edit(client, pages):
    login_verified(client, user_in("Editors"))
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[pages["private"].pk]))
    assert canaries_in(response, PAGE_CANARIES) == {PRIVATE, UNDER_PRIVATE}


def test_superusers_see_every_page(client, pages):
    login_verified(client, get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Canary"})
    assert canaries_in(response, PAGE_CANARIES) == PAGE_CANARIES


# Documents and images


@pytest.fixture
def files(locales):
    """A public press collection and a private volunteers' collection, a document and an image in each."""
    root = Collection.get_first_root_node()
    press = root.add_child(name="Press")
    private = root.add_child(name="Volunteers")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    for collection in (press, private):
        wagtail_factories.DocumentFactory(title=f"Canary document in {collection.name}", collection=collection)
        wagtail_factories.ImageFactory(title=f"Canary image in {collection.name}", collection=collection)
    return {"press": press, "private": private}


FILE_CANARIES = {f"Canary {kind} in {name}" for kind in ("document", "image") for name in ("Press", "Volunteers")}
CHOOSER_URLS = [
    ("wagtaildocs_chooser:choose", {}),
    ("wagtaildocs_chooser:choose_results", {"q": "Canary"}),
    ("wagtailimages_chooser:choose", {}),
    ("wagtailimages_chooser:choose_results", {"q": "Canary"}),
]


def seen_files(client):
    seen = set()
    for name, query in CHOOSER_URLS:
        seen |= canaries_in(client.get(reverse(name), query), FILE_CANARIES)
    return seen


@pytest.mark.parametrize("role", ["Russian translator", "coordinator", "campaign moderator"])
def test_roles_without_collection_rights_see_no_documents_or_images(client, pages, files, role):
    login_verified(client, user_in(ROLES[role][0]))
    assert seen_files(client) == set()


@pytest.mark.parametrize("role", ["coordinator", "campaign moderator"])
def test_roles_without_collection_rights_cannot_pick_a_private_file_by_its_number(client, pages, files, role):
    login_verified(client, user_in(ROLES[role][0]))
    document = get_document_model().objects.get(collection=files["private"])
    image = get_image_model().objects.get(collection=files["private"])
    for url in (
        reverse("wagtaildocs_chooser:chosen", args=[document.pk]),
        reverse("wagtailimages_chooser:chosen", args=[image.pk]),
    ):
        response = client.get(url)
        # Refused: Wagtail sends the user to the dashboard, and the file's title is nowhere.
        assert (response.status_code, response["Location"]) == (302, "/admin/")
        assert "Canary" not in client.get(response["Location"]).content.decode()


def test_a_group_with_rights_on_one_collection_sees_only_that_collection(client, pages, files):
    group = Group.objects.create(name="Press team")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("choose_document", "choose_image"):
        GroupCollectionPermission.objects.create(
            group=group, collection=files["press"], permission=Permission.objects.get(codename=codename)
        )
    login_verified(client, user_in("Press team"))
    assert seen_files(client) == {"Canary document in Press", "Canary image in Press"}


def test_editors_keep_choosing_every_collection(client, pages, files):
    login_verified(client, user_in("Editors"))
    assert seen_files(client) == FILE_CANARIES
