"""What the rest of the app asks about a user's second factors.

A "device" is anything django-otp can verify: an authenticator app (TOTP), a set of single-use
recovery codes (django-otp's static device) or a passkey / security key (WebAuthn). Any one
confirmed device satisfies the requirement; recovery codes are only issued next to another one.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

RECOVERY_CODE_COUNT = 10
ADMIN_PERMISSION = "wagtailadmin.access_admin"

KINDS = {
    TOTPDevice: ("totp", _("Authenticator app")),
    StaticDevice: ("recovery", _("Recovery codes")),
    WebAuthnCredential: ("passkey", _("Passkey or security key")),
}


def kind_of(device):
    """A short, non-personal name for a device's type (``totp``, ``recovery``, ``passkey``)."""
    return KINDS.get(type(device), ("other", ""))[0]


def kind_label(device):
    return KINDS.get(type(device), ("other", _("Other device")))[1]


def can_reach_admin(user):
    return user.is_authenticated and user.is_active and user.has_perm(ADMIN_PERMISSION)


def has_device(user):
    return user_has_device(user, confirmed=True)


def confirmed_devices(user):
    """Every confirmed device of ``user``, as a list (TOTP, recovery codes, passkeys)."""
    return list(devices_for_user(user, confirmed=True))


def has_primary_device(user):
    """An authenticator app or a passkey: what recovery codes stand in for."""
    return (
        TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        or WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()
    )


def grace_ends(user):
    """When ``user`` must have enrolled a device: ``OTP_ENROLMENT_GRACE_HOURS`` after joining."""
    return user.date_joined + timedelta(hours=settings.OTP_ENROLMENT_GRACE_HOURS)


def in_grace_period(user):
    """True while a new account without a device may still use the admin with its password."""
    return settings.OTP_ENROLMENT_GRACE_HOURS > 0 and timezone.now() < grace_ends(user)


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def new_recovery_codes(user):
    """Replace ``user``'s recovery codes with a fresh set and return the codes (shown once)."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, defaults={"name": "Recovery codes", "confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _i in range(RECOVERY_CODE_COUNT)]
    device.token_set.bulk_create([StaticToken(device=device, token=code) for code in codes])
    device.confirmed = True
    device.throttle_reset(commit=False)
    device.save()
    return codes


@transaction.atomic
def remove_all_devices(user):
    """Delete every device of ``user`` (confirmed or not); returns how many were removed."""
    removed = 0
    for model in KINDS:
        count, _per_model = model.objects.filter(user=user).delete()
        removed += count
    return removed


def admin_users():
    """Active accounts that can reach the admin: superusers and holders of ``access_admin``."""
    permission = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    condition = Q(is_superuser=True)
    if permission is not None:
        condition |= Q(user_permissions=permission) | Q(groups__permissions=permission)
    return get_user_model().objects.filter(condition, is_active=True).distinct()


def admin_users_without_device():
    """Admin-capable accounts with no confirmed device of any kind."""
    users = admin_users()
    for model in KINDS:
        users = users.exclude(pk__in=model.objects.filter(confirmed=True).values("user_id"))
    return users
