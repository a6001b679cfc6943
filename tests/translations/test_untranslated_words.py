"""Words shown before they are translated carry their language and the "not translated yet" marker.

Wherever the title, slogan or summary of a stand-in (or of a row shown in place of a missing
translation) appears, a visitor of /ru/, /be/ or /uk/ is told it is English, and screen
readers read it as English; translated words carry neither.
"""

import re

import pytest
from django.utils import translation
from wagtail.models import Page

from tests.campaigns.conftest import campaign_tree, travel_to  # noqa: F401  (fixtures)
from tests.campaigns.factories import CampaignYearPageFactory
from tests.conftest import TRANSLATED_CODES
from tests.factories import ContactEmailFactory, FooterTextFactory
from tests.helpers import page_html
from tests.mission.factories import MissionPageFactory
from tests.translations.factories import english_page, locale
from translations.setup import setup_languages

pytestmark = pytest.mark.django_db

MARKER = "not translated yet"


def marker(code):
    with translation.override(code):
        return f'<small class="untranslated-marker" lang="{code}">({translation.gettext(MARKER)})</small>'


def english(text):
    return f'<span lang="en">{text}</span>'


@pytest.fixture
def year_2027(request):
    """An English 2027 page with stand-ins in every other language (as on a fresh site)."""
    tree = request.getfixturevalue("campaign_tree")
    page = CampaignYearPageFactory(
        parent=tree.index,
        year=2027,
        title="Day of Solidarity 2027",
        slogan="Free them all",
        summary="Letters to every prisoner.",
    )
    page.save_revision().publish()
    setup_languages()
    return page


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_campaign_index_marks_an_untranslated_year_page(client, year_2027, code):
    html = page_html(client, f"/{code}/day-of-solidarity/")
    card = html.split("campaign-years__list")[1]

    assert f'<a href="/{code}/day-of-solidarity/2027/">{english("Day of Solidarity 2027")} {marker(code)}</a>' in card
    assert f'<p class="campaign-slogan">{english("Free them all")}</p>' in card
    assert f"<p>{english('Letters to every prisoner.')}</p>" in card
    # The featured edition above the list is marked too.
    featured = html.split('id="campaign-next-heading"')[1].split("</section>")[0]
    assert english("Day of Solidarity 2027") in featured and marker(code) in featured


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_home_box_marks_the_untranslated_slogan(client, year_2027, site_tree, code):
    html = page_html(client, f"/{code}/")
    box = html.split('campaign-next-home"')[1].split("</section>")[0]

    assert f'<p class="campaign-slogan">{english("Free them all")} {marker(code)}</p>' in box
    # The index is translated: its title is the visitor's language, unmarked.
    assert 'lang="en"' not in box.split("</h2>")[0]


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_translated_year_page_carries_no_language_mark_nor_marker(client, year_2027, code):
    translated = Page.objects.get(translation_key=year_2027.translation_key, locale__language_code=code).specific
    translated.alias_of = None
    translated.title = f"[{code}] 2027"
    translated.slogan = f"[{code}] slogan"
    translated.save_revision().publish()

    home = page_html(client, f"/{code}/")
    box = home.split('campaign-next-home"')[1].split("</section>")[0]
    index = page_html(client, f"/{code}/day-of-solidarity/")
    card = next(item for item in index.split("<li ") if f"[{code}] 2027" in item)

    for html in (box, card):
        assert f"[{code}] slogan" in html
        assert 'lang="en"' not in html
        assert "untranslated-marker" not in html


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_menu_and_breadcrumbs_mark_untranslated_page_titles(client, languages, code):
    parent = english_page(languages.home, title="About us", slug="about", show_in_menus=True)
    english_page(parent, title="Our partners", slug="partners")

    html = page_html(client, f"/{code}/about/partners/")
    menu = html.split('class="main-nav"')[1].split("</nav>")[0]
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]

    assert f"{english('About us')} {marker(code)}</a>" in menu
    assert f"{english('About us')} {marker(code)}</a>" in crumbs
    assert f'<li aria-current="page">{english("Our partners")} {marker(code)}</li>' in crumbs


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_menu_and_breadcrumbs_of_translated_pages_are_unmarked(client, languages, code):
    parent = english_page(languages.home, title="About us", slug="about", show_in_menus=True)
    child = english_page(parent, title="Our partners", slug="partners")
    for page in (parent, child):
        translated = Page.objects.get(translation_key=page.translation_key, locale=locale(code)).specific
        translated.alias_of = None
        translated.title = f"[{code}] {page.title}"
        translated.save_revision().publish()

    html = page_html(client, f"/{code}/about/partners/")
    chrome = html.split("</header>")[0] + html.split('class="breadcrumbs"')[1].split("</nav>")[0]

    assert f"[{code}] About us" in chrome and f"[{code}] Our partners" in chrome
    assert not re.search(r'lang="en"[^>]*>\[', chrome)
    assert "untranslated-marker" not in chrome


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_footer_shown_in_english_until_translated_is_marked(client, site_tree, code):
    footer = FooterTextFactory(organisation_name="International Observation Mission")
    ContactEmailFactory(label="General enquiries")

    html = page_html(client, f"/{code}/").split('class="site-footer"')[1]
    assert f"{english('International Observation Mission')} {marker(code)}" in html
    assert '<div class="site-footer__text" lang="en">' in html
    assert f"{english('General enquiries')} {marker(code)}:" in html

    translated = footer.copy_for_translation(locale(code))
    translated.organisation_name = f"[{code}] Mission"
    translated.save()
    html = page_html(client, f"/{code}/").split('class="site-footer"')[1].split("site-footer__contacts")[0]
    assert f"[{code}] Mission" in html
    assert 'lang="en"' not in html and "untranslated-marker" not in html


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_sub_page_cards_mark_untranslated_titles_even_on_a_translated_page(client, languages, code):
    mission = MissionPageFactory(parent=languages.home, title="The Mission", slug="mission")
    MissionPageFactory(parent=mission, title="How we observe", slug="observe", summary="Trials, in person.")
    mission.save_revision().publish()
    setup_languages()
    translated = Page.objects.get(translation_key=mission.translation_key, locale=locale(code)).specific
    translated.alias_of = None
    translated.title = f"[{code}] Mission"
    translated.save_revision().publish()

    html = page_html(client, f"/{code}/mission/")

    assert f'<a href="/{code}/mission/observe/">{english("How we observe")} {marker(code)}</a>' in html
    assert f"<p>{english('Trials, in person.')}</p>" in html
