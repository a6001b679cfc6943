"""Every admin URL requires a verified second factor, except the steps that lead to one."""

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from accounts import devices

# Wagtail's own views that a visitor without a session may already use.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}
# The two-factor steps themselves; each checks for itself what a password-only session may do.
OPEN_NAMESPACES = {"two_factor_gate", "otp_webauthn"}
GRACE_NOTICE_SESSION_KEY = "accounts_grace_notice"


class AdminTwoFactorMiddleware:
    """Send a password-only admin session to verification, or to enrolment if it has no device.

    It runs after django-otp's ``OTPMiddleware`` (which sets ``request.user.is_verified()``) and
    looks at every URL under the admin's prefix, including the catch-all 404, so that no admin
    page, chooser, API or preview is served before the second factor.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        match = request.resolver_match
        if match.url_name in OPEN_URL_NAMES or OPEN_NAMESPACES.intersection(match.namespaces):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified() or not devices.can_reach_admin(user):
            return None
        if devices.has_device(user):
            target = "two_factor_gate:verify"
        elif devices.in_grace_period(user):
            self._remind(request, user)
            return None
        else:
            target = "two_factor_gate:setup"
        url = reverse(target)
        if request.method == "GET" and not request.headers.get("x-requested-with"):
            url += "?" + urlencode({"next": request.get_full_path()})
        return redirect(url)

    @staticmethod
    def _remind(request, user):
        """Once per session, tell a new account until when it may put off enrolment."""
        if request.session.get(GRACE_NOTICE_SESSION_KEY):
            return
        request.session[GRACE_NOTICE_SESSION_KEY] = True
        messages.warning(
            request,
            _("Set up two-factor authentication before %(deadline)s: after that, you cannot use the admin without it.")
            % {"deadline": date_format(localtime(devices.grace_ends(user)), "DATETIME_FORMAT")},
        )
