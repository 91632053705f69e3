"""
The clerks' short forms for the tracker. Each validates its input only and
carries, in a hidden field, the fingerprint of the record as the page showed
it; the service (services.py) checks the rules and refuses a stale save.
"""

from django import forms

from meetings.fingerprints import FingerprintField, of_instance
from meetings.forms import ServiceErrorMixin
from meetings.times import DateField
from scrutiny.forms import GovukFormMixin

from .models import Action, Recommendation


class TrackerForm(ServiceErrorMixin, GovukFormMixin, forms.Form):
    """A short form over one record, with the fingerprint of that record as shown."""

    def __init__(self, *args, record, **kwargs):
        super().__init__(*args, **kwargs)
        self.record = record
        self.fields["fingerprint"] = FingerprintField(initial=of_instance(record))

    def service_arguments(self):
        """The cleaned values, as the service's keyword arguments."""
        return dict(self.cleaned_data)


class SendForm(TrackerForm):
    addressed_to = forms.ChoiceField(
        label="Addressed to", choices=Recommendation.Addressee.choices, widget=forms.RadioSelect,
        error_messages={"required": "Choose to whom the recommendation was sent."},
    )
    addressee_name = forms.CharField(
        label="Name", max_length=200, required=False,
        help_text='For example "Cabinet Member for Children\'s Services" or "the Integrated Care Board".',
    )
    sent_on = DateField(label="Date sent", error_messages={"required": "Enter the date the recommendation was sent."})
    response_due_on = DateField(
        label="Response due", required=False,
        help_text="Only for another committee or an outside body. For the executive, a Cabinet member or "
        "full Council the response is due within two months of the date sent (section 9FE of the "
        "Local Government Act 2000), and the date is worked out for you.",
    )


class ResponseForm(TrackerForm):
    outcome = forms.ChoiceField(
        label="Outcome", choices=Recommendation.Outcome.choices, widget=forms.RadioSelect,
        error_messages={"required": "Choose whether the recommendation was accepted."},
    )
    responded_on = DateField(label="Date of the response", error_messages={"required": "Enter the date of the response."})
    responded_by = forms.CharField(
        label="Response given by", max_length=200, help_text='For example "Cabinet, 12 March 2026" or a Cabinet member.',
        error_messages={"required": "Enter who gave the response."},
    )
    text = forms.CharField(
        label="The response", widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Enter the response."},
    )
    document_title = forms.CharField(
        label="Document title", max_length=300, required=False, help_text='For example "Cabinet report, 12 March 2026".'
    )
    document_url = forms.URLField(
        label="Document link", max_length=500, required=False, assume_scheme="https",
        error_messages={"invalid": "Enter a web address starting with https://, for example https://example.gov.uk/report.pdf."},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("document_url") and not cleaned.get("document_title"):
            self.add_error("document_title", "Enter the document's title, so that the link says what it opens.")
        return cleaned


class UpdateForm(TrackerForm):
    written_on = DateField(label="Date of the update", error_messages={"required": "Enter the date of the update."})
    status = forms.ChoiceField(
        label="Status", choices=Recommendation.Implementation.choices, widget=forms.RadioSelect,
        error_messages={"required": "Choose how implementing it stands."},
    )
    text = forms.CharField(
        label="Update", widget=forms.Textarea(attrs={"rows": 5}), error_messages={"required": "Enter the update."}
    )


class CloseForm(TrackerForm):
    meeting = forms.ModelChoiceField(
        label="Closed at the meeting of", queryset=None, empty_label="Choose a meeting",
        error_messages={"required": "Choose the meeting that closed it.",
                        "invalid_choice": "Choose a later meeting of the same committee."},
    )
    note = forms.CharField(label="Note", widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings
        self.fields["meeting"].label_from_instance = lambda m: f"{m.committee.name}, {m.start:%-d %B %Y}"


class ConfirmForm(TrackerForm):
    """A button that changes the record, carrying only the fingerprint."""


class ActionForm(ServiceErrorMixin, GovukFormMixin, forms.Form):
    text = forms.CharField(
        label="What is to be done", widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Enter what is to be done."},
    )
    owner = forms.CharField(
        label="Owner", max_length=200, help_text='Who is to do it, for example "Director of Children\'s Services".',
        error_messages={"required": "Enter who is to do it."},
    )
    due_on = DateField(label="Due by", required=False)
    item = forms.ModelChoiceField(
        label="Agenda item", queryset=None, required=False, empty_label="No particular item",
        error_messages={"invalid_choice": "Choose an item of this meeting."},
    )

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = items
        self.fields["item"].label_from_instance = lambda item: f"{item.number}. {item.title}"


class ActionUpdateForm(TrackerForm):
    written_on = DateField(label="Date of the update", error_messages={"required": "Enter the date of the update."})
    status = forms.ChoiceField(
        label="Status", choices=Action.Status.choices, widget=forms.RadioSelect,
        error_messages={"required": "Choose where the action stands."},
    )
    text = forms.CharField(
        label="Update", widget=forms.Textarea(attrs={"rows": 4}), error_messages={"required": "Enter the update."}
    )


class ActionCloseForm(CloseForm):
    pass
