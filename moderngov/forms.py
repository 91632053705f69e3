"""The clerk's import page's form: which ModernGov meeting to import."""

from django import forms
from django.conf import settings

from scrutiny.forms import GovukForm

from .references import ReferenceError, read_reference


class MeetingReferenceForm(GovukForm):
    reference = forms.CharField(
        label="ModernGov meeting address or number",
        max_length=2000,
        help_text=(
            "Copy the address of the meeting's agenda page in ModernGov (it contains ieListDocuments.aspx), "
            "or of a committee's page to choose one of its meetings. A meeting number works too."
        ),
        error_messages={"required": "Enter the address of a ModernGov meeting page, or its meeting number"},
    )
    site = forms.CharField(
        label="ModernGov site address",
        max_length=500,
        required=False,
        help_text="Only needed with a meeting number, for example https://democracy.example.gov.uk",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and getattr(settings, "MODERNGOV_SITE", ""):
            self.initial.setdefault("site", settings.MODERNGOV_SITE)

    def clean(self):
        data = super().clean()
        if "reference" not in data:
            return data
        try:
            data["ref"] = read_reference(data["reference"], default_site=data.get("site", ""))
        except ReferenceError as exc:
            # With a bare meeting number, what is wrong is the site's address.
            field = "site" if data["reference"].strip().isdigit() else "reference"
            self.add_error(field, str(exc))
        return data
