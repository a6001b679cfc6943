"""E-mail addresses never reach public HTML in plain form (core.email_protection), checked on the demo site."""

import base64
import re
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page

from core.email_protection import encode, protect_html, readable
from core.spam import HONEYPOT_FIELD
from mission.models import ApplicationFormPage
from tests.mission.factories import MissionPageFactory

# Independent of the module under test: anything shaped like an address.
RAW_ADDRESS = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")


def decode(data):
    return base64.b64decode(data).decode()[::-1]


class EmailLinks(HTMLParser):
    """The protected e-mail links of a page, and the text of every element that has an id."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, html):
        super().__init__()
        self.links = []  # (href, encoded address, class)
        self.texts = {}  # id -> text inside the element
        self.open = []  # ids of the open elements, None for those without one
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "data-protected-email" in attrs:
            self.links.append((attrs.get("href"), attrs["data-protected-email"], attrs.get("class", "")))
        if tag in self.VOID:
            return
        self.open.append(attrs.get("id"))
        if attrs.get("id"):
            self.texts[attrs["id"]] = ""

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.open:
            self.open.pop()

    def handle_data(self, data):
        for element_id in self.open:
            if element_id:
                self.texts[element_id] += data


def test_address_in_text_becomes_readable_with_the_address_encoded_for_the_script():
    html = protect_html("<p>Write to info@example.org today.</p>")
    assert not RAW_ADDRESS.search(html)
    assert "info [at] example [dot] org" in html
    encoded = re.search(r'data-protected-email="([^"]+)"', html).group(1)
    assert decode(encoded) == "info@example.org"


def test_mailto_link_loses_its_address_and_keeps_a_working_encoded_one():
    html = protect_html('<a href="mailto:help@example.org?subject=Hello">help@example.org</a>')
    assert "mailto:" not in html
    assert not RAW_ADDRESS.search(html)
    assert (
        f'<a class="protected-email-link" href="#email-address-1" data-protected-email="{encode("help@example.org")}">'
        in html
    )


def test_without_javascript_an_email_button_leads_to_the_address_written_out_on_the_page():
    html = protect_html(
        '<a class="button" href="mailto:info@example.org">Write to us</a> <span>info@example.org</span>'
        "<footer><a href='mailto:info@example.org'>info@example.org</a></footer>"
    )
    assert html.count('href="#email-address-1"') == 2
    # Exactly one element has the id: the first place that shows the address.
    assert html.count('id="email-address-1"') == 1
    assert '<span class="protected-email" id="email-address-1"' in html
    target = html.split('id="email-address-1"', 1)[1]
    assert target.split("</span>", 1)[0].endswith(">info [at] example [dot] org")


def test_a_link_to_an_address_the_page_never_shows_gets_it_written_out_once_after_the_link():
    html = protect_html(
        '<p><a href="mailto:help%40example.org">Write to us</a>, <a href="mailto:help@example.org">again</a>, '
        '<a href="mailto:press@example.org">to the press office</a>.</p>'
    )
    assert not RAW_ADDRESS.search(html)
    assert html.count('class="protected-email-fallback"') == 2
    assert html.count('id="email-address-1"') == 1
    assert html.count('href="#email-address-1"') == 2
    first, press = html.split('<span class="protected-email-fallback" id="email-address-')[1:]
    assert "help [at] example [dot] org" in first
    assert press.startswith('2">') and "press [at] example [dot] org" in press
    assert 'href="#email-address-2"' in html


def test_protecting_twice_changes_nothing_more():
    html = protect_html('<a class="button" href="mailto:info@example.org">Write to us</a>')
    assert protect_html(html) == html


def test_percent_encoded_mailto_is_decoded_before_encoding():
    html = protect_html('<a href="mailto:help%40example.org">Write</a>')
    assert decode(re.search(r'data-protected-email="([^"]+)"', html).group(1)) == "help@example.org"


def test_mailto_link_with_a_class_keeps_it_in_one_class_attribute():
    html = protect_html('<a class="button" href="mailto:info@example.org">Write to us</a>')
    link = html.split(">", 1)[0]
    assert link.count("class=") == 1
    assert 'class="button protected-email-link"' in link


def test_addresses_in_visible_attributes_become_readable():
    html = protect_html(
        '<meta name="description" content="Contact info@example.org">'
        '<img alt="Poster: info@example.org" src="/x.png"><input placeholder="you@example.org">'
    )
    assert not RAW_ADDRESS.search(html)
    assert 'content="Contact info [at] example [dot] org"' in html


def test_comments_and_the_title_get_the_readable_form_without_markup():
    html = protect_html("<title>Write to info@example.org</title><!-- owner: admin@example.org --><p>x</p>")
    assert not RAW_ADDRESS.search(html)
    assert "<title>Write to info [at] example [dot] org</title>" in html
    assert "<span" not in html.split("<p>")[0]


def test_what_a_visitor_typed_into_a_form_is_given_back_unchanged():
    html = protect_html('<input name="e_mail" value="olena@example.net"><textarea>olena@example.net</textarea>')
    assert html.count("olena@example.net") == 2


def test_pages_without_an_at_sign_are_returned_as_they_are():
    html = "<p>No addresses here.</p>"
    assert protect_html(html) is html


def test_readable_form_spells_out_every_dot_of_the_domain():
    assert readable("a.b@mail.example.org") == "a.b [at] mail [dot] example [dot] org"


@pytest.mark.django_db
def test_rich_text_mailto_link_is_protected_even_with_the_at_sign_percent_encoded(client, site_tree):
    page = MissionPageFactory(
        parent=site_tree.home,
        body=[
            (
                "paragraph",
                '<p><a href="mailto:help%40example.org">Write to us</a></p>',
            )
        ],
    )
    html = client.get(page.url).content.decode()
    assert "mailto:" not in html
    assert not RAW_ADDRESS.search(html)
    assert html.count('class="protected-email-link"') == 1


class DemoSiteEmailProtectionTests(TestCase):
    """Every live demo page, in every language, shows no raw address."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_data", "--no-admin", stdout=StringIO())

    def test_no_live_page_in_any_language_shows_a_raw_address(self):
        pages = Page.objects.live().filter(depth__gt=1).specific()
        languages = set()
        for page in pages:
            response = self.client.get(page.url)
            self.assertEqual(response.status_code, 200, page.url)
            html = response.content.decode()
            self.assertIsNone(RAW_ADDRESS.search(html), f"{page.url}: {RAW_ADDRESS.search(html)}")
            self.assertNotIn("mailto:", html, page.url)
            languages.add(page.locale.language_code)
        self.assertEqual(languages, {"en", "ru", "be", "uk"})
        self.assertGreaterEqual(len(pages), 28)

    def test_thank_you_pages_show_no_raw_address(self):
        for form in ApplicationFormPage.objects.live():
            response = self.client.post(form.url, {HONEYPOT_FIELD: "bot"})
            self.assertIsNone(RAW_ADDRESS.search(response.content.decode()), form.url)

    def test_without_javascript_every_email_link_leads_to_its_address_written_out(self):
        buttons = 0
        for page in Page.objects.live().filter(depth__gt=1).specific():
            parsed = EmailLinks(self.client.get(page.url).content.decode())
            for href, encoded, classes in parsed.links:
                self.assertTrue(href and href.startswith("#"), f"{page.url}: {href}")
                target = parsed.texts.get(href[1:])
                self.assertIsNotNone(target, f"{page.url}: nothing has the id of {href}")
                self.assertIn(readable(decode(encoded)), target, page.url)
                buttons += "button" in classes.split()
        # The demo's "Write to us", "Offer your help", "Ask how to donate" and their translations.
        self.assertGreaterEqual(buttons, 12)

    def test_addresses_stay_readable_for_people_without_javascript(self):
        html = self.client.get("/ru/how-to-help/").content.decode()
        self.assertIn("info [at] example [dot] org", html)
        self.assertIn('class="button protected-email-link"', html)
