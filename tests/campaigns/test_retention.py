"""Reporters' contacts are purged after the retention period whatever the report's state.

Moderated reports count from moderation; reports that nobody moderated count from the day
they arrived, so a forgotten moderation queue does not keep contacts for ever.
"""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from campaigns.models import ReportStatus, SolidarityActionReport
from tests.campaigns.factories import SolidarityActionReportFactory

CONTACT = "+375 29 000 00 00, reporter@example.org"
DAYS = 90


def age(report, received_days_ago, moderated_days_ago=None):
    """Set when ``report`` arrived and (for moderated ones) when it was moderated."""
    now = timezone.now()
    fields = {"created_at": now - datetime.timedelta(days=received_days_ago)}
    if moderated_days_ago is not None:
        fields["moderated_at"] = now - datetime.timedelta(days=moderated_days_ago)
    SolidarityActionReport.objects.filter(pk=report.pk).update(**fields)


@pytest.fixture
def reports(campaign_tree):
    """Reports of each state, just inside and just outside the retention period."""
    page = campaign_tree.years[2015]

    def report(status, received, moderated=None):
        made = SolidarityActionReportFactory(year_page=page, contact=CONTACT, status=status)
        age(made, received, moderated)
        return made

    return {
        "pending_old": report(ReportStatus.PENDING, DAYS + 1),
        "pending_very_old": report(ReportStatus.PENDING, 3 * DAYS),
        "pending_recent": report(ReportStatus.PENDING, DAYS - 1),
        "approved_old": report(ReportStatus.APPROVED, 2 * DAYS, DAYS + 1),
        # Received long ago but moderated recently: the clock starts at moderation.
        "approved_recent": report(ReportStatus.APPROVED, 2 * DAYS, DAYS - 1),
        "rejected_old": report(ReportStatus.REJECTED, 2 * DAYS, DAYS + 1),
        "rejected_recent": report(ReportStatus.REJECTED, DAYS - 2, DAYS - 3),
    }


def contact_of(report):
    return SolidarityActionReport.objects.get(pk=report.pk).contact


def run(*args):
    out = StringIO()
    call_command("purge_report_contacts", *args, stdout=out)
    return out.getvalue()


@override_settings(CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS=DAYS)
def test_each_state_is_purged_after_the_retention_period_and_kept_within_it(reports):
    output = run()
    cleared = {name for name, report in reports.items() if contact_of(report) == ""}
    assert cleared == {"pending_old", "pending_very_old", "approved_old", "rejected_old"}
    assert "Cleared the contact details of 2 moderated report(s)" in output
    assert "Cleared the contact details of 2 report(s) never moderated (retention: 90 days after they arrived)" in (
        output
    )
    assert "Kept: 2 moderated report(s) still within the retention period." in output
    assert "Kept: 1 report(s) waiting for moderation." in output
    assert CONTACT not in output


@override_settings(CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS=DAYS)
def test_purged_unmoderated_reports_stay_in_the_queue_without_their_contact(reports):
    run()
    report = SolidarityActionReport.objects.get(pk=reports["pending_old"].pk)
    assert report.status == ReportStatus.PENDING
    assert report.moderated_at is None
    assert report.contact == ""
    assert report.description


@override_settings(CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS=DAYS)
def test_dry_run_counts_unmoderated_reports_without_clearing_them(reports):
    output = run("--dry-run")
    assert "Would clear the contact details of 2 report(s) never moderated" in output
    assert "Kept: 1 report(s) waiting for moderation." in output
    assert all(contact_of(report) == CONTACT for report in reports.values())


@override_settings(CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS=DAYS - 10)
def test_shorter_retention_period_purges_recent_unmoderated_reports_too(reports):
    output = run()
    assert contact_of(reports["pending_recent"]) == ""
    assert "Kept: 0 report(s) waiting for moderation." in output


@override_settings(CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS=DAYS)
def test_a_second_run_clears_nothing_more(reports):
    run()
    output = run()
    assert "Cleared the contact details of 0 moderated report(s)" in output
    assert "Cleared the contact details of 0 report(s) never moderated" in output
