"""Dumping and restoring the database, and the per-table summary that the manifest records.

PostgreSQL: ``pg_dump -Fc`` taken inside a repeatable-read transaction whose snapshot the dump
shares (``--snapshot``), so the row counts and hashes describe exactly the rows in the dump even
while editors keep working. SQLite: the online backup API, which copies a consistent database
file; the summary is read from that copy.
"""

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import transaction

POSTGRESQL, SQLITE = "postgresql", "sqlite"
DUMP_NAMES = {POSTGRESQL: "database.pgdump", SQLITE: "database.sqlite3"}
FETCH_SIZE = 2000


class DatabaseStepFailed(Exception):
    """pg_dump or pg_restore failed; the message holds nothing from the database's contents."""


def engine(connection):
    """``postgresql`` or ``sqlite``: the engines that the backup knows how to copy."""
    if connection.vendor in (POSTGRESQL, SQLITE):
        return connection.vendor
    raise DatabaseStepFailed(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")


def row_digest(row):
    """A row's hash: ``repr`` keeps types apart (1 and "1"), memoryview is read as its bytes."""
    values = tuple(bytes(value) if isinstance(value, memoryview) else value for value in row)
    return hashlib.sha256(repr(values).encode()).digest()


def table_summary(cursor, quoted_name):
    """(rows, sha256) of one table; the hash does not depend on the order rows come back in."""
    cursor.execute(f"SELECT * FROM {quoted_name}")  # noqa: S608 (a table name from the catalogue, quoted)
    digests = []
    while rows := cursor.fetchmany(FETCH_SIZE):
        digests.extend(row_digest(row) for row in rows)
    digests.sort()
    combined = hashlib.sha256()
    for digest in digests:
        combined.update(digest)
    return len(digests), combined.hexdigest()


def sqlite_tables(raw):
    rows = raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    return [name for (name,) in rows]


def sqlite_summary(raw):
    """{table: {"rows", "sha256"}} of an open sqlite3 connection."""
    summary = {}
    cursor = raw.cursor()
    for name in sqlite_tables(raw):
        rows, digest = table_summary(cursor, '"' + name.replace('"', '""') + '"')
        summary[name] = {"rows": rows, "sha256": digest}
    return summary


def postgresql_summary(connection):
    """{table: {"rows", "sha256"}} of the connection's schema, read in the current transaction."""
    summary = {}
    with connection.cursor() as cursor:
        names = sorted(connection.introspection.table_names(cursor))
    for name in names:
        with connection.chunked_cursor() as cursor:
            rows, digest = table_summary(cursor, connection.ops.quote_name(name))
        summary[name] = {"rows": rows, "sha256": digest}
    return summary


def summary(connection):
    """The summary of the live database behind a Django connection (used after a restore)."""
    if engine(connection) == SQLITE:
        # Django's own sqlite3 connection converts dates and decimals; the summary in the manifest was read
        # from a plain connection, so this one is read through a plain connection too.
        if connection.is_in_memory_db():
            connection.ensure_connection()
            plain = sqlite3.connect(":memory:")
            plain.deserialize(connection.connection.serialize())
        else:
            plain = read_only(connection.settings_dict["NAME"])
        try:
            return sqlite_summary(plain)
        finally:
            plain.close()
    with transaction.atomic(using=connection.alias):
        return postgresql_summary(connection)


def table_names(connection):
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def postgres_tool(name):
    """The path of pg_dump or pg_restore: ``PG_BIN`` if set, else PATH, else the newest Debian cluster's."""
    if folder := os.environ.get("PG_BIN"):
        return str(Path(folder) / name)
    if found := shutil.which(name):
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda path: int(path.parts[-3]))
    if candidates:
        return str(candidates[-1])
    raise DatabaseStepFailed(f"{name} was not found: install the PostgreSQL client (postgresql-client-15).")


def libpq_environment(connection):
    """The connection's parameters as libpq variables: no password on a command line (ps shows those)."""
    settings_dict = connection.settings_dict
    options = settings_dict.get("OPTIONS", {})
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG") or key == "PG_BIN"}
    pairs = {
        "PGDATABASE": settings_dict.get("NAME"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGSSLMODE": options.get("sslmode"),
        "PGSERVICE": options.get("service"),
        "PGPASSFILE": options.get("passfile"),
        "PGCONNECT_TIMEOUT": options.get("connect_timeout"),
    }
    env.update({key: str(value) for key, value in pairs.items() if value not in (None, "")})
    return env


def _run(command, env, what, show_messages):
    result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603 (fixed binary)
    if result.returncode != 0:
        # pg_restore's messages can quote rows (a duplicate key, a value it could not read).
        detail = result.stderr.strip() if show_messages else "run with --verbosity 3 to see its messages"
        raise DatabaseStepFailed(f"{what} failed (exit status {result.returncode}): {detail}")


def dump(connection, path):
    """Write the database to ``path``; its summary, taken from the same snapshot."""
    if engine(connection) == SQLITE:
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        try:
            connection.connection.backup(copy)
            return sqlite_summary(copy)
        finally:
            copy.close()
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        (snapshot,) = cursor.fetchone()
        command = [postgres_tool("pg_dump"), "--format=custom", f"--snapshot={snapshot}", "--file", str(path)]
        _run(command, libpq_environment(connection), "pg_dump", show_messages=True)
        return postgresql_summary(connection)


def read_only(path):
    """A read-only sqlite3 connection to a database file (any characters in its name)."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def sqlite_file_summary(path):
    """The summary of a database file (a staged archive's copy, checked before anything is restored)."""
    copy = read_only(path)
    try:
        return sqlite_summary(copy)
    finally:
        copy.close()


def restore(connection, path, replace=False, show_messages=False):
    """Load a dump into the connection's database (replacing what is there only with ``replace``)."""
    if engine(connection) == SQLITE:
        connection.ensure_connection()
        source = read_only(path)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
        return
    connection.close()
    command = [postgres_tool("pg_restore"), "--single-transaction", "--exit-on-error", "--no-owner", "--no-acl"]
    if replace:
        command += ["--clean", "--if-exists"]
    command += ["--dbname", connection.settings_dict["NAME"], str(path)]
    _run(command, libpq_environment(connection), "pg_restore", show_messages=show_messages)
