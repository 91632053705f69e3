"""
The clerks' forms for building an agenda and publishing its record.

Forms only check what was typed. Whether the meeting's state allows the
change (a locked record, a late agenda, an approving meeting) is decided by
``agenda.services``, whose errors the views put back on these forms under
the same field names.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms import formset_factory
from django.forms.formsets import DELETION_FIELD_NAME, ORDERING_FIELD_NAME, BaseFormSet

from meetings.models import Meeting
from scrutiny import richtext
from scrutiny.forms import GovukForm, GovukFormMixin, LongTextValidator, yes_box

from .forms_reasons import ChangeReasonMixin
from .labels import label_key
from .models import AgendaItem, ExemptParagraph, Resolution
from .services import RESOLUTION_FIELDS
from .forms_votes import VoteFiguresMixin


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


class RichTextarea(forms.Textarea):
    """
    A textarea that static/js/rich-text-editor.js shows as a small editor
    (bold, italic, headings, lists, links; tables pasted from Word), keeping
    the textarea's value in step. Without JavaScript the textarea itself is
    posted: plain text there becomes paragraphs and lists.
    """

    def __init__(self, attrs=None):
        super().__init__({"data-module": "scrutiny-rich-text", **(attrs or {})})

    def format_value(self, value):
        # Stored minutes that plain text holds exactly (paragraphs and simple
        # bullets) are shown as plain text, so a clerk without JavaScript
        # edits words, not markup; the editor turns them back into HTML.
        value = super().format_value(value)
        if value and richtext.is_html(value):
            # A form shown again with its errors holds what was posted: shown
            # cleaned, so the editor never loads markup that was not stored.
            value = richtext.to_html(value)
            plain = richtext.as_plain_text(value)
            return value if plain is None else plain
        return value


class RichTextFormField(MultilineTextField):
    """
    Minutes, a purpose or a reason: what is posted (the editor's HTML, HTML
    pasted from Word, or plain text) is cleaned into the stored format here,
    so checks that compare the form with the saved item (has it changed? is
    it too long?) compare stored format with stored format.
    """

    widget = RichTextarea

    def to_python(self, value):
        value = super().to_python(value)
        return richtext.to_html(value) if value else value

    def run_validators(self, value):
        # A length limit counts what the clerk wrote, not the markup around it.
        super().run_validators(richtext.to_text(value) if value else value)


class ItemForm(ChangeReasonMixin, GovukFormMixin, forms.ModelForm):
    """An agenda item's own fields. The edit form also carries the version it was built from."""

    class Meta:
        model = AgendaItem
        fields = [
            "number", "title", "description", "presenter", "is_exempt", "exempt_paragraph",
            "minutes", "preamble", "reason_for_decision",
        ]
        field_classes = {
            "description": RichTextFormField,
            "minutes": RichTextFormField,
            "reason_for_decision": RichTextFormField,
        }
        labels = {
            "number": "Item number",
            "description": "Purpose",
            "is_exempt": "This item is exempt from publication",
            "exempt_paragraph": "Schedule 12A paragraph",
            "reason_for_decision": "Reason for the decision",
        }
        help_texts = {
            "number": 'Numbers follow the order of the agenda. A number you type yourself, such as "5a", '
            "stays as it is when items are moved.",
            "exempt_paragraph": "Required for an exempt item: the paragraph of Schedule 12A to the "
            "Local Government Act 1972 that applies.",
            "minutes": "What the committee heard and discussed, up to {limit} characters. Text pasted "
            "from Word keeps its paragraphs, bullets, numbered lists and tables.",
        }
        error_messages = {
            "number": {"required": "Enter the item number, for example 5 or 5a."},
            "title": {"required": "Enter the item's title."},
        }
        widgets = {
            "number": forms.TextInput(attrs={"class": "govuk-input--width-4"}),
            "presenter": forms.TextInput(attrs={"class": "govuk-!-width-two-thirds"}),
            "description": RichTextarea(attrs={"rows": 4}),
            "minutes": RichTextarea(attrs={"rows": 20}),
            "reason_for_decision": RichTextarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, meeting, **kwargs):
        self.meeting = meeting
        super().__init__(*args, **kwargs)
        self._limit_long_texts()
        self.fields["exempt_paragraph"].choices = [("", "Choose a paragraph"), *ExemptParagraph.choices]
        if self.instance.pk:
            self.fields["version"] = forms.IntegerField(
                widget=forms.HiddenInput,
                initial=self.instance.version,
                error_messages={"required": "This page is out of date: open the item again."},
            )
            self.ask_reason_for_public_changes()

    LONG_TEXTS = {"minutes": "The minutes", "description": "The purpose", "reason_for_decision": "The reason"}

    def _limit_long_texts(self):
        """
        Refuse text longer than ITEM_TEXT_MAX_CHARS beside its field, keeping
        it in the box. A validator, not max_length, which would also set the
        box's maxlength and let the browser cut a long paste short unseen.
        """
        limit = settings.ITEM_TEXT_MAX_CHARS
        for name, what in self.LONG_TEXTS.items():
            field = self.fields[name]
            field.validators.append(LongTextValidator(limit, what))
            field.help_text = field.help_text.replace("{limit}", f"{limit:,}")

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


class ResolutionForm(VoteFiguresMixin, GovukFormMixin, forms.ModelForm):
    """One row of an item's resolutions; `id` names the resolution a row edits."""

    id = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, members_present=None, named_totals=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_confirm_field(members_present)
        self.named_totals = named_totals or {}

    def clean(self):
        cleaned_data = super().clean()
        self.check_vote_figures(cleaned_data)
        self.check_named_totals(cleaned_data)
        return cleaned_data

    def check_named_totals(self, cleaned_data):
        """The figures of a resolution with a named vote are counted from it, and not typed over."""
        named = self.named_totals.get(cleaned_data.get("id"))
        typed = tuple(cleaned_data.get(name) for name in ("votes_for", "votes_against", "votes_abstained"))
        if named is not None and typed != named and "votes_for" not in self.errors:
            self.add_error(
                "votes_for",
                f"A named vote is recorded for this resolution: {named[0]} for, {named[1]} against, "
                f"{named[2]} abstained. Change how each member voted instead of these figures.",
            )

    def has_changed(self):
        """
        A new row holding only its suggested label (or a cleared one) is
        still a blank row, and ignored.
        """
        changed = [name for name in self.changed_data if name != "label"]
        if "label" in self.changed_data:
            typed = (self["label"].data or "").strip()
            if typed not in ("", self.fields["label"].initial or ""):
                changed.append("label")
        return bool(changed)

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
        # New rows are offered the next labels in the item's sequence
        # (suggested_labels), kept as the initial value like the order.
        extra = index - self.initial_form_count() if index is not None else -1
        suggested = getattr(self, "suggested_labels", None) or []
        if 0 <= extra < len(suggested):
            label = form.fields["label"]
            label.widget.attrs["placeholder"] = suggested[extra]
            if getattr(self, "prefill_labels", False):
                label.initial = suggested[extra]

    def clean(self):
        """Two rows with one label would cite alike: the second row is told so, beside its label."""
        super().clean()
        seen = {}
        for number, form in enumerate(self.forms, start=1):
            if not form.has_changed() and number > self.initial_form_count():
                continue
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get(DELETION_FIELD_NAME):
                continue
            label = (form.cleaned_data.get("label") or "").strip()
            if not label:
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

    def rows(self):
        """The rows to keep, in the order wanted, as the `resolutions` argument of the services."""
        return [
            {
                "id": form.cleaned_data.get("id"),
                **{name: form.cleaned_data[name] for name in RESOLUTION_FIELDS},
            }
            for form in self.ordered_forms
        ]


_ResolutionFormSet = formset_factory(
    ResolutionForm, formset=BaseResolutionFormSet, extra=3, can_order=True, can_delete=True
)


class ResolutionFormSet(_ResolutionFormSet):
    """
    `suggested_labels`: labels offered to the new rows, in order;
    `prefill_labels`: whether they are put in the rows (when the item's
    resolutions already have labels) or only shown as a hint;
    `members_present`: for the check of the vote figures (None: unknown);
    `named_totals`: the figures counted from named votes (agenda.votes.named_totals).
    """

    def __init__(self, *args, suggested_labels=(), prefill_labels=False, members_present=None,
                 named_totals=None, **kwargs):
        self.suggested_labels = list(suggested_labels)
        self.prefill_labels = prefill_labels
        form_kwargs = kwargs.setdefault("form_kwargs", {})
        form_kwargs.update(members_present=members_present, named_totals=named_totals)
        super().__init__(*args, **kwargs)


def resolution_initial(item):
    """Initial rows for the formset from the item's saved resolutions, in order."""
    return [
        {"id": resolution.pk, **{name: getattr(resolution, name) for name in RESOLUTION_FIELDS}}
        for resolution in item.resolutions.order_by("order", "id")
    ]


class ConfirmForm(GovukForm):
    """A form with nothing to fill in: a button that confirms an action and shows its errors."""


class ItemRemoveForm(GovukForm):
    """
    Confirms taking an item off the agenda. A published item is withdrawn
    rather than deleted, and the public is told why, so its form asks for
    the reason. The version refuses a removal built from a stale page.
    """

    version = forms.IntegerField(
        label="Item version",
        widget=forms.HiddenInput,
        error_messages={
            "required": "This page is out of date: open the item again.",
            "invalid": "This page is out of date: open the item again.",
        },
    )
    reason = MultilineTextField(
        label="Why is this item withdrawn?",
        help_text="The public will see this reason beside the item on the agenda.",
        max_length=2000,
        error_messages={
            "required": "Give the reason the item is withdrawn: it is published beside the item.",
            "max_length": "The reason must be 2,000 characters or fewer.",
        },
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, item, **kwargs):
        """`item`: the item as it is now; only a published one is withdrawn, with a reason."""
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = item.version
        if item.published_at is None:
            del self.fields["reason"]


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
    confirm = yes_box(
        "Yes, the minutes were approved as a correct record at this meeting. I understand they will "
        "be locked and can then only be corrected by a recorded correction.",
        "Tick the box to confirm the minutes were approved: once approved they cannot be changed.",
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
    resolution = forms.ModelChoiceField(
        label="Decision corrected",
        help_text="When the correction is to a resolution (its wording or its vote), choose it: "
        "the decision's own page then shows the correction.",
        queryset=Resolution.objects.none(),
        required=False,
        empty_label="None: the correction is not to a decision",
        error_messages={"invalid_choice": "Choose a resolution of this meeting from the list."},
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
        resolutions = Resolution.objects.filter(item__meeting=meeting).select_related("item")
        self.fields["resolution"].queryset = resolutions.order_by("item__order", "item_id", "order", "id")
        self.fields["resolution"].label_from_instance = _describe_resolution

    def clean(self):
        cleaned_data = super().clean()
        item, resolution = cleaned_data.get("item"), cleaned_data.get("resolution")
        if item is not None and resolution is not None and resolution.item_id != item.pk:
            self.add_error(
                "resolution",
                f"This resolution is on item {resolution.item.number}, not item {item.number}: "
                "choose the resolution's own item, or \u201cThe minutes as a whole\u201d.",
            )
        return cleaned_data


def _describe_resolution(resolution):
    """How a resolution is named in a list: its reference (or item and label) and its first words."""
    name = resolution.reference or (
        f"Item {resolution.item.number}" + (f"({resolution.label})" if resolution.label else "")
    )
    text = resolution.text if len(resolution.text) <= 70 else resolution.text[:67].rstrip() + "…"
    return f"{name}: {text}"
