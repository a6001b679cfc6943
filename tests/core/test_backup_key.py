"""The backup key from the environment, and archives sealed with one kind of secret read with another."""

import base64
import io
import secrets

import pytest

from core.backup.crypto import (
    ArchiveDamaged,
    BackupKeyError,
    DecryptingReader,
    EncryptingWriter,
    secret_from_environment,
)

KEY = base64.b64encode(secrets.token_bytes(32)).decode()
OTHER_KEY = base64.b64encode(secrets.token_bytes(32)).decode()
PASSPHRASE = "six random words make a good passphrase"


def seal(secret, data):
    out = io.BytesIO()
    writer = EncryptingWriter(out, secret)
    writer.write(data)
    writer.close()
    return out.getvalue()


def test_an_archive_sealed_with_a_key_opens_with_that_key_only():
    secret = secret_from_environment({"BACKUP_KEY": KEY}, for_writing=True)
    data = secrets.token_bytes(3 * 1024 * 1024 + 7)
    sealed = seal(secret, data)
    assert DecryptingReader(io.BytesIO(sealed), secret).read() == data
    with pytest.raises(BackupKeyError, match="Wrong key or passphrase"):
        DecryptingReader(io.BytesIO(sealed), secret_from_environment({"BACKUP_KEY": OTHER_KEY}))


def test_a_passphrase_archive_read_with_a_key_names_the_variable_to_set():
    sealed = seal(secret_from_environment({"BACKUP_PASSPHRASE": PASSPHRASE}, for_writing=True), b"rows")
    with pytest.raises(BackupKeyError, match="encrypted with BACKUP_PASSPHRASE"):
        DecryptingReader(io.BytesIO(sealed), secret_from_environment({"BACKUP_KEY": KEY}))


def test_the_key_wins_over_the_passphrase_when_both_are_set():
    both = {"BACKUP_KEY": KEY, "BACKUP_PASSPHRASE": PASSPHRASE}
    sealed = seal(secret_from_environment(both, for_writing=True), b"rows")
    assert DecryptingReader(io.BytesIO(sealed), secret_from_environment({"BACKUP_KEY": KEY})).read() == b"rows"


@pytest.mark.parametrize("value", ["short", base64.b64encode(b"sixteen bytes!!!").decode(), "not base64 at all!"])
def test_a_key_that_is_not_32_bytes_of_base64_is_refused(value):
    with pytest.raises(BackupKeyError, match="openssl rand -base64 32"):
        secret_from_environment({"BACKUP_KEY": value})


def test_a_short_passphrase_is_refused_for_a_new_backup():
    with pytest.raises(BackupKeyError, match="at least 16 characters"):
        secret_from_environment({"BACKUP_PASSPHRASE": "password"}, for_writing=True)


def test_the_secret_never_shows_in_its_repr():
    secret = secret_from_environment({"BACKUP_PASSPHRASE": PASSPHRASE})
    assert PASSPHRASE not in repr(secret)


def test_a_file_that_is_not_an_archive_is_called_so():
    secret = secret_from_environment({"BACKUP_KEY": KEY})
    with pytest.raises(ArchiveDamaged, match="not a site backup archive"):
        DecryptingReader(io.BytesIO(b"PGDMP" + bytes(100)), secret)


def test_chunks_swapped_in_order_are_detected():
    secret = secret_from_environment({"BACKUP_KEY": KEY})
    sealed = seal(secret, secrets.token_bytes(2 * 1024 * 1024 + 1))
    header, chunk = 8 + 1 + 16 + 3 + 7 + 32, 1 + 4 + 1024 * 1024 + 16
    first, second = sealed[header : header + chunk], sealed[header + chunk : header + 2 * chunk]
    swapped = sealed[:header] + second + first + sealed[header + 2 * chunk :]
    with pytest.raises(ArchiveDamaged, match="part 1 does not decrypt"):
        DecryptingReader(io.BytesIO(swapped), secret).read()
