"""Tags on pages not yet translated: marked as English, and every tag link leads to a page that exists."""

from urllib.parse import quote

import pytest
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation

from news.models import NewsPage
from tests.conftest import TRANSLATED_CODES
from tests.news.conftest import translate_article, translate_tag
from tests.news.factories import NewsPageFactory, NewsTagFactory
from translations.setup import setup_languages
from translations.workflow import start_translation

pytestmark = pytest.mark.django_db


def marker(code):
    with translation.override(code):
        return f'<small class="untranslated-marker" lang="{code}">({translation.gettext("not translated yet")})</small>'


def tags_of(html):
    return html.split('class="meta news-tags"')[1].split("</p>")[0]


@pytest.fixture
def hearing(news_site):
    """An English article tagged "court hearings" and "EU", with stand-ins in every other language."""
    article = NewsPageFactory(
        parent=news_site.index,
        slug="hearing",
        title="The hearing was closed to observers",
        tags=[NewsTagFactory(name="court hearings"), NewsTagFactory(name="EU")],
    )
    article.save_revision().publish()
    setup_languages()
    return article


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_stand_in_article_marks_its_untranslated_tags_and_links_them_to_a_page_that_exists(client, hearing, code):
    html = client.get(f"/{code}/news/hearing/").content.decode()
    tags = tags_of(html)

    assert (
        f'<a href="/en/news/tag/court-hearings/" rel="tag" hreflang="en"><span lang="en">court hearings</span> '
        f"{marker(code)}</a>"
    ) in tags
    assert client.get("/en/news/tag/court-hearings/").status_code == 200


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_stand_in_article_shows_a_translated_tag_in_the_visitors_language(client, hearing, code):
    eu = hearing.tag_list[1]
    translated = translate_tag(eu, Locale.objects.get(language_code=code), f"ЕС-{code}")

    tags = tags_of(client.get(f"/{code}/news/hearing/").content.decode())

    url = f"/{code}/news/tag/{quote(translated.slug)}/"
    assert f'<a href="{url}" rel="tag">ЕС-{code}</a>' in tags  # no lang, no marker
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_a_tag_address_not_translated_yet_leads_to_the_source_tag_page(client, hearing, code):
    response = client.get(f"/{code}/news/tag/court-hearings/")

    assert response.status_code == 302
    assert response["Location"] == "/en/news/tag/court-hearings/"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_translated_article_marks_tags_still_under_their_english_name_until_translated(client, news_site, code):
    locale = Locale.objects.get(language_code=code)
    article = NewsPageFactory(parent=news_site.index, slug="vote", tags=[NewsTagFactory(name="elections")])
    translate_article(article, locale, title=f"[{code}] vote")

    listing = client.get(f"/{code}/news/").content.decode()
    page = client.get(f"/{code}/news/vote/").content.decode()
    untranslated = f'<span lang="en">elections</span> {marker(code)}'
    assert untranslated in listing  # the article's tags and the topics
    assert untranslated in tags_of(page)
    assert f'<a href="/{code}/news/vote/">[{code}] vote</a>' in listing  # the article itself is translated

    translate_tag(article.tag_list[0], locale, f"выборы-{code}")

    for html in (client.get(f"/{code}/news/").content.decode(), client.get(f"/{code}/news/vote/").content.decode()):
        assert f"выборы-{code}" in html
        assert 'lang="en">elections' not in html and "untranslated-marker" not in html


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_tag_archive_heading_marks_a_tag_still_under_its_english_name(client, news_site, code):
    article = NewsPageFactory(parent=news_site.index, slug="vote", tags=[NewsTagFactory(name="elections")])
    translation_ = translate_article(article, Locale.objects.get(language_code=code))
    tag = NewsPage.objects.get(pk=translation_.pk).tag_list[0]

    html = client.get(f"/{code}/news/tag/{tag.slug}/").content.decode()

    assert '<span lang="en">elections</span>' in html.split("<h1>")[1].split("</h1>")[0]


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_starting_an_articles_translation_offers_its_tags_for_translation_too(hearing, code):
    locale = Locale.objects.get(language_code=code)

    start_translation(hearing, locale)

    for tag in hearing.tag_list:
        work = Translation.objects.get(source__object_id=tag.translation_key, target_locale=locale)
        assert work.enabled
        # The translator finds the tag in their language, under the English name until renamed.
        assert tag.get_translation(locale).name == tag.name
