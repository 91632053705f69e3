"""
The reason asked of a clerk who changes what the public can already read of
an item: kept as the change's reason in the audit history.
"""

from django import forms

from scrutiny.forms import style_widget

from .edit_conflicts import public_fields


def change_reason_field():
    """Why a record the public can already read is being changed: kept in its audit history."""
    from .forms import MultilineTextField

    field = MultilineTextField(
        label="Reason for the change",
        help_text="The public can already read this record. If you change what they can read, say "
        "why, for example \"Correcting the spelling of a councillor's name\". The reason is kept "
        "in its history.",
        required=False,
        max_length=500,
        error_messages={
            "required": "Enter the reason for the change.",
            "max_length": "The reason must be 500 characters or fewer.",
        },
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    style_widget(field.widget)
    return field


class ChangeReasonMixin:
    """
    For a form that edits an item: call ``ask_reason_for_public_changes()``
    once the fields are built, and ``require_reason()`` once the whole page
    (with its resolutions) is checked.
    """

    def ask_reason_for_public_changes(self):
        self.public_fields = public_fields(self.instance)
        if self.public_fields:
            self.fields["change_reason"] = change_reason_field()

    def require_reason(self, *, resolutions_changed):
        """Ask why, when the edit changes something the public can already read."""
        if "change_reason" not in self.fields or (self.cleaned_data.get("change_reason") or "").strip():
            return
        changed = set(self.changed_data) | ({"resolutions"} if resolutions_changed else set())
        if changed & self.public_fields:
            self.add_error("change_reason", "Enter the reason for the change: the public can already read this item.")

    def reason_given(self):
        return (self.cleaned_data.get("change_reason") or "").strip() or None
