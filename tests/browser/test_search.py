import pytest

from tests.search.factories import TextPageFactory, translate_page

pytestmark = pytest.mark.django_db(transaction=True)


def test_search_in_belarusian_from_the_header(page, site_tree):
    source = TextPageFactory(parent=site_tree.home, title="Mission", slug="mission", text="The Mission works in Minsk.")
    translate_page(source, site_tree.homes["be"].locale, title="Місія", text="Назіральная місія працуе ў Мінску.")

    page.goto("/be/")
    page.fill("#site-search-q", "Мінск")
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/be/search/?q=*")

    assert page.locator("html").get_attribute("lang") == "be"
    result = page.locator(".search-result__title a")
    assert result.all_inner_texts() == ["Місія"]
    assert page.locator(".search-result__summary mark").all_inner_texts() == ["Мінску"]
    result.click()
    page.wait_for_url("**/be/mission/")
    assert page.foreign_requests == []
