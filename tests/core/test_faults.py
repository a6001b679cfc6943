"""What visitors and load balancers see when the database or the cache fails, simulated in-process.

The same behaviours against real PostgreSQL and Redis servers that are stopped and started are
in tests/integration/.
"""

import json
import logging
import os
import socket
import subprocess
import sys

import pytest
from django.db import IntegrityError, OperationalError
from django.db.backends.utils import CursorWrapper

from core.cache_backends import ResilientRedisCache

UNAVAILABLE_TEXT = {
    "en": "The site is temporarily unavailable",
    "ru": "Сайт временно недоступен",
    "be": "Сайт часова недаступны",
    "uk": "Сайт тимчасово недоступний",
}


def closed_port():
    """A loopback port with nothing listening on it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def database_down(db):
    """Every query fails the way a stopped PostgreSQL fails (undone before the test database is)."""

    def refuse(self, sql, params=None):
        raise OperationalError("connection refused")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(CursorWrapper, "execute", refuse)
        patch.setattr(CursorWrapper, "executemany", refuse)
        yield


def test_healthz_reports_every_part_when_all_answer(client, db):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "counters": "ok", "media": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_and_says_the_database_is_down(client, db, database_down):
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["database"] == "down"
    assert response.json()["status"] == "unavailable"


def test_healthz_stays_200_when_only_the_cache_is_down(client, db, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        },
    }
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "down", "counters": "ok", "media": "ok"}


def test_healthz_says_the_media_storage_is_down_and_keeps_the_host_in_rotation(client, db, settings, tmp_path):
    # A media folder whose mount is gone: its path runs through a plain file, so nothing can be written.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings.MEDIA_ROOT = str(blocker / "media")

    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "ok", "counters": "ok", "media": "down"}


def test_healthz_leaves_no_probe_file_in_the_media_folder(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")

    assert client.get("/healthz/").json()["media"] == "ok"

    assert [path for path in (tmp_path / "media").rglob("*") if path.is_file()] == []


@pytest.mark.parametrize("code", ["en", "ru", "be", "uk"])
def test_pages_answer_503_in_the_language_of_the_url_when_the_database_is_down(client, site_tree, database_down, code):
    for path in (f"/{code}/", f"/{code}/no-such-page/", f"/{code}/search/?q=court"):
        response = client.get(path)
        assert response.status_code == 503, path
        assert response["Retry-After"] == "30"
        assert response["Content-Language"] == code
        assert UNAVAILABLE_TEXT[code] in response.content.decode()
        assert "no-store" in response["Cache-Control"]
        assert not response.cookies


def test_the_admin_answers_503_in_the_browser_language_when_the_database_is_down(client, db, database_down):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="uk,en;q=0.5")
    assert response.status_code == 503
    assert UNAVAILABLE_TEXT["uk"] in response.content.decode()
    assert response["Retry-After"] == "30"


def test_the_503_page_has_no_inline_script_or_style(client, site_tree, database_down):
    html = client.get("/en/").content.decode()
    assert "<script" not in html
    assert "style=" not in html


class FailingMiddleware:
    """A middleware that reads the database before the view, as sessions and redirects do."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise OperationalError("server closed the connection unexpectedly")


class BuggyMiddleware(FailingMiddleware):
    def __call__(self, request):
        raise IntegrityError("duplicate key")


def test_an_unreachable_database_in_a_middleware_still_answers_503(client, db, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.core.test_faults.FailingMiddleware"]
    client.raise_request_exception = False
    response = client.get("/ru/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 503
    assert UNAVAILABLE_TEXT["ru"] in response.content.decode()


def test_other_database_errors_stay_500(client, db, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.core.test_faults.BuggyMiddleware"]
    client.raise_request_exception = False
    response = client.get("/en/")
    assert response.status_code == 500


def test_a_dead_redis_reads_as_a_miss_and_drops_writes(caplog):
    cache = ResilientRedisCache(f"redis://127.0.0.1:{closed_port()}/0", {"OPTIONS": {"socket_connect_timeout": 0.25}})
    with caplog.at_level(logging.WARNING, logger="core.cache_backends"):
        cache.set("page", "html")
        assert cache.get("page", "miss") == "miss"
        assert cache.get_or_set("listing", lambda: [1, 2]) == [1, 2]
        assert cache.add("lock", 1) is False
        assert cache.get_many(["page", "listing"]) == {}
        assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
        assert cache.delete("page") is False
        cache.delete_many(["a", "b"])
        with pytest.raises(ValueError):
            cache.incr("generation")
        assert cache.is_available() is False
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1, "one warning per interval, not one per cache call"
    assert "unreachable" in warnings[0].getMessage()
    assert "127.0.0.1" not in warnings[0].getMessage()


def test_with_redis_the_page_cache_hides_failures_and_the_counters_do_not(settings):
    """config/settings/base.py with REDIS_URL, read in a fresh interpreter (settings are read once)."""
    code = (
        "import json; from config.settings import base; "
        "print(json.dumps({alias: [c['BACKEND'], c.get('OPTIONS', {})] for alias, c in base.CACHES.items()}))"
    )
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:6390/0"}
    command = [sys.executable, "-c", code]
    output = subprocess.run(command, env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, check=True).stdout  # noqa: S603
    caches = json.loads(output)
    assert caches["default"][0] == "core.cache_backends.ResilientRedisCache"
    assert caches["counters"][0] == "django.core.cache.backends.redis.RedisCache"
    for _backend, options in caches.values():
        assert options["socket_connect_timeout"] <= 0.5
        assert options["socket_timeout"] <= 1
