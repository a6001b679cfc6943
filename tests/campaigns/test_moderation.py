"""The moderation queue in the admin: who may see it, counts, filters, approve and reject, and contacts."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from campaigns.models import ReportStatus, SolidarityActionReport
from tests.campaigns.factories import SolidarityActionReportFactory
from tests.helpers import login_verified

CONTACT = "secret-reporter@example.org"
INDEX_URL = "/admin/campaign-reports/"


def make_user(django_user_model, username, *, groups=(), permissions=()):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "password")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    for codename in permissions:
        app_label, codename = codename.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return user


@pytest.fixture
def reports(campaign_tree):
    page_2014, page_2015 = campaign_tree.years[2014], campaign_tree.years[2015]
    return {
        "pending": SolidarityActionReportFactory(
            year_page=page_2015, country="UA", city="Kharkiv", status=ReportStatus.PENDING, contact=CONTACT
        ),
        "approved": SolidarityActionReportFactory(year_page=page_2015, country="PL", city="Warsaw"),
        "rejected": SolidarityActionReportFactory(
            year_page=page_2014, country="PL", city="Gdansk", status=ReportStatus.REJECTED
        ),
    }


@pytest.fixture
def moderator(django_user_model):
    return make_user(django_user_model, "moderator", groups=["Campaign moderators"])


@pytest.fixture
def translator(django_user_model):
    group = Group.objects.create(name="Translators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    return make_user(django_user_model, "translator", groups=["Translators"])


def test_moderators_group_may_moderate_and_see_contacts_but_not_edit_pages(db):
    codenames = set(Group.objects.get(name="Campaign moderators").permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "change_solidarityactionreport",
        "delete_solidarityactionreport",
        "view_reporter_contact",
    } <= codenames
    assert Group.objects.get(name="Campaign moderators").page_permissions.count() == 0


def test_queue_lists_reports_with_counts_per_status_and_no_contacts(client, moderator, reports):
    login_verified(client, moderator)
    assert "Reported actions" in client.get("/admin/").content.decode()
    response = client.get(INDEX_URL)
    assert response.status_code == 200
    content = response.content.decode()
    for status, label in (("pending", "Waiting for moderation"), ("approved", "Approved"), ("rejected", "Rejected")):
        assert f'data-status="{status}">{label}: <strong>1</strong>' in content
    assert "Kharkiv" in content and "Warsaw" in content
    assert CONTACT not in content


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ({"status": "pending"}, "Kharkiv", "Warsaw"),
        ({"country": "PL"}, "Warsaw", "Kharkiv"),
        ({"year": "2014"}, "Gdansk", "Warsaw"),
    ],
)
def test_queue_filters_by_status_country_and_year(client, moderator, reports, query, shown, hidden):
    login_verified(client, moderator)
    content = client.get(INDEX_URL, query).content.decode()
    assert shown in content
    assert hidden not in content


def test_counts_follow_the_year_filter(client, moderator, reports):
    login_verified(client, moderator)
    content = client.get(INDEX_URL, {"year": "2015"}).content.decode()
    assert 'data-status="rejected">Rejected: <strong>0</strong>' in content
    assert 'data-status="approved">Approved: <strong>1</strong>' in content


def test_moderator_approves_a_report_after_confirming(client, moderator, reports):
    login_verified(client, moderator)
    report = reports["pending"]
    url = reverse("campaign_reports:approve", args=[report.pk])
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Yes, approve" in confirm.content.decode()
    report.refresh_from_db()
    assert report.status == ReportStatus.PENDING  # a GET changes nothing

    response = client.post(url)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.APPROVED
    assert report.moderated_at is not None
    entry = ModelLogEntry.objects.get(action="campaigns.report_approved")
    assert CONTACT not in entry.label and CONTACT not in str(entry.data)


def test_moderator_rejects_a_report(client, moderator, reports):
    login_verified(client, moderator)
    report = reports["approved"]
    client.post(reverse("campaign_reports:reject", args=[report.pk]))
    report.refresh_from_db()
    assert report.status == ReportStatus.REJECTED


def test_moderator_edits_a_report_and_sees_the_contact(client, moderator, reports):
    login_verified(client, moderator)
    report = reports["pending"]
    url = reverse("campaign_reports:edit", args=[report.pk])
    assert CONTACT in client.get(url).content.decode()
    data = {
        "status": "approved",
        "country": "UA",
        "city": "Kharkiv (centre)",
        "date": "2015-08-04",
        "action_type": "street",
        "description": "Edited by the moderator.",
        "link": "",
        "language": "uk",
        "contact": CONTACT,
    }
    response = client.post(url, data)
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.city, report.status, report.language) == ("Kharkiv (centre)", ReportStatus.APPROVED, "uk")
    assert report.moderated_at is not None
    entries = ModelLogEntry.objects.filter(object_id=str(report.pk))
    assert entries.exists()
    assert all(CONTACT not in entry.label and CONTACT not in str(entry.data) for entry in entries)
    history = client.get(reverse("campaign_reports:history", args=[report.pk]))
    assert history.status_code == 200
    assert CONTACT not in history.content.decode()


@pytest.mark.parametrize("who", ["translator", "editor"])
def test_translators_and_editors_cannot_open_the_queue(client, django_user_model, translator, reports, who):
    user = translator if who == "translator" else make_user(django_user_model, "editor", groups=["Editors"])
    login_verified(client, user)
    response = client.get(INDEX_URL)
    assert response.status_code in (302, 403)
    assert CONTACT not in response.content.decode()
    edit = client.get(reverse("campaign_reports:edit", args=[reports["pending"].pk]))
    assert CONTACT not in edit.content.decode()
    assert "Reported actions" not in client.get("/admin/").content.decode()


def test_someone_allowed_to_edit_reports_without_the_contact_permission_never_sees_contacts(
    client, django_user_model, reports
):
    editor = make_user(
        django_user_model,
        "report-editor",
        groups=["Editors"],
        permissions=["campaigns.change_solidarityactionreport"],
    )
    login_verified(client, editor)
    url = reverse("campaign_reports:edit", args=[reports["pending"].pk])
    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert CONTACT not in content
    assert 'name="contact"' not in content
    # Saving the form without the field keeps the contact as it was.
    client.post(
        url,
        {
            "status": "pending",
            "country": "UA",
            "city": "Kharkiv",
            "date": "2015-08-04",
            "action_type": "street",
            "description": "Still pending.",
            "link": "",
            "language": "en",
        },
    )
    assert SolidarityActionReport.objects.get(pk=reports["pending"].pk).contact == CONTACT


def test_queue_has_no_add_button_because_reports_come_from_the_public_form(client, moderator, reports):
    login_verified(client, moderator)
    content = client.get(INDEX_URL).content.decode()
    assert "/admin/campaign-reports/new/" not in content
