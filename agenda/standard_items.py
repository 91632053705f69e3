"""
The standard items every committee agenda carries, recognised by their
titles, and the minutes the app can write for them from what it already
holds: apologies and substitutes from the attendance, declarations from the
declarations page, the approval of the previous meeting's minutes, and the
resolution excluding the press and public before exempt business.

Councils word these titles in many ways ("Apologies for absence",
"Apologies and substitutions", "Minutes of the previous meeting",
"Minutes", "Declarations of interests"), so recognition is by the words
that matter, not by an exact title.
"""

import re

from django.utils import timezone
from django.utils.dateformat import format as format_date

from meetings.models import Attendance, Meeting

APOLOGIES = "apologies"
DECLARATIONS = "declarations"
PREVIOUS_MINUTES = "previous_minutes"
EXCLUSION = "exclusion"

EXCLUSION_TITLE = "Exclusion of the press and public"

_PREVIOUS_MINUTES = re.compile(
    r"(?:(?:to )?(?:approve|approval of|confirm|confirmation of|sign) (?:the )?)?"
    r"minutes(?: (?:of|from) (?:the )?(?:previous|last|meeting)\b.*)?"
)
_EXCLUSION = re.compile(r"exclu(?:sion|de|ding)\b.*\bpress\b.*\bpublic\b")


def kind_of(title):
    """Which standard item a title names (APOLOGIES, DECLARATIONS, ...), or "" for any other."""
    words = re.sub(r"\s+", " ", str(title or "")).strip().strip(".:;").lower()
    if "apolog" in words:
        return APOLOGIES
    if "declaration" in words and "interest" in words:
        return DECLARATIONS
    if _EXCLUSION.search(words):
        return EXCLUSION
    if _PREVIOUS_MINUTES.fullmatch(words):
        return PREVIOUS_MINUTES
    return ""


def meeting_date(meeting):
    return format_date(timezone.localtime(meeting.start), "j F Y")


def _names(people):
    names = [person.display_name for person in people]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


# --- Apologies and declarations ------------------------------------------------


def apologies_text(meeting):
    """
    The apologies minute from the attendance: who sent apologies and who
    substituted for whom. Empty when no attendance is recorded, so that the
    app never claims there were no apologies when it does not know.
    """
    attendances = list(
        Attendance.objects.filter(meeting=meeting)
        .select_related("person", "substitute_for")
        .order_by("person__name", "id")
    )
    if not attendances:
        return ""
    apologies = [a.person for a in attendances if a.status == Attendance.Status.APOLOGIES]
    substitutes = [a for a in attendances if a.status == Attendance.Status.SUBSTITUTE]
    if apologies:
        lines = [f"Apologies for absence were received from {_names(apologies)}."]
    else:
        lines = ["There were no apologies for absence."]
    lines += [
        f"{a.person.display_name} attended as a substitute for {a.substitute_for.display_name}."
        for a in substitutes
    ]
    return "\n\n".join(lines)


def declarations_text(meeting):
    """
    The declarations minute from the declarations page. A declaration on an
    exempt item is left out: these minutes are public, and that declaration
    is shown only with the exempt item.
    """
    declarations = [
        d
        for d in meeting.declarations.select_related("person", "item").order_by("person__name", "id")
        if d.item is None or not d.item.is_exempt
    ]
    if not declarations:
        return "There were no declarations of interest."
    lines = []
    for declaration in declarations:
        where = f" in item {declaration.item.number}, {declaration.item.title}" if declaration.item else ""
        kind = declaration.get_kind_display()
        article = "an" if kind[0].lower() in "aeiou" else "a"
        lines.append(
            f"- {declaration.person.display_name} declared {article} {kind.lower()}{where}: "
            f"{declaration.text.strip()}"
        )
    return "\n".join(lines)


def minutes_from_records(item):
    """The minutes the app can write for a standard item from its records, or ""."""
    kind = kind_of(item.title)
    if kind == APOLOGIES:
        return apologies_text(item.meeting)
    if kind == DECLARATIONS:
        return declarations_text(item.meeting)
    return ""


# --- The previous meeting's minutes -------------------------------------------


def previous_meeting(meeting):
    """
    The committee's meeting before this one that took place, whose minutes
    this one approves. A draft meeting (perhaps entered by mistake) is not
    one: it would hide the real previous meeting.
    """
    return (
        Meeting.objects.public()
        .filter(
            committee_id=meeting.committee_id,
            start__lt=meeting.start,
            status=Meeting.Status.SCHEDULED,
        )
        .select_related("committee")
        .order_by("-start", "-pk")
        .first()
    )


def approval_resolution_text(previous):
    return (
        f"That the minutes of the meeting held on {meeting_date(previous)} "
        "be approved as a correct record."
    )


# --- Exclusion of the press and public ----------------------------------------


def paragraph_list(paragraphs):
    """[1, 3, 5] as "1, 3 and 5"."""
    numbers = [str(n) for n in sorted(set(paragraphs))]
    if len(numbers) <= 1:
        return "".join(numbers)
    return f"{', '.join(numbers[:-1])} and {numbers[-1]}"


def exclusion_resolution_text(paragraphs):
    """The resolution to exclude the press and public, in the words councils use."""
    return (
        "That under Section 100A(4) of the Local Government Act 1972 the press and public be "
        "excluded from the meeting for the following item(s) of business on the grounds that it "
        "involves the likely disclosure of exempt information as defined in paragraph(s) "
        f"{paragraph_list(paragraphs)} of Part 1 of Schedule 12A of the Act."
    )


def considered_exempt(item):
    """
    Whether the meeting will take this item in private. A withdrawn exempt
    item is not considered, so it needs no exclusion of the press and public.
    """
    return item.is_exempt and item.withdrawn_at is None


def exclusion_needed(items):
    """
    The exempt items' Schedule 12A paragraphs when the agenda (items in
    order) has an exempt item still to be considered with no exclusion item
    before the first one; otherwise an empty list.
    """
    for item in items:
        if considered_exempt(item):
            return sorted({i.exempt_paragraph for i in items if considered_exempt(i)})
        if kind_of(item.title) == EXCLUSION:
            return []
    return []
