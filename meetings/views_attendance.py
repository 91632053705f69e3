"""
The clerks' attendance page for a meeting: everyone's attendance saved in
one go, refusing a save made from a page opened before someone else's.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils import timezone

from scrutiny import textdiff

from . import fingerprints, services
from .forms_attendance import AttendanceForm
from .models import Attendance, Membership, Person
from .roles import clerk_required
from .views import _get_meeting


def _attendance_form(meeting, data=None):
    """
    The attendance form for a meeting: a row for each member of the committee
    on the day of the meeting, then anyone else already recorded.
    """
    meeting_on = timezone.localdate(meeting.start)
    memberships = (
        Membership.objects.filter(committee_id=meeting.committee_id, start_date__lte=meeting_on)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=meeting_on))
        .select_related("person")
        .order_by("person__name", "pk")
    )
    recorded = {
        attendance.person_id: attendance
        for attendance in meeting.attendances.select_related("person", "substitute_for")
    }
    rows, members = {}, {}
    for membership in memberships:
        person = membership.person
        rows.setdefault(person.pk, (person, membership.get_role_display()))
        members[person.pk] = person
    for attendance in recorded.values():
        person = attendance.person
        rows.setdefault(person.pk, (person, f"{person.get_kind_display()}, not a member"))
        # Keep a recorded substitution valid even if that membership has since been changed.
        if attendance.substitute_for_id:
            members.setdefault(attendance.substitute_for_id, attendance.substitute_for)
    others = [person for person in Person.objects.order_by("name", "pk") if person.pk not in rows]
    initial = {"fingerprint": fingerprints.of_rows(
        (a.person_id, a.status, a.substitute_for_id) for a in recorded.values()
    )}
    for person_id, attendance in recorded.items():
        initial[f"status_{person_id}"] = attendance.status
        initial[f"substitute_for_{person_id}"] = attendance.substitute_for_id
    return AttendanceForm(
        data,
        initial=initial,
        rows=list(rows.values()),
        members=sorted(members.values(), key=lambda person: person.name),
        needs_reason=meeting.are_minutes_published and not meeting.is_locked,
        others=others,
    )


def _describe_attendance(status, substitute_for, people):
    """How one person's attendance reads, for comparing two versions."""
    if not status:
        return "Not recorded"
    text = Attendance.Status(status).label
    if substitute_for:
        text = f"{text} for {people[substitute_for].display_name}" if substitute_for in people else text
    return text


def _attendance_comparison(form, current_rows):
    """The other clerk's saved attendance beside this clerk's, person by person, where they differ."""
    theirs = {person_id: (status, substitute) for person_id, status, substitute in current_rows}
    people = {**form.members, **form.others, **{person.pk: person for person in form.people}}
    mine = {
        row["person"].pk: (row["status"], getattr(row["substitute_for"], "pk", None))
        for row in form.cleaned_data["attendance"]
    }
    return textdiff.comparison(
        (
            people[person_id].display_name if person_id in people else "A person since removed",
            _describe_attendance(*theirs.get(person_id, (None, None)), people),
            _describe_attendance(*mine.get(person_id, (None, None)), people),
        )
        for person_id in sorted(set(theirs) | set(mine))
    )


def _take_conflict(form, exc, fingerprint):
    """
    Show a conflict on the form and carry the current fingerprint, so that
    saving again, having seen the other version, keeps this clerk's.
    """
    form.add_error(None, exc)
    form.data = form.data.copy()
    form.data["fingerprint"] = fingerprint


@clerk_required
def meeting_attendance(request, pk):
    """Record who attended, sent apologies, was absent or substituted, all in one save."""
    meeting = _get_meeting(pk)
    status, comparison = 200, []
    if request.method == "POST":
        form = _attendance_form(meeting, request.POST)
        if form.is_valid():
            try:
                services.set_attendance(
                    meeting=meeting, user=request.user, rows=form.cleaned_data["attendance"],
                    fingerprint=form.cleaned_data["fingerprint"],
                    reason=form.cleaned_data.get("change_reason") or None,
                )
            except services.EditConflict as exc:
                comparison = _attendance_comparison(form, exc.current)
                _take_conflict(form, exc, fingerprints.of_rows(exc.current))
                status = 409
            except ValidationError as exc:
                form.add_service_error(exc)
            else:
                messages.success(request, "Attendance saved.")
                return redirect(meeting.get_absolute_url())
    else:
        form = _attendance_form(meeting)
    if meeting.is_locked:
        # Approved minutes: show what was recorded, with nothing to change.
        for field in form.fields.values():
            field.disabled = True
    return render(
        request,
        "meetings/meeting_attendance.html",
        {"meeting": meeting, "form": form, "comparison": comparison},
        status=status,
    )
