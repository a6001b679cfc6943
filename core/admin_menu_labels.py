"""Admin menu labels in each request's language.

Wagtail builds its menus once per process (``Menu.registered_menu_items`` is a cached property).
Two labels are turned into plain text when built, so the first admin request after a start
decides their language for everyone: wagtail-localize's "Translations" report (``gettext``
instead of ``gettext_lazy``) and Wagtail's "What's new in Wagtail 7.4" (a lazy string
formatted with ``%``). The construct hooks below give each request a copy of those items with
the label in its own language. Delete when both packages build these labels lazily.
"""

import copy

from django.urls import reverse
from django.utils.translation import gettext
from wagtail.utils.version import get_main_version

LOCALIZE_REPORT_URL_NAME = "wagtail_localize:translations_report"
WHATS_NEW_NAME_PREFIX = "whats-new-in-wagtail-"


def _relabelled(item, label):
    item = copy.copy(item)
    item.label = label
    return item


def relabel_reports_menu(request, menu_items):
    """The "Translations" report of wagtail-localize, in the request's language."""
    url = reverse(LOCALIZE_REPORT_URL_NAME)
    menu_items[:] = [
        _relabelled(item, gettext("Translations")) if getattr(item, "url", None) == url else item for item in menu_items
    ]


def relabel_help_menu(request, menu_items):
    """Wagtail's "What's new in Wagtail <version>", in the request's language."""
    label = gettext("What's new in Wagtail %(version)s") % {"version": get_main_version(include_patch=False)}
    menu_items[:] = [
        _relabelled(item, label) if getattr(item, "name", "").startswith(WHATS_NEW_NAME_PREFIX) else item
        for item in menu_items
    ]
