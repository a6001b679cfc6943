"""Restore a backup archive into an empty database and media storage, checked against its manifest."""

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from core import backup


class Command(BaseCommand):
    help = (
        "Restore an archive written by `backup` (key or passphrase from BACKUP_KEY or BACKUP_PASSPHRASE) into "
        "an empty database and media storage, then check every table and file against its manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The archive written by `manage.py backup`.")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database alias to restore into.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Restore even if the database has tables or the media storage has files, overwriting them.",
        )
        parser.add_argument(
            "--work-dir",
            help="Where to decrypt the archive before it is restored (default: the system's temp folder); "
            "it needs as much free space as the archive.",
        )

    def handle(self, *args, archive, database, replace=False, work_dir=None, verbosity=1, **options):
        progress = backup.Progress(self.stdout.write if verbosity >= 1 else lambda message: None)
        try:
            secret = backup.secret_from_environment()
            totals = backup.restore(
                archive,
                secret,
                connections[database],
                default_storage,
                progress,
                replace=replace,
                work_dir=work_dir,
                show_messages=verbosity >= 3,
            )
        except FileNotFoundError:
            raise CommandError(f"There is no archive at {archive}.") from None
        except (backup.BackupKeyError, backup.ArchiveDamaged, backup.RestoreRefused) as error:
            raise CommandError(f"{error} Nothing was changed.") from None
        except (backup.DatabaseStepFailed, backup.VerificationFailed) as error:
            raise CommandError(str(error)) from None
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Restored {totals.tables} tables ({totals.rows} rows) and {totals.files} media files "
                    f"({backup.archive.megabytes(totals.bytes)}); every row count, content hash and checksum "
                    "matches the manifest."
                )
            )
