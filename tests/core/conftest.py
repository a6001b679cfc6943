"""The campaign and language fixtures, for the site-wide tests that cover those apps' exports."""

from tests.campaigns.conftest import campaign_tree, travel_to  # noqa: F401
from tests.translations.conftest import languages  # noqa: F401
