"""A participant reports an action in Ukrainian; a moderator approves it; the year page counts it."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission

from campaigns.moderators import ensure_moderators_group
from tests.browser.conftest import admin_login
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignYearPageFactory, SolidarityActionReportFactory
from tests.conftest import publish_translation

pytestmark = pytest.mark.django_db(transaction=True)

DESCRIPTION = "Ми розмовляли з перехожими біля пам'ятника й роздали листівки про політв'язнів."


@pytest.fixture
def campaign_2014(site_tree, locales):
    index = CampaignIndexPageFactory(parent=site_tree.home)
    page = CampaignYearPageFactory(parent=index, year=2014, report_opens=datetime.date(2014, 7, 1))
    # One action from Poland is already counted.
    SolidarityActionReportFactory(year_page=page, country="PL", city="Warsaw")
    publish_translation(index, locales["uk"])
    return publish_translation(page, locales["uk"])


@pytest.fixture
def moderator(django_user_model):
    # Transactional tests flush the database, data migrations included: make the group again.
    group = ensure_moderators_group(Group, Permission)
    user = django_user_model.objects.create_user("moderator", "moderator@example.org", "moderator-password-1")
    user.groups.add(group)
    return user


def test_action_reported_in_ukrainian_is_counted_once_a_moderator_approves_it(page, campaign_2014, moderator):
    year_url = campaign_2014.url
    page.goto(year_url)
    assert page.locator(".campaign-headline").inner_text().split()[-2] == "1"
    page.click(".campaign-report-cta a.button")

    page.wait_for_url(f"**{year_url}report/")
    assert page.locator("html").get_attribute("lang") == "uk"
    page.select_option("select[name=country]", "UA")
    page.fill("input[name=city]", "Харків")
    page.fill("input[name=date]", "2014-08-04")
    page.select_option("select[name=action_type]", "street")
    page.fill("textarea[name=description]", DESCRIPTION)
    page.fill("input[name=contact]", "reporter@example.org")
    page.click(".campaign-report-form form button[type=submit]")
    page.wait_for_url(f"**{year_url}report/thanks/")

    page.goto(year_url)
    assert DESCRIPTION not in page.content()  # not before moderation

    admin_login(page, "moderator", "moderator-password-1")
    page.goto("/admin/campaign-reports/?status=pending")
    assert "reporter@example.org" not in page.content()
    page.click("a[href*='/admin/campaign-reports/approve/']")
    page.get_by_role("button", name="Yes, approve").click()
    page.wait_for_url("**/admin/campaign-reports/")

    page.goto(year_url)
    assert page.locator(".campaign-headline").inner_text().split()[-2] == "2"
    ukraine = page.locator("details.campaign-country", has_text="Україна")
    assert "1" in ukraine.locator(".campaign-country__count").inner_text()
    text = ukraine.locator(".campaign-report__text")
    assert text.inner_text().strip() == DESCRIPTION
    assert text.get_attribute("lang") == "uk"
    assert "reporter@example.org" not in page.content()
    assert page.locator(".campaign-chart__svg rect").count() == 2
    assert page.foreign_requests == []
