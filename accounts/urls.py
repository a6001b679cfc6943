"""Admin URLs of the two-factor steps (``two_factor_gate``) and of device management (``two_factor``).

Mounted under ``/admin/2fa/`` by ``wagtail_hooks``; Wagtail wraps them in its admin-access check.
"""

from django.urls import include, path

from accounts import views
from accounts.webauthn import webauthn_urls

gate_patterns = [
    path("verify/", views.verify, name="verify"),
    path("setup/", views.setup, name="setup"),
    path("setup/app/", views.setup_totp, name="setup_totp"),
]

manage_patterns = [
    path("", views.manage, name="manage"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("devices/<str:kind>/<int:pk>/remove/", views.remove_device, name="remove_device"),
    path("reset/<int:user_id>/", views.reset_user, name="reset_user"),
]

urlpatterns = [
    path("", include((gate_patterns, "two_factor_gate"), namespace="two_factor_gate")),
    path("", include((manage_patterns, "two_factor"), namespace="two_factor")),
    path("webauthn/", webauthn_urls),
]
