"""Small abstract mixins for fields that several page types share."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

# The Page fields every page type translates (title, SEO texts) or keeps in step (slug, menu).
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("slug"),
    SynchronizedField("show_in_menus"),
]


class ListingMixin(models.Model):
    """A summary and an image used when the page is shown as a card or in search results."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown on cards, in listings and search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and when the page is shared. Landscape works best."),
    )

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("listing_image")],
            heading=_("Listing"),
        )
    ]
    listing_translatable_fields = [TranslatableField("summary"), SynchronizedField("listing_image")]

    class Meta:
        abstract = True
