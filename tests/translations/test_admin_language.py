"""The admin speaks the translator's and coordinator's language: no English words left on its main screens.

Every screen is walked with content that has no Latin letters (Cyrillic titles, names, files),
so any English word found in the visible text is an interface string that a catalogue lacks.
Words that packages freeze in English and that no catalogue can reach are listed in ALLOWED,
each with its reason. Not reachable from here: the translation editor's heading ("English to
Русский translation"), which wagtail-localize 1.14 builds in its script without gettext; the
site translates it in the browser (translations.localize_gaps, gap 5), as
tests/browser/test_journeys.py checks.
"""

import json
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from mission.models import ApplicationSubmission
from mission.permissions import COORDINATORS_GROUP
from tests.factories import StandardPageFactory
from tests.helpers import login_verified
from tests.mission.factories import HowToHelpPageFactory, application_form
from tests.translations.factories import translator
from translations.setup import setup_languages

pytestmark = pytest.mark.django_db

QUESTIONS = [("Ваше имя", "singleline", True, ""), ("Почта", "email", True, "")]

LANGUAGES = ["ru", "be", "uk"]
NAMES = {"ru": "рус", "be": "бел", "uk": "укр"}

# Latin words that may stay: names, formats and codes that every language writes the same way.
ALLOWED = {
    "Wagtail": "the name of the content management system",
    "Localize": "part of the name of the translation package (Wagtail Localize)",
    "PO": "the file format translators download and upload",
    "CSV": "a file format name",
    "XLSX": "a file format name",
    "URL": "written the same way in the site's languages' technical texts",
    "ID": "the column of a record's number, written the same way",
    "HTML": "a format name",
    "CMS": "part of the product name Wagtail CMS",
    "JavaScript": "a product name",
    "localhost": "the test site's host name (content)",
    "English": "the source language's name, shown in that language as the language switchers do",
    "txt": "the uploaded document's file extension (content)",
}

VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
LATIN_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’]*[A-Za-z]\b")


class VisibleText(HTMLParser):
    """The text a person sees: everything outside <script>, <style> and <template>, plus the sidebar menu."""

    # <option>s: on the Account page they are time zone identifiers (Europe/Minsk), not words.
    HIDDEN = {"script", "style", "template", "option"}

    def __init__(self):
        super().__init__()
        self.parts, self.hidden, self.in_sidebar_props = [], 0, False
        self.hidden_tag, self.hidden_depth = None, 0  # an element with the ``hidden`` attribute

    def handle_starttag(self, tag, attrs):
        if self.hidden_tag:
            self.hidden_depth += tag == self.hidden_tag
        elif "hidden" in dict(attrs) and tag not in VOID:
            self.hidden_tag, self.hidden_depth = tag, 1
            self.hidden += 1
        if tag in self.HIDDEN:
            self.hidden += 1
            self.in_sidebar_props = dict(attrs).get("id") == "wagtail-sidebar-props"
        attrs = dict(attrs)
        for name in ("aria-label", "placeholder", "title"):
            if attrs.get(name) and not self.hidden:
                self.parts.append(attrs[name])

    def handle_endtag(self, tag):
        if self.hidden_tag and tag == self.hidden_tag:
            self.hidden_depth -= 1
            if not self.hidden_depth:
                self.hidden_tag = None
                self.hidden -= 1
        if tag in self.HIDDEN:
            self.hidden -= 1
            self.in_sidebar_props = False

    def handle_data(self, data):
        if self.in_sidebar_props:
            self.parts += sidebar_labels(json.loads(data))
        elif not self.hidden:
            self.parts.append(data)


def sidebar_labels(node):
    labels = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "label" and isinstance(value, str):
                labels.append(value)
            else:
                labels += sidebar_labels(value)
    elif isinstance(node, list):
        for value in node:
            labels += sidebar_labels(value)
    return labels


def english_words(html):
    parser = VisibleText()
    parser.feed(html)
    text = "\n".join(parser.parts)
    return sorted({word for word in LATIN_WORD.findall(text) if word not in ALLOWED})


@pytest.fixture
def admin_site(site_tree):
    """Content with no Latin letters in it, on every screen the walk opens."""
    setup_languages()
    Page.objects.filter(depth=2).update(title="Солидарность с Беларусью", draft_title="Солидарность с Беларусью")
    page = StandardPageFactory(parent=site_tree.home, title="Наблюдатели", slug="nabliudateli")
    page.save_revision().publish()
    setup_languages()
    how_to_help = HowToHelpPageFactory(parent=site_tree.home, title="Как помочь", slug="kak-pomoch")
    form = application_form(how_to_help, questions=QUESTIONS, slug="vstupit", title="Вступить в миссию")
    ApplicationSubmission.objects.create(
        page=form, form_data={field.clean_name: "Алена" for field in form.get_form_fields()}
    )
    get_image_model().objects.create(title="Фото", file=get_test_image_file(filename="фото.png"))
    Document.objects.create(title="Отчёт", file=SimpleUploadedFile("отчёт.txt", b"..."))
    targets = {}
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for code in LANGUAGES:
        translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code=code))
        translation.save_target(publish=False)
        targets[code] = translation.get_target_instance()
    return {"page": page, "form": form, "targets": targets, "site": site_tree}


def user_in(language, role, django_user_model):
    if role == "translator":
        user = translator(language, username=f"переводчик-{NAMES[language]}")
    else:
        user = django_user_model.objects.create_user(
            f"координатор-{NAMES[language]}", f"{role}@example.org", "x-y-z-w-v"
        )
        user.groups.add(Group.objects.get(name=COORDINATORS_GROUP), Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def screens(role, site, language):
    target = site["targets"][language]
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[target.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[target.pk]),
        reverse("wagtailsnippets:index"),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("translations:status_report"),
        reverse("wagtailadmin_account"),
        reverse("two_factor:manage"),
    ]
    if role == "translator":
        # Refused, with Wagtail's "Sorry, you do not have permission to access this area." on the dashboard.
        urls.append(reverse("mission_applications"))
    if role == "coordinator":
        urls += [
            reverse("mission_applications"),
            reverse("wagtailforms:list_submissions", args=[site["form"].pk]),
            reverse("wagtailadmin_explore", args=[site["page"].get_parent().pk]),
        ]
    return urls


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ["translator", "coordinator"])
def test_main_admin_screens_have_no_english_words(client, admin_site, django_user_model, language, role):
    login_verified(client, user_in(language, role, django_user_model))
    found = {}
    for url in screens(role, admin_site, language):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        words = english_words(response.content.decode())
        if words:
            found[url] = words
    assert found == {}


def js_catalogue(client, language):
    """The strings the admin's React screens (wagtail-localize's translation editor) get, in ``language``."""
    response = client.get(reverse("wagtailadmin_javascript_catalog"), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S).group(1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_editor_strings_are_spaced_and_tell_download_from_upload(
    client, admin_site, django_user_model, language
):
    login_verified(client, user_in(language, "translator", django_user_model))
    catalogue = js_catalogue(client, language)
    # The editor appends the language or the translator's name: "Publish in " + "Русский".
    assert catalogue["Publish in "].endswith(" ")
    assert catalogue["Translate with "].endswith(" ")
    assert catalogue["Translate all missing strings with "].endswith(" ")
    assert catalogue["Download PO file"] != catalogue["Upload PO file"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", r"1–\d+ из \d+\s*<"), ("be", r"1–\d+ з \d+\s*<"), ("uk", r"1–\d+ з \d+\s*<")],
)
def test_page_explorer_counts_without_english_or_a_plural_noun(
    client, admin_site, django_user_model, language, expected
):
    login_verified(client, user_in(language, "translator", django_user_model))
    target = admin_site["targets"][language]
    html = client.get(reverse("wagtailadmin_explore", args=[target.get_parent().pk])).content.decode()
    assert re.search(expected, html), re.findall(r"1[-–]\d+ [^<]{0,40}", html)
    assert not re.search(r"\d+ of \d+", html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_groups_screen_describes_groups_in_the_admin_language(client, admin_site, django_user_model, language):
    boss = django_user_model.objects.create_superuser(f"админ-{NAMES[language]}", "boss@example.org", "x-y-z-w-v")
    profile = UserProfile.get_for_user(boss)
    profile.preferred_language = language
    profile.save()
    login_verified(client, boss)
    html = client.get(reverse("wagtailusers_groups:index")).content.decode()
    # Group names are data written in English ("Mission coordinators"); their descriptions are not.
    descriptions = re.findall(r"<td[^>]*>\s*([^<]{40,})\s*</td>", html)
    assert len(descriptions) >= 4
    assert [d for d in descriptions if english_words(d)] == []
