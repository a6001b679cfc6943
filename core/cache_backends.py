"""A Redis cache for pages and fragments that degrades to "no cache" when Redis is unreachable.

Used for the "default" cache alias only (see config/settings/base.py and docs/operations.md): a page
that cannot be read from the cache is rendered, a value that cannot be stored is dropped, and the
site keeps answering. The "counters" alias stays on Django's plain RedisCache, because rate limits
and lockouts must know when their counts are unavailable.

After a failure the backend stops calling Redis for ``RETRY_INTERVAL`` seconds (per process), so a
Redis that hangs costs one connect timeout per interval instead of one per cache call, then tries
again by itself. A warning is logged when Redis is first found unreachable and at most once per
``WARNING_INTERVAL`` seconds while it stays so; an info line says when it answers again.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# What "Redis is unreachable" looks like to redis-py; anything else (a wrong type, a bad command)
# is a bug and is raised as usual.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class _ServerState:
    """Whether one Redis location is believed down, shared by every thread of the process.

    Django gives each thread its own cache object, so the state lives here, keyed by location.
    """

    _lock = threading.Lock()
    _states = {}

    def __init__(self):
        self.down_until = 0.0
        self.warned_at = None
        self.down = False

    @classmethod
    def for_location(cls, location):
        with cls._lock:
            return cls._states.setdefault(location, cls())


class ResilientRedisCache(RedisCache):
    """Django's RedisCache whose reads miss and writes are dropped while Redis cannot be reached.

    Extra OPTIONS (not passed to redis-py): ``RETRY_INTERVAL`` (seconds without calling Redis
    after a failure, default 5) and ``WARNING_INTERVAL`` (seconds between warnings, default 60).
    """

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_interval = float(options.pop("RETRY_INTERVAL", 5))
        self.warning_interval = float(options.pop("WARNING_INTERVAL", 60))
        super().__init__(server, {**params, "OPTIONS": options})
        self._state = _ServerState.for_location(",".join(self._servers))

    def _call(self, fallback, operation, *args, **kwargs):
        """Run ``operation`` against Redis, or return ``fallback`` when Redis is unreachable."""
        state = self._state
        if state.down and time.monotonic() < state.down_until:
            return fallback
        try:
            result = operation(*args, **kwargs)
        except UNREACHABLE as error:
            self._mark_down(error)
            return fallback
        if state.down:
            state.down = False
            state.warned_at = None
            logger.info("The page cache answers again; pages are cached again.")
        return result

    def _mark_down(self, error):
        state = self._state
        now = time.monotonic()
        state.down = True
        state.down_until = now + self.retry_interval
        if state.warned_at is None or now - state.warned_at >= self.warning_interval:
            state.warned_at = now
            # The class name only: the message can contain the server's address or password.
            logger.warning(
                "The page cache (Redis) is unreachable (%s); pages are served uncached until it answers.",
                type(error).__name__,
            )

    def is_available(self):
        """Ask Redis itself, whatever the remembered state (for /healthz/)."""
        try:
            self._cache.get_client(None, write=True).ping()
        except UNREACHABLE as error:
            self._mark_down(error)
            return False
        self._state.down_until = 0.0
        return True

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        # Unreachable counts as missing, which Django's API reports with ValueError.
        missing = object()
        result = self._call(missing, super().incr, key, delta, version)
        if result is missing:
            raise ValueError(f"Key '{key}' not found")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        self._call(None, super().delete_many, keys, version)

    def clear(self):
        return self._call(False, super().clear)
