"""Forms for entering a one-time code, naming a new device and resetting another user's devices."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """A six-digit code from an authenticator app."""

    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9 ]*", "autofocus": True}
        ),
    )

    def clean_code(self):
        code = self.cleaned_data["code"].replace(" ", "")
        if not code.isdigit():
            raise forms.ValidationError(_("Enter the digits that your authenticator app shows."))
        return code


class RecoveryCodeForm(forms.Form):
    """One of the single-use recovery codes."""

    recovery_code = forms.CharField(
        label=_("Recovery code"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "none"}),
    )

    def clean_recovery_code(self):
        return self.cleaned_data["recovery_code"].replace(" ", "").replace("-", "").lower()


class TOTPSetupForm(CodeForm):
    """Confirms a new authenticator app by its first code, and names it for the device list."""

    name = forms.CharField(
        label=_("Name of this device"),
        help_text=_("For example “work phone”, so that you can tell your devices apart."),
        max_length=64,
        required=False,
    )
    field_order = ["name", "code"]
