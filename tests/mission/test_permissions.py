"""Applications are read by Mission coordinators and superusers only, never by editors or translators."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from mission.models import ApplicationSubmission
from mission.permissions import COORDINATORS_GROUP
from tests.conftest import publish_translation
from tests.helpers import login_verified
from tests.mission.factories import HowToHelpPageFactory, application_form

pytestmark = pytest.mark.django_db

ANSWER = "Olena from Kharkiv"


@pytest.fixture
def forms(site_tree, locales):
    """The English form and its Russian copy, each with one application."""
    how_to_help = HowToHelpPageFactory(parent=site_tree.home)
    english = application_form(how_to_help, slug="join-the-mission", title="Join the Mission")
    publish_translation(how_to_help, locales["ru"])
    russian = publish_translation(english, locales["ru"])
    for page in (english, russian):
        ApplicationSubmission.objects.create(page=page, form_data={"your_name": ANSWER})
    return {"en": english, "ru": russian}


def admin_user(django_user_model, username, group_name, pages=(), permissions=("add", "change", "publish")):
    """A user in ``group_name`` that may enter the admin, with page permissions on ``pages``."""
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for page in pages:
        for action in permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=Permission.objects.get(codename=f"{action}_page")
            )
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "correct-horse-battery")
    user.groups.add(group)
    return user


@pytest.fixture
def coordinator(django_user_model):
    return admin_user(django_user_model, "coordinator", COORDINATORS_GROUP)


@pytest.fixture
def editor(django_user_model, site_tree):
    return admin_user(django_user_model, "editor", "Editors", pages=list(site_tree.homes.values()))


@pytest.fixture
def translator(django_user_model, site_tree):
    return admin_user(django_user_model, "translator", "Russian translators", pages=[site_tree.homes["ru"]])


def submissions_url(page, **query):
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


def assert_refused(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard and an error message."""
    assert (response.status_code, response.get("Location")) in {(403, None), (302, reverse("wagtailadmin_home"))}
    assert ANSWER not in response.content.decode()


def test_the_coordinators_group_exists_after_migrating():
    group = Group.objects.get(name=COORDINATORS_GROUP)
    assert group.permissions.filter(codename="access_admin").exists()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_coordinator_without_page_permissions_reads_and_exports_every_copy(client, forms, coordinator, language):
    login_verified(client, coordinator)
    page = forms[language]
    listing = client.get(submissions_url(page))
    assert listing.status_code == 200
    assert ANSWER in listing.content.decode()
    export = client.get(submissions_url(page, export="csv"))
    assert export.status_code == 200
    assert ANSWER in b"".join(export.streaming_content).decode()


def test_coordinator_finds_each_form_once_in_the_applications_list(client, forms, coordinator):
    login_verified(client, coordinator)
    response = client.get(reverse("mission_applications"))
    html = response.content.decode()
    assert response.status_code == 200
    assert submissions_url(forms["en"]) in html
    assert submissions_url(forms["ru"]) not in html


def test_coordinator_sees_applications_in_the_menu_and_not_the_forms_index_that_would_refuse(
    client, forms, coordinator
):
    login_verified(client, coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("mission_applications") in html
    assert reverse("wagtailforms:index") not in html


def test_superuser_reads_applications(client, forms, django_user_model):
    login_verified(client, django_user_model.objects.create_superuser("boss", "boss@example.org", "pw"))
    assert ANSWER in client.get(submissions_url(forms["ru"])).content.decode()


@pytest.mark.parametrize("who", ["editor", "translator"])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_editors_and_translators_are_refused_the_list_export_and_delete(client, forms, request, who, language):
    user = request.getfixturevalue(who)
    login_verified(client, user)
    page = forms[language]
    assert_refused(client.get(submissions_url(page)))
    assert_refused(client.get(submissions_url(page, export="xlsx")))
    assert_refused(client.get(reverse("wagtailforms:list_submissions_results", args=[page.pk])))
    submission = ApplicationSubmission.objects.get(page=page)
    delete = reverse("wagtailforms:delete_submissions", args=[page.pk])
    assert_refused(client.post(f"{delete}?selected-submissions={submission.pk}"))
    assert ApplicationSubmission.objects.filter(pk=submission.pk).exists()


def test_translator_can_edit_the_russian_form_but_sees_no_answers_there(client, forms, translator):
    login_verified(client, translator)
    assert forms["ru"].permissions_for_user(translator).can_edit()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[forms["ru"].pk]))
    assert response.status_code == 200
    assert ANSWER not in response.content.decode()
    assert submissions_url(forms["ru"]) not in response.content.decode()


@pytest.mark.parametrize("who", ["editor", "translator"])
def test_forms_index_and_applications_list_show_editors_and_translators_nothing(client, forms, request, who):
    login_verified(client, request.getfixturevalue(who))
    index = client.get(reverse("wagtailforms:index"), follow=True)
    for page in forms.values():
        assert submissions_url(page) not in index.content.decode()
    assert_refused(client.get(reverse("mission_applications")))


def test_inactive_coordinator_is_refused(client, forms, coordinator):
    from mission.permissions import can_see_applications

    coordinator.is_active = False
    assert not can_see_applications(coordinator)
