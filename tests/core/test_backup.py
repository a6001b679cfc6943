"""`manage.py backup` and `restore` round-trip the demo site on SQLite and on PostgreSQL.

Each engine's site is built once (migrate, the demo, private pages and documents) in separate
``manage.py`` processes with their own database and media folder, backed up, and restored into
a new, empty database and media folder; the tests then compare the two sites directly (every
row of every table, every media file, every page as a visitor gets it), not through the code
under test. PostgreSQL is a cluster of the tests' own (tests/integration/servers.py), never the
shared server.
"""

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from core.backup.crypto import PASSPHRASE, DecryptingReader, EncryptingWriter, Secret
from tests.core.backup_site import CANARIES
from tests.integration.servers import PG_BIN, ROOT, PostgresServer, site_environment

PASSPHRASE_VALUE = "correct horse battery staple, twice"
WRONG_PASSPHRASE = "incorrect horse battery staple, twice"


@dataclass
class Site:
    """A site in its own database and media folder, reached through manage.py processes."""

    engine: str
    url: str
    media: Path

    def env(self, passphrase=PASSPHRASE_VALUE):
        env = site_environment(self.url, 8000)
        env.update({"TEST_MEDIA_ROOT": str(self.media), "BACKUP_PASSPHRASE": passphrase})
        return env

    def manage(self, *arguments, passphrase=PASSPHRASE_VALUE):
        """The finished process (never raising: the failures are what some tests look at)."""
        return subprocess.run(  # noqa: S603 (this interpreter and manage.py)
            [sys.executable, "manage.py", *arguments],
            env=self.env(passphrase),
            cwd=ROOT,
            capture_output=True,
            text=True,
        )

    def shell(self, code):
        """The JSON value that ``code`` prints last, run in ``manage.py shell``."""
        result = self.manage("shell", "-c", code)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    def visit(self, extra_paths):
        return self.shell(
            f"import json; from tests.core.backup_site import visit; print(json.dumps(visit({list(extra_paths)!r})))"
        )

    def rows(self):
        """{table: sorted rows}, read with the database's own driver."""
        if self.engine == "sqlite":
            with sqlite3.connect(self.url.removeprefix("sqlite:///")) as connection:
                names = [
                    name
                    for (name,) in connection.execute(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    )
                ]
                return {
                    name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)  # noqa: S608
                    for name in names
                }
        with psycopg.connect(self.url) as connection:
            names = [
                name
                for (name,) in connection.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                )
            ]
            return {name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}  # noqa: S608

    def media_files(self):
        """{relative path: sha256} of every file in the media folder."""
        return {
            str(path.relative_to(self.media)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(self.media.rglob("*"))
            if path.is_file()
        }

    def tables(self):
        return set(self.rows())


class Databases:
    """New, empty databases of one engine."""

    def __init__(self, engine, folder):
        self.engine, self.folder = engine, folder
        self.server = None
        if engine == "postgresql":
            if not (PG_BIN / "pg_ctl").exists():
                pytest.fail(f"PostgreSQL 15 is not installed at {PG_BIN}; the backup tests need it (see .ci/run)")
            self.server = PostgresServer()
            self.server.init()
            self.server.start()

    def new_site(self, name):
        media = self.folder / f"{name}-media"
        if self.engine == "sqlite":
            return Site("sqlite", f"sqlite:///{self.folder / name}.sqlite3", media)
        with psycopg.connect(self.server.url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return Site("postgresql", self.server.url.rsplit("/", 1)[0] + f"/{name}", media)

    def close(self):
        if self.server is not None:
            self.server.remove()


@dataclass
class RoundTrip:
    databases: Databases
    source: Site
    restored: Site
    archive: Path
    paths: dict
    source_rows: dict
    source_media: dict
    source_visit: dict
    backup_output: subprocess.CompletedProcess
    restore_output: subprocess.CompletedProcess


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def round_trip(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"backup-{request.param}")
    databases = Databases(request.param, folder)
    try:
        source = databases.new_site("source")
        for arguments in (("migrate", "--noinput", "-v0"), ("load_demo_data", "--no-admin")):
            result = source.manage(*arguments)
            assert result.returncode == 0, result.stderr
        paths = source.shell(
            "import json; from tests.core.backup_site import add_private_content; "
            "print(json.dumps(add_private_content()))"
        )
        # Visited before the backup, so that the renditions the pages use are in it.
        source_visit = source.visit(paths.values())
        archive = folder / "site.tar.enc"
        backup_output = source.manage("backup", str(archive))
        assert backup_output.returncode == 0, backup_output.stderr
        restored = databases.new_site("restored")
        restore_output = restored.manage("restore", str(archive))
        assert restore_output.returncode == 0, restore_output.stderr
        yield RoundTrip(
            databases=databases,
            source=source,
            restored=restored,
            archive=archive,
            paths=paths,
            source_rows=source.rows(),
            source_media=source.media_files(),
            source_visit=source_visit,
            backup_output=backup_output,
            restore_output=restore_output,
        )
    finally:
        databases.close()


def read_archive(archive, passphrase=PASSPHRASE_VALUE):
    """{member name: bytes} of an archive, decrypted."""
    with open(archive, "rb") as raw:
        reader = DecryptingReader(raw, Secret(PASSPHRASE, passphrase.encode()))
        with tarfile.open(fileobj=io.BytesIO(reader.read()), mode="r:") as tar:
            return {member.name: tar.extractfile(member).read() for member in tar}


def test_every_table_has_the_same_rows_after_the_round_trip(round_trip):
    restored_rows = round_trip.restored.rows()
    assert set(restored_rows) == set(round_trip.source_rows)
    assert len(restored_rows) > 80
    for table, rows in round_trip.source_rows.items():
        assert restored_rows[table] == rows, table


def test_the_manifest_counts_and_hashes_every_table_and_file(round_trip):
    members = read_archive(round_trip.archive)
    manifest = json.loads(members["manifest.json"])
    assert manifest["engine"] == round_trip.source.engine
    assert {table: entry["rows"] for table, entry in manifest["tables"].items()} == {
        table: len(rows) for table, rows in round_trip.source_rows.items()
    }
    assert all(len(entry["sha256"]) == 64 for entry in manifest["tables"].values())
    assert {name: entry["sha256"] for name, entry in manifest["media"].items()} == round_trip.source_media
    assert {name for name in members if name.startswith("media/")} == {
        f"media/{name}" for name in round_trip.source_media
    }


def test_every_media_file_is_identical_after_the_round_trip(round_trip):
    assert any(name.startswith("original_images/") for name in round_trip.source_media)
    assert any(name.startswith("images/") for name in round_trip.source_media)  # renditions
    assert any(name.startswith("documents/") for name in round_trip.source_media)
    assert round_trip.restored.media_files() == round_trip.source_media


def test_the_restored_site_serves_every_page_as_the_original_did(round_trip):
    restored_visit = round_trip.restored.visit(round_trip.paths.values())
    assert restored_visit == round_trip.source_visit
    answered = [path for path, seen in restored_visit.items() if seen["status"] == 200]
    assert len(answered) > 30
    assert {"/en/", "/ru/", "/be/", "/uk/"} <= set(answered)


def test_private_pages_and_documents_stay_private_on_the_restored_site(round_trip):
    paths = round_trip.paths
    seen = round_trip.restored.visit(paths.values())
    assert seen[paths["password_page"]]["status"] == 200  # the password form, without the page
    for name in ("password_page", "login_page", "below_login_page", "private_document"):
        assert seen[paths[name]]["canaries"] == [], name
    for name in ("login_page", "below_login_page", "private_document"):
        assert seen[paths[name]]["status"] == 302, name
        assert "/login/" in seen[paths[name]]["location"], name
    assert seen[paths["public_document"]]["status"] == 200


def test_the_archive_is_encrypted(round_trip):
    data = round_trip.archive.read_bytes()
    assert round_trip.archive.stat().st_mode & 0o077 == 0
    for canary in CANARIES.values():
        assert canary.encode() not in data
    assert b"manifest.json" not in data
    assert b"SQLite format" not in data and b"PGDMP" not in data


def test_no_secret_or_file_name_is_printed(round_trip):
    for result in (round_trip.backup_output, round_trip.restore_output):
        output = result.stdout + result.stderr
        assert PASSPHRASE_VALUE not in output
        assert "volunteers" not in output.lower()
    assert "every row count, content hash and checksum matches the manifest" in round_trip.restore_output.stdout


def assert_untouched(site):
    """No tables in the database, no file in the media folder."""
    assert site.tables() == set()
    assert not site.media.exists() or not any(path.is_file() for path in site.media.rglob("*"))


def test_a_wrong_passphrase_gives_a_clear_error_and_changes_nothing(round_trip):
    target = round_trip.databases.new_site("wrong_key")
    result = target.manage("restore", str(round_trip.archive), passphrase=WRONG_PASSPHRASE)
    assert result.returncode == 1
    assert "Wrong key or passphrase" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert WRONG_PASSPHRASE not in result.stdout + result.stderr
    assert_untouched(target)


def corrupt(archive, folder, how):
    data = bytearray(archive.read_bytes())
    if how == "flipped":
        data[len(data) // 2] ^= 0x01
    else:
        data = data[: len(data) - 100]
    damaged = folder / f"{how}.tar.enc"
    damaged.write_bytes(bytes(data))
    return damaged


@pytest.mark.parametrize(("how", "message"), [("flipped", "The archive is damaged"), ("cut", "cut short")])
def test_a_damaged_archive_gives_a_clear_error_and_changes_nothing(round_trip, how, message):
    damaged = corrupt(round_trip.archive, round_trip.archive.parent, how)
    target = round_trip.databases.new_site(f"damaged_{how}")
    result = target.manage("restore", str(damaged))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert_untouched(target)


def test_restore_refuses_a_database_that_has_tables(round_trip):
    before = round_trip.restored.rows()
    result = round_trip.restored.manage("restore", str(round_trip.archive))
    assert result.returncode == 1
    assert "The target database is not empty" in result.stderr
    assert "--replace" in result.stderr
    assert round_trip.restored.rows() == before


def test_a_backup_without_a_key_in_the_environment_is_refused(round_trip, tmp_path):
    env = round_trip.source.env()
    del env["BACKUP_PASSPHRASE"]
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "backup", str(tmp_path / "plain.tar")],
        env={key: value for key, value in env.items() if key != "BACKUP_KEY"},
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "archives are always encrypted" in result.stderr
    assert not os.listdir(tmp_path)


def reseal(archive, folder, name, change):
    """A copy of the archive, sealed again with the right key, after ``change(members)`` edited its files.

    Only someone with the key can make one: it stands for a dump and a manifest that disagree.
    """
    members = read_archive(archive)
    change(members)
    plain = io.BytesIO()
    with tarfile.open(fileobj=plain, mode="w:") as tar:
        for member_name, data in members.items():
            info = tarfile.TarInfo(member_name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    resealed = folder / name
    with resealed.open("wb") as raw:
        writer = EncryptingWriter(raw, Secret(PASSPHRASE, PASSPHRASE_VALUE.encode()))
        writer.write(plain.getvalue())
        writer.close()
    return resealed


def test_a_media_file_that_differs_from_the_manifest_is_refused_before_anything_changes(round_trip):
    def change(members):
        name = next(name for name in members if name.startswith("media/documents/"))
        members[name] += b" altered"

    archive = reseal(round_trip.archive, round_trip.archive.parent, "media-altered.tar.enc", change)
    target = round_trip.databases.new_site("media_altered")
    result = target.manage("restore", str(archive))
    assert result.returncode == 1
    assert "does not match its manifest" in result.stderr
    assert "1 with another checksum" in result.stderr
    assert "Traceback" not in result.stderr
    assert_untouched(target)


def test_a_table_that_differs_from_the_manifest_is_named_and_no_media_is_written(round_trip):
    def change(members):
        manifest = json.loads(members["manifest.json"])
        manifest["tables"]["wagtailcore_page"]["rows"] += 1
        members["manifest.json"] = json.dumps(manifest).encode()

    archive = reseal(round_trip.archive, round_trip.archive.parent, "table-altered.tar.enc", change)
    target = round_trip.databases.new_site("table_altered")
    result = target.manage("restore", str(archive))
    assert result.returncode == 1
    assert "wagtailcore_page" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.media.exists() or not any(path.is_file() for path in target.media.rglob("*"))
    if target.engine == "sqlite":  # the copy is checked before it is restored
        assert "Nothing was restored" in result.stderr
        assert target.tables() == set()
