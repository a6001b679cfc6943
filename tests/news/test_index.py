"""The news index: newest first, pagination that never fails, and the tag and year archives."""

import datetime
import re

import pytest

from tests.news.factories import NewsPageFactory, NewsTagFactory, many_articles, many_images

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', response.content.decode())


def test_index_lists_the_newest_ten_articles_first(client, news_site):
    many_articles(news_site.index, 12)

    response = client.get("/en/news/")

    assert titles(response) == [f"Bulk article {n}" for n in range(11, 1, -1)]
    assert 'href="?page=2" rel="next"' in response.content.decode()


def test_second_page_holds_the_older_articles(client, news_site):
    many_articles(news_site.index, 12)

    response = client.get("/en/news/?page=2")

    assert titles(response) == ["Bulk article 1", "Bulk article 0"]
    assert 'href="?page=1" rel="prev"' in response.content.decode()


@pytest.mark.parametrize(
    ("value", "shown_page"),
    [("abc", 1), ("0", 1), ("-3", 1), ("", 1), ("1.5", 1), ("2", 2), ("99999", 3), ("9" * 40, 3)],
)
def test_unusable_page_numbers_show_the_first_or_last_page(client, news_site, value, shown_page):
    many_articles(news_site.index, 25)

    response = client.get("/en/news/", {"page": value})

    assert response.status_code == 200
    assert f"Page {shown_page} of 3" in response.content.decode()


def test_an_empty_index_says_so(client, news_site):
    response = client.get("/en/news/?page=7")

    assert response.status_code == 200
    assert "There are no articles here yet." in response.content.decode()


def test_each_listed_article_shows_title_date_summary_and_thumbnail(client, news_site):
    [image] = many_images(1)
    NewsPageFactory(
        parent=news_site.index,
        title="Ales Bialiatski is free",
        date=datetime.date(2014, 6, 21),
        summary="Pardoned after more than 1,000 days in prison.",
        lead_image=image,
    )

    html = client.get("/en/news/").content.decode()

    assert "Ales Bialiatski is free" in html
    assert '<time datetime="2014-06-21">June 21, 2014</time>' in html
    assert "Pardoned after more than 1,000 days in prison." in html
    assert re.search(r'<img [^>]*class="news-item__thumbnail"', html)
    srcset = re.search(r'class="news-item__thumbnail"[^>]* srcset="([^"]+)"', html).group(1)
    assert ".fill-320x180.format-webp.webp" in srcset
    assert ".fill-640x360.format-webp.webp" in srcset


def test_listed_articles_link_their_tags(client, news_site):
    tag = NewsTagFactory(name="Day of Solidarity")
    NewsPageFactory(parent=news_site.index, tags=[tag])

    html = client.get("/en/news/").content.decode()

    assert '<a href="/en/news/tag/day-of-solidarity/" rel="tag">Day of Solidarity</a>' in html


def test_tag_archive_lists_only_tagged_articles_and_paginates(client, news_site):
    tag = NewsTagFactory(name="EU")
    many_articles(news_site.index, 12, tags=[tag])
    NewsPageFactory(parent=news_site.index, title="Untagged news")

    first = client.get("/en/news/tag/eu/")
    second = client.get("/en/news/tag/eu/?page=2")

    assert "Untagged news" not in first.content.decode()
    assert "News tagged “EU”" in first.content.decode()
    assert titles(second) == ["Bulk article 1", "Bulk article 0"]
    assert client.get("/en/news/tag/eu/?page=abc").status_code == 200


def test_year_archive_lists_only_that_year(client, news_site):
    NewsPageFactory(parent=news_site.index, title="From 2014", date=datetime.date(2014, 12, 31))
    NewsPageFactory(parent=news_site.index, title="From 2015", date=datetime.date(2015, 1, 1))

    response = client.get("/en/news/2015/")

    assert titles(response) == ["From 2015"]
    assert "News from 2015" in response.content.decode()


def test_year_archive_paginates(client, news_site):
    many_articles(news_site.index, 15, first_date=datetime.date(2016, 1, 1))

    response = client.get("/en/news/2016/?page=2")

    assert titles(response) == [f"Bulk article {n}" for n in range(4, -1, -1)]
    assert client.get("/en/news/2016/?page=99999").status_code == 200


@pytest.mark.parametrize("path", ["/en/news/2013/", "/en/news/0000/", "/en/news/9999/", "/en/news/20155/"])
def test_a_year_without_articles_is_not_found(client, news_site, path):
    NewsPageFactory(parent=news_site.index, date=datetime.date(2015, 8, 4))

    assert client.get(path).status_code == 404


def test_index_offers_topics_and_years_with_articles(client, news_site):
    used = NewsTagFactory(name="elections")
    NewsTagFactory(name="unused topic")
    NewsPageFactory(parent=news_site.index, date=datetime.date(2015, 10, 12), tags=[used])
    NewsPageFactory(parent=news_site.index, date=datetime.date(2016, 2, 25))

    html = client.get("/en/news/").content.decode()

    assert '<a href="/en/news/tag/elections/" rel="tag">elections</a>' in html
    assert "unused topic" not in html
    assert '<a href="/en/news/2016/">2016</a>' in html
    assert '<a href="/en/news/2015/">2015</a>' in html
    assert "/en/news/2014/" not in html


def test_untranslated_articles_are_listed_only_in_their_own_language(client, news_site):
    NewsPageFactory(parent=news_site.index, title="Only in English")

    assert "Only in English" in client.get("/en/news/").content.decode()
    assert "Only in English" not in client.get("/ru/news/").content.decode()
