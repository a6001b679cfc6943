"""One list of applications per form, across its language copies, for the Mission coordinators.

Wagtail's form builder keeps each language copy of a form as its own page, so its admin shows
one list of submissions per copy. Coordinators want one list per form: every copy's answers,
with the language they arrived in as a column and a filter, and one export.
"""

from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListFilterSet, SubmissionsListView
from wagtail.coreutils import get_content_languages


class LanguageFilter(ChoiceFilter):
    """The language copy of the form that an application came through."""

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Language"),
            field_name="page__locale__language_code",
            choices=lambda: list(get_content_languages().items()),
            **kwargs,
        )


class ApplicationsFilterSet(SubmissionsListFilterSet):
    language = LanguageFilter()


class ApplicationSubmissionsView(SubmissionsListView):
    """The submissions of every language copy of ``form_page``; the filters and export follow."""

    filterset_class = ApplicationsFilterSet
    forms_index_url_name = "mission_applications"
    page_title = _("Applications")

    def get_base_queryset(self):
        return self.form_page.submissions_in_every_language()

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        items[-2]["label"] = _("Applications")
        return items


class ApplicationDeleteSubmissionsView(DeleteSubmissionsView):
    """Deletes what the coordinator ticked, whichever language copy it came through."""

    def get_queryset(self):
        submissions = getattr(self.page, "submissions_in_every_language", self.page.get_submissions)()
        return submissions.filter(id__in=self.request.GET.getlist("selected-submissions"))
