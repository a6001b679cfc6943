"""manage.py purge_report_contacts: contacts are kept only until moderation plus the retention period."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from campaigns.models import ReportStatus, SolidarityActionReport
from tests.campaigns.factories import SolidarityActionReportFactory

CONTACT = "someone@example.org"


def moderated_days_ago(report, days):
    SolidarityActionReport.objects.filter(pk=report.pk).update(
        moderated_at=timezone.now() - datetime.timedelta(days=days)
    )


@pytest.fixture
def reports(campaign_tree):
    page = campaign_tree.years[2015]
    old_approved = SolidarityActionReportFactory(year_page=page, contact=CONTACT)
    old_rejected = SolidarityActionReportFactory(year_page=page, contact=CONTACT, status=ReportStatus.REJECTED)
    recent = SolidarityActionReportFactory(year_page=page, contact=CONTACT)
    pending = SolidarityActionReportFactory(year_page=page, contact=CONTACT, status=ReportStatus.PENDING)
    moderated_days_ago(old_approved, 91)
    moderated_days_ago(old_rejected, 200)
    moderated_days_ago(recent, 89)
    return {"old_approved": old_approved, "old_rejected": old_rejected, "recent": recent, "pending": pending}


def contact_of(report):
    return SolidarityActionReport.objects.get(pk=report.pk).contact


def run(*args):
    out = StringIO()
    call_command("purge_report_contacts", *args, stdout=out)
    return out.getvalue()


def test_purge_clears_contacts_moderated_before_the_retention_period(reports):
    output = run()
    assert contact_of(reports["old_approved"]) == ""
    assert contact_of(reports["old_rejected"]) == ""
    assert contact_of(reports["recent"]) == CONTACT
    assert contact_of(reports["pending"]) == CONTACT
    assert "Cleared the contact details of 2 moderated report(s)" in output
    assert "Kept: 1 moderated report(s) still within the retention period." in output
    assert "Kept: 1 report(s) waiting for moderation." in output


def test_purge_never_prints_a_contact(reports):
    assert CONTACT not in run()


def test_purge_keeps_the_reports_themselves(reports):
    run()
    assert SolidarityActionReport.objects.count() == 4


def test_dry_run_changes_nothing(reports):
    output = run("--dry-run")
    assert "Would clear the contact details of 2 moderated report(s)" in output
    assert contact_of(reports["old_approved"]) == CONTACT


@override_settings(CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS=30)
def test_retention_period_comes_from_the_setting(reports):
    run()
    assert contact_of(reports["recent"]) == ""


def test_moderation_time_is_recorded_and_cleared_when_a_report_goes_back_to_pending(reports):
    report = reports["pending"]
    assert report.moderated_at is None
    report.status = ReportStatus.APPROVED
    report.save()
    assert report.moderated_at is not None
    report.status = ReportStatus.PENDING
    report.save()
    assert report.moderated_at is None
