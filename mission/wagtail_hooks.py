"""Admin for the Mission: its snippets in one menu, and who may read applications."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from mission.models import ApplicationFormPage, CommitteeMember, ContactPhone, InformationCentre
from mission.permissions import COORDINATORS_GROUP, can_see_applications
from mission.submissions import ApplicationDeleteSubmissionsView
from mission.views import ApplicationFormsView


class ContactPhoneViewSet(SnippetViewSet):
    model = ContactPhone
    icon = "mobile-alt"
    menu_label = _("Phone numbers")
    list_display = ["number", "carrier", Column("country_label", label=_("Country")), "locale"]


class InformationCentreViewSet(SnippetViewSet):
    model = InformationCentre
    icon = "home"
    menu_label = _("Information centres")
    list_display = ["city", Column("country_label", label=_("Country")), "status", "locale"]


class CommitteeMemberViewSet(SnippetViewSet):
    model = CommitteeMember
    icon = "group"
    menu_label = _("Committee members")
    list_display = ["name", Column("country_label", label=_("Country")), "website", "locale"]


class MissionViewSetGroup(SnippetViewSetGroup):
    """Contacts, centres and Committee members: what the Mission pages list."""

    items = (ContactPhoneViewSet, InformationCentreViewSet, CommitteeMemberViewSet)
    menu_icon = "globe"
    menu_label = _("Mission")
    menu_name = "mission"


register_snippet(MissionViewSetGroup)


@hooks.register("filter_form_submissions_for_user")
def only_coordinators_read_applications(user, editable_forms):
    """Applications go to coordinators and superusers, in every language's copy of the form.

    Page edit rights are not enough: editors and translators never see the answers. Coordinators
    see them even without any page permission.
    """
    application_forms = ContentType.objects.get_for_model(ApplicationFormPage)
    if can_see_applications(user):
        return Page.objects.filter(Q(pk__in=editable_forms.values("pk")) | Q(content_type=application_forms))
    return editable_forms.exclude(content_type=application_forms)


class ApplicationsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_applications(request.user)


@hooks.register("register_admin_menu_item")
def register_applications_menu_item():
    return ApplicationsMenuItem(
        _("Applications"), reverse("mission_applications"), name="applications", icon_name="form", order=690
    )


@hooks.register("register_admin_urls")
def register_applications_urls():
    return [
        path("mission/applications/", ApplicationFormsView.as_view(), name="mission_applications"),
        path(
            "mission/applications/results/",
            ApplicationFormsView.as_view(results_only=True),
            name="mission_applications_results",
        ),
    ]


@hooks.register("register_admin_urls", order=-1)
def replace_forms_index():
    """Wagtail's "Forms" index listed every language copy of each form: it leads to "Applications".

    Listed before Wagtail's own form URLs, so these paths answer first. A form's submissions stay
    at Wagtail's URL (mission.submissions shows every language there); deleting from that list
    deletes what was ticked, whichever copy it came through.
    """
    return [
        path("forms/", RedirectView.as_view(pattern_name="mission_applications"), name="mission_forms_index"),
        path(
            "forms/results/",
            RedirectView.as_view(pattern_name="mission_applications_results"),
            name="mission_forms_index_results",
        ),
        path(
            "forms/submissions/<int:page_id>/delete/",
            ApplicationDeleteSubmissionsView.as_view(),
            name="mission_delete_submissions",
        ),
    ]


@hooks.register("construct_main_menu")
def hide_forms_index(request, menu_items):
    """One menu for applications: "Forms" would only repeat "Applications" (see replace_forms_index)."""
    menu_items[:] = [item for item in menu_items if item.name != "forms"]


@hooks.register("describe_admin_groups")
def describe_coordinators():
    return {
        COORDINATORS_GROUP: _(
            "Read and export the applications sent through the Mission's forms, in every language. "
            "Only this group sees that personal data."
        )
    }
