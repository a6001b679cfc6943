"""Test runs: the dev set-up with only what makes tests fast and isolated changed."""

import os
import tempfile

from .base import env_bool
from .dev import *  # noqa: F403

DEBUG = False
# Hashing passwords slowly only slows the suite down.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Sent mail is collected in django.core.mail.outbox.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Uploaded images and documents go to a throw-away folder; TEST_MEDIA_ROOT names one for tests that run
# manage.py in separate processes sharing a folder (tests/core/test_backup.py).
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="solidarity-test-media-")
# Browser tests use live_server on 127.0.0.1 and localhost.
ALLOWED_HOSTS = ["*"]
# Each test gets a clean cache via a fixture; local memory keeps runs independent of Redis.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "counters": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "counters"},
}
WHITENOISE_AUTOREFRESH = True
# The page cache is off for the suite (many tests change rows directly and look again at
# once); tests/core/test_page_cache*.py switch it on. PAGE_CACHE=1 runs everything with it.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", False)
