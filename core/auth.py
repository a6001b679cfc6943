"""Admin brute-force protection: after repeated failed logins, an account or client is locked out.

Failures are counted in the shared cache (so the limit holds across web hosts) under HMACs of
the username and of the client address; neither is stored or logged in plain form. While a
counter is at the limit, even the right password is refused, until the lock expires.
"""

import hashlib
import hmac

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver

from core.spam import client_fingerprint


def _keys(request, username):
    name = hmac.new(settings.SECRET_KEY.encode(), (username or "").casefold().encode(), hashlib.sha256).hexdigest()
    keys = [f"login-failures:user:{name[:32]}"]
    if request is not None:
        keys.append(f"login-failures:client:{client_fingerprint(request)}")
    return keys


def is_locked_out(request, username):
    counts = caches["counters"].get_many(_keys(request, username))
    return any(count >= settings.LOGIN_FAILURE_LIMIT for count in counts.values())


class LockoutModelBackend(ModelBackend):
    """Django's model backend, refusing every attempt while the account or client is locked out."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(self._username_field())
        if is_locked_out(request, username):
            raise PermissionDenied
        return super().authenticate(request, username=username, password=password, **kwargs)

    @staticmethod
    def _username_field():
        from django.contrib.auth import get_user_model

        return get_user_model().USERNAME_FIELD


@receiver(user_login_failed)
def count_failure(sender, credentials, request=None, **kwargs):
    for key in _keys(request, credentials.get("username")):
        caches["counters"].add(key, 0, timeout=settings.LOGIN_LOCKOUT_SECONDS)
        try:
            caches["counters"].incr(key)
        except ValueError:  # expired between add and incr
            caches["counters"].set(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS)


@receiver(user_logged_in)
def forget_failures(sender, request, user, **kwargs):
    caches["counters"].delete_many(_keys(request, user.get_username()))
