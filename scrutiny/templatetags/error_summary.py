"""
The entries of the GOV.UK error summary for one form, each message once.

A form can hold the same message twice (a service's refusal put both at
the top and beside a field, or two fields failing for one reason); the
summary lists it once, linked to the first field that has it.
"""

from django import template

register = template.Library()


@register.filter
def summary_errors(form):
    """(anchor or "", message) pairs: non-field errors first, then each field's, without repeats."""
    entries, seen = [], set()

    def add(anchor, message):
        if message not in seen:
            seen.add(message)
            entries.append((anchor, message))

    for error in form.non_field_errors():
        add("", str(error))
    for field in form:
        for error in field.errors:
            if field.is_hidden:
                add("", f"{field.label}: {error}")
            else:
                add(f"#{field.id_for_label}" if field.id_for_label else f"#{field.auto_id}_0", str(error))
    return entries
