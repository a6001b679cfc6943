"""Workarounds for gaps in wagtail-localize 1.14; delete each when wagtail-localize closes it.

1. Submitting a stand-in (an alias page) for translation turns it into a regular page at once,
   even when the translation is only a draft. Its live content stays the source text, but the
   page no longer counts as a stand-in: the public would get a "Belarusian" page in English,
   listed in hreflang and the sitemap, without the not-translated notice.
   ``keep_stand_in_until_published`` turns such a page back into a stand-in (keeping its
   Translation record), and ``translations.wagtail_hooks`` opens the translation editor for
   stand-ins that have one. Publishing from the editor then converts the page for real.
   Upstream: wagtail-localize issue #463 ("Don't change the page state until the translated
   page is published"). Delete when wagtail-localize keeps aliases until a translation is published.

2. The translation editor's own views (segments, PO upload and download, machine translation,
   preview) check snippet permissions per model, for every language at once.
   ``limit_translation_editor_to_own_languages`` adds the language check of
   ``translations.access``. Delete when wagtail-localize offers a per-instance permission hook.

3. "Convert to alias page" (which throws a translation away and puts the source text back)
   asks only for edit permission, and the translation editor puts the delete, unpublish and
   convert links in its page data whatever the user may do. ``keep_structural_actions_from_translators``
   refuses the conversion to those whom ``translations.access`` refuses structural changes and
   leaves those links out of the editor for them. Delete when wagtail-localize asks Wagtail's
   page permission tester (or a hook) before converting and before offering these links.

4. The translation editor's preview renders the translated text on the stand-in it will replace,
   still an alias, so the preview says "This page has not been translated into this language
   yet", marks the translated text as the source language and tells search engines to skip it.
   Publishing turns the stand-in into a regular page; ``preview_translations_as_published``
   makes the preview's page a regular page too, so the preview shows what will be published.
   Delete when wagtail-localize's ``get_ephemeral_translated_instance`` clears ``alias_of``.

5. The translation editor's section heading ("English to Belarusian translation") is an
   English sentence built in wagtail-localize's script, outside any catalogue.
   ``translations.wagtail_hooks.translation_editor_heading`` gives every admin page
   ``translations/admin/editor-heading.js`` with the sentence translated on the server, and the
   script rewrites the heading in the user's language. Delete when wagtail-localize passes the
   heading through its JavaScript catalogue.
"""

import json
from functools import partial, wraps

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.models import Page, PageLogEntry, TranslatableMixin


def keep_stand_in_until_published(sender, instance, created=False, raw=False, **kwargs):
    """post_save handler for TranslationLog: runs after the translation's own publish, if any."""
    if raw or not created:
        return
    source = instance.source
    model = source.specific_content_type.model_class()
    if model is None or not issubclass(model, Page):
        return
    transaction.on_commit(partial(_restore_stand_in, source.object_id, source.locale_id, instance.locale_id))


def _restore_stand_in(translation_key, source_locale_id, locale_id):
    from wagtail_localize.views.convert import sync_alias

    page = Page.objects.filter(translation_key=translation_key, locale_id=locale_id).first()
    if page is None or page.alias_of_id is not None or not page.live:
        return
    if page.live_revision_id and page.live_revision.object_id == str(page.pk):
        return  # published as a translation: a real page now
    if not PageLogEntry.objects.filter(page=page, action="wagtail.convert_alias").exists():
        return  # never was a stand-in
    source_page = Page.objects.filter(translation_key=translation_key, locale_id=source_locale_id).first()
    if source_page is None:
        return
    page = page.specific
    page.alias_of_id = source_page.pk
    # Live content back to the source's, in case the draft put translated segments into it.
    sync_alias(source_page, page, revision=source_page.get_latest_revision())


def limit_translation_editor_to_own_languages():
    from wagtail_localize.views import edit_translation

    original = edit_translation.user_can_edit_instance
    if getattr(original, "checks_language", False):
        return

    @wraps(original)
    def user_can_edit_instance(user, instance):
        from translations.access import language_access

        if not original(user, instance):
            return False
        if isinstance(instance, Page) or not isinstance(instance, TranslatableMixin):
            return True  # page permissions are already per language tree
        return language_access(user).may_edit_snippet(type(instance), instance.locale_id)

    user_can_edit_instance.checks_language = True
    edit_translation.user_can_edit_instance = user_can_edit_instance


STRUCTURAL_EDITOR_LINKS = ("deleteUrl", "unpublishUrl", "convertToAliasUrl")


def keep_structural_actions_from_translators():
    from wagtail_localize.views import convert, edit_translation

    from translations.access import language_access

    original_convert = convert.convert_to_alias
    if getattr(original_convert, "checks_language", False):
        return

    @wraps(original_convert)
    def convert_to_alias(request, page_id):
        page = Page.objects.filter(pk=page_id).only("id", "locale_id").first()
        if page is not None and not language_access(request.user).may_restructure_page(page):
            raise PermissionDenied
        return original_convert(request, page_id)

    original_render = edit_translation.render

    @wraps(original_render)
    def render(request, template_name, context=None, *args, **kwargs):
        instance = (context or {}).get("instance")
        if (
            isinstance(instance, Page)
            and "props" in context
            and not language_access(request.user).may_restructure_page(instance)
        ):
            props = json.loads(context["props"])
            for name in STRUCTURAL_EDITOR_LINKS:
                props["links"][name] = None
            props["perms"].update(canDelete=False, canUnpublish=False)
            context = {**context, "props": json.dumps(props)}
        return original_render(request, template_name, context, *args, **kwargs)

    convert_to_alias.checks_language = True
    convert.convert_to_alias = convert_to_alias
    edit_translation.render = render


def preview_translations_as_published():
    from wagtail_localize.models import TranslationSource

    original = TranslationSource.get_ephemeral_translated_instance
    if getattr(original, "as_published", False):
        return

    @wraps(original)
    def get_ephemeral_translated_instance(self, locale, fallback=False):
        instance = original(self, locale, fallback=fallback)
        if isinstance(instance, Page):
            # Never saved (a preview only): publishing the translation clears it in the database.
            instance.alias_of_id = None
        return instance

    get_ephemeral_translated_instance.as_published = True
    TranslationSource.get_ephemeral_translated_instance = get_ephemeral_translated_instance
