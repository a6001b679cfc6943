"""Links from one year's page to the previous and the next year."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.campaigns.factories import CampaignYearPageFactory


def test_middle_year_links_to_previous_and_next_year(client, campaign_tree):
    response = client.get(campaign_tree.years[2014].url)
    content = response.content.decode()
    assert f'href="{campaign_tree.years[2012].url}" rel="prev"' in content
    assert f'href="{campaign_tree.years[2015].url}" rel="next"' in content


def test_first_year_has_no_previous_link(client, campaign_tree):
    content = client.get(campaign_tree.years[2012].url).content.decode()
    assert 'rel="prev"' not in content
    assert f'href="{campaign_tree.years[2014].url}" rel="next"' in content


def test_latest_year_has_no_next_link(client, campaign_tree):
    content = client.get(campaign_tree.years[2015].url).content.decode()
    assert 'rel="next"' not in content


def test_neighbours_skip_missing_years_and_ignore_creation_order(campaign_tree):
    late = CampaignYearPageFactory(parent=campaign_tree.index, year=2013)
    previous_page, next_page = campaign_tree.years[2015].neighbours()
    assert previous_page.pk == campaign_tree.years[2014].pk
    assert next_page is None
    assert [page.year for page in late.neighbours()] == [2012, 2014]


def test_unpublished_year_is_not_linked(campaign_tree):
    campaign_tree.years[2014].unpublish()
    previous_page, _next_page = campaign_tree.years[2015].neighbours()
    assert previous_page.pk == campaign_tree.years[2012].pk


def test_neighbours_cost_the_same_queries_however_many_years(campaign_tree):
    page = campaign_tree.years[2015]
    with CaptureQueriesContext(connection) as few_years:
        page.neighbours()
    for year in range(2016, 2026):
        CampaignYearPageFactory(parent=campaign_tree.index, year=year)
    with CaptureQueriesContext(connection) as many_years:
        previous_page, next_page = page.neighbours()
    # One query for the pages, one for Wagtail's view restrictions (public pages only).
    assert len(few_years) == len(many_years) == 2
    assert (previous_page.year, next_page.year) == (2014, 2016)
