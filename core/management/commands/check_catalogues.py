"""Fail when a UI catalogue is incomplete, fuzzy, stale against the source code, or has a stale .mo."""

import shutil
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from core.catalogues import catalogue_paths, catalogue_problems

MAKEMESSAGES_IGNORE = [".venv/*", "static/*", "media/*", "tests/*", "bench/*", "node_modules/*"]


def _msgids(po_path):
    return {(e.msgctxt, e.msgid) for e in polib.pofile(str(po_path)) if not e.obsolete}


class Command(BaseCommand):
    help = "Check that every UI catalogue is complete and matches the strings in the source code."

    def handle(self, *args, **options):
        problems = []
        if shutil.which("xgettext"):
            problems += self._stale_against_source()
        else:
            self.stderr.write("xgettext is not installed: skipping the comparison with the source code.")
        for po_path in catalogue_paths():
            problems += catalogue_problems(po_path)
        if problems:
            raise CommandError("UI catalogues need work:\n  " + "\n  ".join(problems))
        self.stdout.write(self.style.SUCCESS(f"{len(catalogue_paths())} catalogues are complete and current."))

    def _stale_against_source(self):
        """Run makemessages, compare message ids, and put every file back as it was."""
        project_locale = Path(settings.LOCALE_PATHS[0])
        before = {path: path.read_bytes() for path in project_locale.glob("*/LC_MESSAGES/*")}
        problems = []
        try:
            languages = [code for code, _name in settings.LANGUAGES if code != "en"]
            call_command(
                "makemessages", locale=languages, ignore_patterns=MAKEMESSAGES_IGNORE, no_obsolete=True, verbosity=0
            )
            for path, content in before.items():
                if path.suffix != ".po":
                    continue
                old = {(e.msgctxt, e.msgid) for e in polib.pofile(content.decode())}
                new = _msgids(path)
                for _msgctxt, msgid in sorted(new - old, key=str):
                    problems.append(f"{path}: the code has a new string not in the catalogue: {msgid!r}")
                for _msgctxt, msgid in sorted(old - new, key=str):
                    problems.append(f"{path}: the catalogue has a string the code no longer uses: {msgid!r}")
            for path in project_locale.glob("*/LC_MESSAGES/django.po"):
                if path not in before:
                    problems.append(f"{path}: a language has no catalogue yet; run `make messages`")
        finally:
            for path in project_locale.glob("*/LC_MESSAGES/*"):
                if path not in before:
                    path.unlink()
            for path, content in before.items():
                path.write_bytes(content)
        return problems
