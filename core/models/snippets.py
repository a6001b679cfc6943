"""Site-wide snippets: the organisation's name and footer, social accounts, contact e-mails.

Each carries words, so each is translatable; templates show the copy in the active locale
through ``for_active_locale``, which falls back to the default locale's copy. Each keeps
revisions (no drafts: a change is live at once), so the admin's history shows who changed what.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class LocalizedQuerySet(models.QuerySet):
    def for_active_locale(self):
        """Rows in the active language, or the source language's rows where none are translated.

        One query, whatever the number of languages; returns a list.
        """
        active = get_supported_content_language_variant(get_language())
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        rows = list(self.filter(locale__language_code__in={active, default}).select_related("locale"))
        own = [row for row in rows if row.locale.language_code == active]
        return own or [row for row in rows if row.locale.language_code == default]


class FooterText(TranslatableMixin, RevisionMixin, models.Model):
    """The organisation's name and the short text at the bottom of every page."""

    organisation_name = models.CharField(_("organisation name"), max_length=200)
    body = RichTextField(
        _("footer text"),
        features=["bold", "italic", "link"],
        help_text=_("A few sentences about who runs the site."),
    )

    objects = LocalizedQuerySet.as_manager()

    panels = [FieldPanel("organisation_name"), FieldPanel("body")]
    translatable_fields = [TranslatableField("organisation_name"), TranslatableField("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return self.organisation_name


class SocialAccount(TranslatableMixin, RevisionMixin, models.Model):
    """A link to one of the campaign's accounts on a social network."""

    NETWORK_CHOICES = [
        ("twitter", "X (Twitter)"),
        ("facebook", "Facebook"),
        ("telegram", "Telegram"),
        ("mastodon", "Mastodon"),
        ("youtube", "YouTube"),
        ("other", _("Other")),
    ]

    network = models.CharField(_("network"), max_length=20, choices=NETWORK_CHOICES)
    handle = models.CharField(
        _("account name"), max_length=100, help_text=_("As people know it, for example @soli_days.")
    )
    url = models.URLField(_("address"), help_text=_("The full address of the account page."))
    label = models.CharField(
        _("label"),
        max_length=120,
        blank=True,
        help_text=_("Optional. What the account is for, e.g. “Day of Solidarity”."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Accounts with smaller numbers come first.")
    )

    objects = LocalizedQuerySet.as_manager()

    panels = [
        FieldPanel("network"),
        FieldPanel("handle"),
        FieldPanel("url"),
        FieldPanel("label"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("network"),
        SynchronizedField("handle"),
        SynchronizedField("url"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("social account")
        verbose_name_plural = _("social accounts")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.get_network_display()}: {self.handle}"


class ContactEmail(TranslatableMixin, RevisionMixin, models.Model):
    """A public contact address. The site never prints it in plain form (see core.email_protection)."""

    label = models.CharField(
        _("label"), max_length=120, help_text=_("What people write about, e.g. “General enquiries”.")
    )
    email = models.EmailField(_("e-mail address"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = LocalizedQuerySet.as_manager()

    panels = [FieldPanel("label"), FieldPanel("email"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("email"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact e-mail")
        verbose_name_plural = _("contact e-mails")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.label
