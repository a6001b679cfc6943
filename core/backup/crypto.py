"""The archive's encryption: AES-256-GCM over 1 MiB chunks, with a key or passphrase from the environment.

An archive holds personal data (applications, action reports), so it is never written in the
clear. The layout is the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015): each
chunk is sealed on its own, its nonce carries its position and whether it is the last one, so a
chunk cannot be dropped, moved or cut off without the reader noticing, and a file of any size is
encrypted and decrypted with one chunk in memory. The header carries a key check, so that a
wrong key is told apart from a damaged archive before anything is decrypted.

Header: magic (8) | kind (1: 1 raw key, 2 passphrase) | salt (16) | scrypt log2 n, r, p (3) |
nonce prefix (7) | key check (32, HMAC-SHA256 of everything before it).
Chunk: last (1) | length of the sealed chunk (4, big-endian) | sealed chunk. The nonce of chunk
i is prefix | i (4, big-endian) | last; the header is the associated data of every chunk.
"""

import base64
import binascii
import hashlib
import hmac
import os
import secrets
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_VARIABLE = "BACKUP_KEY"
PASSPHRASE_VARIABLE = "BACKUP_PASSPHRASE"  # noqa: S105 (the name of the variable, not its value)
MAGIC = b"SOLBAK\x00\x01"
RAW_KEY, PASSPHRASE = 1, 2
CHUNK_SIZE = 1 << 20
MIN_PASSPHRASE_LENGTH = 16
# scrypt with n = 2**15, r = 8 uses 32 MiB and about 0.1 s: cheap once per archive, costly per guess.
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_PREAMBLE = struct.Struct(">8sB16sBBB7s")
_CHUNK_HEAD = struct.Struct(">BI")
_TAG_SIZE = 16


class BackupKeyError(Exception):
    """No usable key in the environment, or not the key the archive was encrypted with."""


class ArchiveDamaged(Exception):
    """The archive is not one of ours, or was cut short or altered after it was written."""


@dataclass(frozen=True)
class Secret:
    """The key material named by the environment: 32 raw bytes or a passphrase."""

    kind: int
    value: bytes

    def __repr__(self):
        return f"Secret(kind={self.kind}, value=<hidden>)"


def secret_from_environment(environ=None, for_writing=False):
    """The key (``BACKUP_KEY``, 32 bytes in base64) or else the passphrase (``BACKUP_PASSPHRASE``)."""
    environ = os.environ if environ is None else environ
    key = environ.get(KEY_VARIABLE, "").strip()
    if key:
        try:
            raw = base64.b64decode(key.replace("-", "+").replace("_", "/"), validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) != 32:
            raise BackupKeyError(
                f"{KEY_VARIABLE} must be 32 random bytes in base64, as `openssl rand -base64 32` prints them."
            )
        return Secret(RAW_KEY, raw)
    passphrase = environ.get(PASSPHRASE_VARIABLE, "")
    if passphrase:
        if for_writing and len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise BackupKeyError(f"{PASSPHRASE_VARIABLE} must be at least {MIN_PASSPHRASE_LENGTH} characters long.")
        return Secret(PASSPHRASE, passphrase.encode())
    raise BackupKeyError(
        f"Set {KEY_VARIABLE} (32 random bytes in base64) or {PASSPHRASE_VARIABLE} in the environment: "
        "archives are always encrypted."
    )


def _keys(secret, salt, log2_n, r, p):
    """(encryption key, key-check key) for one archive, from the secret and the archive's salt."""
    if secret.kind == PASSPHRASE:
        master = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(secret.value)
    else:
        master = secret.value
    both = HKDF(algorithm=hashes.SHA256(), length=64, salt=salt, info=b"solidarity backup v1").derive(master)
    return both[:32], both[32:]


def _nonce(prefix, index, last):
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class EncryptingWriter:
    """A write-only file object that seals what is written into ``raw``, chunk by chunk."""

    def __init__(self, raw, secret):
        self.raw = raw
        salt, self.prefix = secrets.token_bytes(16), secrets.token_bytes(7)
        preamble = _PREAMBLE.pack(MAGIC, secret.kind, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, self.prefix)
        key, check_key = _keys(secret, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
        self.header = preamble + hmac.digest(check_key, preamble, hashlib.sha256)
        self.aead = AESGCM(key)
        self.buffer = bytearray()
        self.index = 0
        self.closed = False
        raw.write(self.header)

    def _seal(self, data, last):
        sealed = self.aead.encrypt(_nonce(self.prefix, self.index, last), bytes(data), self.header)
        self.raw.write(_CHUNK_HEAD.pack(1 if last else 0, len(sealed)) + sealed)
        self.index += 1

    def write(self, data):
        self.buffer += data
        while len(self.buffer) > CHUNK_SIZE:
            self._seal(self.buffer[:CHUNK_SIZE], last=False)
            del self.buffer[:CHUNK_SIZE]
        return len(data)

    def close(self):
        """Seal the last chunk (possibly empty): without it a reader takes the archive for cut short."""
        if not self.closed:
            self._seal(self.buffer, last=True)
            self.buffer = bytearray()
            self.closed = True


class DecryptingReader:
    """A read-only file object over an archive; raises BackupKeyError or ArchiveDamaged."""

    def __init__(self, raw, secret):
        self.raw = raw
        preamble = raw.read(_PREAMBLE.size)
        if len(preamble) < _PREAMBLE.size or not preamble.startswith(MAGIC):
            raise ArchiveDamaged("This file is not a site backup archive (or its beginning is damaged).")
        _magic, kind, salt, log2_n, r, p, self.prefix = _PREAMBLE.unpack(preamble)
        if kind != secret.kind:
            needed = PASSPHRASE_VARIABLE if kind == PASSPHRASE else KEY_VARIABLE
            raise BackupKeyError(f"This archive was encrypted with {needed}; set that variable to restore it.")
        if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ArchiveDamaged("The archive's header is damaged.")
        check = raw.read(32)
        key, check_key = _keys(secret, salt, log2_n, r, p)
        if not hmac.compare_digest(check, hmac.digest(check_key, preamble, hashlib.sha256)):
            raise BackupKeyError(
                "Wrong key or passphrase: this archive was encrypted with another one (or its header is damaged)."
            )
        self.header = preamble + check
        self.aead = AESGCM(key)
        self.index = 0
        self.pending, self.offset = b"", 0
        self.finished = False

    def _next_chunk(self):
        head = self.raw.read(_CHUNK_HEAD.size)
        if len(head) < _CHUNK_HEAD.size:
            raise ArchiveDamaged("The archive is cut short: its last part is missing.")
        last, length = _CHUNK_HEAD.unpack(head)
        if last > 1 or not _TAG_SIZE <= length <= CHUNK_SIZE + _TAG_SIZE:
            raise ArchiveDamaged("The archive is damaged (a chunk header is invalid).")
        sealed = self.raw.read(length)
        if len(sealed) < length:
            raise ArchiveDamaged("The archive is cut short: its last part is missing.")
        try:
            data = self.aead.decrypt(_nonce(self.prefix, self.index, last), sealed, self.header)
        except InvalidTag:
            raise ArchiveDamaged(f"The archive is damaged: part {self.index + 1} does not decrypt.") from None
        self.index += 1
        if last:
            if self.raw.read(1):
                raise ArchiveDamaged("The archive is damaged: there is data after its end.")
            self.finished = True
        return data

    def read(self, size=-1):
        parts, wanted = [], size
        while size < 0 or wanted > 0:
            if self.offset >= len(self.pending):
                if self.finished:
                    break
                self.pending, self.offset = self._next_chunk(), 0
                continue
            end = len(self.pending) if size < 0 else min(len(self.pending), self.offset + wanted)
            parts.append(self.pending[self.offset : end])
            wanted -= end - self.offset
            self.offset = end
        return b"".join(parts)
