"""Wagtail's admin login and password reset, with the site's lockout, reset limits and audit log.

The pages look the same as Wagtail's; only the refusals are new: 429 with a sentence saying when
to try again, and 503 when the counter cache is unreachable (an unlimited login is worse than
none). The language is the one Django's ``LocaleMiddleware`` picks for an anonymous visitor from
the browser's ``Accept-Language``: before the password is checked, the account is not known.
"""

import math

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views import account

from core import auth, counters
from core.audit import audit
from core.spam import client_fingerprint

COUNTERS_DOWN_MESSAGE = _(
    "Signing in is switched off for a few minutes because a part of the site that protects it "
    "is not answering. Please try again later."
)
RESET_COUNTERS_DOWN_MESSAGE = _(
    "Password reset is switched off for a few minutes because a part of the site that protects it "
    "is not answering. Please try again later."
)
# Seconds a refused visitor is asked to wait while the counter cache is down.
COUNTERS_DOWN_RETRY_AFTER = 60


def _minutes(seconds):
    return max(1, math.ceil(seconds / 60))


def lockout_message(lock):
    """The sentence for a refused login, in the active language."""
    minutes = _minutes(lock.seconds)
    if lock.scope == auth.CLIENT:
        text = ngettext(
            "Too many failed attempts from your connection. Try again in %(minutes)s minute.",
            "Too many failed attempts from your connection. Try again in %(minutes)s minutes.",
            minutes,
        )
    else:
        text = ngettext(
            "Too many failed attempts to sign in to this account. Try again in %(minutes)s minute.",
            "Too many failed attempts to sign in to this account. Try again in %(minutes)s minutes.",
            minutes,
        )
    return text % {"minutes": minutes}


def reset_limit_message(seconds):
    minutes = _minutes(seconds)
    return ngettext(
        "Too many password reset requests from your connection. Try again in %(minutes)s minute.",
        "Too many password reset requests from your connection. Try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


class LoginView(account.LoginView):
    """Wagtail's login, refused with 429 while locked out and with 503 while the counters are down."""

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        user = auth.account_for(username)
        try:
            lock = auth.lockout(request, username, user)
        except counters.CounterCacheUnavailable:
            return self._counters_down(request)
        if lock:
            return self._locked_out(request, lock, user)
        response = super().post(request, *args, **kwargs)
        if request.user.is_authenticated:
            return response
        # The failure just counted may have started a lock: say so at once.
        try:
            lock = auth.lockout(request, username, user)
        except counters.CounterCacheUnavailable:
            return self._counters_down(request)
        return self._locked_out(request, lock, user) if lock else response

    def _refuse(self, request, message, status, retry_after):
        messages.error(request, message)
        response = self.render_to_response(self.get_context_data(form=self.get_form_class()(request)), status=status)
        response["Retry-After"] = str(retry_after)
        return response

    def _locked_out(self, request, lock, user):
        audit("login.locked", request, user=user, scope=lock.scope)
        return self._refuse(request, lockout_message(lock), 429, lock.seconds)

    def _counters_down(self, request):
        audit("login.refused", request, reason="counters-unavailable")
        return self._refuse(request, COUNTERS_DOWN_MESSAGE, 503, COUNTERS_DOWN_RETRY_AFTER)


class PasswordResetView(account.PasswordResetView):
    """Wagtail's password reset, limited per client (429) and per e-mail address (silently).

    Over the per-address limit the answer is the usual "check your inbox" page, only without a
    mail, so the limit tells nobody whether an address has an account.
    """

    def post(self, request, *args, **kwargs):
        key = f"reset:client:{client_fingerprint(request)}"
        window = settings.PASSWORD_RESET_WINDOW
        try:
            held = counters.locks_remaining([counters.lock_key(key)])
            # The request over the limit is refused itself: the lock starts at limit + 1.
            if not held and counters.increment_and_lock(key, window, settings.PASSWORD_RESET_CLIENT_LIMIT + 1):
                held = {key: window}
        except counters.CounterCacheUnavailable:
            return self._counters_down(request)
        if held:
            seconds = max(held.values())
            return self._refuse(request, "client-limit", reset_limit_message(seconds), 429, seconds)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        key = f"reset:address:{auth.digest('reset-address', email.casefold())}"
        user = next(iter(form.get_users(email)), None)
        try:
            count = counters.increment(key, settings.PASSWORD_RESET_WINDOW)
        except counters.CounterCacheUnavailable:
            return self._counters_down(self.request)
        if count > settings.PASSWORD_RESET_ADDRESS_LIMIT:
            audit("password_reset.requested", self.request, user=user, outcome="address-limit")
            return HttpResponseRedirect(self.get_success_url())
        audit("password_reset.requested", self.request, user=user, outcome="accepted")
        return super().form_valid(form)

    def _counters_down(self, request):
        return self._refuse(
            request, "counters-unavailable", RESET_COUNTERS_DOWN_MESSAGE, 503, COUNTERS_DOWN_RETRY_AFTER
        )

    def _refuse(self, request, reason, message, status, retry_after):
        audit("password_reset.refused", request, reason=reason)
        form = self.get_form()
        form.is_valid()  # only checks the address's format; shows the form as it was sent
        form.add_error(None, message)
        response = self.render_to_response(self.get_context_data(form=form), status=status)
        response["Retry-After"] = str(retry_after)
        return response
