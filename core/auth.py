"""Admin brute-force protection that an attacker cannot turn against a real editor.

Failed logins are counted in the shared counter cache (core/counters.py) three ways:

* per username and client: ``LOGIN_FAILURE_LIMIT`` failures lock that username from that client;
* per client: ``LOGIN_CLIENT_FAILURE_LIMIT`` failures, whatever the usernames, lock the client;
* per account, from every client together: ``LOGIN_USERNAME_FAILURE_LIMIT``, set far above what one
  client can reach, locks the account, but never one with a confirmed two-factor device, so a
  flood from many addresses cannot keep a protected editor out.

A lock lasts ``LOGIN_LOCKOUT_SECONDS``; while it holds even the right password is refused. Clients
and usernames are only ever HMACs; nothing typed by a visitor is stored or logged. If the counter
cache is unreachable, logins are refused rather than left unlimited.
"""

from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.core import checks
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django_otp import user_has_device

from core import counters
from core.audit import audit
from core.spam import client_fingerprint

CLIENT = "client"
ACCOUNT = "account"


class Lockout(NamedTuple):
    """A lock that refuses this login attempt: whose it is (``CLIENT`` or ``ACCOUNT``) and for how long."""

    scope: str
    seconds: int


def digest(purpose, value):
    """A short HMAC of something a visitor typed, for counter keys: useless for reading it back."""
    return counters.fingerprint(f"{purpose}:{value}")


def account_for(username):
    """The user whose username this is exactly, or None (also for input no database could hold)."""
    if not username or len(username) > 254 or "\x00" in username:
        return None
    user_model = get_user_model()
    try:
        return user_model._default_manager.get_by_natural_key(username)
    except user_model.DoesNotExist:
        return None


def _keys(request, username, account):
    """The counter keys for an attempt: per username and client, per client, and per account."""
    client = client_fingerprint(request)
    # An unknown username is counted like an account, so a lock does not tell which names exist.
    account_key = f"user:{account.pk}" if account is not None else f"name:{digest('login-username', username)}"
    return {
        "pair": f"login:pair:{digest('login-username', (username or '').casefold())}:{client}",
        CLIENT: f"login:client:{client}",
        ACCOUNT: f"login:{account_key}",
    }


def _account_lock_applies(account):
    return account is None or not user_has_device(account, confirmed=True)


def lockout(request, username, account=None):
    """The lock that refuses this attempt, or None. Raises ``CounterCacheUnavailable``."""
    keys = _keys(request, username, account)
    held = counters.locks_remaining(counters.lock_key(key) for key in keys.values())
    client_seconds = max(held.get(counters.lock_key(keys[name]), 0) for name in ("pair", CLIENT))
    if client_seconds:
        return Lockout(CLIENT, client_seconds)
    account_seconds = held.get(counters.lock_key(keys[ACCOUNT]), 0)
    # A device confirmed since the lock began lifts it.
    if account_seconds and _account_lock_applies(account):
        return Lockout(ACCOUNT, account_seconds)
    return None


def record_failure(request, username, account=None):
    """Count a failed login and start the locks whose limits it reaches. Raises ``CounterCacheUnavailable``."""
    keys = _keys(request, username, account)
    window = settings.LOGIN_LOCKOUT_SECONDS
    limits = {"pair": settings.LOGIN_FAILURE_LIMIT, CLIENT: settings.LOGIN_CLIENT_FAILURE_LIMIT}
    if _account_lock_applies(account):
        limits[ACCOUNT] = settings.LOGIN_USERNAME_FAILURE_LIMIT
    for name, limit in limits.items():
        counters.increment_and_lock(keys[name], window, limit)


def forget_failures(request, user):
    """After a successful login, forget that username's failures from this client.

    The per-client and per-account counts stay: a login to one account must not reset the
    guessing budget for others.
    """
    pair = _keys(request, user.get_username(), user)["pair"]
    counters.forget([pair, counters.lock_key(pair)])


class LockoutModelBackend(ModelBackend):
    """Django's model backend, refusing every attempt while locked out or while the counters are down.

    The admin's login view (core/admin_views.py) checks first and explains the refusal; this is
    the last line for any other caller of ``authenticate()``.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if request is not None:
            try:
                locked = lockout(request, username, account_for(username))
            except counters.CounterCacheUnavailable:
                raise PermissionDenied from None
            if locked:
                raise PermissionDenied
        return super().authenticate(request, username=username, password=password, **kwargs)


@receiver(user_login_failed, dispatch_uid="core.auth.count_failure")
def count_failure(sender, credentials, request=None, **kwargs):
    username = credentials.get("username")
    account = account_for(username)
    audit("login.failed", request, user=account)
    if request is None:
        return
    try:
        record_failure(request, username, account)
    except counters.CounterCacheUnavailable:
        counters.warn_unavailable("a failed admin login was not counted")


@receiver(user_logged_in, dispatch_uid="core.auth.logged_in")
def logged_in(sender, request, user, **kwargs):
    audit("login.succeeded", request, user=user)
    try:
        forget_failures(request, user)
    except counters.CounterCacheUnavailable:
        counters.warn_unavailable("earlier failed admin logins were not forgotten")


@receiver(user_logged_out, dispatch_uid="core.auth.logged_out")
def logged_out(sender, request, user, **kwargs):
    audit("logout", request, user=user)


@checks.register(checks.Tags.security)
def check_account_limit(app_configs, **kwargs):
    """The account-wide limit must stay far above what one client can reach, or one client locks editors out."""
    if settings.LOGIN_USERNAME_FAILURE_LIMIT < 4 * settings.LOGIN_CLIENT_FAILURE_LIMIT:
        return [
            checks.Warning(
                "LOGIN_USERNAME_FAILURE_LIMIT is less than four times LOGIN_CLIENT_FAILURE_LIMIT.",
                hint="A few addresses could then lock an editor without two-factor login out of the admin.",
                id="core.W001",
            )
        ]
    return []
