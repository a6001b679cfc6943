"""The Mission's demo content: every part in English with real ru, be and uk translations, built idempotently."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.utils import translation

from mission import demo
from mission.models import (
    ApplicationFormField,
    ApplicationFormPage,
    CommitteeMember,
    ContactPhone,
    HowToHelpPage,
    InformationCentre,
    MissionPage,
)

LANGUAGES = ["en", "ru", "be", "uk"]


class MissionDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_data", "--no-admin", stdout=StringIO())

    def test_how_to_help_offers_the_five_ways_in_every_language_from_the_menu(self):
        for language in LANGUAGES:
            page = HowToHelpPage.objects.get(locale__language_code=language)
            self.assertTrue(page.live and page.show_in_menus and page.alias_of_id is None)
            self.assertEqual(len(page.body), 5)
            home_html = self.client.get(f"/{language}/").content.decode()
            self.assertIn(f'href="{page.url}"', home_html)
        russian = HowToHelpPage.objects.get(locale__language_code="ru")
        self.assertEqual(russian.body[0].value["title"], "Участвуйте в Наблюдательной миссии")

    def test_phones_are_grouped_like_the_seed_site_in_every_language(self):
        for language in LANGUAGES:
            with translation.override(language):
                directory = ContactPhone.objects.directory()
            carriers = {group.code: [phone.carrier for phone in group.items] for group in directory}
            self.assertEqual([group.code for group in directory], ["BY", "RU", "UA"])
            self.assertEqual(len(carriers["BY"]), 3)
            self.assertEqual(len(carriers["RU"]), 1)
            self.assertEqual(len(carriers["UA"]), 2)
        with translation.override("ru"):
            carriers = {
                group.code: [phone.carrier for phone in group.items] for group in ContactPhone.objects.directory()
            }
        self.assertEqual(carriers, {"BY": ["МТС", "МТС", "Life"], "RU": ["Билайн"], "UA": ["Билайн", "Life"]})

    def test_phone_numbers_are_obviously_fake(self):
        for phone in ContactPhone.objects.all():
            self.assertRegex(phone.number, r"000-00-0\d$")

    def test_information_centres_active_and_wanted_in_every_language(self):
        expected = {
            "en": (["Kharkiv", "Kyiv", "Moscow"], ["Warsaw", "Brussels", "Vienna", "Strasbourg"]),
            "uk": (["Харків", "Київ", "Москва"], ["Варшава", "Брюссель", "Відень", "Страсбург"]),
        }
        for language, (active, wanted) in expected.items():
            with translation.override(language):
                centres = InformationCentre.objects.by_status()
            self.assertEqual([centre.city for centre in centres["active"]], active)
            self.assertEqual([centre.city for centre in centres["organiser_wanted"]], wanted)

    def test_committee_page_lists_translated_members_by_country(self):
        committee = MissionPage.objects.get(slug="committee", locale__language_code="be")
        html = self.client.get(committee.url).content.decode()
        self.assertIn("<h3>Літва</h3>", html)
        self.assertIn("Праваабарончы цэнтр «Прыклад»", html)
        self.assertEqual(CommitteeMember.objects.filter(locale__language_code="be").count(), len(demo.MEMBERS))

    def test_mission_page_has_the_tasks_profiles_and_length_of_stay_in_every_language(self):
        for language in LANGUAGES:
            page = MissionPage.objects.get(slug="observation-mission", locale__language_code=language)
            self.assertTrue(page.show_in_menus)
            html = self.client.get(page.url).content.decode()
            for text in (demo.TASKS_HEADING, demo.PROFILE_KNOWN, demo.STAY_TEXT):
                expected = str(text) if language == "en" else text.get(language)
                self.assertIn(expected, html)

    def test_both_forms_exist_in_every_language_with_the_same_answer_keys(self):
        for slug in ("join-the-mission", "join-the-committee"):
            copies = ApplicationFormPage.objects.filter(slug=slug)
            self.assertEqual(sorted(copies.values_list("locale__language_code", flat=True)), sorted(LANGUAGES))
            keys = {tuple(copy.form_fields.values_list("clean_name", flat=True)) for copy in copies}
            self.assertEqual(len(keys), 1)
            self.assertEqual({copy.retention_days for copy in copies}, {180})
        mission_keys = ApplicationFormPage.objects.get(slug="join-the-mission", locale__language_code="en")
        self.assertIn("your_profile", mission_keys.form_fields.values_list("clean_name", flat=True))

    def test_loading_the_demo_again_changes_nothing(self):
        counts = self._counts()
        call_command("load_demo_data", "--no-admin", stdout=StringIO())
        self.assertEqual(self._counts(), counts)

    def _counts(self):
        models = (MissionPage, HowToHelpPage, ApplicationFormPage, ApplicationFormField, ContactPhone)
        models += (InformationCentre, CommitteeMember)
        return {model.__name__: model.objects.count() for model in models}
