"""Languages as configuration: after ``migrate`` (or ``manage.py setup_languages``) every language in
SITE_LANGUAGES has a Locale, a tree synchronised from the source language (stand-ins for what is
not translated yet) and a translator group with rights in that language only.

Safe to repeat: it adds what is missing and never takes rights away, except once, when it first
ties Wagtail's "Editors" group to the source language (it then drops that group's rights on the
tree root, which covered every language).
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Q
from django.utils.translation import get_language_info
from wagtail.models import DraftStateMixin, GroupPagePermission, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from core.locales import ensure_locales
from translations.models import LanguageRole

EDITORS_GROUP = "Editors"
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]


def translator_group_name(language_code):
    """'Translators: Belarusian': group names are data, so they use the language's English name."""
    return f"Translators: {get_language_info(language_code)['name']}"


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _snippet_permissions(actions):
    names = []
    for model in translatable_snippet_models():
        model_actions = [a for a in actions if a != "publish" or issubclass(model, DraftStateMixin)]
        names += [f"{model._meta.app_label}.{action}_{model._meta.model_name}" for action in model_actions]
    return names


def _permissions(names):
    query = Q(pk__in=[])
    for name in names:
        app_label, codename = name.split(".", 1)
        query |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(query))


def locale_roots(locale):
    """The top page of each of the language's trees (the home page, depth 2)."""
    return Page.objects.filter(depth=2, locale=locale)


def _grant_page_permissions(group, pages, codenames):
    permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def synchronise_trees(source, locales):
    """Every other language syncs from the source; pages not translated yet get stand-ins (aliases)."""
    existing = {sync.locale_id: sync for sync in LocaleSynchronization.objects.select_related("locale", "sync_from")}
    page_index = None
    for locale in locales.values():
        if locale.pk == source.pk:
            continue
        sync = existing.get(locale.pk)
        if sync is None:
            # Saving it synchronises the tree (wagtail-localize's post_save handler).
            LocaleSynchronization.objects.create(locale=locale, sync_from=source)
            continue
        if page_index is None:
            page_index = PageIndex.from_database().sort_by_tree_position()
        synchronize_tree(sync.sync_from, sync.locale, page_index=page_index)


def setup_editors(source):
    """Wagtail's "Editors" group writes and publishes the source language and sends it for translation."""
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    _role, created = LanguageRole.objects.get_or_create(
        group=group, defaults={"locale": source, "role": LanguageRole.EDITORS}
    )
    if created:
        GroupPagePermission.objects.filter(group=group, page__depth=1).delete()
    group.permissions.add(
        *_permissions(
            [
                "wagtailadmin.access_admin",
                "wagtail_localize.submit_translation",
                *_snippet_permissions(["add", "change", "delete", "publish"]),
            ]
        )
    )
    _grant_page_permissions(group, locale_roots(source), EDITOR_PAGE_PERMISSIONS)
    return group


def setup_translators(locale):
    """The language's translator group: edit and publish that language's pages and snippets."""
    role = LanguageRole.objects.filter(locale=locale, role=LanguageRole.TRANSLATORS).select_related("group").first()
    if role is None:
        group, _created = Group.objects.get_or_create(name=translator_group_name(locale.language_code))
        role = LanguageRole.objects.create(group=group, locale=locale, role=LanguageRole.TRANSLATORS)
    group = role.group
    group.permissions.add(*_permissions(["wagtailadmin.access_admin", *_snippet_permissions(["change", "publish"])]))
    _grant_page_permissions(group, locale_roots(locale), TRANSLATOR_PAGE_PERMISSIONS)
    return group


def setup_languages(*, using=DEFAULT_DB_ALIAS):
    """Bring locales, synchronised trees and language groups in line with SITE_LANGUAGES."""
    # On a fresh database the permissions of apps listed after this one do not exist yet.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    with transaction.atomic(using=using):
        locales = ensure_locales()
        source = locales[settings.LANGUAGE_CODE]
        synchronise_trees(source, locales)
        setup_editors(source)
        groups = {code: setup_translators(locale) for code, locale in locales.items() if locale.pk != source.pk}
    return locales, groups


def setup_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate handler (does nothing while the tables it needs are unmigrated)."""
    tables = connections[using].introspection.table_names()
    if {LanguageRole._meta.db_table, LocaleSynchronization._meta.db_table} <= set(tables):
        setup_languages(using=using)


def grant_on_new_locale_root(sender, instance, created=False, raw=False, **kwargs):
    """post_save handler: a language's new home page gets the page permissions of its language groups."""
    if raw or not created or not isinstance(instance, Page) or instance.depth != 2:
        return
    for role in LanguageRole.objects.filter(locale_id=instance.locale_id).select_related("group"):
        codenames = EDITOR_PAGE_PERMISSIONS if role.role == LanguageRole.EDITORS else TRANSLATOR_PAGE_PERMISSIONS
        _grant_page_permissions(role.group, [instance], codenames)
