"""Records every permission refusal in the admin in the audit log.

Wagtail refuses in two ways: a 403 (requests from scripts, and views that raise
``PermissionDenied`` outside its wrappers), or a redirect carrying its "Sorry, you do not have
permission to access this area." message (``wagtail.admin.auth.permission_denied``) or "You do not
have permission to access the admin." (``require_admin_access`` for an account without admin
access). Wagtail has no hook or signal for either, so this middleware looks at the response, and
for a redirect at the messages queued with it, and recognises Wagtail's own sentences in any
site language.
"""

from functools import lru_cache

from django.conf import settings
from django.contrib.messages import constants, get_messages
from django.contrib.messages.storage.base import Message
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.admin.messages import render

from core.audit import audit

# Wagtail's own sentences, as it queues them (see wagtail/admin/auth.py).
WAGTAIL_REFUSALS = (
    "Sorry, you do not have permission to access this area.",
    "You do not have permission to access the admin.",
)


@lru_cache
def _refusal_messages():
    found = []
    for code, _name in settings.LANGUAGES:
        with override(code):
            found.extend(Message(constants.ERROR, render(gettext(text), None)) for text in WAGTAIL_REFUSALS)
    return tuple(found)


def _refused_by_redirect(request, response):
    if response.status_code not in (301, 302) or not request.user.is_authenticated:
        return False
    queued = get_messages(request)
    return any(message in queued for message in _refusal_messages())


class AdminRefusalAuditMiddleware:
    """Audit ``permission.denied`` for a 403 or a permission redirect under the admin's URL prefix."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(reverse("wagtailadmin_home")) and (
            response.status_code == 403 or _refused_by_redirect(request, response)
        ):
            match = request.resolver_match
            user = request.user if request.user.is_authenticated else None
            audit(
                "permission.denied",
                request,
                user=user,
                status=response.status_code,
                view=match.view_name if match else "unknown",
            )
        return response
