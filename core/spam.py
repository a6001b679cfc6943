"""Spam protection for public forms, with no third-party captcha.

* A honeypot: a field hidden from people (CSS, ``aria-hidden``, ``tabindex=-1``) that bots fill in.
  A filled honeypot is answered as if the form were sent, and nothing is stored.
* A rate limit per client in the shared cache, so it holds across several web hosts. The client's
  address is only used as an HMAC, never stored or logged in plain form. When that cache is down,
  the limit is off (forms keep working, the honeypot still catches bots) and a warning is logged.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core import counters

HONEYPOT_FIELD = "website_address"
RATE_LIMIT_MESSAGE = _("You have sent this form several times in a short while. Please wait an hour and try again.")


class HoneypotWidget(forms.TextInput):
    template_name = "core/includes/honeypot_widget.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["label"] = _("Leave this field empty")
        return context


def add_honeypot(form):
    """Add the honeypot field to a form instance (works for form-builder forms too)."""
    form.fields[HONEYPOT_FIELD] = forms.CharField(
        required=False,
        label="",
        widget=HoneypotWidget(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    return form


def honeypot_filled(form):
    """True when a bot filled in the hidden field."""
    return bool(form.data.get(HONEYPOT_FIELD))


def client_fingerprint(request):
    """An HMAC of the client's address: enough to count requests, useless to identify anyone."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    return counters.fingerprint(address)


def rate_limited(request, scope, *, limit=None, window=None):
    """Count one submission for this client in ``scope``; True once the limit is passed.

    Fails open: with the counter cache unreachable, nothing is limited, because refusing every
    form while Redis is down would silence the public exactly when the site is under pressure.
    """
    limit = limit or settings.PUBLIC_FORM_RATE_LIMIT
    window = window or settings.PUBLIC_FORM_RATE_WINDOW
    try:
        count = counters.increment(f"ratelimit:{scope}:{client_fingerprint(request)}", window)
    except counters.CounterCacheUnavailable:
        counters.warn_unavailable("public form rate limits are off")
        return False
    return count > limit


def screen_submission(request, form, scope, *, received, show_form, accept):
    """The answer to a public form's POST: honeypot, then validation, then the rate limit.

    * ``received()``: the answer to a form that was sent; a bot that filled the honeypot gets it
      too, and nothing is kept.
    * ``show_form(status)``: the form again with its errors; 429 with ``RATE_LIMIT_MESSAGE`` over the limit.
    * ``accept()``: keeps the submission and returns the answer.

    Only valid submissions count towards the limit, so correcting mistakes never locks anyone out.
    """
    if honeypot_filled(form):
        return received()
    if not form.is_valid():
        return show_form(200)
    if rate_limited(request, scope):
        form.add_error(None, RATE_LIMIT_MESSAGE)
        return show_form(429)
    return accept()
