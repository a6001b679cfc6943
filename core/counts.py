"""Item counts under the admin's listings in a grammatical plural, in every language.

Wagtail 7.4's ``WagtailPaginator.items_count_label`` glues the number to the model's plural name
(``f"{count} {verbose_name_plural}"``), which gives "24 Страницы" or "28 теги новостей" in
Russian, Belarusian and Ukrainian: those languages choose among three plural forms by the number,
and a model has only one plural name. ``install()`` (called from ``core.apps``) makes the label
a counted phrase with ``ngettext``. Delete this module once Wagtail counts with ``ngettext``.
"""

from django.utils.functional import cached_property
from django.utils.translation import ngettext
from wagtail.admin.paginator import WagtailPaginator


def items_count_label(paginator):
    return ngettext("%(count)s item", "%(count)s items", paginator.count) % {"count": paginator.count}


def install():
    label = cached_property(items_count_label)
    label.__set_name__(WagtailPaginator, "items_count_label")
    WagtailPaginator.items_count_label = label
