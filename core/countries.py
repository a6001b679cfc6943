"""Country names in the visitor's language, from the CLDR data that Babel ships.

Django has no list of countries; CLDR names every country in every language the site may add
(including Belarusian), so choices follow the active language without catalogues of our own.
"""

from functools import cache

from babel import Locale as BabelLocale
from babel import UnknownLocaleError
from django.utils.translation import get_language

# CLDR territory codes that are regions, pseudo-codes or non-ISO exceptional reservations.
NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}


@cache
def _territories(language_code):
    try:
        return BabelLocale.parse((language_code or "en").replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return BabelLocale.parse("en").territories


@cache
def country_codes():
    """ISO 3166-1 alpha-2 codes of real countries (no regions such as EU or 'unknown')."""
    return tuple(code for code in _territories("en") if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES)


def country_name(code, language_code=None):
    """The country's name in ``language_code`` (default: the active language)."""
    if not code:
        return ""
    return _territories(language_code or get_language()).get(code.upper(), code.upper())


def country_choices():
    """(code, name) pairs sorted by name in the active language; usable as model field choices."""
    names = _territories(get_language())
    return sorted(((code, names.get(code, code)) for code in country_codes()), key=lambda item: item[1].casefold())
