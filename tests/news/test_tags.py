"""Tags in the reader's language: names, slugs and archive addresses per language, and translation."""

import json

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from news.models import NewsPage
from tests.news.conftest import translate_article, translate_tag
from tests.news.factories import NewsPageFactory, NewsTagFactory

pytestmark = pytest.mark.django_db


def test_typed_tag_names_are_found_and_made_in_the_article_language(news_site, locales):
    belarusian_eu = NewsTagFactory(name="ЕС", locale=locales["be"])
    article = NewsPageFactory(parent=news_site.indexes["ru"], tags=["ЕС", "выборы"])

    tags = article.tag_list
    assert [(tag.name, tag.locale.language_code) for tag in tags] == [("выборы", "ru"), ("ЕС", "ru")]
    assert belarusian_eu not in tags


def test_the_same_tag_name_can_exist_once_in_each_language(locales):
    russian = NewsTagFactory(name="ЕС", locale=locales["ru"])
    belarusian = NewsTagFactory(name="ЕС", locale=locales["be"])

    assert (russian.slug, belarusian.slug) == ("ес", "ес")


def test_tag_slug_keeps_cyrillic_and_follows_a_renamed_tag(locales):
    tag = NewsTagFactory(name="Political prisoners", locale=locales["ru"])
    assert tag.slug == "political-prisoners"

    tag.name = "Политзаключённые"
    tag.save()

    assert tag.slug == "политзаключённые"


def test_tag_slugs_stay_unique_within_a_language(locales):
    first = NewsTagFactory(name="EU")
    second = NewsTagFactory(name="E.U.")

    assert (first.slug, second.slug) == ("eu", "eu-2")


def test_translating_an_article_with_wagtail_localize_points_it_at_the_tag_translations(news_site, locales, admin_user):
    eu = NewsTagFactory(name="EU")
    russian_eu = translate_tag(eu, locales["ru"], "ЕС")
    elections = NewsTagFactory(name="elections")
    article = NewsPageFactory(parent=news_site.index, tags=[eu, elections])

    TranslationCreator(admin_user, [locales["ru"]]).create_translations(article)

    translation = article.get_translation(locales["ru"])
    tags = translation.tag_list
    assert all(tag.locale == locales["ru"] for tag in tags)
    assert russian_eu in tags
    # The untranslated tag was sent for translation with the article; once translated, the article follows it.
    assert elections.get_translation(locales["ru"]) in tags
    translate_tag(elections, locales["ru"], "выборы")
    assert [tag.name for tag in NewsPage.objects.get(pk=translation.pk).tag_list] == ["выборы", "ЕС"]


def test_copying_an_article_for_translation_maps_its_tags_to_that_language(news_site, locales):
    eu = NewsTagFactory(name="EU")
    translate_tag(eu, locales["uk"], "ЄС")
    untranslated = NewsTagFactory(name="Observation Mission")
    article = NewsPageFactory(parent=news_site.index, tags=[eu, untranslated])

    translation = translate_article(article, locales["uk"])

    tags = translation.tag_list
    assert [(tag.name, tag.locale.language_code) for tag in tags] == [("Observation Mission", "uk"), ("ЄС", "uk")]
    # The untranslated tag got a Ukrainian copy under its English name, registered for translation.
    assert untranslated.get_translation(locales["uk"]).name == "Observation Mission"
    assert Translation.objects.filter(source__object_id=untranslated.translation_key, target_locale=locales["uk"])
    assert [tag.name for tag in article.tag_list] == ["EU", "Observation Mission"]


def test_russian_reader_sees_russian_tag_names_and_archive_addresses(client, news_site, locales):
    prisoners = NewsTagFactory(name="political prisoners")
    translate_tag(prisoners, locales["ru"], "политзаключённые")
    article = NewsPageFactory(parent=news_site.index, slug="pardon", tags=[prisoners])
    translate_article(article, locales["ru"], title="Помилованы шесть политзаключённых")

    html = client.get("/ru/news/pardon/").content.decode()

    assert "политзаключённые" in html
    assert "political prisoners" not in html
    assert (
        'href="/ru/news/tag/%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B7%D0%B0%D0%BA%D0%BB%D1%8E%D1%87%D1%91%D0%BD%D0%BD%D1%8B%D0%B5/"'
        in html
    )
    archive = client.get("/ru/news/tag/политзаключённые/")
    assert archive.status_code == 200
    assert "Помилованы шесть политзаключённых" in archive.content.decode()


def test_tag_archive_lists_only_articles_in_its_language(client, news_site, locales):
    eu = NewsTagFactory(name="EU")
    belarusian_eu = translate_tag(eu, locales["be"], "ЕС")
    russian_eu = translate_tag(eu, locales["ru"], "ЕС")
    NewsPageFactory(parent=news_site.indexes["be"], title="Беларускі артыкул", tags=[belarusian_eu])
    NewsPageFactory(parent=news_site.indexes["ru"], title="Русская статья", tags=[russian_eu])
    NewsPageFactory(parent=news_site.index, title="English article", tags=[eu])

    html = client.get("/be/news/tag/ес/").content.decode()

    assert "Беларускі артыкул" in html
    assert "Русская статья" not in html
    assert "English article" not in html


def test_a_tag_address_from_another_language_redirects_to_the_translated_tag(client, news_site, locales):
    eu = NewsTagFactory(name="EU")
    translate_tag(eu, locales["uk"], "ЄС")

    response = client.get("/uk/news/tag/eu/")

    assert response.status_code == 301
    assert response.headers["Location"] == "/uk/news/tag/%D1%94%D1%81/"


def test_an_unknown_tag_is_not_found(client, news_site):
    assert client.get("/en/news/tag/no-such-topic/").status_code == 404


def test_tag_autocomplete_suggests_tags_of_the_requested_language_only(admin_client, locales):
    NewsTagFactory(name="политзаключённые", locale=locales["ru"])
    NewsTagFactory(name="палітвязні", locale=locales["be"])
    NewsTagFactory(name="political prisoners")

    response = admin_client.get("/admin/news/tag-autocomplete/", {"locale": "ru", "term": "по"})

    assert json.loads(response.content) == ["политзаключённые"]


def test_tag_autocomplete_is_for_admin_users_only(client, locales):
    NewsTagFactory(name="political prisoners")

    response = client.get("/admin/news/tag-autocomplete/", {"term": "po"})

    assert response.status_code == 302
    assert "/admin/login/" in response.headers["Location"]


def test_article_editor_asks_the_autocomplete_for_tags_in_the_article_language(admin_client, news_site):
    article = NewsPageFactory(parent=news_site.indexes["be"])

    html = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()

    assert 'data-w-tag-url-value="/admin/news/tag-autocomplete/?locale=be"' in html


def test_news_tags_are_listed_as_snippets_with_their_language(admin_client, locales):
    NewsTagFactory(name="палітвязні", locale=Locale.objects.get(language_code="be"))

    response = admin_client.get("/admin/snippets/news/newstag/")

    assert response.status_code == 200
    assert "палітвязні" in response.content.decode()
