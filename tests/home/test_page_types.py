"""Wagtail's own assertions for the home and standard page types."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.conftest import make_site_tree
from tests.factories import StandardPageFactory
from tests.helpers import VerifiedClient, login_verified


class HomeAndStandardPageTests(WagtailPageTestCase):
    client_class = VerifiedClient

    @classmethod
    def setUpTestData(cls):
        cls.home = make_site_tree(translate=False).home
        cls.page = StandardPageFactory(
            parent=cls.home,
            slug="about",
            body=[
                ("heading", {"text": "Who we are", "level": "h2", "anchor": ""}),
                ("paragraph", "<p>We observe court hearings.</p>"),
            ],
        )

    def setUp(self):
        login_verified(self.client, self.login())

    def body_data(self, **fields):
        return nested_form_data(
            {
                **fields,
                "body": streamfield(
                    [
                        ("heading", {"text": "Who we are", "level": "h2", "anchor": "who"}),
                        ("paragraph", rich_text("<p>We observe court hearings.</p>")),
                    ]
                ),
            }
        )

    def test_home_page_is_renderable_editable_and_previewable(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsEditable(
            self.home, self.body_data(title="Solidarity", slug="home", introduction="We observe.")
        )
        self.assertPageIsPreviewable(
            self.home, post_data=self.body_data(title="Solidarity", slug="home", introduction="We observe.")
        )

    def test_standard_page_is_renderable_editable_and_previewable(self):
        self.assertPageIsRenderable(self.page)
        self.assertPageIsEditable(self.page, self.body_data(title="About", slug="about", summary=""))
        self.assertPageIsPreviewable(self.page, post_data=self.body_data(title="About", slug="about", summary=""))

    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_page_sits_under_home_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_a_second_home_page_cannot_be_created_by_editors(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_editor_creates_a_standard_page_with_blocks(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            self.body_data(title="Privacy policy", slug="privacy", summary=""),
        )
