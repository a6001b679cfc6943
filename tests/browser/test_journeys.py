"""The journeys of a new editor, a new translator (ru, be, uk) and a visitor, with JavaScript on and off.

Each journey goes through the admin or the public site as its person would, in a real Chromium,
and checks what that person sees: a year page at its year's address, an admin 404 inside the
admin, block previews in the chooser, a translation previewed and published in the translator's
own language, and, for visitors, English words marked as English until they are translated.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from campaigns.models import CampaignYearPage
from core.demo_tools import T, translate
from tests.browser.conftest import LOCALIZE_LOCALE, admin_login, close_quietly, translate_every_segment
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignYearPageFactory
from tests.conftest import TRANSLATED_CODES, publish_translation
from tests.mission.factories import RUSSIAN, WAY_TO_HELP, HowToHelpPageFactory, application_form
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


WAY_RUSSIAN = [
    T("Help with translations", ru="Помогите с переводами"),
    T("Anyone who writes well in two languages", ru="Всем, кто хорошо пишет на двух языках"),
    T("<p>Texts for this site.</p>", ru="<p>Тексты для этого сайта.</p>"),
    T("Offer your help", ru="Предложить помощь"),
]


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
        parent=news,
        slug="hearing",
        title="The hearing was closed",
        date=datetime.date(2015, 8, 4),
        tags=[NewsTagFactory(name="court hearings")],
    )
    article.save_revision().publish()
    how_to_help = HowToHelpPageFactory(
        parent=site_tree.home, body=[("way", WAY_TO_HELP)], show_contacts=False, show_information_centres=False
    )
    form = application_form(how_to_help, slug="join-the-mission", title="Join the Mission")
    for code in TRANSLATED_CODES:
        publish_translation(index, locales[code])
        publish_translation(news, locales[code])
    translate(how_to_help, "ru", [*RUSSIAN, *WAY_RUSSIAN])
    translate(form, "ru", RUSSIAN)
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
    console_errors = []
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: console_errors.append(str(error)))
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
    page.goto("/admin/account/")
    page.wait_for_load_state("networkidle")
    assert console_errors == [], "\n".join(console_errors)

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
    # The editor's heading names both languages in the translator's language, not in English.
    with translation.override(code):
        heading = translation.gettext("%(source)s to %(target)s translation") % {
            "source": Locale.objects.get(language_code="en").get_display_name(),
            "target": Locale.objects.get(language_code=code).get_display_name(),
        }
    expect(page.locator(".js-translation-editor section h3").first).to_have_text(heading)

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
    close_quietly(visitor, live_server)


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
    tab.context_javascript = request.param
    yield tab
    close_quietly(context, live_server)
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

    # A news result says when it happened.
    visitor.goto("/en/search/?q=hearing")
    result = visitor.locator(".search-result", has_text="The hearing was closed")
    expect(result.locator(".search-result__meta")).to_contain_text("Aug. 4, 2015")


def test_visitor_reads_what_a_form_requires_applies_and_reaches_the_e_mail_address(visitor, journey_site):
    visitor.goto("/ru/how-to-help/join-the-mission/")
    expect(visitor.locator("label", has_text="Ваше имя")).to_contain_text("(обязательно)")
    expect(visitor.locator("label", has_text="Телефон")).to_contain_text("(необязательно)")
    name = visitor.locator("input[name=your_name]")
    assert name.get_attribute("required") is not None
    # The answer fields take the width of the form's column, not a browser's default 20 characters.
    assert name.bounding_box()["width"] > 300
    visitor.get_by_label("Опыт мониторинга").check()
    visitor.get_by_label("Когда вы можете приехать").fill("с 10 по 20 мая")
    visitor.get_by_label("Опыт", exact=False).last.fill("Наблюдение за судами")
    name.fill("Олена")
    visitor.locator("input[name=e_mail]").fill("olena@example.net")
    visitor.locator("input[name=accept_privacy_notice]").check()
    visitor.locator(".application-form__form button[type=submit]").click()
    expect(visitor.locator("main")).to_contain_text("Мы ответим в течение двух недель.")
    assert "olena" not in visitor.url.lower()

    visitor.goto("/ru/how-to-help/")
    button = visitor.get_by_role("link", name="Предложить помощь")
    if visitor.context_javascript:
        expect(button).to_have_attribute("href", "mailto:help@example.org")
    else:
        href = button.get_attribute("href")
        button.click()
        expect(visitor.locator(href)).to_have_text("help [at] example [dot] org")
        assert "help@example.org" not in visitor.content()
