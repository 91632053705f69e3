"""
Forms for a person's own account: Django's password forms in GOV.UK style,
and the code from an authenticator app.
"""

import re

from django import forms
from django.contrib.auth import forms as auth_forms
from django.core.exceptions import ValidationError

from scrutiny.forms import GovukFormMixin

NEW_PASSWORD_HINT = (
    "At least 12 characters. It must not be a common password, only numbers, "
    "or too like your name, username or email address. A few unrelated words "
    "together make a good one."
)


class NewPasswordMixin:
    """Labels and a plain hint for the two new-password fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].help_text = NEW_PASSWORD_HINT
        self.fields["new_password2"].label = "Confirm new password"


class PasswordResetForm(GovukFormMixin, auth_forms.PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Email address"
        self.fields["email"].help_text = "The address the council has for your account."


class SetPasswordForm(NewPasswordMixin, GovukFormMixin, auth_forms.SetPasswordForm):
    pass


class PasswordChangeForm(NewPasswordMixin, GovukFormMixin, auth_forms.PasswordChangeForm):
    pass


class CodeForm(GovukFormMixin, forms.Form):
    """A six-digit code from an authenticator app; spaces are allowed, as apps show them."""

    code = forms.CharField(
        label="Code from your authenticator app",
        help_text="The 6-digit code the app shows now. A new one appears every 30 seconds.",
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "class": "govuk-input--width-5",
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "spellcheck": "false",
            }
        ),
    )

    def clean_code(self):
        code = re.sub(r"[\s-]", "", self.cleaned_data["code"])
        if not re.fullmatch(r"\d{6}", code):
            raise ValidationError("Enter the 6 digits your authenticator app shows.")
        return code
