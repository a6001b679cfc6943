"""UI string catalogues (locale/*.po): compile without GNU gettext, and find what is missing."""

from pathlib import Path

import polib
from django.conf import settings


def catalogue_paths():
    """Every .po file under the project's LOCALE_PATHS."""
    paths = []
    for locale_path in settings.LOCALE_PATHS:
        paths += sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po"))
    return paths


def compile_catalogue(po_path):
    """Write the .mo file beside ``po_path`` with polib; returns its path."""
    mo_path = Path(po_path).with_suffix(".mo")
    polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
    return mo_path


def _translations(catalogue):
    """{(context, msgid): msgstr or tuple of plural msgstrs} for translated, non-fuzzy entries."""
    result = {}
    for entry in catalogue:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
            continue
        value = (
            tuple(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)) if entry.msgid_plural else entry.msgstr
        )
        result[(entry.msgctxt, entry.msgid)] = value
    return result


def catalogue_problems(po_path):
    """Plain-language problems with one catalogue: untranslated, fuzzy, missing plural forms, stale .mo."""
    po_path = Path(po_path)
    catalogue = polib.pofile(str(po_path))
    problems = []
    plural_forms = catalogue.metadata.get("Plural-Forms", "")
    try:
        nplurals = int(plural_forms.split("nplurals=")[1].split(";")[0])
    except (IndexError, ValueError):
        nplurals = None
        problems.append(f"{po_path}: the header has no valid Plural-Forms line")
    for entry in catalogue:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"{po_path}: fuzzy entry {entry.msgid!r}")
        elif entry.msgid_plural:
            filled = [value for value in entry.msgstr_plural.values() if value]
            if nplurals and len(filled) < nplurals:
                problems.append(f"{po_path}: {len(filled)} of {nplurals} plural forms for {entry.msgid!r}")
        elif not entry.msgstr:
            problems.append(f"{po_path}: untranslated {entry.msgid!r}")
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path}: missing; run `make messages`")
    elif _translations(polib.mofile(str(mo_path))) != _translations(catalogue):
        problems.append(f"{mo_path}: older than its .po file; run `make messages`")
    return problems
