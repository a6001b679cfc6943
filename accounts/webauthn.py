"""Passkeys and security keys through django-otp-webauthn, with the site's audit log.

The package's views do the WebAuthn ceremonies; these subclasses only record each outcome and
send a verified user back into the admin. Registration keeps the package's rule: a session that
already has a device must be verified before it may add a passkey.
"""

from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from django_otp_webauthn import exceptions
from django_otp_webauthn import views as webauthn_views

from accounts.views import mark_verified, safe_next
from core.audit import audit


class RegistrationCompleteView(webauthn_views.CompleteCredentialRegistrationView):
    def handle_exception(self, exc):
        audit("otp.failed", self.request, self.request.user, kind="passkey_setup")
        return super().handle_exception(exc)

    def post(self, *args, **kwargs):
        was_verified = self.request.user.is_verified()
        response = super().post(*args, **kwargs)
        audit("otp.device_added", self.request, self.request.user, kind="passkey")
        if not was_verified:
            # The package marks the session verified with the new passkey; give it a new key too.
            self.request.session.cycle_key()
        return response


class AuthenticationCompleteView(webauthn_views.CompleteCredentialAuthenticationView):
    def handle_exception(self, exc):
        audit("otp.failed", self.request, self.request.user, kind="passkey")
        return super().handle_exception(exc)

    def complete_auth(self, device):
        if device.user_id != self.request.user.pk:
            # The package already refuses another user's credential; never mark such a session.
            raise exceptions.CredentialUserMismatch()
        mark_verified(self.request, device)
        audit("otp.verified", self.request, self.request.user, kind="passkey")

    def get_success_url(self):
        return safe_next(self.request)


# Under the name the package's template tags reverse ("otp_webauthn:…").
urlpatterns = [
    path(
        "registration/begin/",
        webauthn_views.BeginCredentialRegistrationView.as_view(),
        name="credential-registration-begin",
    ),
    path("registration/complete/", RegistrationCompleteView.as_view(), name="credential-registration-complete"),
    path(
        "authentication/begin/",
        webauthn_views.BeginCredentialAuthenticationView.as_view(),
        name="credential-authentication-begin",
    ),
    path("authentication/complete/", AuthenticationCompleteView.as_view(), name="credential-authentication-complete"),
    # The package's browser strings, with this site's translations of them (locale/*/djangojs.po).
    path("jsi18n/", JavaScriptCatalog.as_view(packages=["django_otp_webauthn"]), name="js-i18n-catalog"),
]
webauthn_urls = include((urlpatterns, "otp_webauthn"), namespace="otp_webauthn")
