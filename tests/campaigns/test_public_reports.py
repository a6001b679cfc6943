"""Approved reports on the year page: grouped and counted by country, charted, in their own language."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import ReportStatus
from tests.campaigns.factories import SolidarityActionReportFactory
from tests.conftest import publish_translation

CONTACT = "do-not-publish@example.org"


@pytest.fixture
def page_2015(campaign_tree):
    return campaign_tree.years[2015]


def add_reports(page, country, count, **fields):
    return [SolidarityActionReportFactory(year_page=page, country=country, **fields) for _ in range(count)]


def test_only_approved_reports_are_shown(client, page_2015):
    add_reports(page_2015, "PL", 1, city="Approved town", contact=CONTACT)
    add_reports(page_2015, "DE", 1, city="Pending town", status=ReportStatus.PENDING)
    add_reports(page_2015, "CZ", 1, city="Rejected town", status=ReportStatus.REJECTED)
    content = client.get(page_2015.url).content.decode()
    assert "Approved town" in content
    assert "Pending town" not in content
    assert "Rejected town" not in content
    assert "do-not-publish" not in content


def test_reports_are_grouped_and_counted_by_country_with_a_headline(client, page_2015):
    add_reports(page_2015, "PL", 3)
    add_reports(page_2015, "UA", 2)
    add_reports(page_2015, "LT", 1)
    content = client.get(page_2015.url).content.decode()
    assert "Actions in 3 countries" in content
    assert "6 actions reported in all" in content
    counts = re.findall(
        r'campaign-country__name">([^<]+)</span>: <span class="campaign-country__count">([^<]+)</span>', content
    )
    assert counts == [("Poland", "3 actions"), ("Ukraine", "2 actions"), ("Lithuania", "1 action")]


def test_headline_uses_the_singular_for_one_country(client, page_2015):
    add_reports(page_2015, "PL", 2)
    assert "Actions in 1 country" in client.get(page_2015.url).content.decode()


def test_no_reports_section_without_approved_reports(client, page_2015):
    add_reports(page_2015, "PL", 1, status=ReportStatus.PENDING)
    content = client.get(page_2015.url).content.decode()
    assert "campaign-reports" not in content
    assert "<svg" not in content


def test_chart_draws_one_bar_per_country_proportional_to_its_count(client, page_2015):
    add_reports(page_2015, "PL", 4)
    add_reports(page_2015, "UA", 2)
    content = client.get(page_2015.url).content.decode()
    svg = content[content.index("<svg") : content.index("</svg>")]
    widths = [int(width) for width in re.findall(r'<rect x="0" y="\d+" width="(\d+)"', svg)]
    assert len(widths) == 2
    assert widths[0] == 2 * widths[1]
    assert ">Poland</text>" in svg and ">Ukraine</text>" in svg
    assert 'role="img"' in svg
    assert "style=" not in svg and "<script" not in svg


def test_reports_from_every_language_version_are_shown_on_each_translation(client, page_2015, locales):
    ukrainian = publish_translation(page_2015, locales["uk"])
    add_reports(page_2015, "UA", 1, language="uk", city="Харків", description="Ми роздавали листівки.")
    add_reports(ukrainian, "PL", 1)
    content = client.get(ukrainian.url).content.decode()
    assert "Ми роздавали листівки." in content
    assert "Actions in 2 countries" in client.get(page_2015.url).content.decode()


def test_report_is_shown_as_written_and_marked_with_its_language(client, page_2015):
    add_reports(page_2015, "UA", 1, language="uk", city="Харків", description="Ми роздавали листівки.")
    content = client.get(page_2015.url).content.decode()
    assert '<div class="campaign-report__text" lang="uk"><p>Ми роздавали листівки.</p></div>' in content
    assert '<span lang="uk">Харків</span>' in content
    assert "written in Ukrainian" in content


def test_country_names_follow_the_visitors_language(client, page_2015, locales):
    belarusian = publish_translation(page_2015, locales["be"])
    add_reports(page_2015, "DE", 1)
    assert "Германія" in client.get(belarusian.url).content.decode()


@pytest.mark.parametrize(
    ("countries", "expected"),
    [(1, "Акции в 1 стране"), (2, "Акции в 2 странах"), (5, "Акции в 5 странах")],
)
def test_headline_has_correct_russian_plural_forms(client, page_2015, locales, countries, expected):
    russian = publish_translation(page_2015, locales["ru"])
    for code in ["PL", "UA", "LT", "DE", "CZ"][:countries]:
        add_reports(page_2015, code, 1)
    assert expected in client.get(russian.url).content.decode()


def test_year_page_query_count_does_not_grow_with_the_number_of_reports(client, page_2015):
    client.get(page_2015.url)  # warm caches shared by every page (site root paths)
    add_reports(page_2015, "PL", 5)
    with CaptureQueriesContext(connection) as few:
        response = client.get(page_2015.url)
    assert "5 actions reported in all" in response.content.decode()

    countries = ["UA", "LT", "DE", "CZ", "SE", "GE", "FR", "IT", "ES", "NL"]
    for number in range(495):
        SolidarityActionReportFactory(year_page=page_2015, country=countries[number % len(countries)])
    with CaptureQueriesContext(connection) as many:
        response = client.get(page_2015.url)
    assert "500 actions reported in all" in response.content.decode()
    assert len(few) == len(many)
    assert len(many) <= 25
