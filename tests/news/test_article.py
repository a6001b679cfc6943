"""A news article: its date in each language's format, lead image, original source, tags and related articles."""

import datetime

import pytest

from tests.news.conftest import translate_article, translate_tag
from tests.news.factories import NewsPageFactory, NewsTagFactory, many_images

pytestmark = pytest.mark.django_db

DATE_IN_EACH_LANGUAGE = {
    "en": "Aug. 4, 2015",
    "ru": "4 августа 2015 г.",
    "be": "4 жніўня 2015 г.",
    "uk": "04 серпня 2015 р.",
}


@pytest.mark.parametrize(("language", "shown"), DATE_IN_EACH_LANGUAGE.items())
def test_the_date_is_written_the_way_each_language_writes_dates(client, news_site, locales, language, shown):
    article = NewsPageFactory(parent=news_site.index, slug="solidarity-day", date=datetime.date(2015, 8, 4))
    if language != "en":
        translate_article(article, locales[language])

    html = client.get(f"/{language}/news/solidarity-day/").content.decode()

    assert f'<time datetime="2015-08-04">{shown}</time>' in html


@pytest.mark.parametrize(("language", "shown"), DATE_IN_EACH_LANGUAGE.items())
def test_listings_write_dates_in_the_language_of_the_listing(client, news_site, language, shown):
    NewsPageFactory(parent=news_site.indexes[language], date=datetime.date(2015, 8, 4))

    html = client.get(f"/{language}/news/").content.decode()

    assert f'<time datetime="2015-08-04">{shown}</time>' in html


def test_lead_image_has_its_alternative_text_and_caption(client, news_site):
    [image] = many_images(1)
    NewsPageFactory(
        parent=news_site.index,
        slug="picket",
        lead_image=image,
        lead_image_alt="People with placards in front of a court building",
        lead_image_caption="A picket in Vilnius, 4 August",
    )

    html = client.get("/en/news/picket/").content.decode()

    assert 'alt="People with placards in front of a court building"' in html
    assert "<figcaption>A picket in Vilnius, 4 August</figcaption>" in html


def test_original_source_is_named_and_linked(client, news_site):
    NewsPageFactory(
        parent=news_site.index,
        slug="republished",
        source_name="Example Human Rights Weekly",
        source_url="https://example.org/weekly/2015/pardon",
    )

    html = client.get("/en/news/republished/").content.decode()

    assert (
        '<a href="https://example.org/weekly/2015/pardon" rel="noopener noreferrer">Example Human Rights Weekly</a>'
        in html
    )


def test_an_article_without_a_source_shows_none(client, news_site):
    NewsPageFactory(parent=news_site.index, slug="own-report")

    assert "Original source" not in client.get("/en/news/own-report/").content.decode()


def test_related_articles_are_the_three_sharing_most_tags_in_the_same_language(news_site):
    eu, prisoners, elections = (NewsTagFactory(name=name) for name in ("EU", "political prisoners", "elections"))
    article = NewsPageFactory(parent=news_site.index, tags=[eu, prisoners, elections])
    both = NewsPageFactory(parent=news_site.index, title="Two shared tags", tags=[eu, prisoners])
    newer_one, older_one, _oldest = (
        NewsPageFactory(parent=news_site.index, title=f"One shared tag, {day}", tags=[tag], date=day)
        for tag, day in [
            (elections, datetime.date(2016, 1, 1)),
            (eu, datetime.date(2015, 1, 1)),
            (eu, datetime.date(2014, 1, 1)),
        ]
    )
    NewsPageFactory(parent=news_site.index, title="No shared tag")

    assert article.related_articles() == [both, newer_one, older_one]


def test_related_articles_leave_out_drafts_and_other_languages(news_site, locales):
    eu = NewsTagFactory(name="EU")
    russian_eu = translate_tag(eu, locales["ru"], "ЕС")
    article = NewsPageFactory(parent=news_site.index, tags=[eu])
    NewsPageFactory(parent=news_site.indexes["ru"], tags=[russian_eu])
    draft = NewsPageFactory(parent=news_site.index, tags=[eu])
    draft.unpublish()

    assert article.related_articles() == []


def test_article_page_shows_related_articles_and_its_tags(client, news_site):
    eu = NewsTagFactory(name="EU")
    NewsPageFactory(parent=news_site.index, slug="sanctions", tags=[eu])
    NewsPageFactory(parent=news_site.index, title="EU lifts most sanctions", tags=[eu])

    html = client.get("/en/news/sanctions/").content.decode()

    assert "Related articles" in html
    assert "EU lifts most sanctions" in html
    assert '<a href="/en/news/tag/eu/" rel="tag">EU</a>' in html


def test_an_article_without_tags_has_no_related_articles(client, news_site):
    NewsPageFactory(parent=news_site.index, slug="alone")
    NewsPageFactory(parent=news_site.index)

    assert "Related articles" not in client.get("/en/news/alone/").content.decode()


def test_article_page_is_marked_as_an_article_for_sharing(client, news_site):
    NewsPageFactory(parent=news_site.index, slug="shared")

    assert '<meta property="og:type" content="article">' in client.get("/en/news/shared/").content.decode()
