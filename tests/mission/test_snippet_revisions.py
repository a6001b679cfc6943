"""Contact and directory snippets keep revisions: the history says who changed a number, when, and from what."""

import importlib

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, Revision, RevisionMixin

from core.demo_tools import T, translate
from core.models import ContactEmail, FooterText, SocialAccount
from mission.models import CommitteeMember, ContactPhone, InformationCentre
from tests.helpers import login_verified
from tests.mission.factories import ContactPhoneFactory

pytestmark = pytest.mark.django_db

OLD_NUMBER = "+375 29 111-11-11"
NEW_NUMBER = "+375 29 222-22-22"


@pytest.fixture
def editor(django_user_model, locales):
    """An editor who may add and change phone numbers, and nothing else in the snippets."""
    group = Group.objects.create(name="Directory editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_contactphone"),
        Permission.objects.get(codename="change_contactphone"),
    )
    user = django_user_model.objects.create_user(
        "olena", "olena@example.org", "pw", first_name="Olena", last_name="Editor"
    )
    user.groups.add(group)
    return user


@pytest.fixture
def editor_client(client, editor):
    login_verified(client, editor)
    return client


def shows_change_of_number(response):
    """The comparison view marks the old digits as removed and the new ones as added."""
    assert response.status_code == 200
    html = response.content.decode()
    return '+375 29 <span class="deletion">111-11-11</span><span class="addition">222-22-22</span>' in html


def phone_form(number, carrier="MTS"):
    return {"country": "BY", "carrier": carrier, "number": number, "note": ""}


@pytest.mark.parametrize(
    "model", [ContactPhone, InformationCentre, CommitteeMember, ContactEmail, FooterText, SocialAccount]
)
def test_contact_and_directory_snippets_keep_revisions_without_drafts(model):
    assert issubclass(model, RevisionMixin)
    # Drafts would hide a changed number from the public until someone publishes it.
    assert not hasattr(model, "live")


def test_editor_changes_a_number_and_the_history_shows_who_when_and_what_it_was(editor_client, editor):
    add_url = reverse("wagtailsnippets_mission_contactphone:add") + "?locale=en"
    response = editor_client.post(add_url, phone_form(OLD_NUMBER))
    assert response.status_code == 302, response.content.decode()[:2000]
    phone = ContactPhone.objects.get(number=OLD_NUMBER)

    before_edit = timezone.now()
    edit_url = reverse("wagtailsnippets_mission_contactphone:edit", args=[phone.pk])
    response = editor_client.post(edit_url, phone_form(NEW_NUMBER))
    assert response.status_code == 302, response.content.decode()[:2000]
    phone.refresh_from_db()
    assert phone.number == NEW_NUMBER

    revisions = list(Revision.objects.for_instance(phone).order_by("created_at", "pk"))
    assert [revision.content["number"] for revision in revisions] == [OLD_NUMBER, NEW_NUMBER]
    assert {revision.user for revision in revisions} == {editor}
    assert revisions[-1].created_at >= before_edit
    assert phone.latest_revision == revisions[-1]

    history = editor_client.get(reverse("wagtailsnippets_mission_contactphone:history", args=[phone.pk]))
    assert history.status_code == 200
    html = history.content.decode()
    assert "Olena Editor" in html
    assert "Edited" in html
    assert "Created" in html
    # Both entries with their time, the edit linked to a comparison with the version before it.
    entries = list(ModelLogEntry.objects.for_instance(phone).order_by("timestamp", "pk"))
    assert [(entry.action, entry.user, entry.revision) for entry in entries] == [
        ("wagtail.create", editor, revisions[0]),
        ("wagtail.edit", editor, revisions[1]),
    ]
    for entry in entries:
        assert f'datetime="{timezone.localtime(entry.timestamp).isoformat()}"' in html
    history_url = reverse("wagtailsnippets_mission_contactphone:history", args=[phone.pk])
    assert f'href="{history_url}revisions/compare/{revisions[0].pk}...{revisions[1].pk}/"' in html
    assert f'href="{history_url}revisions/{revisions[0].pk}/revert/"' in html


def test_the_comparison_shows_the_old_and_the_new_number(editor_client):
    editor_client.post(reverse("wagtailsnippets_mission_contactphone:add") + "?locale=en", phone_form(OLD_NUMBER))
    phone = ContactPhone.objects.get(number=OLD_NUMBER)
    editor_client.post(reverse("wagtailsnippets_mission_contactphone:edit", args=[phone.pk]), phone_form(NEW_NUMBER))
    old, new = Revision.objects.for_instance(phone).order_by("created_at", "pk")

    response = editor_client.get(
        reverse("wagtailsnippets_mission_contactphone:revisions_compare", args=[phone.pk, old.pk, new.pk])
    )
    assert shows_change_of_number(response)


def test_a_translated_phone_keeps_its_own_revisions_and_still_shows_translated(client, site_tree):
    phone = ContactPhoneFactory(carrier="Life", number=OLD_NUMBER)
    phone.save_revision()

    russian = translate(phone, "ru", [T("Life", ru="Лайф")])

    assert russian.carrier == "Лайф"
    assert russian.number == OLD_NUMBER
    assert Revision.objects.for_instance(russian).get().content["carrier"] == "Лайф"


def test_the_migration_gives_existing_rows_a_first_revision_so_their_first_change_keeps_the_old_value(
    editor_client, editor
):
    # Rows made before revisions existed have none, as the factory makes them.
    phone = ContactPhoneFactory(number=OLD_NUMBER)
    assert not Revision.objects.for_instance(phone).exists()
    # Run the migration's function with the models as the migration sees them (historical ones).
    migration = importlib.import_module("mission.migrations.0003_snippet_revisions")
    state = MigrationLoader(connection).project_state(("mission", "0003_snippet_revisions"))
    migration.record_current_versions(state.apps, None)

    [first] = Revision.objects.for_instance(phone)
    assert first.as_object().number == OLD_NUMBER
    assert first.object_str == f"{OLD_NUMBER} (MTS)"
    editor_client.post(reverse("wagtailsnippets_mission_contactphone:edit", args=[phone.pk]), phone_form(NEW_NUMBER))
    old, new = Revision.objects.for_instance(phone).order_by("created_at", "pk")
    assert (old.content["number"], new.content["number"]) == (OLD_NUMBER, NEW_NUMBER)
    response = editor_client.get(
        reverse("wagtailsnippets_mission_contactphone:revisions_compare", args=[phone.pk, old.pk, new.pk])
    )
    assert shows_change_of_number(response)
