"""Admin hooks: the status report, stand-ins in the editor, and language limits for each role.

The limits that run before wagtail-localize's own hooks (``order=-10``) so that, for instance,
a Belarusian translator is refused a Ukrainian snippet before its translation editor opens.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import Translation

from translations import urls
from translations.access import can_view_status_report, forms_outside_translator_languages, language_access


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


@hooks.register("before_delete_page", order=-10)
def check_language_before_delete_page(request, page):
    if not language_access(request.user).may_remove_page(page):
        raise PermissionDenied


@hooks.register("before_unpublish_page", order=-10)
def check_language_before_unpublish_page(request, page):
    if not language_access(request.user).may_remove_page(page):
        raise PermissionDenied


@hooks.register("filter_form_submissions_for_user")
def hide_form_submissions_from_translators(user, editable_forms):
    return forms_outside_translator_languages(user, editable_forms)
