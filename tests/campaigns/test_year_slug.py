"""A year page's address is its year: set on create, kept when the year changes, shared by translations."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from campaigns.models import CampaignYearPage
from tests.campaigns.admin_data import year_form_data
from tests.campaigns.factories import CampaignYearPageFactory
from tests.translations.factories import translate_segments


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["campaigns", "campaignyearpage", parent.pk])


def test_a_year_page_made_in_the_admin_lives_at_its_year(campaign_tree, admin_client, client):
    # The admin's JavaScript fills the slug from the title; the year wins.
    data = year_form_data(title="Day of Solidarity 2027", slug="day-of-solidarity-2027", year=2027)
    response = admin_client.post(add_url(campaign_tree.index), data)
    assert response.status_code == 302
    page = CampaignYearPage.objects.get(year=2027, locale__language_code="en")
    assert page.slug == "2027"
    admin_client.logout()
    response = client.get("/en/day-of-solidarity/2027/")
    assert response.status_code == 200
    assert "Day of Solidarity 2027" in response.content.decode()


def test_the_year_page_form_has_no_slug_field_to_contradict_the_year(campaign_tree, admin_client):
    response = admin_client.get(add_url(campaign_tree.index))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="year"' in html
    assert 'name="slug"' not in html
    assert "…/day-of-solidarity/2027/" in html


def test_changing_the_year_in_the_admin_moves_the_page_to_the_new_year(campaign_tree, admin_client, client):
    page = campaign_tree.years[2015]
    data = year_form_data(title="Day of Solidarity 2016", slug=page.slug, year=2016)
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.year, page.slug) == (2016, "2016")
    admin_client.logout()
    assert client.get("/en/day-of-solidarity/2016/").status_code == 200
    assert client.get("/en/day-of-solidarity/2015/").status_code == 404


def test_a_slug_set_in_code_follows_the_year_too(campaign_tree):
    page = CampaignYearPage(title="Day of Solidarity 2019", slug="solidarity-2019", year=2019)
    campaign_tree.index.add_child(instance=page)
    assert page.slug == "2019"
    assert page.url_path.endswith("/day-of-solidarity/2019/")


def test_the_year_field_says_when_the_year_is_taken(campaign_tree):
    page = CampaignYearPageFactory.build(title="Another 2014", year=2014)
    page._parent_for_validation = campaign_tree.index
    with pytest.raises(ValidationError) as error:
        campaign_tree.index.add_child(instance=page)
    assert "slug" not in error.value.message_dict
    assert "is already the page for 2014" in error.value.message_dict["year"][0]


@pytest.mark.parametrize("code", ["ru", "be", "uk"])
def test_translations_share_the_year_slug_and_follow_a_year_change(campaign_tree, locales, code):
    page = campaign_tree.years[2015]
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locales[code])
    translate_segments(translation)
    translation.save_target(publish=True)
    translated = page.get_translation(locales[code])
    assert translated.slug == "2015"

    page.year = 2016
    page.date = None
    page.save_revision().publish()
    source.update_from_db()
    translation.save_target(publish=True)
    translated.refresh_from_db()
    assert (translated.specific.year, translated.slug) == (2016, "2016")
    assert translated.url_path.endswith("/2016/")
