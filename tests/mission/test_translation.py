"""Application forms translated with wagtail-localize, as a translator would: labels change, keys do not."""

import pytest
from django.test import override_settings

from core.demo_tools import T, translate
from mission.models import ApplicationFormField, ApplicationSubmission
from tests.mission.factories import RUSSIAN, VALID_ANSWERS, HowToHelpPageFactory, application_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_form(site_tree):
    """An English form and its Russian translation made through wagtail-localize."""
    how_to_help = HowToHelpPageFactory(parent=site_tree.home)
    english = application_form(how_to_help, slug="join-the-mission", title="Join the Mission")
    translate(how_to_help, "ru", RUSSIAN)
    russian = translate(english, "ru", RUSSIAN)
    return english, russian.specific


def test_translated_form_asks_its_questions_in_russian(client, translated_form):
    _english, russian = translated_form
    html = client.get(russian.url).content.decode()
    for label in ("Ваш профиль", "Когда вы можете приехать", "Опыт", "Ваше имя", "Телефон"):
        assert label in html
    assert "Известный правозащитник" in html
    assert "Ваши ответы читают только координаторы." in html
    assert "Your profile" not in html


def test_translated_fields_keep_the_source_keys_and_take_the_target_locale(translated_form):
    english, russian = translated_form
    source = list(english.form_fields.values_list("clean_name", "translation_key", "field_type", "required"))
    target = list(russian.form_fields.values_list("clean_name", "translation_key", "field_type", "required"))
    assert target == source
    assert set(russian.form_fields.values_list("locale", flat=True)) == {russian.locale_id}


def test_answers_sent_in_russian_are_stored_under_the_same_keys(client, translated_form):
    english, russian = translated_form
    answers = {**VALID_ANSWERS, "your_profile": "Опыт мониторинга"}
    with override_settings(PUBLIC_FORM_RATE_LIMIT=10):
        client.post(english.url, VALID_ANSWERS)
        response = client.post(russian.url, answers)
    assert "Мы ответим в течение двух недель." in response.content.decode()
    stored = {submission.page_id: submission.form_data for submission in ApplicationSubmission.objects.all()}
    assert stored[russian.pk].keys() == stored[english.pk].keys()
    assert stored[russian.pk]["your_profile"] == "Опыт мониторинга"


def test_a_question_added_later_reaches_the_translation_with_the_same_key(translated_form):
    english, _russian = translated_form
    ApplicationFormField.objects.create(
        page=english, label="Languages", field_type="singleline", sort_order=10, locale=english.locale
    )
    english.save_revision().publish()
    russian = translate(english, "ru", [*RUSSIAN, T("Languages", ru="Языки")]).specific
    added = russian.form_fields.get(clean_name="languages")
    assert added.label == "Языки"


def test_a_label_change_in_english_never_renames_the_stored_key(translated_form):
    english, _russian = translated_form
    field = english.form_fields.get(clean_name="experience")
    field.label = "Your experience so far"
    field.save()
    english.save_revision().publish()
    russian = translate(english, "ru", [*RUSSIAN, T("Your experience so far", ru="Ваш опыт")]).specific
    assert russian.form_fields.get(clean_name="experience").label == "Ваш опыт"
