"""Solidarity actions that people report through the form on a campaign year page.

A report is personal data: the reporter's contact is seen only by campaign moderators,
never published, never logged, and cleared by ``manage.py purge_report_contacts`` once the
report has been moderated and the retention period has passed.
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from campaigns.charts import bar_chart
from core.countries import country_choices, country_name

DEFAULT_CONTACT_RETENTION_DAYS = 90


def contact_retention_days():
    """Days a reporter's contact is kept after moderation (setting CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS)."""
    return int(getattr(settings, "CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS", DEFAULT_CONTACT_RETENTION_DAYS))


class ReportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ActionType(models.TextChoices):
    STREET = "street", _("Street action or picket")
    EVENT = "event", _("Meeting, discussion or lecture")
    ONLINE = "online", _("Online action or social media")
    LETTERS = "letters", _("Letters or postcards")
    CULTURE = "culture", _("Exhibition, film or concert")
    OTHER = "other", _("Something else")


class SolidarityActionReportQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=ReportStatus.APPROVED)

    def for_campaign(self, year_page):
        """Reports for ``year_page`` in whichever language version of the page they were sent from."""
        return self.filter(year_page__translation_key=year_page.translation_key)

    def contacts_due_for_purge(self, now=None):
        """Moderated reports that still hold a contact after the retention period."""
        now = now or timezone.now()
        cutoff = now - datetime.timedelta(days=contact_retention_days())
        return (
            self.exclude(status=ReportStatus.PENDING)
            .exclude(contact="")
            .filter(moderated_at__isnull=False, moderated_at__lte=cutoff)
        )


class SolidarityActionReport(models.Model):
    """One action that someone took part in on the Day of Solidarity, as they reported it."""

    year_page = models.ForeignKey(
        "campaigns.CampaignYearPage",
        verbose_name=_("campaign year"),
        on_delete=models.CASCADE,
        related_name="action_reports",
        help_text=_("The Day of Solidarity this action was part of."),
    )
    country = models.CharField(_("country"), max_length=2, choices=country_choices)
    city = models.CharField(_("city or town"), max_length=100)
    date = models.DateField(_("date"))
    action_type = models.CharField(_("kind of action"), max_length=20, choices=ActionType.choices)
    description = models.TextField(_("what happened"), max_length=2000)
    link = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_("A photo, a post or an article about the action."),
    )
    # The language the reporter wrote in: the report is shown as written, marked with this language.
    # No model choices: the site's languages come from the environment, migrations must not.
    language = models.CharField(
        _("written in"),
        max_length=12,
        help_text=_("The language of the description. Set from the page the report was sent from."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.PENDING, db_index=True
    )
    contact = models.CharField(
        _("reporter's contact"),
        max_length=200,
        blank=True,
        help_text=_(
            "Private. Only campaign moderators see this; it is never published and is cleared "
            "automatically some time after moderation."
        ),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True, editable=False)

    objects = SolidarityActionReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("reported action")
        verbose_name_plural = _("reported actions")
        ordering = ["-created_at", "-pk"]
        permissions = [("view_reporter_contact", _("Can see reporters' contact details"))]
        indexes = [models.Index(fields=["status", "year_page"], name="campaigns_report_status_page")]

    def __str__(self):
        # Never the contact: this text appears in the admin's history and messages.
        return f"{self.country_name}, {self.city} ({self.date:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        if self.status == ReportStatus.PENDING:
            self.moderated_at = None
        elif self.moderated_at is None:
            self.moderated_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def country_name(self):
        """The country's name in the visitor's language."""
        return country_name(self.country)

    country_name.fget.short_description = _("country")
    country_name.fget.admin_order_field = "country"

    @property
    def language_name(self):
        """The name of the language the report is written in, in the visitor's language."""
        try:
            return get_language_info(self.language)["name_translated"]
        except KeyError:
            return self.language

    language_name.fget.short_description = _("written in")


@dataclass
class CountryGroup:
    code: str
    name: str
    reports: list = field(default_factory=list)

    @property
    def count(self):
        return len(self.reports)


class ReportSummary:
    """The approved reports of one campaign year, grouped by country; one query, on first use."""

    def __init__(self, year_page):
        self.year_page = year_page

    @cached_property
    def groups(self):
        reports = (
            SolidarityActionReport.objects.approved()
            .for_campaign(self.year_page)
            .only("id", "country", "city", "date", "action_type", "description", "link", "language")
            .order_by("date", "city", "pk")
        )
        groups = {}
        for report in reports:
            group = groups.get(report.country)
            if group is None:
                group = groups[report.country] = CountryGroup(report.country, country_name(report.country))
            group.reports.append(report)
        return sorted(groups.values(), key=lambda group: (-group.count, group.name.casefold()))

    @property
    def total(self):
        return sum(group.count for group in self.groups)

    @property
    def country_count(self):
        return len(self.groups)

    @cached_property
    def chart(self):
        return bar_chart([(group.name, group.count) for group in self.groups])
