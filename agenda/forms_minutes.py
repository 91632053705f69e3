"""
The clerks' forms for writing up a meeting item by item: a compact form for
one item's minutes and resolutions, and the confirmations of the actions
that write standard business (approving the previous minutes, excluding the
press and public).
"""

from django import forms
from django.forms import formset_factory

from meetings.models import Meeting
from scrutiny.forms import GovukForm, GovukFormMixin, yes_box

from .forms import BaseResolutionFormSet, ResolutionForm, RichTextarea, RichTextFormField
from .forms_reasons import ChangeReasonMixin
from .models import AgendaItem

# The writer shows one blank resolution row, not the editor's three: a page
# per item short enough to move through the meeting quickly.
CompactResolutionFormSet = formset_factory(
    ResolutionForm, formset=BaseResolutionFormSet, extra=1, can_order=True, can_delete=True
)

MINUTES_FIELDS = ["minutes", "preamble", "reason_for_decision"]


class ItemMinutesForm(ChangeReasonMixin, GovukFormMixin, forms.ModelForm):
    """One item's minutes, resolution lead-in and reason, with the version it was built from."""

    version = forms.IntegerField(
        widget=forms.HiddenInput,
        error_messages={"required": "This page is out of date: open the item again."},
    )

    class Meta:
        model = AgendaItem
        fields = MINUTES_FIELDS
        field_classes = {"minutes": RichTextFormField, "reason_for_decision": RichTextFormField}
        labels = {"reason_for_decision": "Reason for the decision"}
        help_texts = {"minutes": "What the committee heard and discussed."}
        widgets = {
            "minutes": RichTextarea(attrs={"rows": 8}),
            "reason_for_decision": RichTextarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version
        self.ask_reason_for_public_changes()

    def item_fields(self):
        """The cleaned values, as the `fields` argument of update_item."""
        return {name: self.cleaned_data[name] for name in MINUTES_FIELDS}


class _MeetingChoiceField(forms.ModelChoiceField):
    widget = forms.HiddenInput


class ApprovePreviousMinutesForm(GovukForm):
    """Confirms approving the previous meeting's minutes; carries the meeting the clerk saw."""

    previous = _MeetingChoiceField(
        label="Previous meeting",
        queryset=Meeting.objects.all(),
        error_messages={
            "required": "This page is out of date: open the item again.",
            "invalid_choice": "This page is out of date: open the item again.",
        },
    )
    confirm = yes_box(
        "Yes, the committee approved these minutes as a correct record. I understand they will be "
        "locked and can then only be corrected by a recorded correction.",
        "Tick the box to confirm the minutes were approved: once approved they cannot be changed.",
    )


class ExclusionForm(GovukForm):
    """Confirms adding the exclusion resolution; carries the paragraphs the clerk saw."""

    paragraphs = forms.CharField(
        label="Exempt paragraphs",
        widget=forms.HiddenInput,
        max_length=50,
        error_messages={"required": "This page is out of date: open it again."},
    )

    def clean_paragraphs(self):
        parts = self.cleaned_data["paragraphs"].split(",")
        if not all(part.strip().isdigit() for part in parts):
            raise forms.ValidationError("This page is out of date: open it again.")
        return [int(part) for part in parts]
