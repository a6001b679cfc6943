"""The two-factor steps after Wagtail's password login, and the pages where devices are managed.

``verify``, ``setup`` and ``setup_totp`` are reachable by a password-only session (the
middleware lets them through); each decides for itself what such a session may do: one with a
device may only verify, one without may only enrol. Everything else needs a verified session.
"""

from base64 import b32encode

import segno
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts import devices
from accounts.forms import CodeForm, RecoveryCodeForm, TOTPSetupForm
from core.audit import audit

TOTP_SETUP_SESSION_KEY = "accounts_totp_setup"
REMOVABLE = {"totp": TOTPDevice, "passkey": WebAuthnCredential, "recovery": StaticDevice}


def safe_next(request):
    """The admin URL to return to after a step, from ``next``; the admin's home otherwise."""
    home = reverse("wagtailadmin_home")
    target = request.POST.get("next") or request.GET.get("next") or ""
    if (
        target.startswith(home)
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        and not target.startswith(reverse("two_factor_gate:verify"))
    ):
        return target
    return home


def mark_verified(request, device):
    """Record in the session that ``device`` verified this user, under a fresh session key."""
    otp_login(request, device)
    request.session.cycle_key()
    request.session.pop(TOTP_SETUP_SESSION_KEY, None)


def _check_code(request, model, code, field, form):
    """Try ``code`` on the user's confirmed devices of ``model``; the device that took it, or None.

    Devices are locked for the check (django-otp's throttling and ``last_t`` replay guard only
    hold when two requests cannot verify the same device at once).
    """
    kind = "totp" if model is TOTPDevice else "recovery"
    throttled = False
    with transaction.atomic():
        for device in model.objects.select_for_update().filter(user=request.user, confirmed=True):
            allowed, _info = device.verify_is_allowed()
            if not allowed:
                throttled = True
                continue
            if device.verify_token(code):
                audit("otp.verified", request, request.user, kind=kind)
                return device
    if throttled:
        audit("otp.throttled", request, request.user, kind=kind)
        form.add_error(
            field,
            _("Too many wrong codes in a row. Wait a minute and try again: each wrong code makes the wait longer."),
        )
    else:
        audit("otp.failed", request, request.user, kind=kind)
        if kind == "totp":
            form.add_error(field, _("This code is wrong or has already been used. Enter the newest code from the app."))
        else:
            form.add_error(field, _("This recovery code is wrong or has already been used."))
    return None


@require_http_methods(["GET", "POST"])
def verify(request):
    """The second step of the login: a code from the app, a recovery code or a passkey."""
    user = request.user
    if user.is_verified():
        return redirect(safe_next(request))
    if not devices.has_device(user):
        return redirect(reverse("two_factor_gate:setup") + "?" + request.GET.urlencode())
    has_totp = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    has_passkey = WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()
    has_recovery = devices.remaining_recovery_codes(user) > 0
    code_form = CodeForm(prefix="totp")
    recovery_form = RecoveryCodeForm(prefix="recovery")
    if request.method == "POST":
        if request.POST.get("method") == "recovery":
            recovery_form = RecoveryCodeForm(request.POST, prefix="recovery")
            form, model, field = recovery_form, StaticDevice, "recovery_code"
        else:
            code_form = CodeForm(request.POST, prefix="totp")
            form, model, field = code_form, TOTPDevice, "code"
        if form.is_valid():
            device = _check_code(request, model, form.cleaned_data[field], field, form)
            if device is not None:
                mark_verified(request, device)
                if model is StaticDevice:
                    left = devices.remaining_recovery_codes(user)
                    messages.warning(
                        request,
                        ngettext(
                            "You used a recovery code; %(count)s is left. Make new ones soon.",
                            "You used a recovery code; %(count)s are left. Make new ones if you are running out.",
                            left,
                        )
                        % {"count": left},
                    )
                return redirect(safe_next(request))
    return TemplateResponse(
        request,
        "accounts/verify.html",
        {
            "code_form": code_form,
            "recovery_form": recovery_form,
            "has_totp": has_totp,
            "has_passkey": has_passkey,
            "has_recovery": has_recovery,
            "next": safe_next(request),
        },
    )


def _enrolment_allowed(request):
    """A session may add a device once verified, or when the account has none yet."""
    return request.user.is_verified() or not devices.has_device(request.user)


@require_http_methods(["GET"])
def setup(request):
    """Choose a first (or another) device: an authenticator app or a passkey."""
    if not _enrolment_allowed(request):
        return redirect(reverse("two_factor_gate:verify") + "?" + request.GET.urlencode())
    return TemplateResponse(
        request,
        "accounts/setup.html",
        {
            "enrolled": devices.has_device(request.user),
            "in_grace": devices.in_grace_period(request.user) and not devices.has_device(request.user),
            "grace_ends": devices.grace_ends(request.user),
            "next": safe_next(request),
            "after_passkey_url": reverse("two_factor:recovery_codes"),
        },
    )


def _pending_totp_device(request):
    """The unconfirmed authenticator being set up in this session, created on first use."""
    pk = request.session.get(TOTP_SETUP_SESSION_KEY)
    device = TOTPDevice.objects.filter(pk=pk, user=request.user, confirmed=False).first() if pk else None
    if device is None:
        TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
        device = TOTPDevice.objects.create(user=request.user, name="", confirmed=False)
        request.session[TOTP_SETUP_SESSION_KEY] = device.pk
    return device


def _grouped(secret):
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@require_http_methods(["GET", "POST"])
def setup_totp(request):
    """Add an authenticator app: scan the QR code (or type the key), then confirm one code."""
    if not _enrolment_allowed(request):
        return redirect("two_factor_gate:verify")
    device = _pending_totp_device(request)
    form = TOTPSetupForm(prefix="totp")
    if request.method == "POST":
        form = TOTPSetupForm(request.POST, prefix="totp")
        if form.is_valid():
            with transaction.atomic():
                device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
                accepted = device.verify_token(form.cleaned_data["code"])
                if accepted:
                    device.confirmed = True
                    device.name = form.cleaned_data["name"] or _("Authenticator app")
                    device.save()
            if accepted:
                audit("otp.device_added", request, request.user, kind="totp")
                if not request.user.is_verified():
                    mark_verified(request, device)
                request.session.pop(TOTP_SETUP_SESSION_KEY, None)
                messages.success(request, _("Your authenticator app is set up."))
                if devices.remaining_recovery_codes(request.user):
                    return redirect("two_factor:manage")
                return redirect("two_factor:recovery_codes")
            audit("otp.failed", request, request.user, kind="totp_setup")
            form.add_error(
                "code", _("This code does not match. Check the time on your phone and enter the newest code.")
            )
    secret = b32encode(device.bin_key).decode()
    qr = segno.make(device.config_url, error="m")
    return TemplateResponse(
        request,
        "accounts/setup_totp.html",
        {
            "form": form,
            # segno writes plain SVG attributes (no style, no script), safe to inline.
            "qr_svg": mark_safe(  # noqa: S308
                qr.svg_inline(scale=5, border=4, light="#fff", dark="#000", svgclass="otp-qr", title=_("QR code"))
            ),
            "secret": _grouped(secret),
            "enrolled": devices.has_device(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def recovery_codes(request):
    """Make a new set of single-use recovery codes; they are shown once, on this response only."""
    if not devices.has_primary_device(request.user):
        messages.error(request, _("Set up an authenticator app or a passkey first."))
        return redirect("two_factor_gate:setup")
    if request.method == "POST":
        renewed = devices.remaining_recovery_codes(request.user) > 0
        codes = devices.new_recovery_codes(request.user)
        audit("otp.recovery_codes_renewed" if renewed else "otp.device_added", request, request.user, kind="recovery")
        return TemplateResponse(request, "accounts/recovery_codes.html", {"codes": codes})
    return TemplateResponse(
        request, "accounts/recovery_codes.html", {"remaining": devices.remaining_recovery_codes(request.user)}
    )


@require_http_methods(["GET"])
def manage(request):
    """Account → Two-factor authentication: the user's devices, and links to add or remove them."""
    user = request.user
    return TemplateResponse(
        request,
        "accounts/manage.html",
        {
            "totp_devices": TOTPDevice.objects.filter(user=user, confirmed=True).order_by("created_at"),
            "passkeys": WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("created_at"),
            "remaining_codes": devices.remaining_recovery_codes(user),
            "has_primary": devices.has_primary_device(user),
            "current": user.otp_device,
        },
    )


@require_http_methods(["GET", "POST"])
def remove_device(request, kind, pk):
    """Remove one of the user's own devices, keeping at least one app or passkey."""
    model = REMOVABLE.get(kind)
    if model is None:
        raise Http404
    device = get_object_or_404(model, pk=pk, user=request.user, confirmed=True)
    primaries = (
        TOTPDevice.objects.filter(user=request.user, confirmed=True).count()
        + WebAuthnCredential.objects.filter(user=request.user, confirmed=True).count()
    )
    last_primary = kind != "recovery" and primaries <= 1
    if request.method == "POST" and not last_primary:
        device.delete()
        audit("otp.device_removed", request, request.user, kind=kind)
        messages.success(request, _("The device was removed."))
        return redirect("two_factor:manage")
    return TemplateResponse(
        request,
        "accounts/remove_device.html",
        {"device": device, "kind_label": devices.kind_label(device), "last_primary": last_primary},
    )


def can_reset(request_user, target):
    """Whether ``request_user`` may remove ``target``'s devices (not their own, not a superuser's
    unless they are one)."""
    return (
        request_user.has_perm("auth.change_user")
        and target.pk != request_user.pk
        and (request_user.is_superuser or not target.is_superuser)
    )


@require_http_methods(["GET", "POST"])
def reset_user(request, user_id):
    """An administrator removes every device of another user, who must enrol again at next login."""
    target = get_object_or_404(get_user_model(), pk=user_id)
    if not can_reset(request.user, target):
        raise PermissionDenied
    if request.method == "POST":
        removed = devices.remove_all_devices(target)
        audit("otp.reset_by_admin", request, request.user, target=target.pk, removed=removed)
        messages.success(
            request,
            _("Two-factor authentication for %(name)s was reset. They must set it up again at their next login.")
            % {"name": target.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "accounts/reset_user.html",
        {"target": target, "devices": [devices.kind_label(device) for device in devices.confirmed_devices(target)]},
    )
