"""Wagtail's own assertions for the Mission page types, and what visitors see in each language."""

import pytest
from django.conf import settings
from django.db import reset_queries
from django.test import Client
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from home.models import HomePage
from mission.models import ApplicationFormPage, HowToHelpPage, MissionPage
from tests.conftest import make_site_tree, publish_translation
from tests.core.test_faults import closed_port
from tests.helpers import VerifiedClient, login_verified, page_html
from tests.mission.factories import (
    ContactPhoneFactory,
    HowToHelpPageFactory,
    InformationCentreFactory,
    MissionPageFactory,
    application_form,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
WAY = {
    "title": "Write and translate",
    "audience": "Writers",
    "description": rich_text("<p>Help with texts.</p>"),
    "button_label": "Write to us",
    "form": "",
    "page": "",
    "email": "help@example.org",
}


class MissionPageTypeTests(WagtailPageTestCase):
    client_class = VerifiedClient

    @classmethod
    def setUpTestData(cls):
        cls.home = make_site_tree(translate=False).home
        cls.how_to_help = HowToHelpPageFactory(
            parent=cls.home,
            body=[
                (
                    "way",
                    {
                        "title": "Write and translate",
                        "audience": "Writers",
                        "description": "<p>Help with texts.</p>",
                        "button_label": "Write to us",
                        "email": "help@example.org",
                    },
                )
            ],
        )
        cls.form = application_form(cls.how_to_help, slug="join-the-mission")
        cls.mission = MissionPageFactory(
            parent=cls.home,
            slug="observation-mission",
            body=[
                ("paragraph", "<p>The Mission works in Minsk.</p>"),
                ("contact_directory", {"title": "", "show_email": True}),
                ("information_centres", {"title": "", "show": "all"}),
                ("committee_members", {"title": ""}),
            ],
        )

    def setUp(self):
        login_verified(self.client, self.login())

    def test_mission_page_is_renderable_editable_and_previewable(self):
        body = streamfield(
            [
                ("paragraph", rich_text("<p>The Mission works in Minsk.</p>")),
                ("contact_directory", {"title": "", "show_email": "on"}),
                ("information_centres", {"title": "", "show": "all"}),
                ("committee_members", {"title": ""}),
            ]
        )
        data = self.edit_data(self.mission, body=body)
        self.assertPageIsRenderable(self.mission)
        self.assertPageIsEditable(self.mission, post_data=data)
        self.assertPageIsPreviewable(self.mission, post_data=data)

    def edit_data(self, page, **fields):
        """The edit form as the browser would send it, with StreamField data (built by JavaScript) added."""
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        data.update(nested_form_data(fields))
        return data

    def test_how_to_help_page_is_renderable_editable_and_previewable(self):
        data = self.edit_data(self.how_to_help, body=streamfield([("way", WAY)]))
        self.assertPageIsRenderable(self.how_to_help)
        self.assertPageIsEditable(self.how_to_help, post_data=data)
        self.assertPageIsPreviewable(self.how_to_help, post_data=data)

    def test_editor_reorders_adds_and_removes_ways_to_help(self):
        ways = [("way", {**WAY, "title": "Give money"}), ("way", {**WAY, "title": "Translate"})]
        data = self.edit_data(self.how_to_help, body=streamfield(ways))
        data["action-publish"] = "publish"
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[self.how_to_help.pk]), data)
        self.assertEqual(response.status_code, 302, response)
        self.how_to_help.refresh_from_db()
        self.assertEqual([way.value["title"] for way in self.how_to_help.body], ["Give money", "Translate"])

    def test_application_form_is_renderable_editable_and_previewable_in_both_modes(self):
        self.assertPageIsRenderable(self.form)
        self.assertPageIsEditable(self.form)
        self.assertPageIsPreviewable(self.form, mode="form")
        self.assertPageIsPreviewable(self.form, mode="landing")

    def test_mission_pages_sit_under_home_or_another_mission_page(self):
        self.assertAllowedParentPageTypes(MissionPage, {HomePage, MissionPage})
        self.assertAllowedSubpageTypes(MissionPage, {MissionPage})

    def test_how_to_help_sits_under_home_and_holds_only_application_forms(self):
        self.assertAllowedParentPageTypes(HowToHelpPage, {HomePage})
        self.assertAllowedSubpageTypes(HowToHelpPage, {ApplicationFormPage})

    def test_application_forms_sit_under_home_or_how_to_help_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ApplicationFormPage, {HomePage, HowToHelpPage})
        self.assertAllowedSubpageTypes(ApplicationFormPage, set())

    def test_a_second_how_to_help_page_cannot_be_added_to_the_same_home(self):
        self.assertFalse(HowToHelpPage.can_create_at(self.home))

    def test_editor_creates_a_mission_page_with_a_directory_block(self):
        self.assertCanCreate(
            self.home,
            MissionPage,
            nested_form_data(
                {
                    "title": "Information centres",
                    "slug": "information-centres",
                    "introduction": "",
                    "summary": "",
                    "body": streamfield([("information_centres", {"title": "", "show": "active"})]),
                }
            ),
        )

    def test_editor_creates_an_application_form_whose_fields_take_the_page_language(self):
        self.assertCanCreate(
            self.how_to_help,
            ApplicationFormPage,
            nested_form_data(
                {
                    "title": "Join the Committee",
                    "slug": "join-the-committee",
                    "introduction": rich_text(""),
                    "privacy_notice": rich_text("<p>Only coordinators read this.</p>"),
                    "thank_you_text": rich_text("<p>Thank you.</p>"),
                    "form_fields": inline_formset(
                        [{"label": "Organisation", "field_type": "singleline", "required": "on"}]
                    ),
                    "to_address": "",
                    "from_address": "",
                    "subject": "",
                    "retention_days": "90",
                }
            ),
        )
        page = ApplicationFormPage.objects.get(slug="join-the-committee", locale=self.home.locale)
        field = page.form_fields.get()
        self.assertEqual((field.clean_name, field.locale_id), ("organisation", page.locale_id))

    def test_a_way_to_help_needs_exactly_one_destination(self):
        from mission.blocks import WayToHelpBlock

        block = WayToHelpBlock()
        value = block.to_python(
            {
                "title": "Give money",
                "audience": "Anyone",
                "description": "<p>Calls and travel.</p>",
                "button_label": "Ask",
                "email": "info@example.org",
                "page": self.mission.pk,
            }
        )
        from wagtail.blocks import StructBlockValidationError

        with self.assertRaises(StructBlockValidationError) as raised:
            block.clean(value)
        self.assertIn("exactly one destination", str(raised.exception.block_errors["page"]))


@pytest.fixture
def mission_site(site_tree):
    """How to help (with one way of each kind), a form and a Mission page, live in every language."""
    home = site_tree.home
    mission = MissionPageFactory(
        parent=home,
        slug="observation-mission",
        title="Observation Mission",
        show_in_menus=True,
        body=[("paragraph", "<p>The Mission works in Minsk.</p>")],
    )
    committee = MissionPageFactory(parent=mission, slug="committee", title="Committee", summary="Who the members are.")
    how_to_help = HowToHelpPageFactory(parent=home, show_in_menus=True)
    form = application_form(how_to_help, slug="join-the-mission", title="Join the Mission")
    how_to_help.body = [
        (
            "way",
            {
                "title": "Take part in the Mission",
                "audience": "Experts",
                "description": "<p>Days to two weeks in Minsk.</p>",
                "button_label": "Apply",
                "form": form,
            },
        ),
        (
            "way",
            {
                "title": "Read about the Committee",
                "audience": "Organisations",
                "description": "<p>Who its members are.</p>",
                "button_label": "Read more",
                "page": committee,
            },
        ),
    ]
    how_to_help.save_revision().publish()
    pages = {"mission": mission, "committee": committee, "how_to_help": how_to_help, "form": form}
    translations = {settings.LANGUAGE_CODE: pages}
    for code in LANGUAGES[1:]:
        locale = site_tree.homes[code].locale
        translations[code] = {name: publish_translation(page, locale) for name, page in pages.items()}
    return translations


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_mission_page_renders_in_every_language(client, mission_site, language):
    for page in mission_site[language].values():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{language}"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_home_menu_leads_to_how_to_help_in_every_language(client, mission_site, language):
    how_to_help = mission_site[language]["how_to_help"]
    response = client.get(f"/{language}/")
    assert f'href="{how_to_help.url}"' in response.content.decode()


@pytest.mark.django_db
def test_ways_to_help_link_to_the_form_and_page_in_the_visitors_language(client, mission_site):
    russian = mission_site["ru"]
    html = client.get(russian["how_to_help"].url).content.decode()
    assert f'href="{russian["form"].url}"' in html
    assert f'href="{russian["committee"].url}"' in html
    assert html.index("Take part in the Mission") < html.index("Read about the Committee")


@pytest.mark.django_db
def test_mission_page_lists_its_live_sub_pages_as_cards(client, mission_site):
    html = client.get(mission_site["en"]["mission"].url).content.decode()
    assert "Who the members are." in html
    assert f'href="{mission_site["en"]["committee"].url}"' in html


@pytest.mark.django_db
def test_mission_page_leaves_out_unpublished_sub_pages(client, mission_site):
    mission_site["en"]["committee"].unpublish()
    html = client.get(mission_site["en"]["mission"].url).content.decode()
    assert "Who the members are." not in html


@pytest.mark.django_db
def test_how_to_help_queries_do_not_grow_with_the_directory(client, mission_site, django_assert_max_num_queries):
    url = mission_site["en"]["how_to_help"].url
    ContactPhoneFactory()
    InformationCentreFactory()
    client.get(url)  # warm the site and locale caches
    reset_queries()  # the query log is a bounded deque: start it empty
    with django_assert_max_num_queries(30) as first:
        client.get(url)
    baseline = len(first.captured_queries)
    for index in range(10):
        ContactPhoneFactory(country=["BY", "RU", "UA"][index % 3])
        InformationCentreFactory(status=["active", "organiser_wanted"][index % 2])
    client.get(url)  # the new rows renewed the language's cached chrome: warm it again
    reset_queries()  # the query log is a bounded deque: start it empty
    with django_assert_max_num_queries(baseline):
        response = client.get(url)
    assert response.content.decode().count('href="tel:') == 11


@pytest.mark.django_db
def test_how_to_help_renders_again_with_the_page_queries_only(client, mission_site, django_assert_max_num_queries):
    """Contacts, centres and the links to the forms in the visitor's language come from the cache.

    Left: the remembered page, its ancestors' aliases and view restrictions (Wagtail's privacy
    check), and the pages the ways to help choose (one query per kind: a form, a page).
    """
    ContactPhoneFactory(number="+375 29 111 22 33")
    InformationCentreFactory(city="Vilnius")
    russian = mission_site["ru"]
    client.get(russian["how_to_help"].url)
    with django_assert_max_num_queries(5):
        html = client.get(russian["how_to_help"].url).content.decode()
    assert f'href="{russian["form"].url}"' in html
    assert 'href="tel:+375291112233"' in html
    assert "Vilnius" in html


@pytest.mark.django_db
def test_how_to_help_shows_a_changed_contact_and_a_moved_form_on_the_next_request(client, mission_site):
    russian = mission_site["ru"]
    phone = ContactPhoneFactory(number="+375 29 111 22 33")
    client.get(russian["how_to_help"].url)
    phone.number = "+375 29 444 55 66"
    phone.save()
    form = russian["form"]
    form.slug = "uchastie"
    form.save_revision().publish()
    html = client.get(russian["how_to_help"].url).content.decode()
    assert 'href="tel:+375294445566"' in html
    assert 'href="tel:+375291112233"' not in html
    assert f'href="{russian["how_to_help"].url}uchastie/"' in html


@pytest.mark.django_db
def test_how_to_help_renders_in_full_with_the_cache_down(mission_site, settings):
    ContactPhoneFactory(number="+375 29 111 22 33")
    InformationCentreFactory(city="Vilnius")
    url = mission_site["ru"]["how_to_help"].url
    expected = page_html(Client(), url)
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25},
        },
    }
    client = Client()
    for _ in range(2):
        html = page_html(client, url)
        assert html == expected
    assert 'href="tel:+375291112233"' in html
    assert "Vilnius" in html
    assert f'href="{mission_site["ru"]["form"].url}"' in html
