"""Writing a built copy to a folder: only what changed, a signed manifest, a checker, an archive."""

import gzip
import hashlib
import io
import os
import shutil
import subprocess  # noqa: S404 - ssh-keygen signs and verifies; arguments are never from visitors
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "MANIFEST.sha256"
SIGNATURE = "MANIFEST.sha256.sig"
ALLOWED_SIGNERS = "allowed_signers"
NAMESPACE = "file"
# Files that the manifest cannot list: itself and its signature.
UNLISTED = {MANIFEST, SIGNATURE}


class SigningError(Exception):
    pass


def ssh_keygen():
    """The full path of OpenSSH's ssh-keygen, which signs and checks manifests."""
    found = shutil.which("ssh-keygen")
    if not found:
        raise SigningError("ssh-keygen (OpenSSH) is not installed; it is needed to sign and check the manifest.")
    return found


@dataclass
class SyncCounts:
    written: list = field(default_factory=list)
    kept: list = field(default_factory=list)
    removed: list = field(default_factory=list)


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def existing_files(folder):
    """Every file below ``folder``, as POSIX paths relative to it."""
    folder = Path(folder)
    if not folder.exists():
        return set()
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file() or path.is_symlink()}


def manifest_text(files):
    """``sha256sum`` lines for every file except the manifest and its signature, sorted by path."""
    return "".join(f"{sha256(files[name])}  {name}\n" for name in sorted(files) if name not in UNLISTED).encode()


def sync(folder, files):
    """Make ``folder`` hold exactly ``files`` (path -> bytes), writing only files whose content changed."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    counts = SyncCounts()
    for name in sorted(files):
        target = folder / name
        data = files[name]
        if target.is_file() and not target.is_symlink() and sha256(target.read_bytes()) == sha256(data):
            counts.kept.append(name)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_symlink() or target.is_dir():
            target.unlink()
        # Write beside and rename, so that a reader of the folder never sees half a file.
        temporary = target.with_name(f".{target.name}.part")
        temporary.write_bytes(data)
        os.replace(temporary, target)
        counts.written.append(name)
    for name in sorted(existing_files(folder) - set(files)):
        (folder / name).unlink()
        counts.removed.append(name)
    for directory in sorted((p for p in folder.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    return counts


def public_key(key_path):
    """The OpenSSH public key line of the private key at ``key_path``."""
    completed = subprocess.run(  # noqa: S603
        [ssh_keygen(), "-y", "-f", str(key_path)], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise SigningError(f"ssh-keygen could not read the signing key: {completed.stderr.strip()}")
    return completed.stdout.strip()


def allowed_signers_line(identity, key_line):
    key_type, key_data = key_line.split()[:2]
    return f'{identity} namespaces="{NAMESPACE}" {key_type} {key_data}\n'


def sign(manifest, key_path):
    """An SSH signature (``ssh-keygen -Y sign -n file``) of ``manifest``."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / MANIFEST
        path.write_bytes(manifest)
        completed = subprocess.run(  # noqa: S603
            [ssh_keygen(), "-q", "-Y", "sign", "-f", str(key_path), "-n", NAMESPACE, str(path)],
            capture_output=True,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        if completed.returncode != 0:
            raise SigningError(f"ssh-keygen could not sign the manifest: {completed.stderr.strip()}")
        return (Path(scratch) / SIGNATURE).read_bytes()


def verify_signature(manifest_path, signature_path, signers_path):
    """None when the signature is good, else ssh-keygen's reason."""
    line = next((line for line in Path(signers_path).read_text().splitlines() if line.strip()), "")
    identity = line.split()[0] if line else ""
    with open(manifest_path, "rb") as manifest:
        completed = subprocess.run(  # noqa: S603
            [ssh_keygen(), "-Y", "verify", "-f", str(signers_path), "-I", identity, "-n", NAMESPACE]
            + ["-s", str(signature_path)],
            stdin=manifest,
            capture_output=True,
            text=True,
            check=False,
        )
    return None if completed.returncode == 0 else (completed.stderr or completed.stdout).strip()


def verify(folder, signers=None, require_signature=False):
    """Problems found in the copy at ``folder`` (an empty list when it is intact)."""
    folder = Path(folder)
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        return [f"{MANIFEST} is missing"]
    problems = []
    listed = {}
    for number, line in enumerate(manifest_path.read_text(encoding="utf-8").splitlines(), 1):
        digest, separator, name = line.partition("  ")
        if not separator or len(digest) != 64:
            problems.append(f"{MANIFEST} line {number} is not a sha256sum line")
            continue
        listed[name] = digest
    present = existing_files(folder)
    for name, digest in sorted(listed.items()):
        path = folder / name
        if name not in present:
            problems.append(f"missing: {name}")
        elif path.is_symlink():
            problems.append(f"a link, not a file: {name}")
        elif sha256(path.read_bytes()) != digest:
            problems.append(f"changed: {name}")
    for name in sorted(present - set(listed) - UNLISTED):
        problems.append(f"not in the manifest: {name}")
    signature = folder / SIGNATURE
    signers = Path(signers) if signers else folder / ALLOWED_SIGNERS
    if signature.is_file():
        if not signers.is_file():
            problems.append(f"signed, but there is no {ALLOWED_SIGNERS} file to check the signature with")
        else:
            reason = verify_signature(manifest_path, signature, signers)
            if reason is not None:
                problems.append(f"bad signature: {reason}")
    elif require_signature:
        problems.append(f"{SIGNATURE} is missing")
    return problems


def write_archive(path, files, root_name="mirror"):
    """A ``.tar.gz`` of ``files`` that is the same byte for byte whenever the files are the same."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name in sorted(files):
            data = files[name]
            info = tarfile.TarInfo(f"{root_name}/{name}")
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            archive.addfile(info, io.BytesIO(data))
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as compressed:
        compressed.write(buffer.getvalue())
