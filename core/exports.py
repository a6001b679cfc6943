"""Spreadsheet exports that cannot run formulas: every CSV and XLSX download of the admin.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by
spreadsheet programs as a formula (``=HYPERLINK(...)`` can send a coordinator's data to another
host). Such cells get a leading apostrophe, as OWASP recommends, so the program shows them as
text. Plain negative numbers (``-5``, ``-12.5``, ``-0,5``) stay as they are: they cannot
compute anything, and coordinators may want to add them up. Phone numbers such as
``+375 29 123-45-67`` are prefixed, which keeps them as text rather than a mangled number.

Wagtail 7.4 only turns what openpyxl takes for a formula (a leading ``=``) back into text in
XLSX files, and does nothing for CSV. ``install()`` (called from ``core.apps``) makes Wagtail's
``SpreadsheetExportMixin`` pass every heading and value through ``neutralise``, so the form
submission exports, every Wagtail report and the site's own reports are covered alike,
including any export added later.
"""

import re

from django.utils.encoding import force_str
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Whitespace a spreadsheet may skip before it looks for a formula.
_LEADING_SPACE = " \n\u00a0"
_NEGATIVE_NUMBER = re.compile(r"-\d+(?:[.,]\d+)?")


def neutralise(value):
    """``value`` as a spreadsheet will show it as text; anything but a string is returned as is."""
    if not isinstance(value, str):
        return value
    text = value.lstrip(_LEADING_SPACE)
    if not text.startswith(FORMULA_TRIGGERS) or _NEGATIVE_NUMBER.fullmatch(text):
        return value
    return "'" + value


def _preprocess_field_value(self, field, value, export_format):
    return neutralise(_original_preprocess(self, field, value, export_format))


def _get_heading(self, queryset, field):
    return neutralise(force_str(_original_get_heading(self, queryset, field)))


_original_preprocess = SpreadsheetExportMixin.preprocess_field_value
_original_get_heading = SpreadsheetExportMixin.get_heading


def install():
    """Route every value and heading of Wagtail's spreadsheet exports through ``neutralise``."""
    SpreadsheetExportMixin.preprocess_field_value = _preprocess_field_value
    SpreadsheetExportMixin.get_heading = _get_heading
