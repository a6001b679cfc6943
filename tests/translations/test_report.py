"""The translation status report: each state, counts from wagtail-localize, filters, totals, CSV."""

import csv
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from tests.factories import FooterTextFactory, StandardPageFactory
from tests.helpers import login_verified
from tests.translations.factories import editor, english_page, locale, translate_segments, translator
from translations import status
from translations.setup import setup_languages
from translations.workflow import start_translation

pytestmark = pytest.mark.django_db

REPORT = reverse("translations:status_report")


def _cells(language_code="be"):
    return {row.title: row.cells[language_code] for row in status.StatusMatrix().rows()}


def _multi_segment_page(parent, title):
    return english_page(parent, title=title, summary=f"{title}: what it is.", search_description=f"{title} in short.")


def test_untranslated_page_is_a_stand_in(languages):
    english_page(languages.home, title="Observers")

    assert _cells()["Observers"].state == status.STAND_IN


def test_snippet_without_copy_is_missing(languages):
    FooterTextFactory(organisation_name="Coalition")

    assert _cells()["Coalition"].state == status.MISSING


def test_page_with_some_segments_translated_is_in_progress_with_its_percentage(languages):
    page = _multi_segment_page(languages.home, "Observers")
    translation = start_translation(page, locale("be"))
    total = translate_segments(translation, count=1)

    cell = _cells()["Observers"]

    assert total == 3
    assert (cell.state, cell.percent) == (status.IN_PROGRESS, 33)
    assert str(cell.label) == "in progress 33%"


def test_percentage_matches_wagtail_localize_progress(languages):
    pages = [_multi_segment_page(languages.home, f"Page {n}") for n in range(3)]
    for count, page in enumerate(pages):
        translate_segments(start_translation(page, locale("uk")), count=count)

    cells = _cells("uk")

    for page in pages:
        total, done = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=locale("uk")
        ).get_progress()
        assert cells[page.title].percent == done * 100 // total


def test_fully_translated_but_unpublished_page_is_still_in_progress(languages):
    page = english_page(languages.home, title="Observers")
    translate_segments(start_translation(page, locale("be")))

    cell = _cells()["Observers"]

    assert (cell.state, cell.percent) == (status.IN_PROGRESS, 100)


def test_published_translation_is_translated(languages, django_capture_on_commit_callbacks):
    page = english_page(languages.home, title="Observers")
    translation = start_translation(page, locale("be"))
    translate_segments(translation)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    assert _cells()["Observers"].state == status.TRANSLATED


def test_translation_is_outdated_when_the_source_changes_after_the_last_sync(
    languages, django_capture_on_commit_callbacks
):
    page = english_page(languages.home, title="Observers")
    translation = start_translation(page, locale("be"))
    translate_segments(translation)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    page.title = "Court observers"
    page.save_revision().publish()

    assert _cells()["Court observers"].state == status.OUTDATED
    assert _cells("ru")["Court observers"].state == status.STAND_IN


def test_snippet_translation_is_outdated_when_the_source_text_changes(languages):
    footer = FooterTextFactory(organisation_name="Coalition")
    translation = start_translation(footer, locale("be"))
    translate_segments(translation)
    translation.save_target(publish=True)
    assert _cells()["Coalition"].state == status.TRANSLATED

    footer.organisation_name = "The coalition"
    footer.save()

    assert _cells()["The coalition"].state == status.OUTDATED


def test_report_lists_every_source_page_and_translatable_snippet(client, languages):
    english_page(languages.home, title="Observers")
    FooterTextFactory(organisation_name="Coalition")
    login_verified(client, translator("be"))

    response = client.get(REPORT)

    assert response.status_code == 200
    html = response.content.decode()
    for title in ("Observers", "Coalition", languages.home.title):
        assert title in html
    assert 'data-state="stand_in"' in html and 'data-state="missing"' in html


def test_stand_in_cell_links_the_translator_to_start_translating(client, languages):
    page = english_page(languages.home, title="Observers")
    login_verified(client, translator("be"))

    html = client.get(REPORT).content.decode()

    assert reverse("translations:start", args=[page.content_type_id, page.pk, "be"]) in html
    assert reverse("translations:start", args=[page.content_type_id, page.pk, "uk"]) not in html


def test_outdated_cell_links_editors_to_sync_translated_pages(client, languages, django_capture_on_commit_callbacks):
    page = english_page(languages.home, title="Observers")
    translation = start_translation(page, locale("be"))
    translate_segments(translation)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    page.save_revision().publish()
    login_verified(client, editor())

    html = client.get(REPORT).content.decode()

    assert reverse("wagtail_localize:update_translations", args=[translation.source.pk]) in html


def test_in_progress_cell_links_to_the_translation_editor(client, languages):
    page = english_page(languages.home, title="Observers")
    start_translation(page, locale("be"))
    stand_in = Page.objects.get(translation_key=page.translation_key, locale__language_code="be")
    login_verified(client, translator("be"))

    html = client.get(REPORT).content.decode()

    assert reverse("wagtailadmin_pages:edit", args=[stand_in.pk]) in html


def _titles(response):
    return [row.title for row in response.context["object_list"]]


def test_report_filters_by_section(client, languages):
    section = english_page(languages.home, title="Mission")
    StandardPageFactory(parent=section, title="Observers").save_revision().publish()
    english_page(languages.home, title="Privacy")
    login_verified(client, translator("be"))

    response = client.get(REPORT, {"section": f"page-{section.pk}"})

    assert _titles(response) == ["Mission", "Observers"]


def test_report_filters_by_status_in_one_language(client, languages):
    page = english_page(languages.home, title="Observers")
    english_page(languages.home, title="Privacy")
    start_translation(page, locale("be"))
    login_verified(client, translator("be"))

    response = client.get(REPORT, {"status": status.IN_PROGRESS, "language": "be"})

    assert _titles(response) == ["Observers"]
    assert 'data-state="in_progress"' in response.content.decode()


def test_report_totals_count_each_state_per_language(client, languages):
    english_page(languages.home, title="Observers")
    english_page(languages.home, title="Privacy")
    FooterTextFactory(organisation_name="Coalition")
    login_verified(client, translator("be"))

    response = client.get(REPORT)

    totals = {total["locale"].language_code: dict(total["counts"]) for total in response.context["totals"]}
    assert totals["be"]["stand-in"] == 2
    assert totals["be"]["missing"] == 1
    assert totals["be"]["translated"] == 1  # the home page


def test_report_exports_csv(client, languages):
    english_page(languages.home, title="Observers")
    login_verified(client, translator("be"))

    response = client.get(REPORT, {"export": "csv"})

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["Title", "Type", "Section"]
    observers = next(row for row in rows if row[0] == "Observers")
    assert observers[3:] == ["stand-in", "stand-in", "stand-in"]


def test_report_needs_a_translation_role(client, languages, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", "reader@example.org", "correct-horse-battery")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login_verified(client, user)

    assert client.get(REPORT).status_code in (302, 403)


def _report_queries(client):
    ContentType.objects.clear_cache()  # the same cold cache for every measurement
    with CaptureQueriesContext(connection) as queries:
        assert client.get(REPORT).status_code == 200
    return len(queries)


def test_report_queries_do_not_grow_with_the_number_of_pages(client, languages, django_assert_max_num_queries):
    login_verified(client, translator("be"))
    english_page(languages.home, title="Observers")
    FooterTextFactory(organisation_name="Coalition")
    few = _report_queries(client)
    for n in range(8):
        StandardPageFactory(parent=languages.home, title=f"Page {n}").save_revision().publish()
        translate_segments(
            start_translation(Page.objects.get(title=f"Page {n}", locale=locale("en")).specific, locale("be")),
            count=1,
        )
    FooterTextFactory(organisation_name="Coalition of organisations")
    setup_languages()

    many = _report_queries(client)

    assert many == few
    with django_assert_max_num_queries(40):
        client.get(REPORT)
