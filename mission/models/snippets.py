"""Translatable snippets for the Mission: phone numbers, information centres, Committee members.

Each is shown through ``objects.<listing>()`` helpers that return the rows of the active
language, grouped the way visitors read them, in one query whatever the number of rows.
Each keeps revisions, without drafts (a change is live at once): the admin's history shows who
changed a number or an address, and when, and what it was before.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.db.models import F, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.countries import country_choices, country_name
from core.models.snippets import LocalizedQuerySet
from mission.validators import phone_digits, validate_international_phone

LOGO_RENDITION = "max-240x120|format-webp"


@dataclass
class CountryGroup:
    """Rows of one country, in the order they are shown."""

    code: str
    name: str
    items: list = field(default_factory=list)


def source_order(model):
    """The ``sort_order`` of the source-language row, so every language follows the editors' order at once."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    source = model._default_manager.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=default
    ).values("sort_order")[:1]
    return Coalesce(Subquery(source), F("sort_order"))


def in_editors_order(queryset):
    """The active language's rows of ``queryset``, in the order editors gave the source-language rows."""
    rows = queryset.annotate(source_order=source_order(queryset.model)).for_active_locale()
    return sorted(rows, key=lambda row: (row.source_order is None, row.source_order or 0, row.pk))


def group_by_country(rows):
    groups = {}
    for row in rows:
        groups.setdefault(row.country, CountryGroup(row.country, country_name(row.country))).items.append(row)
    return list(groups.values())


class CountryField(models.CharField):
    """An ISO 3166 country code; the choices show names in the editor's language (CLDR)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 2)
        kwargs.setdefault("choices", country_choices)
        super().__init__(*args, **kwargs)


class ContactPhoneQuerySet(LocalizedQuerySet):
    def directory(self):
        """The active language's numbers grouped by country, countries in the order of their first number."""
        return group_by_country(in_editors_order(self))


class ContactPhone(TranslatableMixin, RevisionMixin, Orderable):
    """A phone number people can call, with the country and the mobile carrier it is on."""

    country = CountryField(_("country"), help_text=_("The country the number belongs to."))
    carrier = models.CharField(
        _("mobile carrier"),
        max_length=60,
        help_text=_("The network the number is on, as people know it, for example MTS, Life or Beeline."),
    )
    number = models.CharField(
        _("number"),
        max_length=30,
        validators=[validate_international_phone],
        help_text=_("In international format, with the plus sign and the country code: +375 29 000-00-01."),
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Optional. For example when to call, or which messengers the number uses."),
    )

    objects = ContactPhoneQuerySet.as_manager()

    panels = [
        HelpPanel(
            _(
                "Numbers are grouped by country. To change the order, drag the numbers in the list of phone "
                "numbers: each country is shown where its first number stands."
            )
        ),
        FieldPanel("country"),
        FieldPanel("carrier"),
        FieldPanel("number"),
        FieldPanel("note"),
    ]
    translatable_fields = [
        TranslatableField("carrier"),
        TranslatableField("note"),
        SynchronizedField("country"),
        SynchronizedField("number"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.number} ({self.carrier})"

    @property
    def tel_href(self):
        return f"tel:{phone_digits(self.number)}"

    def country_label(self):
        return country_name(self.country)

    country_label.short_description = _("country")


class InformationCentreQuerySet(LocalizedQuerySet):
    def by_status(self):
        """The active language's centres: ``{"active": [...], "organiser_wanted": [...]}`` in the editors' order."""
        rows = in_editors_order(self)
        return {
            status: [row for row in rows if row.status == status] for status, _label in InformationCentre.STATUS_CHOICES
        }


class InformationCentre(TranslatableMixin, RevisionMixin, Orderable):
    """A city where people gather and pass on information about Belarus, or where an organiser is wanted."""

    ACTIVE = "active"
    ORGANISER_WANTED = "organiser_wanted"
    STATUS_CHOICES = [(ACTIVE, _("Active")), (ORGANISER_WANTED, _("Organiser wanted"))]

    city = models.CharField(_("city"), max_length=100)
    country = CountryField(_("country"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=STATUS_CHOICES,
        default=ACTIVE,
        help_text=_("“Organiser wanted” invites visitors to help set up a centre in this city."),
    )
    description = models.TextField(
        _("what the centre does"),
        max_length=1000,
        blank=True,
        help_text=_("A few sentences on what the centre does or would do."),
    )
    contact_name = models.CharField(
        _("contact person"), max_length=120, blank=True, help_text=_("Optional. A name or a role.")
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Optional. Left empty, visitors are pointed to the general contact address."),
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=30,
        blank=True,
        validators=[validate_international_phone],
        help_text=_("Optional. In international format: +380 50 000-00-01."),
    )

    objects = InformationCentreQuerySet.as_manager()

    panels = [
        FieldPanel("city"),
        FieldPanel("country"),
        FieldPanel("status"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
    ]
    translatable_fields = [
        TranslatableField("city"),
        TranslatableField("description"),
        TranslatableField("contact_name"),
        SynchronizedField("country"),
        SynchronizedField("status"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("information centre")
        verbose_name_plural = _("information centres")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.city

    @property
    def is_active(self):
        return self.status == self.ACTIVE

    @property
    def contact_tel_href(self):
        return f"tel:{phone_digits(self.contact_phone)}" if self.contact_phone else ""

    def country_label(self):
        return country_name(self.country)

    country_label.short_description = _("country")


class CommitteeMemberQuerySet(LocalizedQuerySet):
    def by_country(self):
        """The active language's members grouped by country, countries and names in alphabetical order."""
        rows = self.prefetch_related(
            Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(LOGO_RENDITION))
        ).for_active_locale()
        groups = group_by_country(sorted(rows, key=lambda row: row.name.casefold()))
        return sorted(groups, key=lambda group: group.name.casefold())


class CommitteeMember(TranslatableMixin, RevisionMixin, models.Model):
    """An organisation that belongs to the Committee of International Control."""

    name = models.CharField(_("organisation name"), max_length=200)
    country = CountryField(_("country"), help_text=_("Where the organisation is based."))
    website = models.URLField(_("website"), max_length=300)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Shown small, next to the name."),
    )

    objects = CommitteeMemberQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("country"), FieldPanel("website"), FieldPanel("logo")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("country"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Committee member")
        verbose_name_plural = _("Committee members")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def country_label(self):
        return country_name(self.country)

    country_label.short_description = _("country")
