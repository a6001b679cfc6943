"""Which search backend runs, and which PostgreSQL configuration each language gets."""

from django.db import connection
from wagtail.search.backends import get_search_backend

from search.backends.postgres import LanguagePostgresSearchBackend, TextSearchConfig


def test_the_backend_for_the_database_in_use_is_the_search_apps():
    backend = get_search_backend()
    expected = {
        "postgresql": "search.backends.postgres",
        "sqlite": "search.backends.sqlite",
    }[connection.vendor]
    assert type(backend).__module__ == expected


def test_languages_get_their_postgresql_configuration():
    backend = LanguagePostgresSearchBackend({})
    assert backend.config_for_language("en") == "english"
    assert backend.config_for_language("ru") == "russian"
    assert backend.config_for_language("be") == "simple"
    assert backend.config_for_language("uk") == "simple"
    assert backend.config_for_language("pt-br") == "portuguese"
    assert backend.config_for_language("pl") == "simple"
    assert backend.config_for_language(None) == "simple"


def test_language_configurations_can_be_set():
    backend = LanguagePostgresSearchBackend({"LANGUAGE_CONFIGS": {"uk": "ukrainian"}, "SEARCH_CONFIG": "english"})
    assert backend.config_for_language("uk") == "ukrainian"
    assert backend.config_for_language(None) == "english"


def test_a_search_in_one_language_uses_its_configuration_only():
    assert LanguagePostgresSearchBackend({"LANGUAGE": "ru"}).query_configs() == (TextSearchConfig("russian"),)


def test_a_search_without_a_language_uses_every_configuration_in_use():
    assert LanguagePostgresSearchBackend({}).query_configs() == (
        TextSearchConfig("english"),
        TextSearchConfig("russian"),
        TextSearchConfig("simple"),
    )


def test_only_the_simple_configuration_has_no_stemmer():
    assert not TextSearchConfig("simple").has_stemmer
    assert TextSearchConfig("russian").has_stemmer


def test_editors_search_pages_in_every_language_in_the_admin(admin_client, site_tree):
    from tests.search.factories import TextPageFactory, translate_page

    page = TextPageFactory(parent=site_tree.home, title="Anniversary", slug="anniversary")
    translate_page(page, site_tree.homes["ru"].locale, title="Годовщина ареста")
    response = admin_client.get("/admin/pages/search/", {"q": "ареста"})
    assert response.status_code == 200
    assert "Годовщина ареста" in response.content.decode()
