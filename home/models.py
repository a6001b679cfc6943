"""The home page of each language tree and the general-purpose StandardPage."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import BaseStreamBlock
from core.models import PAGE_TRANSLATABLE_FIELDS, ListingMixin


class HomePage(Page):
    """The root of one language's tree: an introduction and featured blocks."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("Two or three sentences under the site name that say what the site is for."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("featured content"),
        blank=True,
        help_text=_("Blocks shown below the introduction."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction"), index.SearchField("body")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "mission.MissionPage",
        "mission.HowToHelpPage",
        "mission.ApplicationFormPage",
        "news.NewsIndexPage",
        "campaigns.CampaignIndexPage",
        "mirror.MirrorsPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def can_create_at(cls, parent):
        # One home page per language: new languages get theirs by translation.
        return super().can_create_at(parent) and not cls.objects.exists()


class StandardPage(ListingMixin, Page):
    """A plain page for the privacy policy, legal notes and "about" texts."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    promote_panels = [*Page.promote_panels, *ListingMixin.listing_panels]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("body"),
        *ListingMixin.listing_translatable_fields,
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
