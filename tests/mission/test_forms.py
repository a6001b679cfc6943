"""Submitting an application form: valid, invalid, honeypot, rate limit, oversized input, notification."""

import logging
import re

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.spam import HONEYPOT_FIELD
from mission.models import ApplicationSubmission
from tests.conftest import publish_translation
from tests.helpers import FIELD_MARKERS, form_field_labels
from tests.mission.factories import MISSION_QUESTIONS, VALID_ANSWERS, HowToHelpPageFactory, application_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def form_page(site_tree):
    how_to_help = HowToHelpPageFactory(parent=site_tree.home)
    return application_form(how_to_help, slug="join-the-mission", title="Join the Mission")


def test_form_shows_the_privacy_notice_and_a_required_consent_box(client, form_page):
    html = client.get(form_page.url).content.decode()
    assert "Only the coordinators read your answers." in html
    assert "deleted 180 days after it arrives" in html
    assert 'name="accept_privacy_notice" required' in html
    assert f'name="{HONEYPOT_FIELD}"' in html


def test_valid_application_is_stored_and_thanked(client, form_page):
    response = client.post(form_page.url, VALID_ANSWERS)
    assert response.status_code == 200
    assert "We will answer within two weeks." in response.content.decode()
    submission = ApplicationSubmission.objects.get(page=form_page)
    assert submission.form_data == {
        "your_profile": "Experienced in monitoring",
        "dates_available": "10 to 20 May",
        "experience": "Trial monitoring in Kharkiv since 2012.",
        "your_name": "Olena",
        "e_mail": "olena@example.net",
        "phone": "",
    }


def test_thank_you_page_is_not_a_redirect_that_could_carry_answers_in_the_url(client, form_page):
    response = client.post(form_page.url, VALID_ANSWERS)
    assert response.status_code == 200
    assert "Location" not in response.headers
    assert 'method="post"' in client.get(form_page.url).content.decode()


def test_notification_says_an_application_arrived_with_an_admin_link_and_no_answers(client, form_page):
    client.post(form_page.url, VALID_ANSWERS)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["coordinators@example.org"]
    assert "Join the Mission" in message.subject
    assert f"{settings.WAGTAILADMIN_BASE_URL}/admin/forms/submissions/{form_page.pk}/" in message.body
    for answer in ("Olena", "olena@example.net", "Kharkiv", "10 to 20 May", "Experienced in monitoring"):
        assert answer not in message.body
        assert answer not in message.subject


def test_with_the_database_queue_the_notification_waits_for_the_worker_and_holds_no_answers(
    client, form_page, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    assert client.post(form_page.url, VALID_ANSWERS).status_code == 200

    assert mail.outbox == []  # the applicant's page did not wait for the mail server
    queued = DBTaskResult.objects.get(task_path="mission.tasks.send_application_notification")
    assert queued.args_kwargs == {"args": [form_page.pk], "kwargs": {}}  # the page's id, not the answers
    call_command("run_worker", "--batch", "--no-schedule", "--no-startup-delay", verbosity=0)
    assert len(mail.outbox) == 1
    assert f"/admin/forms/submissions/{form_page.pk}/" in mail.outbox[0].body
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL


def test_no_notification_is_sent_without_an_address(client, form_page):
    form_page.to_address = ""
    form_page.save()
    client.post(form_page.url, VALID_ANSWERS)
    assert mail.outbox == []
    assert ApplicationSubmission.objects.filter(page=form_page).count() == 1


def test_answers_never_reach_the_logs(client, form_page, caplog):
    with caplog.at_level(logging.DEBUG):
        client.post(form_page.url, VALID_ANSWERS)
        client.post(form_page.url, {**VALID_ANSWERS, "e_mail": "not an address"})
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Olena" not in logged
    assert "olena@example.net" not in logged
    assert "Olena" not in str(ApplicationSubmission.objects.get())


REQUIRED_MESSAGE = {
    "en": "This field is required.",
    "ru": "Требуется заполнить это поле.",
    "be": "Гэта поле з&#x27;яўляецца абавязковым.",
    "uk": "Це поле необхідно заповнити",
}


@pytest.mark.parametrize("language", ["en", "ru", "be", "uk"])
def test_missing_answers_are_explained_in_the_visitors_language_and_entries_kept(client, form_page, locales, language):
    page = form_page if language == "en" else publish_translation(form_page, locales[language])
    response = client.post(page.url, {**VALID_ANSWERS, "experience": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert REQUIRED_MESSAGE[language] in html
    assert 'value="Olena"' in html
    assert ApplicationSubmission.objects.count() == 0


def test_consent_box_must_be_ticked(client, form_page):
    answers = {key: value for key, value in VALID_ANSWERS.items() if key != "accept_privacy_notice"}
    response = client.post(form_page.url, answers)
    assert "Please confirm that you have read the privacy notice." in response.content.decode()
    assert ApplicationSubmission.objects.count() == 0


def test_bad_email_gets_a_field_error(client, form_page):
    response = client.post(form_page.url, {**VALID_ANSWERS, "e_mail": "olena at example"})
    assert "Enter a valid email address." in response.content.decode()
    assert ApplicationSubmission.objects.count() == 0


def test_a_choice_that_is_not_offered_is_refused(client, form_page):
    response = client.post(form_page.url, {**VALID_ANSWERS, "your_profile": "Something else"})
    assert "Select a valid choice." in response.content.decode()
    assert ApplicationSubmission.objects.count() == 0


def test_filled_honeypot_is_thanked_but_nothing_is_stored_or_sent(client, form_page):
    response = client.post(form_page.url, {**VALID_ANSWERS, HONEYPOT_FIELD: "https://spam.example"})
    assert response.status_code == 200
    assert "We will answer within two weeks." in response.content.decode()
    assert ApplicationSubmission.objects.count() == 0
    assert mail.outbox == []


@override_settings(PUBLIC_FORM_RATE_LIMIT=2)
def test_too_many_applications_from_one_client_are_refused_with_429_keeping_the_answers(client, form_page):
    for _attempt in range(2):
        assert client.post(form_page.url, VALID_ANSWERS).status_code == 200
    response = client.post(form_page.url, VALID_ANSWERS)
    html = response.content.decode()
    assert response.status_code == 429
    assert "Please wait an hour and try again." in html
    assert 'value="Olena"' in html
    assert ApplicationSubmission.objects.count() == 2


@override_settings(PUBLIC_FORM_RATE_LIMIT=1)
def test_corrections_after_errors_do_not_count_towards_the_limit(client, form_page):
    for _attempt in range(3):
        client.post(form_page.url, {**VALID_ANSWERS, "e_mail": "wrong"})
    assert client.post(form_page.url, VALID_ANSWERS).status_code == 200
    assert ApplicationSubmission.objects.count() == 1


def test_rate_limit_counts_every_language_copy_of_a_form_together(client, form_page, locales):
    russian = publish_translation(form_page, locales["ru"])
    with override_settings(PUBLIC_FORM_RATE_LIMIT=1):
        assert client.post(form_page.url, VALID_ANSWERS).status_code == 200
        assert client.post(russian.url, VALID_ANSWERS).status_code == 429


def test_overlong_answers_get_a_field_error_not_a_crash(client, form_page):
    response = client.post(form_page.url, {**VALID_ANSWERS, "experience": "x" * 4001, "your_name": "y" * 256})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ensure this value has at most 4000 characters (it has 4001)." in html
    assert "Ensure this value has at most 255 characters (it has 256)." in html
    assert ApplicationSubmission.objects.count() == 0


def test_request_bodies_over_the_upload_limit_get_the_400_page(client, form_page):
    oversized = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post(form_page.url, {**VALID_ANSWERS, "experience": oversized})
    assert response.status_code == 400
    assert "check what you entered and try again" in response.content.decode()
    assert ApplicationSubmission.objects.count() == 0


def test_editors_cannot_name_a_question_like_the_sites_own_fields(form_page):
    from django.core.exceptions import ValidationError

    from mission.models import ApplicationFormField

    field = ApplicationFormField(page=form_page, label="Accept privacy notice", field_type="checkbox")
    with pytest.raises(ValidationError) as raised:
        field.clean()
    assert "label" in raised.value.message_dict


@pytest.mark.parametrize("code", ["en", "ru", "be", "uk"])
def test_every_label_says_in_words_whether_the_answer_is_required(client, form_page, locales, code):
    page = form_page if code == "en" else publish_translation(form_page, locales[code])
    html = client.get(page.url).content.decode()
    required, optional = FIELD_MARKERS[code]
    labels = form_field_labels(html)
    questions = {label: (required if is_required else optional) for label, _type, is_required, _c in MISSION_QUESTIONS}
    (consent,) = set(labels) - set(questions)  # the privacy notice box, worded in the visitor's language
    assert labels == {**questions, consent: required}
    assert optional in questions.values()
    # Browsers and screen readers are told too: every required answer has the attribute, no other does.
    for name in ("your_profile", "dates_available", "experience", "your_name", "e_mail", "accept_privacy_notice"):
        assert re.search(rf'name="{name}"[^>]* required\b', html), name
    assert not re.search(r'name="phone"[^>]* required\b', html)
