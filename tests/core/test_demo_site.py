"""The demo site as `make run` builds it: every language, real translations, clean public HTML."""

import re
from io import StringIO
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page

from core.models import FooterText
from home.models import HomePage

# Attributes through which a browser fetches something by itself (links people click are fine).
FETCHING = re.compile(
    r"""<(?:script|img|iframe|source|video|audio|embed|object|input)\b[^>]*?\s(?:src|srcset|data)=["']([^"']+)["']"""
    r"""|<link\b[^>]*?\shref=["']([^"']+)["']|url\(([^)]+)\)""",
    re.IGNORECASE,
)


def foreign_fetches(html):
    """URLs of resources in ``html`` that would be fetched from another host."""
    found = []
    for match in FETCHING.finditer(html):
        for value in filter(None, match.groups()):
            for candidate in value.split(","):
                url = candidate.strip().split(" ")[0].strip("'\"")
                host = urlsplit(url).hostname
                if host and host not in {"localhost", "127.0.0.1", "testserver"}:
                    found.append(url)
    return found


class DemoSiteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first_run = StringIO()
        call_command("load_demo_data", "--no-admin", stdout=cls.first_run)
        cls.pages = list(Page.objects.live().public().filter(depth__gte=2).specific())

    def test_progress_is_printed_for_each_app(self):
        output = self.first_run.getvalue()
        self.assertIn("Building Home and general pages…", output)
        self.assertIn("Demo content is ready in: en, ru, be, uk", output)

    def test_running_again_changes_nothing(self):
        before = (Page.objects.count(), FooterText.objects.count())
        call_command("load_demo_data", "--no-admin", stdout=StringIO())
        self.assertEqual((Page.objects.count(), FooterText.objects.count()), before)

    def test_every_language_has_a_real_translated_home_page(self):
        homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
        self.assertEqual(set(homes), {code for code, _name in settings.LANGUAGES})
        self.assertEqual(len({home.title for home in homes.values()}), len(homes))
        self.assertTrue(all(home.live and home.alias_of_id is None for home in homes.values()))

    def test_no_admin_user_without_debug(self):
        from django.contrib.auth import get_user_model

        self.assertFalse(get_user_model().objects.exists())

    def test_every_public_page_renders_in_its_language(self):
        for page in self.pages:
            with self.subTest(url=page.url):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{page.locale.language_code}"')

    def test_no_public_page_fetches_from_another_host(self):
        for page in self.pages:
            with self.subTest(url=page.url):
                self.assertEqual(foreign_fetches(self.client.get(page.url).content.decode()), [])

    def test_no_public_page_has_inline_script_or_style(self):
        for page in self.pages:
            with self.subTest(url=page.url):
                html = self.client.get(page.url).content.decode()
                self.assertNotRegex(html, r"<script(?![^>]*\ssrc=)[^>]*>")
                self.assertNotRegex(html, r"\sstyle=|<style\b|\son[a-z]+=")


class ForeignFetchDetectionTests(TestCase):
    def test_detects_a_font_or_script_from_another_host(self):
        html = (
            '<link rel="stylesheet" href="https://fonts.example.net/css"><script src="//cdn.example.com/x.js"></script>'
        )
        self.assertEqual(foreign_fetches(html), ["https://fonts.example.net/css", "//cdn.example.com/x.js"])

    def test_accepts_links_people_click(self):
        self.assertEqual(foreign_fetches('<a href="https://twitter.com/soli_days">@soli_days</a>'), [])
