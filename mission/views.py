"""Admin view for the Mission coordinators: every application form once, with its languages and count."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView

from mission.models import ApplicationFormPage, ApplicationSubmission
from mission.permissions import can_see_applications


def one_copy_per_form():
    """The source-language copy of each form (or its oldest copy, if it has none in the source language)."""
    first_copy = (
        ApplicationFormPage.objects.filter(translation_key=OuterRef("translation_key"))
        .annotate(
            in_other_language=Case(When(locale__language_code=settings.LANGUAGE_CODE, then=Value(0)), default=Value(1))
        )
        .order_by("in_other_language", "pk")
        .values("pk")[:1]
    )
    return ApplicationFormPage.objects.filter(pk=Subquery(first_copy))


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
        Column("languages", label=_("Languages")),
        Column("application_count", label=_("Applications"), sort_key="application_count"),
        Column("retention_days", label=_("Kept for (days)")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_see_applications(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        counts = (
            ApplicationSubmission.objects.filter(page__translation_key=OuterRef("translation_key"))
            .order_by()
            .values("page__translation_key")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            one_copy_per_form()
            .annotate(application_count=Coalesce(Subquery(counts, output_field=IntegerField()), 0))
            .defer_streamfields()
        )

    def get_table(self, object_list):
        forms = list(object_list)
        names = dict(settings.LANGUAGES)
        copies = ApplicationFormPage.objects.filter(translation_key__in=[form.translation_key for form in forms])
        languages = {}
        for key, code in copies.values_list("translation_key", "locale__language_code"):
            languages.setdefault(key, []).append(code)
        for form in forms:
            codes = sorted((c for c in languages.get(form.translation_key, []) if c in names), key=list(names).index)
            form.languages = ", ".join(names[code] for code in codes)
        return super().get_table(forms)
