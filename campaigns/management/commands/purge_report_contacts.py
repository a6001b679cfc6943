"""Clear reporters' contact details once the retention period has passed.

The period runs from moderation for moderated reports and from submission for reports that
nobody moderated, so that a forgotten queue does not keep contacts for ever.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from campaigns.models import ReportStatus, SolidarityActionReport
from campaigns.models.reports import contact_retention_days


def unmoderated_contacts_due_for_purge(now=None):
    """Reports still waiting for moderation that were received before the retention period and hold a contact."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=contact_retention_days())
    return SolidarityActionReport.objects.filter(status=ReportStatus.PENDING, created_at__lte=cutoff).exclude(
        contact=""
    )


class Command(BaseCommand):
    help = (
        "Clear the contact details of reported actions moderated more than "
        "CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS days ago (default 90), and of reports never moderated "
        "that arrived more than that many days ago. Prints counts only, never contacts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be cleared without changing anything."
        )

    @transaction.atomic
    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        moderated = SolidarityActionReport.objects.contacts_due_for_purge(now=now)
        unmoderated = unmoderated_contacts_due_for_purge(now=now)
        moderated_count = moderated.count()
        unmoderated_count = unmoderated.count()
        if not dry_run:
            # update() on purpose: no save() signals, no log entries that could echo the old value.
            # Nor does it touch moderated_at, which save() would set.
            moderated.update(contact="")
            unmoderated.update(contact="")
        waiting = SolidarityActionReport.objects.filter(status=ReportStatus.PENDING).exclude(contact="").count()
        kept = SolidarityActionReport.objects.exclude(status=ReportStatus.PENDING).exclude(contact="").count()
        if dry_run:
            kept -= moderated_count
            waiting -= unmoderated_count
        days = contact_retention_days()
        verb = "Would clear" if dry_run else "Cleared"
        self.stdout.write(
            f"{verb} the contact details of {moderated_count} moderated report(s) "
            f"(retention: {days} days after moderation)."
        )
        self.stdout.write(
            f"{verb} the contact details of {unmoderated_count} report(s) never moderated "
            f"(retention: {days} days after they arrived)."
        )
        self.stdout.write(f"Kept: {kept} moderated report(s) still within the retention period.")
        self.stdout.write(f"Kept: {waiting} report(s) waiting for moderation.")
