"""Tree rules and Wagtail's own checks for both campaign page types."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from campaigns.models import CampaignIndexPage, CampaignYearPage
from home.models import HomePage, StandardPage
from tests.campaigns.admin_data import index_form_data, year_form_data
from tests.campaigns.factories import CampaignIndexPageFactory
from tests.helpers import VerifiedClient, login_verified


class TestCampaignPageTypes(WagtailPageTestCase):
    client_class = VerifiedClient

    @pytest.fixture(autouse=True)
    def _tree(self, campaign_tree):
        self.tree = campaign_tree

    def setUp(self):
        super().setUp()
        login_verified(self.client, self.login())

    def test_index_is_renderable_editable_and_previewable(self):
        index = self.tree.index
        self.assertPageIsRenderable(index)
        self.assertPageIsEditable(index, post_data=index_form_data(index))
        self.assertPageIsPreviewable(index, post_data=index_form_data(index))

    def test_year_page_is_renderable_editable_and_previewable(self):
        page = self.tree.years[2014]
        data = year_form_data(title=page.title, slug=page.slug, year=page.year)
        self.assertPageIsRenderable(page)
        self.assertPageIsEditable(page, post_data=data)
        self.assertPageIsPreviewable(page, post_data=data)

    def test_index_lives_only_under_a_home_page(self):
        self.assertAllowedParentPageTypes(CampaignIndexPage, {HomePage})

    def test_index_takes_only_year_pages(self):
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignYearPage})

    def test_year_page_lives_only_under_the_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(CampaignYearPage, {CampaignIndexPage})
        self.assertAllowedSubpageTypes(CampaignYearPage, set())

    def test_home_page_may_hold_the_index(self):
        self.assertCanCreateAt(HomePage, CampaignIndexPage)
        self.assertCanNotCreateAt(StandardPage, CampaignIndexPage)


def test_second_index_under_the_same_home_page_is_refused(campaign_tree, site_tree):
    assert not CampaignIndexPage.can_create_at(site_tree.home)


def test_index_can_still_be_created_under_a_home_page_that_has_none(site_tree):
    CampaignIndexPageFactory(parent=site_tree.homes["ru"], slug="den-solidarnosti")
    assert not CampaignIndexPage.can_create_at(site_tree.homes["ru"])
    assert CampaignIndexPage.can_create_at(site_tree.homes["be"])


def test_index_exists_in_every_language(campaign_tree):
    assert CampaignIndexPage.objects.live().count() == 4
    assert Page.objects.type(CampaignIndexPage).filter(locale__language_code="be").exists()
