"""Application forms built with Wagtail's form builder, translated with wagtail-localize.

The form fields are translatable child objects, so translators translate labels, help texts
and choices, while ``clean_name`` (the key each answer is stored under) is copied from the
source language: answers sent in any language land under the same keys.
"""

from urllib.parse import urljoin

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES
from core.models import PAGE_TRANSLATABLE_FIELDS
from core.spam import HONEYPOT_FIELD, add_honeypot, screen_submission
from mission.submissions import ApplicationSubmissionsView
from mission.tasks import send_application_notification

CONSENT_FIELD = "accept_privacy_notice"
RESERVED_FIELD_NAMES = {CONSENT_FIELD, HONEYPOT_FIELD, "csrfmiddlewaretoken", "submit_time"}
DEFAULT_RETENTION_DAYS = 180


class ApplicationFormBuilder(FormBuilder):
    """Wagtail's form builder with an upper limit on every free-text answer."""

    MULTILINE_MAX_LENGTH = 4000

    def create_multiline_field(self, field, options):
        options["max_length"] = self.MULTILINE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = 254
        return super().create_email_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = 500
        return super().create_url_field(field, options)

    def create_hidden_field(self, field, options):
        options["max_length"] = 255
        return super().create_hidden_field(field, options)


class ApplicationFormField(TranslatableMixin, AbstractFormField):
    """One question of an application form."""

    page = ParentalKey("mission.ApplicationFormPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        # The stored answers are keyed by clean_name: it must never differ between languages.
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(AbstractFormField.Meta):
        unique_together = [("translation_key", "locale")]
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")

    def clean(self):
        super().clean()
        if (self.clean_name or self.get_field_clean_name()) in RESERVED_FIELD_NAMES:
            raise ValidationError(
                {"label": _("The site uses this label itself. Please word the question differently.")}
            )

    def save(self, *args, **kwargs):
        # Fields added in the page editor arrive without a locale: they take their page's.
        if self.locale_id is None and self.page is not None:
            self.locale_id = self.page.locale_id
        super().save(*args, **kwargs)


class ApplicationSubmission(AbstractFormSubmission):
    """The answers sent through an application form. Never shown in ``str()``, so never in logs."""

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")

    def __str__(self):
        return f"Application {self.pk}"

    def get_data(self):
        """The answers, when they were sent, and the language of the form they came through."""
        return {**super().get_data(), "language": self.page.locale.get_display_name()}


class ApplicationFormPage(AbstractEmailForm):
    """A form people use to apply: to join the Mission, the Committee, and the like.

    Answers are stored for ``retention_days`` and seen only by the Mission coordinators
    (see mission.permissions and mission.wagtail_hooks).
    """

    introduction = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Optional. What the application is for and what happens next."),
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Shown above the form: what is stored, who reads it and how to ask for it to be deleted. "
            "People must confirm they have read it."
        ),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after the form is sent: thank people and say when they will hear from you."),
    )
    retention_days = models.PositiveSmallIntegerField(
        _("keep applications for (days)"),
        default=DEFAULT_RETENTION_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("Applications older than this are deleted automatically."),
    )

    form_builder = ApplicationFormBuilder
    submissions_list_view_class = ApplicationSubmissionsView

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields"), min_num=1),
        FieldPanel("privacy_notice"),
        FieldPanel("thank_you_text"),
    ]
    settings_panels = [
        *AbstractEmailForm.settings_panels,
        MultiFieldPanel(
            [
                FieldPanel("to_address"),
                FieldPanel("from_address"),
                FieldPanel("subject"),
                FieldPanel("retention_days"),
            ],
            heading=_("Notifications and personal data"),
            help_text=_(
                "The notification only says that an application arrived, with a link to the admin; "
                "it never contains the answers."
            ),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("introduction"),
        TranslatableField("privacy_notice"),
        TranslatableField("thank_you_text"),
        TranslatableField("form_fields"),
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        SynchronizedField("subject"),
        SynchronizedField("retention_days"),
    ]

    parent_page_types = ["home.HomePage", "mission.HowToHelpPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("application form")
        verbose_name_plural = _("application forms")

    # The form

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.fields[CONSENT_FIELD] = forms.BooleanField(
            required=True,
            label=ngettext(
                "I have read the privacy notice. My answers may be kept for %(days)s day and are then deleted.",
                "I have read the privacy notice. My answers may be kept for %(days)s days and are then deleted.",
                self.retention_days,
            )
            % {"days": self.retention_days},
            error_messages={"required": gettext("Please confirm that you have read the privacy notice.")},
        )
        return add_honeypot(form)

    def get_submission_class(self):
        return ApplicationSubmission

    def get_data_fields(self):
        submit_time, *questions = super().get_data_fields()
        return [submit_time, ("language", _("Language")), *questions]

    def submissions_in_every_language(self):
        """The applications sent through any language copy of this form."""
        return ApplicationSubmission.objects.filter(page__translation_key=self.translation_key).select_related(
            "page__locale"
        )

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        return screen_submission(
            request,
            form,
            f"application:{self.translation_key}",
            received=lambda: self.render_landing_page(request),
            show_form=lambda status: self.render_form(request, form, status=status),
            accept=lambda: self.render_landing_page(request, self.process_form_submission(form)),
        )

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        context["has_field_errors"] = any(name != NON_FIELD_ERRORS for name in form.errors)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        """Store the answers to the editors' questions only (not the consent box or the honeypot)."""
        names = {field.clean_name for field in self.get_form_fields()}
        submission = self.get_submission_class().objects.create(
            form_data={name: value for name, value in form.cleaned_data.items() if name in names},
            page=self,
        )
        if self.to_address:
            # Off the request: a slow or unreachable mail server never holds the applicant's page.
            send_application_notification.enqueue(self.pk)
        return submission

    # The notification

    def admin_submissions_url(self):
        return urljoin(settings.WAGTAILADMIN_BASE_URL, reverse("wagtailforms:list_submissions", args=[self.pk]))

    def render_email(self, form=None):
        """The notification text: that an application arrived, and where to read it. No answers.

        Overrides Wagtail's, which lists the answers; ``form`` is not read.
        """
        return render_to_string(
            "mission/emails/application_notification.txt",
            {"page": self, "language": self.locale.get_display_name(), "url": self.admin_submissions_url()},
        )

    def send_mail(self, form=None):
        """Send the notification now (mission.tasks.send_application_notification calls it)."""
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        with translation.override(settings.LANGUAGE_CODE):
            subject = self.subject or gettext("New application through “%(form)s”") % {"form": self.title}
            send_mail(subject, self.render_email(), addresses, self.from_address or None)
