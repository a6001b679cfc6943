"""Admin view for the Mission coordinators: every application form, in every language, with its count."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView

from mission.models import ApplicationFormPage, ApplicationSubmission
from mission.permissions import can_see_applications


class ApplicationFormsView(BaseListingView):
    """Coordinators need no page permissions to read applications; this is their way in."""

    page_title = _("Applications")
    header_icon = "form"
    index_url_name = "mission_applications"
    index_results_url_name = "mission_applications_results"
    paginate_by = 50
    default_ordering = "title"
    columns = [
        TitleColumn("title", label=_("Form"), url_name="wagtailforms:list_submissions", sort_key="title"),
        Column("language", label=_("Language"), accessor=lambda page: page.locale.get_display_name()),
        Column("application_count", label=_("Applications"), sort_key="application_count"),
        Column("retention_days", label=_("Kept for (days)")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_see_applications(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        counts = (
            ApplicationSubmission.objects.filter(page=OuterRef("pk"))
            .order_by()
            .values("page")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            ApplicationFormPage.objects.select_related("locale")
            .annotate(application_count=Coalesce(Subquery(counts, output_field=IntegerField()), 0))
            .defer_streamfields()
        )
