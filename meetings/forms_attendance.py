"""
The attendance form: everyone's attendance at one meeting on one page,
with the fingerprint of the attendance it was built from.
"""

from django import forms

from scrutiny.forms import GovukFormMixin, style_widget

from .fingerprints import FingerprintField
from .forms import ServiceErrorMixin
from .models import Attendance


class AttendanceForm(ServiceErrorMixin, GovukFormMixin, forms.Form):
    """
    Attendance at one meeting: a row per person listed (the committee's members
    on the day and anyone already recorded), named by the person's id
    (``status_12``, ``substitute_for_12``), and one row to add someone else,
    such as an officer or a substitute.

    The view passes in every person and member the form needs, so that
    building and checking the form runs no queries.
    """

    ADD = "add"
    STATUS_CHOICES = [("", "Not recorded"), *Attendance.Status.choices]

    fingerprint = FingerprintField()

    def __init__(self, *args, rows, members, others, needs_reason=False, **kwargs):
        """
        rows: (person, description) pairs, in the order shown;
        members: the people one may substitute for;
        others: the people who may be added in the extra row.
        """
        super().__init__(*args, **kwargs)
        self.people = [person for person, _ in rows]
        self.descriptions = {person.pk: description for person, description in rows}
        self.members = {person.pk: person for person in members}
        self.others = {person.pk: person for person in others}
        member_choices = [("", "Choose a member"), *((p.pk, p.display_name) for p in members)]
        for person in self.people:
            self.fields[f"status_{person.pk}"] = forms.ChoiceField(
                label=person.display_name,
                choices=self.STATUS_CHOICES,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"substitute_for_{person.pk}"] = forms.TypedChoiceField(
                label="Substituting for",
                choices=member_choices,
                coerce=int,
                required=False,
                empty_value=None,
            )
        self.fields["add_person"] = forms.TypedChoiceField(
            label="Person",
            choices=[("", "Choose a person"), *((p.pk, p.display_name) for p in others)],
            coerce=int,
            required=False,
            empty_value=None,
        )
        self.fields["add_status"] = forms.ChoiceField(
            label="Attendance",
            choices=Attendance.Status.choices,
            required=False,
            widget=forms.RadioSelect,
        )
        self.fields["add_substitute_for"] = forms.TypedChoiceField(
            label="Substituting for",
            choices=member_choices,
            coerce=int,
            required=False,
            empty_value=None,
        )
        if needs_reason:
            # The minutes are published: the public can read who attended.
            self.fields["change_reason"] = forms.CharField(
                label="Reason for the change",
                help_text="The minutes are published, so the public can read this attendance. "
                "Say why it is changing; the reason is kept in its history.",
                required=False,
                max_length=500,
                error_messages={"max_length": "The reason must be 500 characters or fewer."},
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        # GovukFormMixin styled the fields that existed when it ran; style these too.
        for field in self.fields.values():
            style_widget(field.widget)

    @property
    def rows(self):
        """What the template draws for each person: the person and their two fields."""
        return [
            {
                "person": person,
                "description": self.descriptions[person.pk],
                "status": self[f"status_{person.pk}"],
                "substitute_for": self[f"substitute_for_{person.pk}"],
            }
            for person in self.people
        ]

    def _clean_row(self, person, status, substitute_for_id, substitute_field):
        if status != Attendance.Status.SUBSTITUTE:
            return {"person": person, "status": status or None, "substitute_for": None}
        if substitute_for_id is None:
            self.add_error(substitute_field, f"Say which member {person.display_name} substituted for.")
        elif substitute_for_id == person.pk:
            self.add_error(substitute_field, "A person cannot substitute for themselves.")
        return {"person": person, "status": status, "substitute_for": self.members.get(substitute_for_id)}

    def clean(self):
        cleaned_data = super().clean()
        attendance = []
        for person in self.people:
            status_field, substitute_field = f"status_{person.pk}", f"substitute_for_{person.pk}"
            if status_field not in cleaned_data or substitute_field not in cleaned_data:
                continue
            attendance.append(
                self._clean_row(
                    person, cleaned_data[status_field], cleaned_data[substitute_field], substitute_field
                )
            )
        added_id = cleaned_data.get("add_person")
        added_status = cleaned_data.get("add_status")
        if added_id is not None:
            if not added_status:
                self.add_error("add_status", "Choose how the person you are adding attended.")
            else:
                attendance.append(
                    self._clean_row(
                        self.others[added_id],
                        added_status,
                        cleaned_data.get("add_substitute_for"),
                        "add_substitute_for",
                    )
                )
        elif added_status and "add_person" not in self.errors:
            self.add_error("add_person", "Choose the person you are adding, or clear their attendance.")
        cleaned_data["attendance"] = attendance
        if "change_reason" in self.fields and not cleaned_data.get("change_reason") and self.has_changed():
            self.add_error("change_reason", "Enter the reason for the change: the minutes of this meeting are published.")
        return cleaned_data
