"""The demo site is searchable in every language straight after it is built."""

import io

import pytest
from wagtail.contrib.search_promotions.models import SearchPromotion

from core import demo as core_demo
from home import demo as home_demo
from search import demo as search_demo
from tests.search.helpers import results, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(locales):
    # Only the foundation's demo and this app's: the other apps' content is theirs to test.
    out = io.StringIO()
    for module in (core_demo, home_demo, search_demo):
        module.load(out)


def test_demo_pages_are_found_in_their_own_language_only(client, demo_site):
    # The about page says "coalition" in every language.
    for language, word, title in [
        ("en", "coalition", "About this site"),
        ("ru", "коалиция", "О сайте"),
        ("be", "кааліцыя", "Пра сайт"),
        ("uk", "коаліція", "Про сайт"),
    ]:
        assert results(search(client, language, q=word)) == [(f"/{language}/about/", title)]


def test_demo_promotes_the_privacy_policy_in_each_language(client, demo_site):
    assert SearchPromotion.objects.count() == 8
    for language in ("en", "ru", "be", "uk"):
        content = search(client, language, q="cookie").content.decode()
        promoted = content.split('class="search-promotions"', 1)[1].split("</section>", 1)[0]
        assert promoted.count("<li>") == 1
        assert f'href="/{language}/privacy/"' in promoted


def test_demo_promotions_are_not_doubled_when_the_demo_is_built_again(demo_site):
    search_demo.load(io.StringIO())
    assert SearchPromotion.objects.count() == 8
