"""Any query string, however broken, gets a page and never a server error."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query

from tests.search.factories import TextPageFactory, translate_page

pytestmark = pytest.mark.django_db

# Every code point, surrogates and control characters included.
any_character = st.one_of(st.characters(exclude_categories=()), st.characters(categories=["Cs", "Cc", "Cf"]))
tricky = st.sampled_from(
    [
        "\x00",
        "a\x00b",
        "\ud800",
        "\udfff",
        "\ufffd",
        "\ufeff",
        "\u202e",
        '"',
        "'",
        "\\",
        "*",
        "%",
        "NEAR(a b)",
        "a AND NOT b",
        "'; DROP TABLE wagtailcore_page; --",
        "<script>",
        "солидарность",
        "салідарнасць",
        "Мінск",
        "report",
    ]
)
text = st.one_of(
    st.text(any_character, max_size=60),
    tricky,
    st.lists(tricky, max_size=8).map(" ".join),
    # About 10 KB and more: one short piece repeated.
    st.builds(
        lambda piece, times: (piece or "x") * times, st.text(any_character, max_size=4), st.integers(2500, 10240)
    ),
)
raw_bytes = st.binary(max_size=40)


def encode(value):
    """Percent-encode text (lone surrogates as the bytes a broken client would send) or raw bytes."""
    if isinstance(value, bytes):
        return quote(value, safe="")
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


parameter = st.tuples(
    st.sampled_from(["q", "q", "q", "page", "type", "any"]),
    st.one_of(text, raw_bytes, st.integers(-(10**30), 10**30).map(str), st.sampled_from(["home.standardpage", "1"])),
)


def test_no_query_string_causes_a_server_error(client, site_tree):
    page = TextPageFactory(parent=site_tree.home, title="Report", text="A report on the Day of Solidarity in Minsk.")
    translate_page(page, site_tree.homes["ru"].locale, title="Отчёт", text="Отчёт о Дне солидарности.")
    translate_page(page, site_tree.homes["be"].locale, title="Справаздача", text="Дзень салідарнасці ў Мінску.")
    queries_before = Query.objects.count()
    examples = []

    @settings(
        max_examples=300,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )
    @given(language=st.sampled_from(["en", "ru", "be", "uk"]), parameters=st.lists(parameter, min_size=1, max_size=4))
    def check(language, parameters):
        query_string = "&".join(f"{name}={encode(value)}" for name, value in parameters)
        response = client.get(f"/{language}/search/?{query_string}")
        examples.append(query_string)
        assert response.status_code in (200, 400), query_string[:200]
        assert b"</html>" in response.content

    check()
    assert len(examples) >= 300
    assert Query.objects.count() == queries_before
