"""Counters and locks for rate limits and lockouts, in the ``counters`` cache that every web host shares.

Django's cache API has no atomic "create or increment", so a counter is made with ``add`` (which
only writes a missing key, with its expiry) followed by ``incr`` (which keeps that expiry). A lock
is a key holding the moment it ends, so that a refusal can say how long to wait.

When the cache cannot be reached, every helper raises ``CounterCacheUnavailable``; the caller
decides whether that fails open (public forms) or closed (the admin login).
"""

import hashlib
import hmac
import logging
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import caches
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("solidarity.counters")

# What a cache client raises when its server is gone: redis-py's own errors, and the socket
# errors (OSError subclasses) that other backends let through.
CACHE_ERRORS = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError)
# A process logs "counter cache unreachable" at most once in this many seconds.
WARNING_INTERVAL = 60

_last_warning = {}


class CounterCacheUnavailable(Exception):
    """The counter cache could not be reached."""


def fingerprint(text):
    """A short HMAC of ``text`` (a client's address, a typed username) for counter keys.

    Enough to count repeated events, useless for reading the text back.
    """
    return hmac.new(settings.SECRET_KEY.encode(), text.encode(), hashlib.sha256).hexdigest()[:32]


@contextmanager
def _reachable():
    try:
        yield caches["counters"]
    except CACHE_ERRORS as error:
        raise CounterCacheUnavailable(type(error).__name__) from error


def increment(key, window):
    """Count one event under ``key`` and return the count so far in a window of ``window`` seconds."""
    with _reachable() as cache:
        cache.add(key, 0, timeout=window)
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            return 1


def increment_and_lock(key, window, limit):
    """Count one event under ``key``; once the count reaches ``limit``, lock ``lock_key(key)`` for ``window``.

    Returns True when this event started the lock.
    """
    if increment(key, window) >= limit:
        lock(lock_key(key), window)
        return True
    return False


def lock_key(key):
    """The key of the lock that the counter under ``key`` starts."""
    return f"{key}:lock"


def lock(key, seconds):
    """Hold a lock under ``key`` for ``seconds``."""
    with _reachable() as cache:
        cache.set(key, time.time() + seconds, timeout=seconds)


def locks_remaining(keys):
    """The seconds left on each held lock among ``keys`` (locks that are not held are left out)."""
    with _reachable() as cache:
        held = cache.get_many(list(keys))
    now = time.time()
    return {key: int(until - now) + 1 for key, until in held.items() if until > now}


def forget(keys):
    """Drop the counters and locks under ``keys``."""
    with _reachable() as cache:
        cache.delete_many(list(keys))


def warn_unavailable(what):
    """Log that ``what`` runs without counters, at most once per ``WARNING_INTERVAL`` in this process.

    The interval is kept in process memory on purpose: the shared cache is the thing that is down.
    """
    now = time.monotonic()
    if now - _last_warning.get(what, -WARNING_INTERVAL) >= WARNING_INTERVAL:
        _last_warning[what] = now
        logger.warning("Counter cache unreachable: %s", what)
