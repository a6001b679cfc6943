"""Nothing about a search is stored; editors' promoted results are shown per language."""

import pytest
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import PageViewRestriction

from tests.search.factories import TextPageFactory, translate_page
from tests.search.helpers import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def promoted(site_tree):
    """An English page and its Russian translation, each promoted for a query in its language."""
    page = TextPageFactory(parent=site_tree.home, title="How to help", slug="help")
    russian = translate_page(page, site_tree.homes["ru"].locale, title="Как помочь")
    SearchPromotion.objects.create(query=Query.get("Help"), page=page, description="Five ways to help.")
    SearchPromotion.objects.create(query=Query.get("помощь"), page=russian, description="Пять способов помочь.")
    return page, russian


def promotion_section(response):
    content = response.content.decode()
    if 'class="search-promotions"' not in content:
        return ""
    return content.split('class="search-promotions"', 1)[1].split("</section>", 1)[0]


def test_searches_store_no_query_and_no_hit(client, promoted):
    queries_before = set(Query.objects.values_list("query_string", flat=True))
    for language, query in [("en", "help"), ("en", "nothing"), ("ru", "помощь"), ("ru", "секрет")]:
        assert search(client, language, q=query).status_code == 200
    assert set(Query.objects.values_list("query_string", flat=True)) == queries_before
    assert not QueryDailyHits.objects.exists()


def test_promoted_page_is_shown_for_its_query_whatever_the_case_and_spacing(client, promoted):
    section = promotion_section(search(client, q="  HELP "))
    assert '<a href="/en/help/">How to help</a>' in section
    assert "Five ways to help." in section


def test_promoted_page_is_shown_only_in_its_own_language(client, promoted):
    assert promotion_section(search(client, "ru", q="help")) == ""
    assert promotion_section(search(client, "en", q="помощь")) == ""
    assert "Как помочь" in promotion_section(search(client, "ru", q="Помощь"))


def test_promoted_page_that_is_private_or_unpublished_is_not_shown(client, promoted):
    page, russian = promoted
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    russian.unpublish()
    assert promotion_section(search(client, "en", q="help")) == ""
    assert promotion_section(search(client, "ru", q="помощь")) == ""


def test_promoted_external_link_keeps_the_query_from_the_other_site(client, site_tree):
    SearchPromotion.objects.create(
        query=Query.get("report"), external_link_url="https://example.org/report", external_link_text="Annual report"
    )
    section = promotion_section(search(client, q="report"))
    assert '<a href="https://example.org/report" rel="noopener noreferrer">Annual report</a>' in section


def test_promotions_are_shown_on_the_first_page_only(client, promoted):
    for number in range(12):
        TextPageFactory(parent=promoted[0].get_parent(), title=f"Help {number}")
    assert promotion_section(search(client, q="help"))
    assert promotion_section(search(client, q="help", page="2")) == ""
