"""
What a clerk sees when their save of an item conflicts with someone else's:
the other person's saved item beside the clerk's unsaved form, field by
field with the changed words marked, so nothing has to be typed again; and
the record of why a public item changed.
"""

from scrutiny import richtext, textdiff

from .models import Resolution


RICH_TEXT_FIELDS = {"description", "minutes", "reason_for_decision"}


def _resolution_lines(rows):
    """An item's resolutions as text, one per line, to compare two lists of them."""
    outcomes = dict(Resolution.Outcome.choices)
    lines = []
    for row in rows:
        label = f"({row['label']}) " if row.get("label") else ""
        outcome = outcomes.get(row.get("outcome") or "", "")
        lines.append(f"{label}{row.get('text', '').strip()}{f' [{outcome}]' if outcome else ''}")
    return "\n".join(lines)


def item_comparison(form, formset, current):
    """
    The item as `current` holds it (the other person's save) beside what
    this clerk typed, leaving out fields that are the same in both.
    """
    rows = []
    for name, value in form.item_fields().items():
        field = form.fields[name]
        if name == "is_exempt":
            theirs, mine = ("Yes" if current.is_exempt else "No"), ("Yes" if value else "No")
        elif name in RICH_TEXT_FIELDS:
            # Compared as words: the markup is not what the clerk wrote.
            theirs, mine = richtext.to_text(getattr(current, name)), richtext.to_text(value)
        else:
            theirs, mine = getattr(current, name), value
        rows.append((field.label, "" if theirs is None else theirs, "" if mine is None else mine))
    saved = [
        {name: getattr(r, name) for name in ("label", "text", "outcome")}
        for r in current.resolutions.order_by("order", "id")
    ]
    rows.append(("Resolutions", _resolution_lines(saved), _resolution_lines(formset.rows())))
    return textdiff.comparison(rows)


def carry_current_version(form, version):
    """
    After showing the conflict, let the clerk's next save go ahead: they have
    now seen the other version, and saving again means keeping theirs.
    """
    form.data = form.data.copy()
    form.data["version"] = version


def refuse_item_save(form, formset, conflict):
    """
    Put an EditConflict on the item's form, carry the saved version so that
    saving again keeps the clerk's text, and return the comparison to show.
    """
    form.add_error(None, conflict)
    carry_current_version(form, conflict.current.version)
    return item_comparison(form, formset, conflict.current)


AGENDA_FIELDS = {"number", "title", "description", "presenter", "is_exempt", "exempt_paragraph"}
DECISION_FIELDS = {"preamble", "reason_for_decision", "resolutions"}
MINUTES_FIELDS = {"minutes", *DECISION_FIELDS}


def public_fields(item):
    """
    The parts of an item the public can already read (the resolutions count
    as one): changing any of them needs a reason. Minutes being drafted for
    a published agenda item are not public yet, so writing them needs none.
    """
    if item.pk is None or item.meeting.is_locked:
        return set()
    meeting = item.meeting
    fields = set()
    if item.published_at and meeting.agenda_published_at:
        fields |= AGENDA_FIELDS
    if meeting.are_decisions_published:
        fields |= DECISION_FIELDS
    if meeting.are_minutes_published:
        fields |= MINUTES_FIELDS
    return fields
