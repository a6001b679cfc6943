"""The public report form and the admin form of a campaign year page."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from campaigns import dates
from campaigns.models.reports import SolidarityActionReport
from core import spam
from core.countries import country_choices


class CampaignYearPageForm(WagtailAdminPageForm):
    def clean(self):
        # The model's clean() checks that the year is unique under the parent, but a page that
        # is being created is not in the tree yet and cannot find its parent by itself.
        self.instance._parent_for_validation = self.parent_page
        return super().clean()


class ActionReportForm(forms.ModelForm):
    """What a participant did on the Day of Solidarity. Everything but the contact may be published.

    Labels do not say "(optional)": the form template marks every field required or optional.
    """

    link = forms.URLField(
        label=_("Link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("A photo, a post or an article about the action."),
    )

    class Meta:
        model = SolidarityActionReport
        fields = ["country", "city", "date", "action_type", "description", "link", "contact"]
        labels = {
            "city": _("City or town"),
            "date": _("Date of the action"),
            "action_type": _("Kind of action"),
            "description": _("What did you do?"),
            "contact": _("Contact for the moderators"),
        }
        help_texts = {
            "date": _("The day the action took place."),
            "description": _(
                "A few sentences: what happened and how many people took part. This text is published "
                "as you write it, in your language, once a moderator has approved it. Do not name people "
                "who could be put at risk."
            ),
            "contact": _(
                "An e-mail address or a messenger account, only in case the moderators have a question. "
                "It is never published and is deleted after moderation."
            ),
        }
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, year_page, **kwargs):
        super().__init__(*args, **kwargs)
        self.year_page = year_page
        # Country names in the visitor's language, sorted for that language.
        self.fields["country"].choices = [("", _("Choose a country")), *country_choices()]
        self.fields["action_type"].choices = [("", _("Choose one")), *self.fields["action_type"].choices[1:]]
        self.fields["date"].widget.attrs.update({"min": f"{year_page.year}-01-01", "max": f"{year_page.year}-12-31"})
        self.fields["link"].widget.attrs["placeholder"] = "https://"
        for name in ("city", "contact"):
            self.fields[name].widget.attrs["autocomplete"] = "off"
        spam.add_honeypot(self)

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day.year != self.year_page.year:
            raise forms.ValidationError(
                _("Give a date in %(year)s: this form is for the Day of Solidarity %(year)s."),
                params={"year": self.year_page.year},
            )
        if day > dates.today():
            raise forms.ValidationError(_("The date is in the future. Please report actions that have taken place."))
        return day
