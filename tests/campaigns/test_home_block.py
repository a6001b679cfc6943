"""The campaign box on the home page: the next edition, its countdown and a link."""

import datetime

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from core.page_cache import bump
from tests.campaigns.factories import CampaignYearPageFactory


def test_home_page_shows_the_next_edition_with_countdown_and_links(client, campaign_tree, site_tree):
    content = client.get(site_tree.home.url).content.decode()
    assert "campaign-next-home" in content
    assert "256 days to go until 4 August 2027" in content
    assert f'href="{campaign_tree.index.url}"' in content
    assert f'href="{campaign_tree.index.url}calendar/"' in content


def test_home_page_links_to_the_year_page_when_it_exists(client, campaign_tree, site_tree, travel_to):
    travel_to(datetime.date(2026, 7, 30))
    page = CampaignYearPageFactory(parent=campaign_tree.index, year=2026, slogan="Stand with Belarus")
    content = client.get(site_tree.home.url).content.decode()
    assert "5 days to go until 4 August 2026" in content
    assert f'href="{page.url}"' in content
    assert "Stand with Belarus" in content


def test_home_page_in_another_language_uses_that_languages_index(client, campaign_tree, site_tree):
    content = client.get(site_tree.homes["be"].url).content.decode()
    assert f'href="{campaign_tree.indexes["be"].url}"' in content


def test_home_page_without_a_campaign_index_shows_no_box(client, site_tree):
    assert "campaign-next-home" not in client.get(site_tree.home.url).content.decode()


def test_campaign_box_costs_a_constant_number_of_queries(campaign_tree, site_tree):
    template = Template("{% load campaign_tags %}{% next_campaign %}")
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        template.render(Context({"request": request}))  # warm the site-root cache
        with CaptureQueriesContext(connection) as kept:
            template.render(Context({"request": request}))
        bump(["en"])  # what any change in English does
        with CaptureQueriesContext(connection) as few_years:
            template.render(Context({"request": request}))
        for year in range(2016, 2026):
            CampaignYearPageFactory(parent=campaign_tree.index, year=year)
        with CaptureQueriesContext(connection) as many_years:
            html = template.render(Context({"request": request}))
    assert "days to go" in html
    # Kept per language and day until something in the language changes (new pages renew it):
    # then the index, next year's pages, and Wagtail's view-restriction lookup for each of the two.
    assert len(kept) == 0
    assert len(few_years) == len(many_years) <= 4
