"""What a CDN or reverse proxy is told to drop, after the change has committed."""

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend

from core.page_cache.invalidation import discard_pending
from tests.conftest import publish_translation
from tests.factories import FooterTextFactory
from tests.news import conftest as news_fixtures
from tests.news.factories import NewsPageFactory, NewsTagFactory

pytestmark = pytest.mark.django_db
news_site = news_fixtures.news_site

PURGED = []


class RecordingBackend(BaseBackend):
    """A CDN that remembers what it was asked to drop."""

    def __init__(self, params):
        super().__init__(params)
        self.name = params.get("NAME")

    def purge(self, url):
        PURGED.append((self.name, url))


@pytest.fixture
def cdn(settings):
    PURGED.clear()
    backend = "tests.core.test_frontend_purge.RecordingBackend"
    settings.WAGTAILFRONTENDCACHE = {
        "exact": {"BACKEND": backend, "NAME": "exact", "PREFIX_PURGE": False},
        "prefix": {"BACKEND": backend, "NAME": "prefix", "PREFIX_PURGE": True},
    }

    def purged(name):
        return {url for backend_name, url in PURGED if backend_name == name}

    return purged


def test_publishing_an_article_purges_what_shows_it(news_site, locales, cdn, django_capture_on_commit_callbacks):
    eu = NewsTagFactory(name="EU")
    article = NewsPageFactory(parent=news_site.index, title="Verdict", slug="verdict", tags=[eu])
    publish_translation(article, locales["ru"])
    discard_pending()  # the set-up above never committed

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    root = "http://localhost"
    exact = cdn("exact")
    year = article.date.year
    assert {
        f"{root}/en/news/verdict/",
        f"{root}/ru/news/verdict/",  # its translation: language links changed
        f"{root}/en/news/",
        f"{root}/en/news/feed/rss/",
        f"{root}/en/news/feed/atom/",
        f"{root}/en/news/tag/eu/",
        f"{root}/en/news/tag/eu/feed/rss/",
        f"{root}/en/news/{year}/",
        f"{root}/en/",
        f"{root}/ru/",
        f"{root}/sitemap.xml",
    } <= exact
    assert not any(url.endswith("*") for url in exact)
    assert cdn("prefix") == {f"{root}/en/*", f"{root}/ru/*", f"{root}/sitemap.xml", f"{root}/robots.txt"}


def test_nothing_is_purged_before_the_change_commits(news_site, cdn, django_capture_on_commit_callbacks):
    article = NewsPageFactory(parent=news_site.index, slug="draft-news")
    discard_pending()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.save_revision().publish()
    assert PURGED == []
    assert callbacks


def test_a_footer_change_purges_every_page_of_its_language(news_site, locales, cdn, django_capture_on_commit_callbacks):
    footer = FooterTextFactory(organisation_name="Observation Mission")
    russian = footer.copy_for_translation(locales["ru"])
    discard_pending()
    with django_capture_on_commit_callbacks(execute=True):
        russian.save()
    exact = cdn("exact")
    assert {"http://localhost/ru/", "http://localhost/ru/news/"} <= exact
    assert not any("/en/" in url for url in exact)
    assert cdn("prefix") == {"http://localhost/ru/*", "http://localhost/sitemap.xml", "http://localhost/robots.txt"}


def test_without_a_cdn_nothing_is_sent(news_site, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        NewsPageFactory(parent=news_site.index, slug="quiet").save_revision().publish()
    assert PURGED == []
