"""Translators keep the page tree: Wagtail's admin neither offers nor allows them structural changes.

The tree of every language is synchronised from the source language, so deleting, unpublishing,
moving, copying or converting a page (to or from a stand-in) is for the source language's
editors (``LanguageAccess.may_restructure_page``). Two small extensions of Wagtail make that hold
everywhere, installed once from ``translations.apps``:

- ``LanguagePagePermissionTester`` answers Wagtail's own questions (``can_delete``,
  ``can_unpublish``, ``can_move``, ``can_copy``), which Wagtail asks before it shows a listing's
  "More" item, a header button, an editor action or a bulk action, and again in each view.
- A refusal in the admin tells why, in the user's admin language. Wagtail's own refusal message
  is built after the user's language is switched off again, so it always came in English.

The rest is in ``translations.wagtail_hooks`` (alias conversion, bulk actions, the action menu)
and ``translations.localize_gaps`` (wagtail-localize's editor and its convert-to-alias view).
"""

from functools import wraps

from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin import auth, messages
from wagtail.models import Locale, Page, PagePermissionTester

from translations.access import STRUCTURAL_BULK_ACTIONS, language_access

# (URL namespace, URL name) of the views that change the tree's structure.
STRUCTURAL_VIEWS = {
    ("wagtailadmin_pages", "delete"),
    ("wagtailadmin_pages", "unpublish"),
    ("wagtailadmin_pages", "move"),
    ("wagtailadmin_pages", "move_confirm"),
    ("wagtailadmin_pages", "copy"),
    ("wagtailadmin_pages", "convert_alias"),
    ("wagtail_localize", "convert_to_alias"),
}

STRUCTURE_REFUSED = _(
    "Translators cannot delete, unpublish, move or copy pages, or turn them into or out of stand-ins: "
    "every language follows the structure of the source-language site. Ask an editor of the source language."
)


class LanguagePagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions without the structural actions that ``may_restructure_page`` refuses."""

    def _may_restructure(self):
        return language_access(self.user).may_restructure_page(self.page)

    def can_delete(self, ignore_bulk=False):
        # Moving is "deleting and re-adding" to Wagtail: can_move() asks this too.
        return super().can_delete(ignore_bulk=ignore_bulk) and self._may_restructure()

    def can_unpublish(self):
        return super().can_unpublish() and self._may_restructure()

    def can_copy(self):
        return super().can_copy() and self._may_restructure()

    def can_publish(self):
        # A copy whose source page is gone is no longer kept in step: a translator does not
        # publish it (again); an editor of the source language decides what becomes of it.
        return super().can_publish() and (self._may_restructure() or not is_orphan(self.page))


def is_orphan(page):
    """True for a page in another language whose source-language page no longer exists."""
    source_locale = Locale.get_default()
    if page.locale_id == source_locale.pk or page.depth < 2:
        return False
    return not Page.objects.filter(translation_key=page.translation_key, locale=source_locale).exists()


def use_language_page_permissions():
    """Make ``Page.permissions_for_user`` answer with ``LanguagePagePermissionTester``.

    Wagtail builds a plain ``PagePermissionTester`` unless a page model overrides
    ``permissions_for_user``; wrapping the base method covers every page model at once (a model
    with a tester of its own keeps it).
    """
    original = Page.permissions_for_user
    if getattr(original, "checks_language", False):
        return

    @wraps(original)
    def permissions_for_user(self, user):
        tester = original(self, user)
        if type(tester) is PagePermissionTester:
            return LanguagePagePermissionTester(user, self)
        return tester

    permissions_for_user.checks_language = True
    Page.permissions_for_user = permissions_for_user


def _is_structural_request(request):
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    if match.url_name == "wagtail_bulk_action":
        kwargs = match.kwargs
        return (kwargs.get("app_label"), kwargs.get("model_name")) == ("wagtailcore", "page") and kwargs.get(
            "action"
        ) in STRUCTURAL_BULK_ACTIONS
    return (match.namespace, match.url_name) in STRUCTURAL_VIEWS


def _admin_language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return profile.get_preferred_language() if profile is not None else translation.get_language()


def refuse_in_users_language():
    """Wagtail's "permission denied" redirect, with its message in the user's admin language.

    A translator refused a structural change is told why and whom to ask.
    """
    original = auth.permission_denied
    if getattr(original, "checks_language", False):
        return

    @wraps(original)
    def permission_denied(request):
        with translation.override(_admin_language(request.user)):
            if (
                request.headers.get("x-requested-with") == "XMLHttpRequest"
                or not _is_structural_request(request)
                or language_access(request.user).may_restructure_any_page
            ):
                return original(request)
            messages.error(request, STRUCTURE_REFUSED)
            return redirect("wagtailadmin_home")

    permission_denied.checks_language = True
    auth.permission_denied = permission_denied
