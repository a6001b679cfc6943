"""The demo Day of Solidarity: built twice gives the same site, in every language."""

from io import StringIO

import pytest
from wagtail.models import Site

from campaigns import demo as campaigns_demo
from campaigns.models import CampaignIndexPage, CampaignYearPage, SolidarityActionReport
from core import demo as core_demo
from home import demo as home_demo


def load_demo():
    for module in (core_demo, home_demo, campaigns_demo):
        module.load(StringIO())


@pytest.fixture
def demo_site(db, locales, travel_to):
    Site.objects.all().delete()
    load_demo()


def test_demo_run_twice_builds_the_index_and_four_years_in_every_language_once(demo_site):
    load_demo()
    assert CampaignIndexPage.objects.filter(alias_of__isnull=True, show_in_menus=True).count() == 4
    years = CampaignYearPage.objects.filter(alias_of__isnull=True)
    assert sorted(set(years.values_list("year", flat=True))) == [2012, 2014, 2015, 2026]
    assert years.count() == 16
    assert SolidarityActionReport.objects.approved().count() == 8
    assert SolidarityActionReport.objects.values("country").distinct().count() == 7


def test_demo_2014_page_reads_in_belarusian_with_suggested_actions_and_an_open_form(client, demo_site):
    page = CampaignYearPage.objects.get(year=2014, locale__language_code="be")
    content = client.get(page.url).content.decode()
    assert "Салідарнасць мацнейшая за рэпрэсіі" in content
    assert "Напішыце палітвязню" in content
    assert "21 чэрвеня 2014 года Алесь Бяляцкі быў памілаваны" in content
    assert page.url + "report/" in content
