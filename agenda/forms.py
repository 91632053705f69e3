"""
The clerks' forms for building an agenda and publishing its record.

Forms only check what was typed. Whether the meeting's state allows the
change (a locked record, a late agenda, an approving meeting) is decided by
``agenda.services``, whose errors the views put back on these forms under
the same field names.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.forms import formset_factory
from django.forms.formsets import DELETION_FIELD_NAME, ORDERING_FIELD_NAME, BaseFormSet

from meetings.models import Meeting
from scrutiny.forms import GovukForm, GovukFormMixin

from .models import AgendaItem, ExemptParagraph, Resolution
from .services import RESOLUTION_FIELDS


class MultilineTextField(forms.CharField):
    """
    Text a clerk may paste from Word. Curly quotes, non-breaking spaces, tabs
    and leading indentation are kept as typed (CharField would strip the
    edges); only the browser's \\r\\n line endings become \\n. Text that is
    nothing but whitespace counts as empty.
    """

    widget = forms.Textarea

    def __init__(self, **kwargs):
        kwargs["strip"] = False
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        return value if value.strip() else self.empty_value


class ItemForm(GovukFormMixin, forms.ModelForm):
    """An agenda item's own fields. The edit form also carries the version it was built from."""

    class Meta:
        model = AgendaItem
        fields = [
            "number", "title", "description", "presenter", "is_exempt", "exempt_paragraph",
            "minutes", "preamble", "reason_for_decision",
        ]
        field_classes = {
            "description": MultilineTextField,
            "minutes": MultilineTextField,
            "reason_for_decision": MultilineTextField,
        }
        labels = {
            "number": "Item number",
            "description": "Purpose",
            "is_exempt": "This item is exempt from publication",
            "exempt_paragraph": "Schedule 12A paragraph",
            "reason_for_decision": "Reason for the decision",
        }
        help_texts = {
            "exempt_paragraph": "Required for an exempt item: the paragraph of Schedule 12A to the "
            "Local Government Act 1972 that applies.",
            "minutes": "What the committee heard and discussed. Text pasted from Word keeps its "
            "quotes, spaces and tabs.",
        }
        error_messages = {
            "number": {"required": "Enter the item number, for example 5 or 5a."},
            "title": {"required": "Enter the item's title."},
        }
        widgets = {
            "number": forms.TextInput(attrs={"class": "govuk-input--width-4"}),
            "presenter": forms.TextInput(attrs={"class": "govuk-!-width-two-thirds"}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "minutes": forms.Textarea(attrs={"rows": 20}),
            "reason_for_decision": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, meeting, **kwargs):
        self.meeting = meeting
        super().__init__(*args, **kwargs)
        self.fields["exempt_paragraph"].choices = [("", "Choose a paragraph"), *ExemptParagraph.choices]
        if self.instance.pk:
            self.fields["version"] = forms.IntegerField(
                widget=forms.HiddenInput,
                initial=self.instance.version,
                error_messages={"required": "This page is out of date: open the item again."},
            )

    def clean_number(self):
        number = self.cleaned_data["number"]
        # The database refuses a duplicate too, but only with an IntegrityError.
        taken = self.meeting.items.filter(number=number).exclude(pk=self.instance.pk)
        if taken.exists():
            raise ValidationError(f"Item {number} is already on this agenda. Give this item another number.")
        return number

    def clean(self):
        cleaned_data = super().clean()
        # Without JavaScript the paragraph select stays visible under an
        # unticked box; a paragraph left chosen there means nothing.
        if not cleaned_data.get("is_exempt"):
            cleaned_data["exempt_paragraph"] = None
        return cleaned_data

    def item_fields(self):
        """The cleaned values, as the `fields` argument of create_item / update_item."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class ResolutionForm(GovukFormMixin, forms.ModelForm):
    """One row of an item's resolutions; `id` names the resolution a row edits."""

    id = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Resolution
        fields = RESOLUTION_FIELDS
        field_classes = {"text": MultilineTextField}
        labels = {
            "label": "Label",
            "text": "Resolution",
            "votes_for": "For",
            "votes_against": "Against",
            "votes_abstained": "Abstained",
        }
        help_texts = {"label": 'For example "a" or "1".'}
        error_messages = {"text": {"required": "Enter the text of the resolution."}}
        widgets = {
            "label": forms.TextInput(attrs={"class": "govuk-input--width-3"}),
            "text": forms.Textarea(attrs={"rows": 3}),
            "votes_for": forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
            "votes_against": forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
            "votes_abstained": forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
        }


class BaseResolutionFormSet(BaseFormSet):
    """
    An item's resolutions in one go. Each row has an order number, which
    decides the saved order (rows with the same number keep their order on
    the page), and a "Remove" box. Blank extra rows are ignored.
    """

    def add_fields(self, form, index):
        super().add_fields(form, index)
        order = form.fields[ORDERING_FIELD_NAME]
        order.label = "Order"
        order.widget.attrs["class"] = "govuk-input--width-3"
        # Number the blank rows too, so a clerk sees where a new row will go.
        # Blank rows keep their number as the initial value, so that an
        # untouched row still counts as unchanged.
        if index is not None and order.initial is None:
            order.initial = index + 1
        form.fields[DELETION_FIELD_NAME].label = "Remove this resolution"

    def rows(self):
        """The rows to keep, in the order wanted, as the `resolutions` argument of the services."""
        return [
            {
                "id": form.cleaned_data.get("id"),
                **{name: form.cleaned_data[name] for name in RESOLUTION_FIELDS},
            }
            for form in self.ordered_forms
        ]


ResolutionFormSet = formset_factory(
    ResolutionForm, formset=BaseResolutionFormSet, extra=3, can_order=True, can_delete=True
)


def resolution_initial(item):
    """Initial rows for the formset from the item's saved resolutions, in order."""
    return [
        {"id": resolution.pk, **{name: getattr(resolution, name) for name in RESOLUTION_FIELDS}}
        for resolution in item.resolutions.order_by("order", "id")
    ]


class ConfirmForm(GovukForm):
    """A form with nothing to fill in: a button that confirms an action and shows its errors."""


class AgendaPublishForm(GovukForm):
    late_reason = MultilineTextField(
        label="Why is this a late or urgent item?",
        help_text="The public will see this reason beside the agenda.",
        required=False,
        max_length=2000,
        error_messages={
            "required": "Give the reason this is a late or urgent item.",
            "max_length": "The reason must be 2,000 characters or fewer.",
        },
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, is_late, **kwargs):
        """`is_late`: whether publishing now gives less notice than the law asks (agenda_notice)."""
        super().__init__(*args, **kwargs)
        self.fields["late_reason"].required = is_late


class ApproveMinutesForm(GovukForm):
    approving_meeting = forms.ModelChoiceField(
        label="Meeting that approved the minutes",
        queryset=Meeting.objects.select_related("committee"),
        error_messages={
            "required": "Choose the meeting that approved these minutes.",
            "invalid_choice": "Choose the meeting that approved these minutes from the list.",
        },
    )

    def __init__(self, *args, choices, **kwargs):
        """`choices` are the meetings offered; the service checks whichever one is sent."""
        super().__init__(*args, **kwargs)
        self.fields["approving_meeting"].choices = [
            ("", "Choose a meeting"), *((meeting.pk, str(meeting)) for meeting in choices)
        ]


class CorrectionForm(GovukForm):
    item = forms.ModelChoiceField(
        label="Item corrected",
        queryset=AgendaItem.objects.none(),
        required=False,
        empty_label="The minutes as a whole",
        error_messages={"invalid_choice": "Choose an item of this meeting from the list."},
    )
    text = MultilineTextField(
        label="Correction",
        help_text="What the minutes should have said. It is shown beside the approved minutes.",
        max_length=10000,
        error_messages={
            "required": "Enter the correction.",
            "max_length": "The correction must be 10,000 characters or fewer.",
        },
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    reason = MultilineTextField(
        label="Reason for the correction",
        max_length=2000,
        error_messages={
            "required": "Enter the reason for the correction.",
            "max_length": "The reason must be 2,000 characters or fewer.",
        },
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = meeting.items.order_by("order", "id")
