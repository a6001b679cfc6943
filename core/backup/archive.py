"""Writing and restoring a site backup: one encrypted tar with the database, the media files and a manifest.

The tar holds ``database.pgdump`` or ``database.sqlite3``, every file of the media storage under
``media/``, and ``manifest.json`` (last): per-table row counts and content hashes, and the size
and sha256 of the dump and of every media file. A restore decrypts the whole archive into a
private staging folder and checks it against the manifest before it touches the database or
the media storage; a wrong key or a damaged archive therefore changes nothing.
"""

import datetime
import hashlib
import json
import os
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.files import File

from core.backup import database
from core.backup.crypto import ArchiveDamaged, DecryptingReader, EncryptingWriter

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
COPY_BLOCK = 1 << 20


class RestoreRefused(Exception):
    """The target is not empty, or not the kind of database the archive holds."""


class VerificationFailed(Exception):
    """What was restored differs from the manifest."""


@dataclass
class Totals:
    tables: int = 0
    rows: int = 0
    files: int = 0
    bytes: int = 0


class Progress:
    """Throttled progress lines (counts and sizes only: file names can name people)."""

    def __init__(self, write, interval=5.0):
        self.write, self.interval = write, interval
        self.last = 0.0

    def step(self, message):
        self.write(message)

    def tick(self, message, force=False):
        """``message`` if the last progress line is older than the interval (or ``force``)."""
        now = time.monotonic()
        if force or now - self.last >= self.interval:
            self.last = now
            self.write(message)


def megabytes(size):
    return f"{size / 1_000_000:.1f} MB"


def storage_files(storage, folder=""):
    """Every file name in a storage, recursively, in a stable order."""
    folders, files = storage.listdir(folder)
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for name in sorted(folders):
        yield from storage_files(storage, f"{folder}/{name}" if folder else name)


def storage_is_empty(storage):
    try:
        return next(storage_files(storage), None) is None
    except FileNotFoundError:
        return True


class HashingReader:
    """Reads a file while hashing what was read."""

    def __init__(self, file):
        self.file, self.sha256, self.size = file, hashlib.sha256(), 0

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data


def private_file(path):
    """Open ``path`` for writing, readable by its owner only, never replacing a file there."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def _add_file(tar, name, file, size):
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(time.time())
    reader = HashingReader(file)
    tar.addfile(info, reader)
    return {"size": reader.size, "sha256": reader.sha256.hexdigest()}


def create(path, secret, connection, storage, progress, work_dir=None):
    """Write the archive to ``path`` (through ``path.partial``, renamed when complete); its Totals."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    kind = database.engine(connection)
    totals = Totals()
    with tempfile.TemporaryDirectory(prefix="site-backup-", dir=work_dir) as staging:
        dump_path = Path(staging) / database.DUMP_NAMES[kind]
        progress.step(f"Dumping the {kind} database…")
        tables = database.dump(connection, dump_path)
        totals.tables, totals.rows = len(tables), sum(table["rows"] for table in tables.values())
        progress.step(f"  {totals.tables} tables, {totals.rows} rows, {megabytes(dump_path.stat().st_size)}")
        try:
            with private_file(partial) as raw:
                writer = EncryptingWriter(raw, secret)
                with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                    with dump_path.open("rb") as dump_file:
                        dump_entry = _add_file(tar, dump_path.name, dump_file, dump_path.stat().st_size)
                    dump_path.unlink()
                    media = _add_media(tar, storage, progress, totals)
                    manifest = {
                        "format": FORMAT,
                        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                        "engine": kind,
                        "database": {"file": dump_path.name, **dump_entry},
                        "tables": tables,
                        "media": media,
                    }
                    body = json.dumps(manifest, indent=1, sort_keys=True).encode()
                    info = tarfile.TarInfo(MANIFEST)
                    info.size, info.mode, info.mtime = len(body), 0o600, int(time.time())
                    tar.addfile(info, _BytesReader(body))
                writer.close()
                raw.flush()
                os.fsync(raw.fileno())
            partial.rename(path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return totals


class _BytesReader:
    def __init__(self, data):
        self.data, self.offset = data, 0

    def read(self, size=-1):
        end = len(self.data) if size < 0 else self.offset + size
        chunk, self.offset = self.data[self.offset : end], min(end, len(self.data))
        return chunk


def _add_media(tar, storage, progress, totals):
    progress.step("Adding the media files…")
    try:
        names = list(storage_files(storage))
    except FileNotFoundError:
        names = []
    media = {}
    for number, name in enumerate(names, start=1):
        size = storage.size(name)
        with storage.open(name, "rb") as file:
            media[name] = _add_file(tar, f"{MEDIA}/{name}", file, size)
        totals.files, totals.bytes = number, totals.bytes + size
        progress.tick(f"  {totals.files} of {len(names)} files, {megabytes(totals.bytes)}")
    progress.tick(f"  {totals.files} files, {megabytes(totals.bytes)}", force=True)
    return media


def _member_path(name):
    """The staged name of a tar member, or ArchiveDamaged for anything that could leave the folder."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ArchiveDamaged("The archive holds a file with an unsafe name.")
    if path.parts[0] == MEDIA and len(path.parts) > 1:
        return path
    if len(path.parts) == 1 and (name == MANIFEST or name in database.DUMP_NAMES.values()):
        return path
    raise ArchiveDamaged("The archive holds a file that a site backup does not have.")


def _stage(archive, secret, staging, progress):
    """Decrypt and unpack the archive into ``staging``; {member name: {"size", "sha256"}}."""
    seen = {}
    done = 0
    with open(archive, "rb") as raw:
        reader = DecryptingReader(raw, secret)
        try:
            with tarfile.open(fileobj=reader, mode="r|") as tar:
                for member in tar:
                    if not member.isfile():
                        raise ArchiveDamaged("The archive holds something other than plain files.")
                    relative = _member_path(member.name)
                    if member.name in seen:
                        raise ArchiveDamaged("The archive holds the same file twice.")
                    target = staging / relative
                    target.parent.mkdir(parents=True, exist_ok=True)
                    source = HashingReader(tar.extractfile(member))
                    with private_file(target) as out:
                        while block := source.read(COPY_BLOCK):
                            out.write(block)
                    seen[member.name] = {"size": source.size, "sha256": source.sha256.hexdigest()}
                    done += source.size
                    progress.tick(f"  {megabytes(done)} decrypted")
        except tarfile.TarError:
            raise ArchiveDamaged("The archive is damaged: its contents are not a readable tar.") from None
        # Reading to the end checks the last chunk (an archive cut off after the tar's end).
        reader.read()
    return seen


def _manifest(staging, seen):
    if MANIFEST not in seen:
        raise ArchiveDamaged("The archive has no manifest.")
    try:
        manifest = json.loads((staging / MANIFEST).read_text())
    except ValueError:
        raise ArchiveDamaged("The archive's manifest is not readable.") from None
    if manifest.get("format") != FORMAT:
        raise ArchiveDamaged("The archive was written by another version of the backup (unknown format).")
    return manifest


def _check_staged(manifest, seen, staging):
    """Every file in the archive is in the manifest with the same size and sha256, and the other way round."""
    expected = {f"{MEDIA}/{name}": entry for name, entry in manifest["media"].items()}
    expected[manifest["database"]["file"]] = {key: manifest["database"][key] for key in ("size", "sha256")}
    present = {name: entry for name, entry in seen.items() if name != MANIFEST}
    missing = sorted(set(expected) - set(present))
    extra = sorted(set(present) - set(expected))
    changed = sorted(name for name in set(expected) & set(present) if expected[name] != present[name])
    if missing or extra or changed:
        raise VerificationFailed(
            f"The archive does not match its manifest: {len(missing)} files missing, {len(extra)} not listed, "
            f"{len(changed)} with another checksum. Nothing was restored."
        )
    if manifest["engine"] == database.SQLITE:
        differing = _compare_tables(
            manifest["tables"], database.sqlite_file_summary(staging / database.DUMP_NAMES["sqlite"])
        )
        if differing:
            raise VerificationFailed(
                "The archive's database does not match its manifest (tables: "
                + ", ".join(differing)
                + "). Nothing was restored."
            )


def _compare_tables(expected, actual):
    """Names of the tables whose row count or content hash differ, or that are missing or extra."""
    return sorted(name for name in set(expected) | set(actual) if expected.get(name) != actual.get(name))


def check_target(connection, storage, replace):
    """RestoreRefused unless the database has no tables and the media storage no files (or ``replace``)."""
    if replace:
        return
    tables = database.table_names(connection)
    if tables:
        raise RestoreRefused(
            f"The target database is not empty ({len(tables)} tables). Restore into a new, empty database, "
            "or pass --replace to overwrite everything in it."
        )
    if not storage_is_empty(storage):
        raise RestoreRefused(
            "The media storage already holds files. Restore into an empty media folder, "
            "or pass --replace to overwrite files with the same names."
        )


def restore(archive, secret, connection, storage, progress, replace=False, work_dir=None, show_messages=False):
    """Restore an archive into an empty database and media storage, verified against its manifest; Totals."""
    kind = database.engine(connection)
    check_target(connection, storage, replace)
    totals = Totals()
    with tempfile.TemporaryDirectory(prefix="site-restore-", dir=work_dir) as folder:
        staging = Path(folder)
        progress.step("Decrypting and checking the archive…")
        seen = _stage(archive, secret, staging, progress)
        manifest = _manifest(staging, seen)
        if manifest["engine"] != kind:
            raise RestoreRefused(
                f"The archive holds a {manifest['engine']} database; the target is {kind}. "
                "Restore it into the same kind of database."
            )
        _check_staged(manifest, seen, staging)
        progress.step("  every file matches the manifest")

        progress.step(f"Restoring the {kind} database…")
        database.restore(connection, staging / manifest["database"]["file"], replace, show_messages)
        progress.step("Checking every table against the manifest…")
        differing = _compare_tables(manifest["tables"], database.summary(connection))
        if differing:
            raise VerificationFailed(
                "The restored database differs from the manifest (tables: "
                + ", ".join(differing)
                + "). It now holds what the archive held: empty it before another attempt. "
                "No media file was written."
            )
        totals.tables = len(manifest["tables"])
        totals.rows = sum(table["rows"] for table in manifest["tables"].values())

        progress.step("Restoring the media files…")
        names = sorted(manifest["media"])
        for number, name in enumerate(names, start=1):
            if replace and storage.exists(name):
                storage.delete(name)
            with open(staging / MEDIA / name, "rb") as file:
                stored = storage.save(name, File(file))
            if stored != name:
                raise VerificationFailed("The media storage changed a file name while restoring.")
            totals.files, totals.bytes = number, totals.bytes + manifest["media"][name]["size"]
            progress.tick(f"  {totals.files} of {len(names)} files, {megabytes(totals.bytes)}")
        _check_restored_media(storage, manifest["media"])
    return totals


def _check_restored_media(storage, expected):
    for name, entry in expected.items():
        digest = hashlib.sha256()
        with storage.open(name, "rb") as file:
            while block := file.read(COPY_BLOCK):
                digest.update(block)
        if digest.hexdigest() != entry["sha256"]:
            raise VerificationFailed("A media file differs from the manifest after it was written.")
