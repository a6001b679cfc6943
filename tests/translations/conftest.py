import pytest

from tests.translations.factories import translator
from translations.setup import setup_languages


@pytest.fixture
def languages(site_tree):
    """The site tree with its language groups in place, as after ``migrate``."""
    setup_languages()
    return site_tree


@pytest.fixture
def belarusian_translator(languages):
    return translator("be")
