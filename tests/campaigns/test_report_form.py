"""The public form to report an action: valid, invalid, honeypot, rate limit and the open window."""

import datetime
import re

import pytest
from django.test import override_settings

from campaigns.models import ReportStatus, SolidarityActionReport
from core.spam import HONEYPOT_FIELD
from tests.conftest import publish_translation
from tests.helpers import FIELD_MARKERS, form_field_labels


@pytest.fixture
def open_page(campaign_tree):
    """The 2015 page with its report form open; today is 21 November 2026."""
    page = campaign_tree.years[2015]
    page.report_opens = datetime.date(2015, 7, 1)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def report_url(page):
    return page.url + page.reverse_subpage("report")


def valid_data(**overrides):
    data = {
        "country": "UA",
        "city": "Kharkiv",
        "date": "2015-08-04",
        "action_type": "street",
        "description": "We talked to passers-by about political prisoners.",
        "link": "https://example.org/photos/",
        "contact": "reporter@example.org",
    }
    data.update(overrides)
    return data


def test_form_shows_country_names_in_the_visitors_language(client, open_page, locales):
    ukrainian = publish_translation(open_page, locales["uk"])
    response = client.get(report_url(ukrainian))
    assert response.status_code == 200
    assert '<option value="BY">Білорусь</option>' in response.content.decode()


def test_valid_report_is_stored_pending_and_thanks_the_reporter(client, open_page):
    response = client.post(report_url(open_page), valid_data())
    assert response.status_code == 302
    assert response["Location"] == open_page.url + "report/thanks/"
    report = SolidarityActionReport.objects.get()
    assert (report.status, report.country, report.city, report.language) == (
        ReportStatus.PENDING,
        "UA",
        "Kharkiv",
        "en",
    )
    assert report.year_page_id == open_page.pk
    assert report.contact == "reporter@example.org"
    assert "Thank you for your report" in client.get(response["Location"]).content.decode()


def test_report_sent_from_a_translation_records_its_language_and_files_under_the_campaign(client, open_page, locales):
    ukrainian = publish_translation(open_page, locales["uk"])
    response = client.post(report_url(ukrainian), valid_data(description="Ми говорили з перехожими."))
    assert response.status_code == 302
    report = SolidarityActionReport.objects.get()
    assert report.language == "uk"
    assert report.year_page_id == open_page.pk


def test_invalid_report_is_shown_again_with_errors_and_the_values_kept(client, open_page):
    response = client.post(report_url(open_page), valid_data(country="", date="2014-08-04"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "This field is required." in content
    assert "Give a date in 2015: this form is for the Day of Solidarity 2015." in content
    assert 'value="Kharkiv"' in content
    assert "We talked to passers-by about political prisoners." in content
    assert not SolidarityActionReport.objects.exists()


def test_date_in_the_future_is_refused(client, open_page, travel_to):
    travel_to(datetime.date(2015, 8, 1))
    response = client.post(report_url(open_page), valid_data(date="2015-08-04"))
    assert "The date is in the future." in response.content.decode()
    assert not SolidarityActionReport.objects.exists()


def test_invalid_report_in_ukrainian_gets_ukrainian_errors(client, open_page, locales):
    ukrainian = publish_translation(open_page, locales["uk"])
    response = client.post(report_url(ukrainian), valid_data(city=""))
    assert response.status_code == 200
    assert "Це поле необхідно заповнити" in response.content.decode()


def test_filled_honeypot_looks_like_success_but_stores_nothing(client, open_page):
    response = client.post(report_url(open_page), valid_data(**{HONEYPOT_FIELD: "http://spam.example"}))
    assert response.status_code == 302
    assert response["Location"].endswith("report/thanks/")
    assert not SolidarityActionReport.objects.exists()


@override_settings(PUBLIC_FORM_RATE_LIMIT=2)
def test_rate_limited_report_is_refused_with_429_and_values_kept(client, open_page):
    for number in range(2):
        assert client.post(report_url(open_page), valid_data(city=f"Town {number}")).status_code == 302
    response = client.post(report_url(open_page), valid_data(city="Lviv"))
    assert response.status_code == 429
    content = response.content.decode()
    assert "You have sent this form several times in a short while." in content
    assert 'value="Lviv"' in content
    assert SolidarityActionReport.objects.count() == 2


def test_form_is_closed_when_no_window_is_set(client, campaign_tree):
    page = campaign_tree.years[2014]
    response = client.get(report_url(page))
    assert response.status_code == 200
    assert "The report form is closed" in response.content.decode()
    assert '<form method="post"' not in response.content.decode()


def test_post_to_a_closed_form_is_refused_and_stores_nothing(client, campaign_tree):
    page = campaign_tree.years[2014]
    response = client.post(report_url(page), valid_data(date="2014-08-04"))
    assert response.status_code == 403
    assert not SolidarityActionReport.objects.exists()


def test_form_opens_and_closes_on_the_days_editors_set(client, open_page, travel_to):
    open_page.report_closes = datetime.date(2015, 9, 30)
    open_page.save_revision().publish()
    travel_to(datetime.date(2015, 6, 30))
    assert "Reports for this year can be sent from 1 July 2015." in client.get(report_url(open_page)).content.decode()
    for day in (datetime.date(2015, 7, 1), datetime.date(2015, 9, 30)):
        travel_to(day)
        assert 'name="city"' in client.get(report_url(open_page)).content.decode()
    travel_to(datetime.date(2015, 10, 1))
    assert 'name="city"' not in client.get(report_url(open_page)).content.decode()


def test_year_page_links_to_the_form_only_while_it_is_open(client, open_page, campaign_tree):
    assert "Report your action" in client.get(open_page.url).content.decode()
    assert "Report your action" not in client.get(campaign_tree.years[2014].url).content.decode()


def test_year_page_without_forms_stays_cacheable(client, open_page):
    response = client.get(open_page.url)
    assert "public" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.parametrize("code", ["en", "ru", "be", "uk"])
def test_every_label_says_in_words_whether_the_answer_is_required(client, open_page, locales, code):
    page = open_page if code == "en" else publish_translation(open_page, locales[code])
    html = client.get(report_url(page)).content.decode()
    required, optional = FIELD_MARKERS[code]
    markers = list(form_field_labels(html).values())
    # Country, city, date, kind of action and description are needed; the link and the contact are not.
    assert markers == [required] * 5 + [optional] * 2
    # No label still says "optional" by itself: the marker is the only one.
    for label in form_field_labels(html):
        assert optional.strip("()") not in label.lower()
    for name in ("country", "city", "date", "action_type", "description"):
        assert re.search(rf'name="{name}"[^>]* required\b', html), name
    for name in ("link", "contact"):
        assert not re.search(rf'name="{name}"[^>]* required\b', html), name
