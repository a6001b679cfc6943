"""Validation of telephone numbers written in international format."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# What people may type between the digits: spaces, hyphens, dots and brackets.
SEPARATORS_RE = re.compile(r"[\s\-.()]")
# E.164: a plus sign, a country code that does not start with 0, at most 15 digits in all.
E164_RE = re.compile(r"\+[1-9]\d{7,14}")


def phone_digits(value):
    """The number as ``+`` and digits only, e.g. ``+375290000001``, as ``tel:`` links need it."""
    return SEPARATORS_RE.sub("", value or "")


def validate_international_phone(value):
    if not E164_RE.fullmatch(phone_digits(value)):
        raise ValidationError(
            _(
                "Write the number in international format: a plus sign, the country code and the number, "
                "for example +375 29 000-00-01."
            ),
            code="invalid_phone",
        )
