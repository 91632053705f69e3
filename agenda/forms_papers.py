"""
Forms for an item's papers and the meeting's declarations, and for pasting
a ModernGov record. They check the input only: the services decide whether
the change is allowed.
"""

from django import forms
from django.core.validators import MaxLengthValidator
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from meetings.fingerprints import FingerprintField
from meetings.models import Membership, Person
from scrutiny.forms import GovukFormMixin, style_widget, yes_box
from meetings.submissions import SubmissionTokenField

from .documents import EXTENSIONS, upload_hint
from .labels import label_key
from .models import AgendaItem, Declaration, Resolution, SupportingDocument


class DocumentUploadForm(GovukFormMixin, forms.ModelForm):
    file = forms.FileField(
        label="Upload a file",
        widget=forms.FileInput(attrs={"accept": ",".join(f".{e}" for e in EXTENSIONS)}),
        error_messages={"required": "Select a file to upload.", "empty": "The selected file is empty."},
    )
    title = forms.CharField(
        label="Title",
        max_length=300,
        required=False,
        help_text="As it should appear on the agenda. Leave blank to use the file name.",
        error_messages={"max_length": "The title must be 300 characters or fewer."},
    )
    submission = SubmissionTokenField()

    class Meta:
        model = SupportingDocument
        fields = ["file", "title", "is_exempt"]
        help_texts = {
            "is_exempt": "Only councillors and clerks will be able to open it.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built here rather than at import, so it follows the size limit in force.
        self.fields["file"].help_text = upload_hint()


class ConfirmForm(GovukFormMixin, forms.Form):
    """No fields: carries the service's refusal to the error summary."""


# The audit history keeps a reason of up to 100 characters, with the
# words "Document removed: " or "Declaration removed: " before it.
REMOVAL_REASON_MAX = 75


class RemovalForm(GovukFormMixin, forms.Form):
    """
    Confirm removing a paper or a declaration with a "Yes, …" box; one the
    public has seen also needs a reason, which goes into the audit history.
    """

    reason = forms.CharField(
        label="Why are you removing it?",
        max_length=REMOVAL_REASON_MAX,
        required=False,
        error_messages={"max_length": f"The reason must be {REMOVAL_REASON_MAX} characters or fewer."},
    )

    def __init__(self, *args, what, is_public, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_public = is_public
        reason = self.fields["reason"]
        if is_public:
            reason.required = True
            reason.help_text = (
                f"The public has seen this {what}. The reason is kept in the audit history, "
                f"in {REMOVAL_REASON_MAX} characters or fewer."
            )
            reason.error_messages["required"] = (
                f"Say why you are removing this {what}: the public has seen it."
            )
        else:
            reason.help_text = f"Kept in the audit history, in {REMOVAL_REASON_MAX} characters or fewer."
        self.fields["confirm"] = yes_box(
            f"Yes, remove this {what}",
            f"Tick the box to confirm you want to remove this {what}: it cannot be undone.",
        )
        for field in self.fields.values():
            style_widget(field.widget)


class DeclarationForm(GovukFormMixin, forms.ModelForm):
    # The declarations the page listed, and this form's one-time token.
    fingerprint = FingerprintField()
    submission = SubmissionTokenField()

    class Meta:
        model = Declaration
        fields = ["person", "item", "kind", "text"]
        labels = {"person": "Who declared the interest", "kind": "Kind of interest"}
        help_texts = {
            "item": "Leave blank for an interest in the meeting's business generally.",
            "text": 'For example "Is a governor of a local primary school".',
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "person": {"required": "Select who declared the interest."},
            "item": {"invalid_choice": "Choose an item on this meeting's published agenda."},
            "kind": {"required": "Select the kind of interest."},
            "text": {"required": "Enter the nature of the interest."},
        }

    def __init__(self, *args, meeting, **kwargs):
        kwargs.setdefault("instance", Declaration(meeting=meeting))
        super().__init__(*args, **kwargs)
        on = timezone.localtime(meeting.start).date()
        current_member = Membership.objects.filter(
            Q(end_date__isnull=True) | Q(end_date__gte=on),
            person=OuterRef("pk"),
            committee_id=meeting.committee_id,
            start_date__lte=on,
        )
        # The committee's members first, since they are who usually declare.
        self.fields["person"].queryset = Person.objects.annotate(
            is_member=Exists(current_member)
        ).order_by("-is_member", "name")
        # Only the items of this meeting's published agenda, which are its
        # business: a draft item, or a tampered id, is refused as an invalid choice.
        self.fields["item"].queryset = AgendaItem.objects.filter(meeting=meeting).published().order_by("order", "id")
        self.fields["item"].empty_label = "No particular item"
        self.fields["person"].empty_label = "Choose a person"
        self.fields["kind"].choices = [("", "Choose the kind of interest"), *Declaration.Kind.choices]
        self.fields["text"].validators.append(
            MaxLengthValidator(2000, "The nature of the interest must be 2,000 characters or fewer.")
        )


class PasteForm(GovukFormMixin, forms.Form):
    text = forms.CharField(
        label="Paste the text of one agenda item",
        help_text=(
            'Copy one agenda item from the ModernGov site, from its title down to "Supporting '
            'documents", and paste it here. You can check and correct it on the next page.'
        ),
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 20, "spellcheck": "false"}),
        error_messages={
            "required": "Paste the text of an agenda item.",
            "max_length": "This is too long for one agenda item: paste one item at a time.",
        },
    )


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


class ImportedItemForm(GovukFormMixin, forms.Form):
    """The parsed record, for the clerk to correct before it is saved."""

    source = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200_000)
    submission = SubmissionTokenField()
    number = forms.CharField(
        label="Item number",
        max_length=10,
        required=False,
        help_text="Leave blank to number it after the meeting's last item.",
        widget=forms.TextInput(attrs={"class": "govuk-input--width-4"}),
    )
    title = forms.CharField(max_length=300, error_messages={"required": "Enter the item's title."})
    description = forms.CharField(
        label="Purpose", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    presenter = forms.CharField(max_length=300, required=False)
    minutes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 12}))
    preamble = forms.CharField(
        label="Resolution lead-in",
        max_length=300,
        required=False,
        help_text='Words shared by all the resolutions, for example "That the committee:".',
    )
    reason_for_decision = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    documents = forms.CharField(
        label="Supporting documents",
        required=False,
        help_text="One per line. They are listed with the item; upload the files afterwards.",
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, meeting, **kwargs):
        self.meeting = meeting
        super().__init__(*args, **kwargs)

    def clean_number(self):
        number = self.cleaned_data["number"].strip()
        if number and self.meeting.items.filter(number=number).exists():
            raise forms.ValidationError(
                f"This meeting already has an item {number}. Choose another number, or leave it blank."
            )
        return number

    def clean_documents(self):
        names = _lines(self.cleaned_data["documents"])
        for name in names:
            if len(name) > 300:
                raise forms.ValidationError("Each document name must be 300 characters or fewer.")
        return names


class ImportedResolutionForm(GovukFormMixin, forms.Form):
    label = forms.CharField(
        max_length=10, required=False, widget=forms.TextInput(attrs={"class": "govuk-input--width-4"})
    )
    # Not required, so that a row can be left or made blank to drop it.
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    kind = forms.ChoiceField(choices=Resolution.Kind.choices, initial=Resolution.Kind.OTHER)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("label", "").strip() and not cleaned.get("text", "").strip():
            self.add_error("text", "Enter the text of the resolution, or clear its label to leave it out.")
        return cleaned

    @property
    def is_blank(self):
        return not self.cleaned_data.get("text", "").strip()


class BaseImportedResolutionFormSet(forms.BaseFormSet):
    def clean(self):
        """A label repeated in the pasted text is shown beside the second row, to be changed there."""
        super().clean()
        seen = {}
        for number, form in enumerate(self.forms, start=1):
            cleaned = getattr(form, "cleaned_data", {})
            label = (cleaned.get("label") or "").strip()
            if not label or not (cleaned.get("text") or "").strip():
                continue
            key = label_key(label)
            if key in seen:
                form.add_error(
                    "label",
                    f"Row {seen[key]} already has the label \u201c{label}\u201d. "
                    "Give each resolution of this item its own label, or leave it blank.",
                )
            else:
                seen[key] = number


ImportedResolutionFormSet = forms.formset_factory(
    ImportedResolutionForm, formset=BaseImportedResolutionFormSet, extra=2, max_num=100, validate_max=True,
    absolute_max=100,
)
