# ruff: noqa: F811  (the fixtures imported from test_permissions are used as arguments)
"""One "Applications" menu: one list per form across its languages, with a language column, filter and export."""

import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from mission.models import ApplicationSubmission
from tests.helpers import login_verified
from tests.mission.test_permissions import coordinator, forms, translator  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db


@pytest.fixture
def answers(forms):
    """One answer through each language copy, told apart by the name."""
    ApplicationSubmission.objects.all().delete()
    ApplicationSubmission.objects.create(page=forms["en"], form_data={"your_name": "Sent in English"})
    ApplicationSubmission.objects.create(page=forms["ru"], form_data={"your_name": "Sent in Russian"})
    return forms


@pytest.fixture
def coordinator_client(client, coordinator):
    login_verified(client, coordinator)
    return client


def list_url(page):
    return reverse("wagtailforms:list_submissions", args=[page.pk])


def test_applications_list_shows_one_row_per_form_with_its_languages_and_total(coordinator_client, answers):
    html = coordinator_client.get(reverse("mission_applications")).content.decode()
    assert html.count(list_url(answers["en"])) == 1
    assert list_url(answers["ru"]) not in html
    assert "English, Русский" in html
    assert re.search(r"<td[^>]*>\s*2\s*</td>", html)


def test_one_list_holds_the_answers_of_every_language_copy_with_their_language(coordinator_client, answers):
    html = coordinator_client.get(list_url(answers["en"])).content.decode()
    assert "Sent in English" in html
    assert "Sent in Russian" in html
    assert re.search(r"<td>\s*Русский\s*</td>", html)
    assert re.search(r"<td>\s*English\s*</td>", html)


def test_language_filter_keeps_only_that_languages_answers(coordinator_client, answers):
    html = coordinator_client.get(list_url(answers["en"]), {"language": "ru"}).content.decode()
    assert "Sent in Russian" in html
    assert "Sent in English" not in html


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_export_has_every_language_and_a_language_column(coordinator_client, answers, export_format):
    response = coordinator_client.get(list_url(answers["en"]), {"export": export_format})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        text = content.decode()
        header = text.splitlines()[0]
        assert header.startswith("Submission date,Language,")
        assert "Sent in English" in text and "Sent in Russian" in text
        assert ",Русский," in text
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert rows[0][:2] == ["Submission date", "Language"]
        assert {row[1] for row in rows[1:]} == {"English", "Русский"}


def test_export_of_a_filtered_list_keeps_the_filter(coordinator_client, answers):
    response = coordinator_client.get(list_url(answers["en"]), {"export": "csv", "language": "en"})
    text = b"".join(response.streaming_content).decode()
    assert "Sent in English" in text
    assert "Sent in Russian" not in text


def test_deleting_ticked_answers_from_the_one_list_deletes_them_whichever_copy(coordinator_client, answers):
    russian = ApplicationSubmission.objects.get(page=answers["ru"])
    delete = reverse("wagtailforms:delete_submissions", args=[answers["en"].pk])
    response = coordinator_client.post(f"{delete}?selected-submissions={russian.pk}")
    assert response.status_code == 302
    assert not ApplicationSubmission.objects.filter(pk=russian.pk).exists()
    assert ApplicationSubmission.objects.filter(page=answers["en"]).exists()


def test_forms_menu_is_gone_and_its_address_leads_to_applications(coordinator_client, answers):
    home = coordinator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"name": "forms"' not in home and '"name":"forms"' not in home
    response = coordinator_client.get("/admin/forms/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mission_applications")


def test_superuser_with_page_rights_sees_no_forms_menu_either(client, answers, django_user_model):
    login_verified(client, django_user_model.objects.create_superuser("boss", "boss@example.org", "pw"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("mission_applications") in html
    assert '"name": "forms"' not in html


def test_translator_cannot_open_the_applications_list_filter_or_export(client, answers, translator):
    login_verified(client, translator)
    for url, query in [
        (reverse("mission_applications"), {}),
        (list_url(answers["ru"]), {"language": "ru"}),
        (list_url(answers["en"]), {"export": "csv"}),
    ]:
        response = client.get(url, query)
        assert response.status_code in (302, 403)
        assert "Sent in" not in response.content.decode()
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("mission_applications") not in html


def test_groups_screen_says_what_each_group_is_for(client, django_user_model, site_tree):
    login_verified(client, django_user_model.objects.create_superuser("boss", "boss@example.org", "pw"))
    Group.objects.get_or_create(name="Campaign moderators")
    html = client.get(reverse("wagtailusers_groups:index")).content.decode()
    assert "Read and export the applications sent through the Mission" in html
    assert "Approve or reject the solidarity actions" in html
    assert "approves pages sent for moderation" in html
    assert "Translate pages and snippets into Русский" in html
    assert "Write and publish pages in English" in html
