"""The search form: everything the search page reads from the URL goes through it."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from search.page_types import searchable_page_types

MAX_QUERY_LENGTH = 200
# Whitespace controls that a pasted text may carry; they become spaces.
WHITESPACE_CONTROLS = {"\t", "\n", "\r", "\x0b", "\x0c", "\x85"}
MAX_PAGE_NUMBER = 10_000
UNREADABLE_MESSAGE = _(
    "The search text holds characters that cannot be read, perhaps because it was copied "
    "from another program. Please type it again."
)


def _unreadable(text):
    """True if ``text`` holds characters that no visitor can have typed on purpose."""
    for char in text:
        if char == "\ufffd":  # what the server makes of bytes that are not UTF-8
            return True
        if char not in WHITESPACE_CONTROLS and unicodedata.category(char) in ("Cc", "Cs"):
            return True
    return False


def displayable(data):
    """The submitted values, made safe to show again in the form after an error."""
    data = data.copy()
    query = "".join(char for char in data.get("q", "") if not _unreadable(char))
    data["q"] = query[:MAX_QUERY_LENGTH]
    return data


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            # Django's own check for NUL bytes, with the same message as other unreadable input.
            "null_characters_not_allowed": UNREADABLE_MESSAGE,
            "max_length": ngettext_lazy(
                "Please shorten your search to at most %(limit_value)d character.",
                "Please shorten your search to at most %(limit_value)d characters.",
                "limit_value",
            ),
        },
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off", "spellcheck": "true"}),
    )
    type = forms.ChoiceField(
        label=_("Type of page"),
        required=False,
        error_messages={"invalid_choice": _("There is no such type of page. Choose one from the list.")},
    )
    page = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_PAGE_NUMBER,
        error_messages={
            "invalid": _("This page of results does not exist."),
            "min_value": _("This page of results does not exist."),
            "max_value": _("This page of results does not exist."),
        },
    )
    any = forms.BooleanField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("All types"))] + [
            (page_type.key, page_type.label) for page_type in searchable_page_types()
        ]

    def clean_q(self):
        query = self.cleaned_data["q"]
        if _unreadable(query):
            raise forms.ValidationError(UNREADABLE_MESSAGE, code="unreadable")
        # Invisible formatting characters (soft hyphens, zero-width spaces) are dropped.
        query = "".join(char for char in query if unicodedata.category(char) != "Cf")
        return " ".join(query.split())
