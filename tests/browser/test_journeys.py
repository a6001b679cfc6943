"""The journeys of a new editor, a new translator (ru, be, uk) and a visitor, with JavaScript on and off.

Each journey goes through the admin or the public site as its person would, in a real Chromium,
and checks what that person sees: a year page at its year's address, an admin 404 inside the
admin, block previews in the chooser, a translation previewed and published in the translator's
own language, and, for visitors, English words marked as English until they are translated.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation
from playwright.sync_api import expect
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from campaigns.models import CampaignYearPage
from tests.browser.conftest import LOCALIZE_LOCALE, admin_login, translate_every_segment
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignYearPageFactory
from tests.conftest import TRANSLATED_CODES, publish_translation
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory, NewsTagFactory
from tests.translations.factories import translator
from translations.setup import setup_languages

pytestmark = pytest.mark.django_db(transaction=True)

YEAR_TITLES = {"ru": "День солидарности 2027", "be": "Дзень салідарнасці 2027", "uk": "День солідарності 2027"}
SLOGANS = {"ru": "Свободу всем", "be": "Свабоду ўсім", "uk": "Свободу всім"}
# Words of the admin's own interface that were left in English before (issue: admin in ru/be/uk).
# (Page titles here are English content and may hold any word: only interface words are looked for.)
ENGLISH_INTERFACE = re.compile(
    r"\b(Translations|More actions|Actions|Save Selected|Sorry|Reports|Dashboard)\b|\d of \d"
)


def marker(code):
    with translation.override(code):
        return translation.gettext("not translated yet")


@pytest.fixture
def journey_site(site_tree, locales):
    """A fresh site as `make run` leaves it for these journeys, in English with stand-ins elsewhere.

    The Day of Solidarity index is translated; its 2027 page is not. A news article tagged
    "court hearings" is English only.
    """
    index = CampaignIndexPageFactory(parent=site_tree.home)
    year = CampaignYearPageFactory(
        parent=index, year=2027, title="Day of Solidarity 2027", slogan="Free them all", summary="Letters to all."
    )
    year.save_revision().publish()
    news = NewsIndexPageFactory(parent=site_tree.home)
    article = NewsPageFactory(
        parent=news, slug="hearing", title="The hearing was closed", tags=[NewsTagFactory(name="court hearings")]
    )
    article.save_revision().publish()
    for code in TRANSLATED_CODES:
        publish_translation(index, locales[code])
        publish_translation(news, locales[code])
    setup_languages()
    return {"index": index, "year": year, "article": article}


def speaks(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()
    user.set_password("correct-horse-battery")
    user.save()
    return user


def test_editor_adds_a_year_page_at_its_years_address_and_stays_in_the_admin(page, journey_site, admin_user):
    admin_login(page)
    page.goto(f"/admin/pages/add/campaigns/campaignyearpage/{journey_site['index'].pk}/")
    page.fill("#id_title", "A new Day of Solidarity")
    page.fill("#id_year", "2028")
    # The block chooser shows what each block looks like before the editor picks one.
    page.locator("button.c-sf-add-button").first.click()
    page.locator("button.w-combobox__option-preview").first.click()
    expect(page.frame_locator(".w-combobox-preview__iframe").locator("main")).not_to_be_empty()
    page.keyboard.press("Escape")
    page.locator("footer button.w-dropdown__toggle.button").click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_selector(".messages .success")

    assert CampaignYearPage.objects.get(year=2028, locale__language_code="en").slug == "2028"
    page.goto("/en/day-of-solidarity/2028/")
    expect(page.locator("h1")).to_have_text("A new Day of Solidarity")

    # A mistyped admin address is answered by the admin, not by the public "Page not found".
    response = page.goto("/admin/pages/99999/edit/")
    assert response.status == 404
    assert page.url.endswith("/admin/pages/99999/edit/") and "/en/admin/" not in page.url
    expect(page.locator("main a[href='/admin/']")).to_be_visible()  # the admin's own 404, back to the dashboard
    assert page.locator("footer.site-footer").count() == 0
    assert page.foreign_requests == []


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_translator_previews_and_publishes_the_year_page_in_their_language(
    page, browser, live_server, journey_site, code
):
    user = speaks(translator(code), code)
    admin_login(page, username=user.username)
    assert page.locator("html").get_attribute("lang") == code
    assert not ENGLISH_INTERFACE.search(page.locator("body").inner_text())

    page.goto(reverse("translations:status_report"))
    assert not ENGLISH_INTERFACE.search(page.locator("main").inner_text())
    page.locator("tr", has_text="Day of Solidarity 2027").locator('td[data-state="stand_in"] a').first.click()
    page.locator("button[data-start-translation]").click()
    texts = {"Day of Solidarity 2027": YEAR_TITLES[code], "Free them all": SLOGANS[code]}
    translate_every_segment(page, code, lambda source: texts.get(source, f"{code}: {source}"))
    editor_url = page.url

    work = Translation.objects.get(
        source__object_id=journey_site["year"].translation_key, target_locale__language_code=code
    )
    page.goto(reverse("wagtail_localize:preview_translation", args=[work.pk]))
    expect(page.locator("h1")).to_have_text(YEAR_TITLES[code])
    assert page.locator(".stand-in-notice").count() == 0

    page.goto(editor_url)
    strings = DjangoTranslation(code, domain="djangojs", localedirs=[str(LOCALIZE_LOCALE)])
    page.get_by_role("button", name=re.compile("^" + re.escape(strings.gettext("Publish in ")))).click()
    page.wait_for_load_state("networkidle")

    visitor = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    public = visitor.new_page()
    public.goto(f"/{code}/")
    box = public.locator(".campaign-next-home")
    expect(box.locator(".campaign-slogan")).to_have_text(SLOGANS[code])
    assert box.locator("[lang=en]").count() == 0
    assert marker(code) not in box.inner_text()
    visitor.close()


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def visitor(request, browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=request.param, locale="ru-RU")
    context.set_default_timeout(15_000)
    foreign = []
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(live_server.url)
            else (foreign.append(route.request.url), route.abort())
        ),
    )
    tab = context.new_page()
    tab.foreign_requests = foreign
    yield tab
    context.close()
    assert foreign == []


def test_visitor_sees_english_marked_as_english_and_every_tag_link_leads_somewhere(visitor, journey_site):
    visitor.goto("/ru/")
    slogan = visitor.locator(".campaign-next-home .campaign-slogan")
    expect(slogan.locator("[lang=en]")).to_have_text("Free them all")
    expect(slogan).to_contain_text(marker("ru"))

    visitor.goto("/ru/day-of-solidarity/")
    card = visitor.locator(".campaign-years__list a", has_text="Day of Solidarity 2027")
    expect(card.locator("[lang=en]")).to_have_text("Day of Solidarity 2027")
    card.click()
    visitor.wait_for_url("**/ru/day-of-solidarity/2027/")
    expect(visitor.locator(".stand-in-notice")).to_be_visible()

    visitor.goto("/ru/news/hearing/")
    tag = visitor.locator(".news-tags a", has_text="court hearings")
    expect(tag).to_have_attribute("hreflang", "en")
    tag.click()
    expect(visitor.locator("h1")).to_contain_text("court hearings")
    assert visitor.locator("html").get_attribute("lang") in ("en", "ru")
