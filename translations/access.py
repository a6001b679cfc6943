"""What a user may do in each language, from the language roles of their groups.

Wagtail scopes page permissions to a tree (so a translator's group gets its own language's
home page), but snippet permissions are per model, for every language at once. A user's
snippet and translation rights are therefore narrowed here to the languages of their
language-scoped groups. Rights that come from a group without a language role (or from the
user's own permissions) are not narrowed: whoever grants them means every language.

Pages are narrowed too: translators may edit and publish their language's pages, but the
structure of the tree comes from the source language, so they may not delete, unpublish, move,
copy or convert pages (to or from a stand-in): see ``translations.structure``.
"""

from dataclasses import dataclass

from wagtail.models import GroupPagePermission, TranslatableMixin

from translations.models import LanguageRole

# Page bulk actions (Wagtail's action types) that change the tree's structure.
STRUCTURAL_BULK_ACTIONS = frozenset({"delete", "move", "unpublish"})


@dataclass(frozen=True)
class LanguageAccess:
    is_superuser: bool
    editor_locale_ids: frozenset
    translator_locale_ids: frozenset
    # "app_label.codename" permissions from groups without a language role and from the user itself.
    unscoped_permissions: frozenset
    has_unscoped_page_permissions: bool

    @property
    def is_translator(self):
        return bool(self.translator_locale_ids)

    def _unscoped(self, model, action):
        return f"{model._meta.app_label}.{action}_{model._meta.model_name}" in self.unscoped_permissions

    def may_translate_into(self, locale_id):
        """May work on translations (pages and snippets) in this language."""
        return self.is_superuser or locale_id in self.translator_locale_ids or locale_id in self.editor_locale_ids

    def may_edit_snippet(self, model, locale_id):
        if self.is_superuser or not issubclass(model, TranslatableMixin) or self._unscoped(model, "change"):
            return True
        return self.may_translate_into(locale_id)

    def may_manage_snippet(self, model, locale_id, action):
        """Create or delete (``action``) snippets: only editors of that language, never translators."""
        if self.is_superuser or not issubclass(model, TranslatableMixin) or self._unscoped(model, action):
            return True
        return locale_id in self.editor_locale_ids

    def may_restructure_language(self, locale_id):
        """Delete, unpublish, move, copy or convert: translators keep the tree the source language defines."""
        if self.is_superuser or self.has_unscoped_page_permissions:
            return True
        return locale_id in self.editor_locale_ids

    def may_restructure_page(self, page):
        return self.may_restructure_language(page.locale_id)

    @property
    def may_restructure_any_page(self):
        """False for someone who only translates: bulk delete, move and unpublish are not for them."""
        return self.is_superuser or self.has_unscoped_page_permissions or bool(self.editor_locale_ids)


def language_access(user):
    """The user's ``LanguageAccess``, computed once per user object."""
    cached = getattr(user, "_language_access", None)
    if cached is not None:
        return cached
    if not user.is_authenticated:
        access = LanguageAccess(False, frozenset(), frozenset(), frozenset(), False)
    elif user.is_superuser:
        access = LanguageAccess(True, frozenset(), frozenset(), frozenset(), True)
    else:
        roles = list(LanguageRole.objects.filter(group__user=user).values_list("role", "locale_id"))
        unscoped = {
            f"{app_label}.{codename}"
            for app_label, codename in user.user_permissions.values_list("content_type__app_label", "codename")
        }
        unscoped |= {
            f"{app_label}.{codename}"
            for app_label, codename in user.groups.filter(language_role__isnull=True).values_list(
                "permissions__content_type__app_label", "permissions__codename"
            )
            if codename
        }
        access = LanguageAccess(
            is_superuser=False,
            editor_locale_ids=frozenset(locale for role, locale in roles if role == LanguageRole.EDITORS),
            translator_locale_ids=frozenset(locale for role, locale in roles if role == LanguageRole.TRANSLATORS),
            unscoped_permissions=frozenset(unscoped),
            has_unscoped_page_permissions=GroupPagePermission.objects.filter(
                group__user=user, group__language_role__isnull=True
            ).exists(),
        )
    user._language_access = access
    return access


def forms_outside_translator_languages(user, form_pages):
    """Form pages whose submissions ``user`` may read: never through a translator role."""
    access = language_access(user)
    if access.is_superuser or access.has_unscoped_page_permissions:
        return form_pages
    return form_pages.filter(locale_id__in=access.editor_locale_ids)


def can_view_status_report(user):
    access = language_access(user)
    return access.is_superuser or access.is_translator or user.has_perm("wagtail_localize.submit_translation")
