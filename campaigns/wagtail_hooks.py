"""Admin registration: the moderation queue of reported actions and its history entries."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from campaigns.admin_views import ReportViewSet
from campaigns.moderators import GROUP_NAME as MODERATORS_GROUP


@hooks.register("register_admin_viewset")
def register_report_viewset():
    return ReportViewSet()


@hooks.register("register_log_actions")
def register_report_log_actions(actions):
    actions.register_action("campaigns.report_approved", _("Approve reported action"), _("Approved"))
    actions.register_action("campaigns.report_rejected", _("Reject reported action"), _("Rejected"))


@hooks.register("describe_admin_groups")
def describe_campaign_moderators():
    return {
        MODERATORS_GROUP: _(
            "Approve or reject the solidarity actions that people report for the Day of Solidarity, "
            "with the reporters' contacts."
        )
    }
