"""Delete form submissions older than their form's retention period. The worker runs it daily (WORKER_SCHEDULE)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page


class Command(BaseCommand):
    help = (
        "Delete form submissions older than each form's retention period (retention_days), "
        "in every language, and report how many were deleted per form."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be deleted, delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        total = 0
        forms = (
            Page.objects.filter(content_type__in=get_form_types()).select_related("locale").order_by("path").specific()
        )
        for form in forms:
            days = getattr(form, "retention_days", None)
            if not days:
                continue  # forms without a retention period keep their submissions
            old = form.get_submissions().filter(submit_time__lt=now - timedelta(days=days))
            with transaction.atomic():
                count = old.count() if dry_run else old.delete()[0]
            total += count
            verb = "would be deleted" if dry_run else "deleted"
            self.stdout.write(
                f"{form.title} [{form.locale.language_code}, id {form.pk}]: {count} {verb} (kept {days} days)"
            )
        self.stdout.write(f"In all: {total} {'would be deleted' if dry_run else 'deleted'}.")
