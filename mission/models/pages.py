"""Free-form Mission pages and the How to help page."""

from django.db import models
from django.db.models import Prefetch
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import PAGE_TRANSLATABLE_FIELDS, ContactEmail, ListingMixin
from mission.blocks import MissionStreamBlock, WaysToHelpBlock
from mission.models.snippets import ContactPhone, InformationCentre


class MissionPage(ListingMixin, Page):
    """A page about the Mission, the Committee or a related topic, with its sub-pages listed as cards."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("Optional. Two or three sentences shown large under the title."),
    )
    body = StreamField(MissionStreamBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    promote_panels = [*Page.promote_panels, *ListingMixin.listing_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("introduction"),
        TranslatableField("body"),
        *ListingMixin.listing_translatable_fields,
    ]

    parent_page_types = ["home.HomePage", "mission.MissionPage"]
    subpage_types = ["mission.MissionPage"]

    class Meta:
        verbose_name = _("Mission page")
        verbose_name_plural = _("Mission pages")

    def child_cards(self):
        """Live, public sub-pages for the cards under the body, with their listing images."""
        return (
            MissionPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            # A stand-in's source, whose language marks its untranslated title (core.i18n).
            .select_related("alias_of")
            .prefetch_related(Prefetch("listing_image", queryset=get_image_model().objects.prefetch_renditions()))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cards"] = list(self.child_cards())
        return context


class HowToHelpPage(Page):
    """The ways to help, in the order editors choose, with contacts and information centres."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("Optional. Two or three sentences shown above the ways to help."),
    )
    body = StreamField(
        WaysToHelpBlock(),
        verbose_name=_("ways to help"),
        help_text=_("Each way to help is one block; drag them to change the order."),
    )
    show_contacts = models.BooleanField(
        _("show the contact directory"),
        default=True,
        help_text=_("Phone numbers by country and the general e-mail address, under the ways to help."),
    )
    show_information_centres = models.BooleanField(
        _("show the information centres"),
        default=True,
        help_text=_("Active centres and the cities where organisers are wanted, under the ways to help."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("show_contacts"),
        FieldPanel("show_information_centres"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction"), index.SearchField("body")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("introduction"),
        TranslatableField("body"),
        SynchronizedField("show_contacts"),
        SynchronizedField("show_information_centres"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["mission.ApplicationFormPage"]
    # One per language tree; max_count would forbid the translations.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("How to help page")
        verbose_name_plural = _("How to help pages")

    def get_context(self, request, *args, **kwargs):
        """Contacts and centres are read only when the template renders them.

        The template keeps both sections per language generation ({% language_fragment %}),
        so on most requests these queries are never run.
        """
        context = super().get_context(request, *args, **kwargs)
        emails = SimpleLazyObject(ContactEmail.objects.for_active_locale)
        context["general_email"] = SimpleLazyObject(lambda: emails[0] if emails else None)
        if self.show_contacts:
            context["directory"] = SimpleLazyObject(ContactPhone.objects.directory)
            context["emails"] = emails
        if self.show_information_centres:
            centres = SimpleLazyObject(InformationCentre.objects.by_status)
            context["active_centres"] = SimpleLazyObject(lambda: centres[InformationCentre.ACTIVE])
            context["wanted_centres"] = SimpleLazyObject(lambda: centres[InformationCentre.ORGANISER_WANTED])
        return context
