"""Rules an editor meets on a campaign year page: one page per year, 2012 or later, the date default."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from campaigns.models import CampaignYearPage
from tests.campaigns.admin_data import year_form_data
from tests.campaigns.factories import CampaignYearPageFactory
from tests.helpers import login_verified


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor-in-chief", "chief@example.org", "password")
    login_verified(client, user)
    return client


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["campaigns", "campaignyearpage", parent.pk])


def test_date_defaults_to_4_august_of_the_year(campaign_tree):
    page = CampaignYearPageFactory(parent=campaign_tree.index, year=2019)
    assert page.date == datetime.date(2019, 8, 4)


def test_an_explicit_date_is_kept(campaign_tree):
    page = CampaignYearPageFactory(parent=campaign_tree.index, year=2020, date=datetime.date(2020, 8, 5))
    page.full_clean()
    assert page.date == datetime.date(2020, 8, 5)


def test_duplicate_year_under_the_same_index_fails_validation_with_a_sentence(campaign_tree):
    page = CampaignYearPage(title="Another 2014", slug="another-2014", year=2014)
    with pytest.raises(ValidationError) as error:
        campaign_tree.index.add_child(instance=page)
    message = error.value.message_dict["year"][0]
    assert "“Day of Solidarity 2014” is already the page for 2014" in message


def test_same_year_in_another_language_tree_is_allowed(campaign_tree):
    page = CampaignYearPage(title="День солидарности 2014", slug="2014", year=2014)
    campaign_tree.indexes["ru"].add_child(instance=page)
    assert page.pk is not None


def test_year_before_2012_is_refused(campaign_tree):
    page = CampaignYearPage(title="Too early", slug="2011", year=2011)
    with pytest.raises(ValidationError) as error:
        campaign_tree.index.add_child(instance=page)
    assert error.value.message_dict["year"] == [
        "The Day of Solidarity was first held in 2012, so the year cannot be earlier."
    ]


def test_date_in_another_year_is_refused(campaign_tree):
    page = campaign_tree.years[2015]
    page.date = datetime.date(2016, 8, 4)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Choose a date in 2015" in error.value.message_dict["date"][0]


def test_report_window_cannot_close_before_it_opens(campaign_tree):
    page = campaign_tree.years[2015]
    page.report_opens = datetime.date(2015, 8, 1)
    page.report_closes = datetime.date(2015, 7, 1)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "report_closes" in error.value.message_dict


def test_hashtag_must_be_one_word_with_a_hash_sign(campaign_tree):
    page = campaign_tree.years[2015]
    page.hashtag = "solidarity with belarus"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "starting with #" in error.value.message_dict["hashtag"][0]


def test_admin_create_view_shows_the_duplicate_year_error_and_creates_nothing(campaign_tree, admin_client_logged_in):
    data = year_form_data(title="Day of Solidarity 2014 again", slug="2014-again", year=2014)
    response = admin_client_logged_in.post(add_url(campaign_tree.index), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "is already the page for 2014. Each year has only one page" in content
    assert not CampaignYearPage.objects.filter(slug="2014-again").exists()


def test_admin_create_view_fills_in_4_august_when_the_date_is_left_empty(campaign_tree, admin_client_logged_in):
    data = year_form_data(title="Day of Solidarity 2016", slug="2016", year=2016)
    response = admin_client_logged_in.post(add_url(campaign_tree.index), data)
    assert response.status_code == 302
    assert CampaignYearPage.objects.get(slug="2016", locale__language_code="en").date == datetime.date(2016, 8, 4)


def test_admin_edit_view_refuses_changing_a_year_into_a_taken_one(campaign_tree, admin_client_logged_in):
    page = campaign_tree.years[2015]
    data = year_form_data(title=page.title, slug=page.slug, year=2012)
    response = admin_client_logged_in.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 200
    assert "“Day of Solidarity 2012” is already the page for 2012" in response.content.decode()
    page.refresh_from_db()
    assert page.year == 2015


def test_admin_edit_view_accepts_saving_a_page_with_its_own_year(campaign_tree, admin_client_logged_in):
    page = campaign_tree.years[2015]
    data = year_form_data(title="Day of Solidarity 2015, edited", slug=page.slug, year=2015)
    response = admin_client_logged_in.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Day of Solidarity 2015, edited"
