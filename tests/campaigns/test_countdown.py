"""The countdown to the next 4 August, computed per day on the server."""

import datetime

import pytest

from campaigns import dates
from tests.campaigns.factories import CampaignYearPageFactory


@pytest.mark.parametrize(
    ("today", "year", "days_left"),
    [
        (datetime.date(2026, 1, 1), 2026, 215),
        (datetime.date(2026, 8, 3), 2026, 1),
        (datetime.date(2026, 8, 4), 2026, 0),
        (datetime.date(2026, 8, 5), 2027, 364),
        (datetime.date(2027, 8, 5), 2028, 365),  # 2028 is a leap year
        (datetime.date(2026, 12, 31), 2027, 216),
    ],
)
def test_next_edition_around_4_august(today, year, days_left):
    edition = dates.next_edition(on=today)
    assert (edition.year, edition.date, edition.days_left) == (year, datetime.date(year, 8, 4), days_left)


def test_the_day_itself_is_today_and_the_day_after_is_not():
    assert dates.next_edition(on=datetime.date(2026, 8, 4)).is_today
    assert not dates.next_edition(on=datetime.date(2026, 8, 5)).is_today


def test_a_year_page_with_its_own_date_moves_the_edition():
    class Page:
        year = 2026
        date = datetime.date(2026, 8, 8)

    edition = dates.next_edition([Page()], on=datetime.date(2026, 8, 5))
    assert (edition.year, edition.days_left, edition.page.year) == (2026, 3, 2026)


def test_index_shows_days_left_until_the_next_4_august(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 8, 1))
    content = client.get(campaign_tree.index.url).content.decode()
    assert "3 days to go until 4 August 2026" in content


def test_index_shows_one_day_in_the_singular(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 8, 3))
    content = client.get(campaign_tree.index.url).content.decode()
    assert "1 day to go until 4 August 2026" in content


def test_index_says_today_on_4_august(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 8, 4))
    content = client.get(campaign_tree.index.url).content.decode()
    assert "Today is the International Day of Solidarity with Belarus." in content
    assert "days to go" not in content


def test_index_counts_towards_next_year_from_the_day_after(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 8, 5))
    content = client.get(campaign_tree.index.url).content.decode()
    assert "364 days to go until 4 August 2027" in content


def test_index_countdown_uses_russian_plural_forms(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 8, 2))
    content = client.get(campaign_tree.indexes["ru"].url).content.decode()
    assert "До 4 августа 2026 осталось 2 дня" in content


def test_index_page_is_cacheable_for_anonymous_visitors(client, campaign_tree):
    response = client.get(campaign_tree.index.url)
    assert "public" in response["Cache-Control"]
    assert not response.cookies


def test_index_highlights_the_coming_edition_when_it_has_a_page(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 7, 1))
    CampaignYearPageFactory(parent=campaign_tree.index, year=2026, slogan="Freedom for all of them")
    content = client.get(campaign_tree.index.url).content.decode()
    assert "Next edition" in content
    assert "campaign-year-card--featured" in content
    assert "Freedom for all of them" in content


def test_index_highlights_the_latest_edition_when_the_next_has_no_page(client, campaign_tree):
    content = client.get(campaign_tree.index.url).content.decode()
    assert "Latest edition" in content
    featured = content.split("campaign-year-card--featured", 1)[1]
    assert featured.split("</li>", 1)[0].count("Day of Solidarity 2015") == 1


def test_index_lists_years_newest_first(client, campaign_tree):
    content = client.get(campaign_tree.index.url).content.decode()
    listing = content.split('id="campaign-years-heading"', 1)[1]
    positions = [listing.index(f"Day of Solidarity {year}") for year in (2015, 2014, 2012)]
    assert positions == sorted(positions)


def test_year_page_shows_its_own_countdown_before_the_day(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 7, 25))
    page = CampaignYearPageFactory(parent=campaign_tree.index, year=2026)
    assert "10 days to go" in client.get(page.url).content.decode()


def test_index_lists_years_with_a_bounded_number_of_queries(client, campaign_tree, django_assert_max_num_queries):
    client.get(campaign_tree.index.url)  # warm the site-root cache
    for year in range(2016, 2026):
        CampaignYearPageFactory(parent=campaign_tree.index, year=year)
    with django_assert_max_num_queries(25):
        response = client.get(campaign_tree.index.url)
    assert response.content.decode().count("campaign-year-card") >= 13
