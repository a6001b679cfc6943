"""Admin hooks: the status report, stand-ins in the editor, and language limits for each role.

The limits that run before wagtail-localize's own hooks (``order=-10``) so that, for instance,
a Belarusian translator is refused a Ukrainian snippet before its translation editor opens.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import Translation

from core.csp import current_nonce
from translations import urls
from translations.access import (
    STRUCTURAL_BULK_ACTIONS,
    can_view_status_report,
    forms_outside_translator_languages,
    language_access,
)
from translations.models import LanguageRole


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("translations/", include(urls, namespace="translations"))]


class StatusReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_status_report(request.user)


@hooks.register("register_reports_menu_item")
def register_status_report_menu_item():
    return StatusReportMenuItem(
        _("Translation status"),
        reverse("translations:status_report"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=8900,
    )


@hooks.register("insert_global_admin_js")
def translation_editor_heading():
    """The translation editor's heading in the user's language (translations.localize_gaps, gap 5)."""
    return format_html(
        '<script src="{}" nonce="{}" data-heading="{}"></script>',
        static("translations/admin/editor-heading.js"),
        current_nonce(),
        # Translators: the translation editor's heading, e.g. "English to Belarusian translation".
        gettext("%(source)s to %(target)s translation"),
    )


@hooks.register("before_edit_page", order=-10)
def edit_stand_in(request, page):
    """A stand-in opens its translation editor once a translation is started, else offers to start one."""
    if page.alias_of_id is None:
        return None
    source = Page.objects.filter(pk=page.alias_of_id).select_related("locale").first()
    if source is None or source.locale_id == page.locale_id:
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is not None:
        from wagtail_localize.views.edit_translation import edit_translation

        return edit_translation(request, translation, page)
    access = language_access(request.user)
    start_url = None
    if access.may_translate_into(page.locale_id):
        start_url = reverse("translations:start", args=[source.content_type_id, source.pk, page.locale.language_code])
    return render(
        request,
        "translations/admin/stand_in.html",
        {
            "page": page,
            "page_for_status": page,
            "content_type": page.cached_content_type,
            "next": get_valid_next_url_from_request(request),
            "locale": page.locale,
            "source": source,
            "start_url": start_url,
            "can_submit": request.user.has_perm("wagtail_localize.submit_translation"),
        },
    )


def _snippet_locale_id(request):
    code = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else None
    return (locale or Locale.get_default()).pk


@hooks.register("before_edit_snippet", order=-10)
def check_language_before_edit_snippet(request, instance):
    if isinstance(instance, TranslatableMixin) and not language_access(request.user).may_edit_snippet(
        type(instance), instance.locale_id
    ):
        raise PermissionDenied


@hooks.register("before_create_snippet", order=-10)
def check_language_before_create_snippet(request, model):
    if issubclass(model, TranslatableMixin) and not language_access(request.user).may_manage_snippet(
        model, _snippet_locale_id(request), "add"
    ):
        raise PermissionDenied


@hooks.register("before_delete_snippet", order=-10)
def check_language_before_delete_snippet(request, instances):
    access = language_access(request.user)
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and not access.may_manage_snippet(
            type(instance), instance.locale_id, "delete"
        ):
            raise PermissionDenied


@hooks.register("before_unpublish", order=-10)
def check_language_before_unpublish_snippet(request, instance):
    if (
        isinstance(instance, TranslatableMixin)
        and not isinstance(instance, Page)
        and not language_access(request.user).may_manage_snippet(type(instance), instance.locale_id, "delete")
    ):
        raise PermissionDenied


def check_language_before_structural_change(request, page, *args):
    """Delete, unpublish, move, copy or convert an alias: refused to translators.

    ``LanguagePagePermissionTester`` already refuses the first four before these hooks run;
    this stays as a second check in case a page model brings its own permission tester.
    Converting an alias into an ordinary page is only checked here: Wagtail asks for edit rights.
    """
    if not language_access(request.user).may_restructure_page(page):
        raise PermissionDenied


for _hook_name in (
    "before_delete_page",
    "before_unpublish_page",
    "before_move_page",
    "before_copy_page",
    "before_convert_alias_page",
):
    hooks.register(_hook_name, check_language_before_structural_change, order=-10)


@hooks.register("before_bulk_action", order=-10)
def check_language_before_bulk_action(request, action_type, objects, action):
    """Bulk delete, move and unpublish of pages: refused to translators outright.

    Wagtail has already set aside the pages that the permission tester refuses; a translator is
    told why rather than shown "0 pages deleted".
    """
    if action_type not in STRUCTURAL_BULK_ACTIONS or not issubclass(action.model, Page):
        return
    access = language_access(request.user)
    if not access.may_restructure_any_page or not all(access.may_restructure_page(page) for page in objects):
        raise PermissionDenied


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias_from_translators(menu_items, request, context):
    """wagtail-localize's "Convert to alias page" item in the editor's action menu."""
    page = context.get("page")
    if page is not None and not language_access(request.user).may_restructure_page(page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("construct_translated_pages_to_cascade_actions")
def delete_translations_with_their_source(pages, action):
    """Deleting a source-language page deletes its translations and stand-ins with it.

    Wagtail's delete view asks this hook (with ``WAGTAIL_I18N_ENABLED``), names the count on its
    confirmation page ("will also delete 3 translations") and deletes them; wagtail-localize
    does not answer it, so translations used to stay behind without a source.
    """
    if action != "delete":
        return None
    source_locale = Locale.get_default()
    return {page: list(page.get_translations()) for page in pages if page.locale_id == source_locale.pk}


@hooks.register("filter_form_submissions_for_user")
def hide_form_submissions_from_translators(user, editable_forms):
    return forms_outside_translator_languages(user, editable_forms)


@hooks.register("describe_admin_groups")
def describe_language_groups():
    descriptions = {}
    for role in LanguageRole.objects.select_related("group", "locale"):
        language = role.locale.get_display_name()
        if role.role == LanguageRole.EDITORS:
            text = _("Write and publish pages in %(language)s, the source language, and send them for translation.")
        else:
            text = _("Translate pages and snippets into %(language)s and publish them. They see no applications.")
        descriptions[role.group.name] = text % {"language": language}
    return descriptions
