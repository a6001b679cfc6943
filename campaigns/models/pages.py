"""The Day of Solidarity's pages: one index per language, and one page per year below it."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns import dates, ical
from campaigns.blocks import GalleryBlock, SuggestedActionsBlock
from campaigns.forms import ActionReportForm, CampaignYearPageForm
from campaigns.models.reports import ReportSummary
from core import spam
from core.blocks import BaseStreamBlock
from core.i18n import active_language
from core.models import PAGE_TRANSLATABLE_FIELDS, ListingMixin

HASHTAG_RE = re.compile(r"#\w+")


def with_listing_images(pages):
    """Year pages without their StreamFields, with listing images and their renditions prefetched."""
    return pages.defer_streamfields().prefetch_related(
        Prefetch("listing_image", queryset=get_image_model().objects.prefetch_renditions())
    )


class CampaignIndexPage(RoutablePageMixin, ListingMixin, Page):
    """The International Day of Solidarity with Belarus: what it is, the countdown, and every year."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("Two or three sentences at the top of the page that say what the Day of Solidarity is."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("about the day"),
        blank=True,
        help_text=_("Why 4 August, who started the day and how to take part."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    promote_panels = [*Page.promote_panels, *ListingMixin.listing_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("summary"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("introduction"),
        TranslatableField("body"),
        *ListingMixin.listing_translatable_fields,
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignYearPage"]
    # One per language tree: each language's home page has its own translation of the index.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Day of Solidarity")
        verbose_name_plural = _("Day of Solidarity pages")

    def year_pages(self):
        """The live, public year pages below this index, newest first."""
        # With a stand-in's source page, whose language marks its untranslated words (core.i18n).
        return CampaignYearPage.objects.child_of(self).live().public().select_related("alias_of").order_by("-year")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        years = list(with_listing_images(self.year_pages()))
        edition = dates.next_edition(years)
        # The coming edition if it has a page already, else the latest one before it.
        featured = next((page for page in years if page.year <= edition.year), None)
        if featured is not None and featured.year == edition.year:
            featured_label = _("Today") if edition.is_today else _("Next edition")
        else:
            featured_label = _("Latest edition")
        context.update(years=years, edition=edition, featured=featured, featured_label=featured_label)
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """The next Day of Solidarity as an iCalendar file, to add to any calendar program."""
        today = dates.today()
        pages = list(self.year_pages().defer_streamfields().filter(year__in=[today.year, today.year + 1]))
        edition = dates.next_edition(pages, on=today)
        target = edition.page or self
        url = target.get_full_url(request)
        summary = edition.page.title if edition.page else f"{self.title} {edition.year}"
        description = "\n".join(part for part in (getattr(edition.page, "slogan", ""), url) if part)
        published = [p.last_published_at for p in (self, edition.page) if p is not None and p.last_published_at]
        # The same UID in every language: calendars update the one event instead of adding another.
        host = urlsplit(url).hostname or request.get_host().split(":")[0]
        body = ical.all_day_event(
            uid=f"day-of-solidarity-{edition.year}@{host}",
            day=edition.date,
            summary=summary,
            stamp=max(published) if published else timezone.now(),
            description=description,
            url=url,
            language=active_language(),
            product="-//Solidarity with Belarus//Day of Solidarity//EN",
        )
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="day-of-solidarity-{edition.year}.ics"'
        return response


class CampaignYearPage(RoutablePageMixin, ListingMixin, Page):
    """One year's Day of Solidarity: its appeal, suggested actions and the actions people reported."""

    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[
            MinValueValidator(
                dates.FIRST_YEAR,
                message=_("The Day of Solidarity was first held in 2012, so the year cannot be earlier."),
            )
        ],
        help_text=_("The year of this Day of Solidarity, 2012 or later. Each year has one page."),
    )
    date = models.DateField(
        _("date"),
        blank=True,
        help_text=_("Left empty, 4 August of the year is used."),
    )
    slogan = models.CharField(
        _("slogan"),
        max_length=200,
        blank=True,
        help_text=_("This year's motto, e.g. “Solidarity is stronger than repression”."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("appeal"),
        blank=True,
        help_text=_("The appeal for this year: what is happening in Belarus and why solidarity matters now."),
    )
    epigraph = models.TextField(
        _("epigraph"),
        blank=True,
        max_length=1000,
        help_text=_("Optional. A short quotation shown at the top of the page."),
    )
    epigraph_attribution = models.CharField(
        _("epigraph: who said it"), max_length=200, blank=True, help_text=_("A name and, if useful, a role.")
    )
    epigraph_source = models.CharField(
        _("epigraph: source"), max_length=250, blank=True, help_text=_("A book, article or speech.")
    )
    manifesto_excerpt = models.TextField(
        _("manifesto excerpt"),
        blank=True,
        max_length=1500,
        help_text=_("Optional. A passage from the campaign's Manifesto, shown in a highlighted box."),
    )
    suggested_actions = StreamField(
        SuggestedActionsBlock(),
        verbose_name=_("suggested actions"),
        blank=True,
        help_text=_("Things participants can do. They choose one, or invent their own, and report it."),
    )
    hashtag = models.CharField(
        _("hashtag"),
        max_length=60,
        blank=True,
        help_text=_("Optional. One word starting with #, e.g. #SolidarityWithBelarus."),
    )
    social_account = models.ForeignKey(
        "core.SocialAccount",
        verbose_name=_("social account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. The account where the campaign posts news, shown with the hashtag."),
    )
    gallery = StreamField(
        GalleryBlock(),
        verbose_name=_("gallery"),
        blank=True,
        help_text=_("Pictures from the day. Do not show faces of people who could be put at risk."),
    )
    report_opens = models.DateField(
        _("reports open on"),
        null=True,
        blank=True,
        help_text=_("The first day people can report their actions through the form. Left empty, the form is closed."),
    )
    report_closes = models.DateField(
        _("reports close after"),
        null=True,
        blank=True,
        help_text=_("The last day the form accepts reports. Left empty, it stays open."),
    )

    base_form_class = CampaignYearPageForm
    content_panels = [
        # Not Page's title panel: it would fill in a slug field, and this form has none (the
        # address is the year), which leaves the admin's script with no field to fill.
        FieldPanel("title", classname="title"),
        FieldRowPanel(
            [FieldPanel("year"), FieldPanel("date")],
            heading=_("When"),
            help_text=_("The year is also the end of the page's address, e.g. …/day-of-solidarity/2027/."),
        ),
        FieldPanel("slogan"),
        MultiFieldPanel(
            [FieldPanel("epigraph"), FieldPanel("epigraph_attribution"), FieldPanel("epigraph_source")],
            heading=_("Epigraph"),
        ),
        FieldPanel("body"),
        FieldPanel("manifesto_excerpt"),
        FieldPanel("suggested_actions"),
        FieldRowPanel([FieldPanel("hashtag"), FieldPanel("social_account")], heading=_("Social media")),
        FieldPanel("gallery"),
        FieldRowPanel(
            [FieldPanel("report_opens"), FieldPanel("report_closes")],
            heading=_("Report form"),
            help_text=_("People can report their actions between these days, both included."),
        ),
    ]
    # No slug field: the address is the year (see ``sync_slug``).
    promote_panels = [
        MultiFieldPanel([FieldPanel("seo_title"), FieldPanel("search_description")], heading=_("For search engines")),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus")),
        *ListingMixin.listing_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("slogan"),
        index.SearchField("body"),
        index.SearchField("suggested_actions"),
        index.SearchField("summary"),
        index.FilterField("year"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("year"),
        SynchronizedField("date"),
        TranslatableField("slogan"),
        TranslatableField("body"),
        TranslatableField("epigraph"),
        TranslatableField("epigraph_attribution"),
        TranslatableField("epigraph_source"),
        TranslatableField("manifesto_excerpt"),
        TranslatableField("suggested_actions"),
        SynchronizedField("hashtag"),
        SynchronizedField("social_account"),
        TranslatableField("gallery"),
        SynchronizedField("report_opens"),
        SynchronizedField("report_closes"),
        *ListingMixin.listing_translatable_fields,
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Day of Solidarity year")
        verbose_name_plural = _("Day of Solidarity years")

    def sync_slug(self):
        """The slug is the year, so each edition lives at /<lang>/<campaign>/<year>/ in every language."""
        if self.year:
            self.slug = str(self.year)

    def full_clean(self, *args, **kwargs):
        self.sync_slug()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self.sync_slug()
        super().minimal_clean()

    def save(self, *args, **kwargs):
        self.sync_slug()
        if not self.date and self.year:
            self.date = dates.campaign_date(self.year)
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors.update(error.message_dict)
        # The slug follows the year, so a taken slug is a taken year: say it on the year field,
        # which the editor can change (the slug is not in the form).
        slug_errors = errors.pop("slug", None)
        if self.year and self.year >= dates.FIRST_YEAR:
            if not self.date:
                self.date = dates.campaign_date(self.year)
            elif self.date.year != self.year:
                errors["date"] = _("Choose a date in %(year)s, the year of this page, or leave the date empty.") % {
                    "year": self.year
                }
            parent = getattr(self, "_parent_for_validation", None) or self.get_parent()
            other = self.same_year_sibling(parent) if parent is not None else None
            if other is not None:
                errors["year"] = _(
                    "“%(title)s” is already the page for %(year)s. Each year has only one page: "
                    "choose another year, or edit that page instead."
                ) % {"title": other.title, "year": self.year}
        if slug_errors and "year" not in errors:
            errors["year"] = slug_errors
        if self.report_opens and self.report_closes and self.report_closes < self.report_opens:
            errors["report_closes"] = _("The form cannot close before it opens. Choose a later closing day.")
        if self.hashtag and not HASHTAG_RE.fullmatch(self.hashtag):
            errors["hashtag"] = _("Write the hashtag as one word starting with #, for example #SolidarityWithBelarus.")
        if errors:
            raise ValidationError(errors)

    @property
    def search_result_date(self):
        """The day of this edition, shown with search results (docs/search.md)."""
        return self.date

    def same_year_sibling(self, parent):
        """Another page for the same year under ``parent``, or None."""
        siblings = CampaignYearPage.objects.child_of(parent).filter(year=self.year)
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        return siblings.only("id", "title").first()

    def neighbours(self):
        """The previous and the next live year pages beside this one, found with one query."""
        if not self.pk or not self.path:
            return None, None
        siblings = list(CampaignYearPage.objects.sibling_of(self, inclusive=False).live().public().defer_streamfields())
        earlier = [page for page in siblings if page.year < self.year]
        later = [page for page in siblings if page.year > self.year]
        return (
            max(earlier, key=lambda page: page.year, default=None),
            min(later, key=lambda page: page.year, default=None),
        )

    def accepts_reports(self, on=None):
        """True while the report form is open: from ``report_opens`` to ``report_closes``, both included."""
        on = on or dates.today()
        if self.report_opens is None or on < self.report_opens:
            return False
        return self.report_closes is None or on <= self.report_closes

    def campaign_page(self):
        """The version of this page that reports are filed under: the source language's, where it exists."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["accepts_reports"] = self.accepts_reports()
        return context

    @path("", name="index")
    def index_route(self, request, *args, **kwargs):
        previous_page, next_page = self.neighbours()
        today = dates.today()
        social_account = self.social_account.localized if self.social_account_id else None
        return self.render(
            request,
            context_overrides={
                "previous_page": previous_page,
                "next_page": next_page,
                "reports": ReportSummary(self),
                "days_left": (self.date - today).days if self.date and self.date >= today else None,
                "social_account": social_account,
            },
        )

    @path("report/", name="report")
    def report(self, request):
        """The public form to report an action, open between the days editors set."""
        template = "campaigns/campaign_year_page_report.html"
        if not self.accepts_reports():
            context = self.get_context(request)
            context["today"] = dates.today()
            return TemplateResponse(
                request,
                "campaigns/campaign_year_page_report_closed.html",
                context,
                status=403 if request.method == "POST" else 200,
            )
        if request.method != "POST":
            return self.render(request, template=template, context_overrides={"form": ActionReportForm(year_page=self)})

        form = ActionReportForm(request.POST, year_page=self)

        def received():
            return redirect(self.get_url(request) + self.reverse_subpage("report_thanks"))

        def show_form(status):
            response = self.render(request, template=template, context_overrides={"form": form})
            response.status_code = status
            return response

        def accept():
            report = form.save(commit=False)
            report.year_page = self.campaign_page()
            report.language = active_language()
            report.save()
            return received()

        return spam.screen_submission(
            request, form, "campaign-report", received=received, show_form=show_form, accept=accept
        )

    @path("report/thanks/", name="report_thanks")
    def report_thanks(self, request):
        return self.render(request, template="campaigns/campaign_year_page_report_thanks.html")
