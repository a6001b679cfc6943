"""Whatever arrives in the URL, the visitor gets a clean page with a message in their language."""

import html

import pytest
from django.utils.translation import ngettext, override

from search.forms import MAX_QUERY_LENGTH, UNREADABLE_MESSAGE
from tests.search.factories import TextPageFactory
from tests.search.helpers import result_titles, search, translated

pytestmark = pytest.mark.django_db

UNREADABLE_QUERIES = {
    "nul byte": "q=abc%00def",
    "control character": "q=abc%07def",
    "escape sequence": "q=%1B%5B31mred",
    "lone surrogate": "q=%ED%A0%80",
    "latin-1 byte": "q=caf%E9",
    "windows-1251 cyrillic": "q=%EF%F0%E8%E2%E5%F2",
    "overlong utf-8": "q=%C0%AF",
    "replacement character": "q=%EF%BF%BD",
}


@pytest.mark.parametrize("query_string", UNREADABLE_QUERIES.values(), ids=UNREADABLE_QUERIES.keys())
def test_unreadable_query_gets_a_400_page_with_a_message_in_the_visitors_language(client, locales, query_string):
    for language in ("en", "ru", "be", "uk"):
        response = search(client, language, query_string=query_string)
        assert response.status_code == 400
        content = response.content.decode()
        assert f'<html lang="{language}"' in content
        assert translated(UNREADABLE_MESSAGE, language) in content
        assert "\x00" not in content


def test_unreadable_query_is_shown_again_without_the_unreadable_characters(client, locales):
    content = search(client, query_string="q=abc%00def").content.decode()
    assert 'value="abcdef"' in content


def test_too_long_query_gets_a_400_page_with_a_message_in_the_visitors_language(client, locales):
    for language in ("en", "ru", "be", "uk"):
        response = search(client, language, q="word " * 2000)
        assert response.status_code == 400
        with override(language):
            message = ngettext(
                "Please shorten your search to at most %(limit_value)d character.",
                "Please shorten your search to at most %(limit_value)d characters.",
                MAX_QUERY_LENGTH,
            ) % {"limit_value": MAX_QUERY_LENGTH}
        assert html.escape(message) in response.content.decode()


def test_query_at_the_length_limit_is_searched(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Limit")
    query = "limit " + "x" * (MAX_QUERY_LENGTH - 6)
    assert search(client, q=query).status_code == 200


def test_tabs_and_newlines_in_the_query_are_spaces(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Kyiv centre")
    response = search(client, query_string="q=Kyiv%09%0D%0Acentre")
    assert response.status_code == 200
    assert result_titles(response) == ["Kyiv centre"]


def test_invisible_formatting_characters_are_ignored(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Committee")
    # A soft hyphen and a zero-width space, as copied from a web page.
    assert result_titles(search(client, q="Com\u00admit\u200btee")) == ["Committee"]


@pytest.mark.parametrize(
    "query",
    ['"', "'", "\\", "*", "a*", "NEAR(a b)", "a AND NOT b", "title:x", "(", "a & b | !c", "%", "_", "--", "'; --"],
)
def test_search_engine_syntax_in_the_query_is_just_text(client, locales, query):
    response = search(client, q=query)
    assert response.status_code == 200


def test_query_in_another_script_or_with_emoji_is_searched(client, site_tree):
    TextPageFactory(parent=site_tree.home, title="Appeal ✊ 2015")
    assert result_titles(search(client, q="✊ appeal")) == ["Appeal ✊ 2015"]
    assert search(client, q="連帯 𝔘𝔫𝔦𝔠𝔬𝔡𝔢").status_code == 200
