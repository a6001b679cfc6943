"""``manage.py build_mirror DIR``: the public site as a static, signed copy (see docs/mirror.md)."""

from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mirror import output
from mirror.build import MirrorBuilder, MirrorBuildError


class Command(BaseCommand):
    help = "Write every live, public page in every language as static files in DIR, or check a copy with --verify."

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR", help="The folder the copy is written to (or checked).")
        parser.add_argument(
            "--base-url",
            default=None,
            help="The copy's own public address (e.g. https://mirror.example.org/). With it, canonical, "
            "hreflang, feed and sitemap addresses are absolute; without it they are relative or left out. "
            "Default: the MIRROR_PUBLIC_URL setting.",
        )
        parser.add_argument("--verify", action="store_true", help="Check the copy in DIR instead of building one.")
        parser.add_argument(
            "--allowed-signers",
            default=None,
            help="With --verify: an allowed_signers file you trust (default: the one in DIR).",
        )
        parser.add_argument(
            "--require-signature", action="store_true", help="With --verify: fail when the copy is not signed."
        )
        parser.add_argument(
            "--archive",
            nargs="?",
            const="",
            default=None,
            metavar="FILE",
            help="Also write the copy as a reproducible .tar.gz (default: DIR.tar.gz).",
        )

    def handle(self, *args, folder, base_url=None, verify=False, archive=None, **options):
        if verify:
            return self._verify(folder, options["allowed_signers"], options["require_signature"])
        base_url = base_url if base_url is not None else settings.MIRROR_PUBLIC_URL
        if base_url and not base_url.startswith(("https://", "http://")):
            raise CommandError("--base-url must be a full address such as https://mirror.example.org/")
        key = settings.MIRROR_SIGNING_KEY
        if key and not Path(key).is_file():
            raise CommandError(f"MIRROR_SIGNING_KEY names no file: {key}")

        progress = self._progress()
        try:
            result = MirrorBuilder(base_url=base_url, progress=progress).build()
        except MirrorBuildError as error:
            raise CommandError(str(error)) from error
        if self._tty:
            self.stdout.write("")
        files = result.files
        folder_path = Path(folder)
        try:
            if key:
                identity = settings.MIRROR_SIGNER_IDENTITY
                files[output.ALLOWED_SIGNERS] = output.allowed_signers_line(identity, output.public_key(key)).encode()
            manifest = output.manifest_text(files)
            files[output.MANIFEST] = manifest
            if key:
                old_manifest = folder_path / output.MANIFEST
                old_signature = folder_path / output.SIGNATURE
                if old_signature.is_file() and old_manifest.is_file() and old_manifest.read_bytes() == manifest:
                    files[output.SIGNATURE] = old_signature.read_bytes()
                else:
                    files[output.SIGNATURE] = output.sign(manifest, key)
        except output.SigningError as error:
            raise CommandError(str(error)) from error

        counts = output.sync(folder_path, files)
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
        self._report(counts, files)
        if archive is not None:
            archive_path = Path(archive) if archive else folder_path.with_name(folder_path.name + ".tar.gz")
            output.write_archive(archive_path, files, root_name=folder_path.name or "mirror")
            self.stdout.write(f"Archive: {archive_path}")

    def _progress(self):
        self._tty = hasattr(self.stdout, "isatty") and self.stdout.isatty()

        def report(done, total, path):
            if self._tty:
                width = 30
                filled = int(width * done / max(total, 1))
                bar = "#" * filled + "-" * (width - filled)
                self.stdout.write(f"\r[{bar}] {done}/{total}", ending="")
                self.stdout.flush()
            elif done % 100 == 0:
                self.stdout.write(f"Rendered {done} of {total} files known so far…")

        return report

    def _report(self, counts, files):
        languages = [code for code, _name in settings.LANGUAGES]
        per_language = Counter(name.split("/", 1)[0] for name in files if name.split("/", 1)[0] in languages)
        pages = Counter(
            name.split("/", 1)[0] for name in files if name.endswith(".html") and name.split("/", 1)[0] in languages
        )
        for code in languages:
            self.stdout.write(f"{code}: {pages[code]} pages, {per_language[code]} files")
        self.stdout.write(
            self.style.SUCCESS(
                f"Mirror: {len(counts.written)} written, {len(counts.kept)} kept, {len(counts.removed)} removed "
                f"({len(files)} files)"
            )
        )

    def _verify(self, folder, signers, require_signature):
        if not Path(folder).is_dir():
            raise CommandError(f"No such folder: {folder}")
        problems = output.verify(folder, signers=signers, require_signature=require_signature)
        if problems:
            for problem in problems[:50]:
                self.stderr.write(problem)
            raise CommandError(f"The copy in {folder} does not match its manifest ({len(problems)} problems).")
        signed = (Path(folder) / output.SIGNATURE).is_file()
        state = "and its signature is good." if signed else "(not signed)."
        self.stdout.write(self.style.SUCCESS(f"The copy in {folder} is intact {state}"))
