"""Listing counts under the admin's tables are counted phrases in each language's plural forms."""

import pytest
from django.utils import translation
from wagtail.admin.paginator import WagtailPaginator


@pytest.mark.parametrize(
    ("language", "count", "label"),
    [
        ("en", 1, "1 item"),
        ("en", 28, "28 items"),
        ("ru", 1, "1 объект"),
        ("ru", 3, "3 объекта"),
        ("ru", 28, "28 объектов"),
        ("be", 24, "24 аб’екты"),
        ("uk", 11, "11 об’єктів"),
    ],
)
def test_item_count_agrees_with_its_number(language, count, label):
    with translation.override(language):
        assert WagtailPaginator(list(range(count)), 10).items_count_label == label
