"""CI sets REQUIRE_BROWSER=1 so that browser tests cannot silently skip."""

from pathlib import Path

import pytest

from tests.browser.conftest import require_chromium

MISSING = Path("/nonexistent/chromium")


def test_missing_chromium_fails_when_the_browser_is_required(monkeypatch):
    monkeypatch.setenv("REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="REQUIRE_BROWSER=1"):
        require_chromium(MISSING)


def test_missing_chromium_skips_otherwise(monkeypatch):
    monkeypatch.delenv("REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_chromium(MISSING)
