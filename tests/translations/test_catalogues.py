"""The translation editor speaks ru, be and uk: wagtail-localize's catalogues plus our completions."""

from pathlib import Path

import polib
import pytest
import wagtail_localize
from django.conf import settings
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

from core.catalogues import catalogue_paths, catalogue_problems

LOCALIZE = Path(wagtail_localize.__file__).parent
SERVER_CATALOGUES = [LOCALIZE / "locale/en/LC_MESSAGES/django.po", LOCALIZE / "locales/locale/en/LC_MESSAGES/django.po"]
EDITOR_CATALOGUE = LOCALIZE / "locale/en/LC_MESSAGES/djangojs.po"
OWN_CATALOGUES = [path for path in catalogue_paths() if Path(settings.BASE_DIR, "translations") in path.parents]


def _untranslated_server_strings(language):
    missing = []
    with translation.override(language):
        for path in SERVER_CATALOGUES:
            for entry in polib.pofile(str(path)):
                if entry.msgid_plural:
                    translated = translation.ngettext(entry.msgid, entry.msgid_plural, 5) != entry.msgid_plural
                else:
                    translated = translation.gettext(entry.msgid) != entry.msgid
                if not translated:
                    missing.append(entry.msgid)
    return missing


@pytest.mark.parametrize("language", ["ru", "be", "uk"])
def test_every_wagtail_localize_admin_string_is_translated(language):
    assert len(polib.pofile(str(SERVER_CATALOGUES[0]))) >= 78
    assert _untranslated_server_strings(language) == []


@pytest.mark.parametrize("language", ["ru", "be", "uk"])
def test_every_translation_editor_script_string_is_translated(language):
    # As the editor's JavaScript catalogue view loads it: the package's catalogue, then LOCALE_PATHS.
    catalogue = DjangoTranslation(language, domain="djangojs", localedirs=[str(LOCALIZE / "locale")])

    missing = [e.msgid for e in polib.pofile(str(EDITOR_CATALOGUE)) if catalogue.gettext(e.msgid) == e.msgid]

    assert missing == []


def test_our_completions_are_a_second_locale_path_after_the_project_catalogues():
    assert [Path(p) for p in settings.LOCALE_PATHS[:2]] == [
        Path(settings.BASE_DIR, "locale"),
        Path(settings.BASE_DIR, "translations", "wagtail_localize_overrides"),
    ]
    assert {path.parts[-3] for path in OWN_CATALOGUES} == {"ru", "be", "uk"}


@pytest.mark.parametrize("po_path", OWN_CATALOGUES, ids=lambda path: "/".join(path.parts[-3:]))
def test_completion_catalogue_is_complete_and_compiled(po_path):
    assert catalogue_problems(po_path) == []


@pytest.mark.parametrize("po_path", OWN_CATALOGUES, ids=lambda path: "/".join(path.parts[-3:]))
def test_completion_catalogue_holds_only_wagtail_localize_strings(po_path):
    domain = po_path.stem
    sources = SERVER_CATALOGUES if domain == "django" else [EDITOR_CATALOGUE]
    known = {entry.msgid for path in sources for entry in polib.pofile(str(path))}

    assert {entry.msgid for entry in polib.pofile(str(po_path))} <= known
