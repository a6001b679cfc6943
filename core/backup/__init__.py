"""Site backups: the database and the media files in one encrypted, verified archive (docs/operations.md)."""

from core.backup.archive import Progress, RestoreRefused, Totals, VerificationFailed, create, restore
from core.backup.crypto import ArchiveDamaged, BackupKeyError, secret_from_environment
from core.backup.database import DatabaseStepFailed

__all__ = [
    "ArchiveDamaged",
    "BackupKeyError",
    "DatabaseStepFailed",
    "Progress",
    "RestoreRefused",
    "Totals",
    "VerificationFailed",
    "create",
    "restore",
    "secret_from_environment",
]
