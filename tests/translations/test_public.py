"""What visitors see of untranslated pages: a notice, noindex, and no links to missing translations."""

import pytest
from django.utils import translation
from wagtail.models import Page

from tests.translations.factories import english_page, locale, translate_segments
from translations.workflow import start_translation

pytestmark = pytest.mark.django_db

NOTICE = "This page has not been translated into this language yet. Below is the original text."


def _translated(page, code, texts, django_capture_on_commit_callbacks):
    work = start_translation(page, locale(code))
    translate_segments(work, texts)
    with django_capture_on_commit_callbacks(execute=True):
        work.save_target(publish=True)
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code)


@pytest.fixture
def observers(languages, django_capture_on_commit_callbacks):
    """An English page translated into Russian only: stand-ins in Belarusian and Ukrainian."""
    page = english_page(languages.home, title="Observers", slug="observers")
    _translated(page, "ru", {"Observers": "Наблюдатели"}, django_capture_on_commit_callbacks)
    return page


def test_stand_in_shows_the_notice_in_the_visitors_language(client, observers):
    html = client.get("/be/observers/").content.decode()

    with translation.override("be"):
        assert translation.gettext(NOTICE) in html
    assert 'class="notice stand-in-notice"' in html


def test_notice_links_to_the_languages_where_the_page_exists(client, observers):
    html = client.get("/be/observers/").content.decode()
    notice = html.split('class="notice stand-in-notice"')[1].split("</aside>")[0]

    assert 'href="/en/observers/"' in notice
    assert 'href="/ru/observers/"' in notice
    assert "/uk/" not in notice and "/be/" not in notice


def test_real_translation_has_no_notice(client, observers):
    html = client.get("/ru/observers/").content.decode()

    assert "stand-in-notice" not in html
    assert "Наблюдатели" in html


def test_stand_in_is_not_indexed_and_points_search_engines_at_the_source(client, observers):
    html = client.get("/be/observers/").content.decode()

    assert '<meta name="robots" content="noindex">' in html
    assert '<link rel="canonical" href="http://localhost/en/observers/">' in html


def test_language_switcher_marks_languages_without_a_translation(client, observers):
    html = client.get("/en/observers/").content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]

    assert 'href="/ru/observers/"' in switcher
    assert 'href="/be/observers/"' not in switcher
    assert 'href="/be/" hreflang="be" lang="be" class="language-switcher__home"' in switcher


def test_hreflang_lists_only_real_translations(client, observers):
    html = client.get("/en/observers/").content.decode()

    assert 'hreflang="ru" href="http://localhost/ru/observers/"' in html
    assert 'hreflang="be"' not in html.split("</head>")[0]
    assert 'hreflang="uk"' not in html.split("</head>")[0]


def test_sitemap_lists_only_real_translations(client, observers):
    xml = client.get("/sitemap.xml").content.decode()

    assert "http://localhost/en/observers/" in xml
    assert "http://localhost/ru/observers/" in xml
    assert "http://localhost/be/observers/" not in xml
    assert "http://localhost/uk/observers/" not in xml


def test_translation_in_progress_is_still_a_stand_in_for_visitors(client, observers):
    translate_segments(start_translation(observers, locale("be")), {"Observers": "Назіральнікі"})

    html = client.get("/be/observers/").content.decode()

    assert "stand-in-notice" in html
    assert "Назіральнікі" not in html
    assert "http://localhost/be/observers/" not in client.get("/sitemap.xml").content.decode()
