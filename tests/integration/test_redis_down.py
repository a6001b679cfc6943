"""With the page cache's Redis stopped, every public page is served uncached, and cached again after.

The site runs in-process (Django's test client) with the "default" cache pointing at a Redis
server of this test's own, which the test stops and starts.
"""

import time

import pytest

from tests.integration.site import ARTICLE_TITLE

RETRY_INTERVAL = 0.2


@pytest.fixture
def redis_cache(settings, redis_server):
    """The production cache set-up (config/settings/base.py) against this test's Redis."""
    options = {"socket_connect_timeout": 0.25, "socket_timeout": 0.5}
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": "faults",
            "OPTIONS": {**options, "RETRY_INTERVAL": RETRY_INTERVAL},
        },
        "counters": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": "faults-counters",
            "OPTIONS": options,
        },
    }
    if not redis_server.answers():
        redis_server.start()
    redis_server.client().flushall()
    yield redis_server
    if not redis_server.answers():
        redis_server.start()


def statuses(client, paths):
    return {kind: client.get(path).status_code for kind, path in paths.items()}


EXPECTED = {"not found": 404}


def test_every_public_page_answers_while_redis_is_stopped(client, db, small_site, redis_cache):
    redis_cache.stop()

    seen = statuses(client, small_site)

    assert seen == {kind: EXPECTED.get(kind, 200) for kind in small_site}
    article = client.get(small_site["article"]).content.decode()
    assert ARTICLE_TITLE in article
    assert ARTICLE_TITLE in client.get(small_site["news index"]).content.decode()
    assert f'href="{small_site["article"]}"' in client.get(small_site["search"]).content.decode()


def test_healthz_says_the_cache_is_down_and_keeps_the_host_in_rotation(client, db, redis_cache):
    redis_cache.stop()

    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json()["database"] == "ok"
    assert response.json()["cache"] == "down"
    assert response.json()["counters"] == "down"


def test_pages_are_cached_again_once_redis_is_back(client, db, small_site, redis_cache):
    redis_cache.stop()
    assert statuses(client, small_site)["news index"] == 200
    redis_cache.start()
    assert redis_cache.client().dbsize() == 0
    time.sleep(RETRY_INTERVAL * 2)  # the backend leaves Redis alone for RETRY_INTERVAL after a failure

    assert statuses(client, small_site) == {kind: EXPECTED.get(kind, 200) for kind in small_site}

    assert redis_cache.client().dbsize() > 0, "nothing was written to the cache after Redis came back"
    assert client.get("/healthz/").json()["cache"] == "ok"
