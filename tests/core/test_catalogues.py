"""UI catalogues: complete in every language, with current .mo files."""

from pathlib import Path

import polib
import pytest

from core.catalogues import catalogue_paths, catalogue_problems, compile_catalogue

PLURAL_HEADER = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"


def test_every_site_language_has_a_catalogue(settings):
    languages = {path.parts[-3] for path in catalogue_paths()}
    assert {code for code, _name in settings.LANGUAGES} - {"en"} <= languages


@pytest.mark.parametrize("po_path", catalogue_paths(), ids=str)
def test_catalogue_is_complete_and_compiled(po_path):
    assert catalogue_problems(po_path) == []


def _catalogue(tmp_path, *entries):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": PLURAL_HEADER}
    for entry in entries:
        po.append(entry)
    path = tmp_path / "django.po"
    po.save(str(path))
    return path


def test_problems_name_untranslated_and_fuzzy_entries(tmp_path):
    fuzzy = polib.POEntry(msgid="Search", msgstr="Поиск", flags=["fuzzy"])
    path = _catalogue(tmp_path, polib.POEntry(msgid="Languages", msgstr=""), fuzzy)
    compile_catalogue(path)

    problems = catalogue_problems(path)

    assert any("untranslated 'Languages'" in problem for problem in problems)
    assert any("fuzzy entry 'Search'" in problem for problem in problems)


def test_problems_name_missing_plural_forms(tmp_path):
    entry = polib.POEntry(
        msgid="%(count)s country",
        msgid_plural="%(count)s countries",
        msgstr_plural={0: "%(count)s страна", 1: "", 2: ""},
    )
    path = _catalogue(tmp_path, entry)
    compile_catalogue(path)

    assert any("1 of 3 plural forms" in problem for problem in catalogue_problems(path))


def test_problems_name_a_stale_mo_file(tmp_path):
    path = _catalogue(tmp_path, polib.POEntry(msgid="Languages", msgstr="Языки"))
    compile_catalogue(path)
    catalogue = polib.pofile(str(path))
    catalogue[0].msgstr = "Язык"
    catalogue.save(str(path))

    assert catalogue_problems(path) == [
        f"{Path(path).with_suffix('.mo')}: older than its .po file; run `make messages`"
    ]
