"""Clear reporters' contact details once a report has been moderated and the retention period has passed."""

from django.core.management.base import BaseCommand
from django.db import transaction

from campaigns.models import ReportStatus, SolidarityActionReport
from campaigns.models.reports import contact_retention_days


class Command(BaseCommand):
    help = (
        "Clear the contact details of reported actions moderated more than "
        "CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS days ago (default 90). Prints counts only, never contacts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be cleared without changing anything."
        )

    @transaction.atomic
    def handle(self, *args, dry_run=False, **options):
        due = SolidarityActionReport.objects.contacts_due_for_purge()
        count = due.count()
        if not dry_run and count:
            # update() on purpose: no save() signals, no log entries that could echo the old value.
            due.update(contact="")
        waiting = SolidarityActionReport.objects.filter(status=ReportStatus.PENDING).exclude(contact="").count()
        kept = SolidarityActionReport.objects.exclude(status=ReportStatus.PENDING).exclude(contact="").count()
        if dry_run:
            kept -= count
        verb = "Would clear" if dry_run else "Cleared"
        self.stdout.write(
            f"{verb} the contact details of {count} moderated report(s) "
            f"(retention: {contact_retention_days()} days after moderation)."
        )
        self.stdout.write(f"Kept: {kept} moderated report(s) still within the retention period.")
        self.stdout.write(f"Kept: {waiting} report(s) waiting for moderation.")
