"""The moderation queue of reported actions in the Wagtail admin.

Only users with the model's permissions see the queue (the "Campaign moderators" group);
the reporter's contact is shown, in the edit form only, to those who also hold
``campaigns.view_reporter_contact``. Listings, history and messages never show it.
"""

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.db.models import Count
from django.http import QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.log_actions import log

from campaigns.models import CampaignYearPage, ReportStatus, SolidarityActionReport
from core.countries import country_name

CONTACT_PERMISSION = "campaigns.view_reporter_contact"


def report_years():
    years = CampaignYearPage.objects.order_by("-year").values_list("year", flat=True).distinct()
    return [(str(year), str(year)) for year in years]


def reported_countries():
    codes = SolidarityActionReport.objects.order_by().values_list("country", flat=True).distinct()
    return sorted(((code, country_name(code)) for code in codes), key=lambda item: item[1].casefold())


class ReportFilterSet(WagtailFilterSet):
    year = django_filters.ChoiceFilter(label=_("Year"), field_name="year_page__year", choices=report_years)
    country = django_filters.ChoiceFilter(label=_("Country"), choices=reported_countries)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ReportStatus.choices)

    class Meta:
        model = SolidarityActionReport
        fields = []


class ReportIndexView(generic.IndexView):
    results_template_name = "campaigns/admin/report_index_results.html"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("year_page")

    def get_add_url(self):
        # Reports come from the public form only.
        return None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("change"):
            if instance.status != ReportStatus.APPROVED:
                buttons.append(
                    ListingButton(
                        _("Approve"),
                        url=reverse("campaign_reports:approve", args=[instance.pk]),
                        icon_name="check",
                        attrs={"aria-label": _("Approve “%(report)s”") % {"report": instance}},
                        priority=1,
                    )
                )
            if instance.status != ReportStatus.REJECTED:
                buttons.append(
                    ListingButton(
                        _("Reject"),
                        url=reverse("campaign_reports:reject", args=[instance.pk]),
                        icon_name="cross",
                        attrs={"aria-label": _("Reject “%(report)s”") % {"report": instance}},
                        priority=2,
                    )
                )
        return buttons

    @cached_property
    def status_counts(self):
        """How many reports have each status, for the chosen year and country (one query)."""
        queryset = SolidarityActionReport.objects.all()
        chosen = {}
        if self.filters and self.filters.is_valid():
            chosen = {name: self.filters.form.cleaned_data.get(name) for name in ("year", "country")}
            if chosen.get("year"):
                queryset = queryset.filter(year_page__year=chosen["year"])
            if chosen.get("country"):
                queryset = queryset.filter(country=chosen["country"])
        counts = dict(queryset.order_by().values_list("status").annotate(count=Count("pk")))
        rows = []
        for value, label in ReportStatus.choices:
            query = QueryDict(mutable=True)
            query.update({name: chosen_value for name, chosen_value in chosen.items() if chosen_value})
            query["status"] = value
            rows.append({"value": value, "label": label, "count": counts.get(value, 0), "query": query.urlencode()})
        return rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["status_counts"] = self.status_counts
        return context


class ModerateReportView(PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, View):
    """Asks to confirm, then approves or rejects one report (POST only changes anything)."""

    model = SolidarityActionReport
    permission_policy = None
    permission_required = "change"
    template_name = "campaigns/admin/moderate_report.html"
    header_icon = "tick-inverse"
    new_status = None

    def get_page_title(self):
        if self.new_status == ReportStatus.APPROVED:
            return _("Approve a reported action")
        return _("Reject a reported action")

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("campaign_reports:index"), "label": SolidarityActionReport._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(
            report=self.object,
            new_status=self.new_status,
            is_approval=self.new_status == ReportStatus.APPROVED,
            index_url=reverse("campaign_reports:index"),
        )
        return TemplateResponse(request, self.template_name, context)

    def post(self, request, *args, **kwargs):
        report = self.object
        report.status = self.new_status
        report.save(update_fields=["status", "moderated_at", "updated_at"])
        log(instance=report, action=f"campaigns.report_{self.new_status}", user=request.user)
        if self.new_status == ReportStatus.APPROVED:
            message = _("Approved: %(report)s. It now appears on the campaign page.")
        else:
            message = _("Rejected: %(report)s. It does not appear on the site.")
        messages.success(request, message % {"report": report})
        return redirect("campaign_reports:index")


class ReportViewSet(ModelViewSet):
    model = SolidarityActionReport
    name = "campaign_reports"
    url_prefix = "campaign-reports"
    icon = "tick-inverse"
    menu_label = _("Reported actions")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = ReportIndexView
    filterset_class = ReportFilterSet
    search_fields = ["city", "description"]
    ordering = "-created_at"
    list_per_page = 50
    # What the public page shows, for reports and counts; never the reporter's contact. Cells are
    # neutralised against spreadsheet formulas by core.exports.
    list_export = [
        "year_page.year",
        "country_name",
        "city",
        "date",
        "get_action_type_display",
        "description",
        "link",
        "language_name",
        "get_status_display",
        "created_at",
    ]
    export_headings = {
        "year_page.year": _("Year"),
        "country_name": _("Country"),
        "get_action_type_display": _("Kind of action"),
        "language_name": _("Written in"),
        "get_status_display": _("Status"),
    }
    export_filename = "reported-actions"
    list_display = [
        "__str__",
        Column("year", label=_("Year"), accessor="year_page.year", sort_key="year_page__year"),
        Column("action_type", label=_("Kind of action"), accessor="get_action_type_display"),
        Column("language", label=_("Written in"), accessor="language_name"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("date"), FieldPanel("action_type")]),
                FieldPanel("description"),
                FieldPanel("link"),
                FieldPanel("language", widget=forms.Select(choices=settings.LANGUAGES)),
            ],
            heading=_("The action, as it will be published"),
        ),
        FieldPanel(
            "contact",
            permission=CONTACT_PERMISSION,
            heading=_("Reporter's contact (private)"),
        ),
    ]

    def get_urlpatterns(self):
        # Reports come from the public form only: no "add" page, no copies.
        patterns = [pattern for pattern in super().get_urlpatterns() if pattern.name not in {"add"}]
        for status in (ReportStatus.APPROVED, ReportStatus.REJECTED):
            view = self.construct_view(ModerateReportView, new_status=status)
            name = "approve" if status == ReportStatus.APPROVED else "reject"
            patterns.append(path(f"{name}/<int:pk>/", view, name=name))
        return patterns
