"""Write the database and the media files into one encrypted archive with a manifest (docs/operations.md)."""

import datetime
from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from core import backup


class Command(BaseCommand):
    help = (
        "Back up the database and every media file into one archive encrypted with BACKUP_KEY or "
        "BACKUP_PASSPHRASE. The archive holds personal data: keep it, and the key, safe and apart."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The archive to write, or a folder to write site-<UTC time>.tar.enc into.")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database alias to back up.")
        parser.add_argument(
            "--work-dir",
            help="Where to keep the database dump while the archive is written (default: the system's temp folder).",
        )

    def handle(self, *args, path, database, work_dir=None, verbosity=1, **options):
        target = Path(path)
        if target.is_dir():
            stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%SZ")
            target = target / f"site-{stamp}.tar.enc"
        if target.exists():
            raise CommandError(f"{target} exists already; an archive is never overwritten.")
        progress = backup.Progress(self.stdout.write if verbosity >= 1 else lambda message: None)
        try:
            secret = backup.secret_from_environment(for_writing=True)
            totals = backup.create(target, secret, connections[database], default_storage, progress, work_dir)
        except (backup.BackupKeyError, backup.DatabaseStepFailed) as error:
            raise CommandError(str(error)) from None
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Backup written to {target}: {totals.tables} tables, {totals.rows} rows, "
                    f"{totals.files} media files ({backup.archive.megabytes(totals.bytes)})."
                )
            )
