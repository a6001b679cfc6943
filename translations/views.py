"""Admin views: the translation status report and "start translating" for one language."""

from collections import Counter
from urllib.parse import urlencode

import django_filters
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import BaseColumn, Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import get_edit_url

from translations import status
from translations.access import can_view_status_report, language_access
from translations.workflow import start_translation


class RowList(list):
    """Report rows in the shape django-filter expects of a queryset (they mix pages and snippets)."""

    model = None

    def all(self):
        return self


class StatusFilterSet(django_filters.FilterSet):
    section = django_filters.ChoiceFilter(label=_("Section"), method="filter_section")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=status.STATE_CHOICES, method="filter_status")
    language = django_filters.ChoiceFilter(label=_("Language"), method="filter_language")

    def __init__(self, *args, sections=(), languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["section"].extra["choices"] = sections
        self.filters["language"].extra["choices"] = languages

    def filter_queryset(self, queryset):
        # django-filter insists on querysets; these filters work on the rows themselves.
        for name, value in self.form.cleaned_data.items():
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    def filter_section(self, rows, name, value):
        return RowList(row for row in rows if row.section == value)

    def filter_status(self, rows, name, value):
        language = self.form.cleaned_data.get("language")
        return RowList(
            row
            for row in rows
            if any(cell.state == value for code, cell in row.cells.items() if not language or code == language)
        )

    def filter_language(self, rows, name, value):
        return rows  # narrows the columns, not the rows (see StatusReportView.visible_locales)


class StatusCellColumn(BaseColumn):
    cell_template_name = "translations/report/status_cell.html"

    def __init__(self, language_code, **kwargs):
        super().__init__(f"language_{language_code}", **kwargs)
        self.language_code = language_code

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["cell"] = instance.cells[self.language_code]
        context["help"] = status.STATE_HELP[context["cell"].state]
        return context


class StatusReportView(ReportView):
    """Every source page and translatable snippet × every other language, with what to do next."""

    results_template_name = "translations/report/status_report_results.html"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    index_url_name = "translations:status_report"
    index_results_url_name = "translations:status_report_results"
    filterset_class = StatusFilterSet
    paginate_by = 100
    export_filename = "translation-status"
    context_object_name = "rows"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_status_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def locales(self):
        source = Locale.get_default()
        return status.StatusMatrix(source).locales

    @cached_property
    def matrix(self):
        return status.StatusMatrix(Locale.get_default(), self.locales)

    @cached_property
    def all_rows(self):
        rows = RowList(self.matrix.rows())
        for row in rows:
            for code, cell in row.cells.items():
                self._add_link(row, self.locales_by_code[code], cell)
        return rows

    @cached_property
    def locales_by_code(self):
        return {locale.language_code: locale for locale in self.locales}

    @cached_property
    def visible_locales(self):
        language = self.filters.form.cleaned_data.get("language") if self.filters.is_valid() else None
        return [locale for locale in self.locales if not language or locale.language_code == language]

    def get_filterset_kwargs(self):
        sections = {}
        for row in self.all_rows:
            sections.setdefault(row.section, row.section_label)
        return {
            **super().get_filterset_kwargs(),
            "queryset": RowList(),
            "sections": list(sections.items()),
            "languages": [(locale.language_code, locale.get_display_name()) for locale in self.locales],
        }

    def get_base_queryset(self):
        return self.all_rows

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
            Column("type_label", label=_("Type")),
            Column("section_label", label=_("Section")),
            *[
                StatusCellColumn(locale.language_code, label=locale.get_display_name())
                for locale in self.visible_locales
            ],
        ]

    @property
    def list_export(self):
        return [
            "title",
            "type_label",
            "section_label",
            *[f"cells.{locale.language_code}.export_value" for locale in self.visible_locales],
        ]

    @property
    def export_headings(self):
        return {
            "title": _("Title"),
            "type_label": _("Type"),
            "section_label": _("Section"),
            **{f"cells.{locale.language_code}.export_value": locale.get_display_name() for locale in self.locales},
        }

    def totals(self):
        """Per visible language: how many rows are in each state, over every filtered row."""
        totals = []
        for locale in self.visible_locales:
            counts = Counter(row.cells[locale.language_code].state for row in self.object_list)
            totals.append(
                {
                    "locale": locale,
                    "counts": [(label, counts.get(state, 0)) for state, label in status.STATE_CHOICES],
                }
            )
        return totals

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["totals"] = self.totals()
        return context

    def _add_link(self, row, locale, cell):
        user = self.request.user
        access = language_access(user)
        may_translate = access.may_translate_into(locale.pk)
        can_submit = user.has_perm("wagtail_localize.submit_translation")
        if row.orphan:
            # Nothing to translate; only those who may delete the copy are sent to it.
            if cell.target_pk is not None and access.may_restructure_language(locale.pk):
                cell.url = reverse("wagtailadmin_pages:delete", args=[cell.target_pk])
                cell.action = _("Delete")
            return
        if cell.state in (status.MISSING, status.STAND_IN):
            if may_translate:
                content_type_id = (
                    row.source.content_type_id
                    if row.kind == "page"
                    else ContentType.objects.get_for_model(row.model).pk
                )
                cell.url = reverse(
                    "translations:start", args=[content_type_id, quote(row.source.pk), locale.language_code]
                )
                cell.action = _("Translate")
            elif can_submit:
                cell.url = self._submit_url(row, locale)
                cell.action = _("Send for translation")
            return
        if cell.state == status.OUTDATED and can_submit:
            source_id = self.matrix.source_id(row)
            cell.url = (
                reverse("wagtail_localize:update_translations", args=[source_id])
                + "?"
                + urlencode({"next": self.request.get_full_path()})
            )
            cell.action = _("Sync translated pages") if row.kind == "page" else _("Sync translated snippets")
        elif may_translate:
            if row.kind == "page":
                cell.url = reverse("wagtailadmin_pages:edit", args=[cell.target_pk])
            else:
                cell.url = reverse(row.model.snippet_viewset.get_url_name("edit"), args=[quote(cell.target_pk)])
            cell.action = _("Open translation")

    def _submit_url(self, row, locale):
        if row.kind == "page":
            url = reverse("wagtail_localize:submit_page_translation", args=[row.source.pk])
        else:
            meta = row.model._meta
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(row.source.pk)],
            )
        return url + "?" + urlencode({"select_locale": locale.language_code})


class StartTranslationView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then open the translation editor for one page or snippet in one language."""

    template_name = "translations/admin/start_translation.html"
    page_title = _("Translate")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, content_type_id, object_id, language_code):
        content_type = get_object_or_404(ContentType, pk=content_type_id)
        model = content_type.model_class()
        if model is None or not issubclass(model, TranslatableMixin):
            raise Http404
        self.instance = get_object_or_404(model, pk=unquote(object_id))
        if isinstance(self.instance, Page):
            self.instance = self.instance.specific
        self.locale = get_object_or_404(Locale, language_code=language_code)
        if self.locale.pk == self.instance.locale_id:
            raise Http404
        if not self._user_may_start():
            raise PermissionDenied
        return super().dispatch(request)

    def _user_may_start(self):
        user = self.request.user
        if not language_access(user).may_translate_into(self.locale.pk):
            return False
        target = self.instance.get_translation_or_none(self.locale)
        if isinstance(self.instance, Page):
            return target is None or target.permissions_for_user(user).can_edit()
        return user.has_perm(get_permission_name("change", type(self.instance)))

    def get_page_subtitle(self):
        return str(self.instance)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "object": self.instance,
                "locale": self.locale,
                "source_locale": self.instance.locale,
                "back_url": reverse("translations:status_report"),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        translation = start_translation(self.instance, self.locale, user=request.user)
        return redirect(get_edit_url(translation.get_target_instance()))
