"""
The public lists as CSV: decisions (with the decisions list's filters) and
a councillor's attendance. Each reads through the same ``visible_to``
querysets as its page and streams its rows (scrutiny/csv_stream.py).
"""

from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone

from meetings.models import Attendance, Meeting, Person
from scrutiny.csv_stream import CHUNK_SIZE, streamed_csv

from ..filters import DecisionFilter
from ..models import Resolution
from .people import PEOPLE_WITH_PAGES
from .public import private_when_signed_in

DECISION_COLUMNS = [
    "reference", "committee", "meeting date", "item number", "item title", "label", "decision",
    "kind", "outcome", "votes for", "votes against", "abstentions", "exempt", "address",
]
ATTENDANCE_COLUMNS = ["meeting date", "committee", "attendance", "substitute for", "meeting address"]


def _filter_errors(form):
    lines = [f"{form.fields[name].label if name in form.fields else name}: {' '.join(errors)}"
             for name, errors in form.errors.items()]
    return HttpResponseBadRequest(
        "The filters could not be read:\n" + "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )


def _local_day(moment, zone=None):
    return moment.astimezone(zone or timezone.get_current_timezone()).date().isoformat()


@private_when_signed_in
def decisions_csv(request):
    """Every decision the visitor may read, with the decisions list's filters, newest meeting first."""
    filterset = DecisionFilter(
        request.GET,
        queryset=Resolution.objects.visible_to(request.user)
        .select_related("item__meeting__committee")
        .order_by("-item__meeting__start", "-item__meeting_id", "item__order", "item_id", "order", "id"),
    )
    if not filterset.is_valid():
        return _filter_errors(filterset.form)
    site = request.build_absolute_uri("/").rstrip("/")
    kinds, outcomes = dict(Resolution.Kind.choices), dict(Resolution.Outcome.choices)
    zone = timezone.get_current_timezone()
    # Plain rows rather than records: a download of a million decisions
    # spends its time writing them, not building objects to read them from.
    columns = filterset.qs.values_list(
        "pk", "reference", "item__meeting__committee__name", "item__meeting__start", "item__number",
        "item__title", "label", "text", "kind", "outcome", "votes_for", "votes_against", "votes_abstained",
        "item__is_exempt",
    )

    def rows():
        for (pk, reference, committee, start, number, title, label, text, kind, outcome, votes_for,
             votes_against, abstained, exempt) in columns.iterator(chunk_size=CHUNK_SIZE):
            yield [
                reference, committee, _local_day(start, zone), number, title, label, text, kinds.get(kind, kind),
                outcomes.get(outcome, outcome) if outcome else "", votes_for, votes_against, abstained, exempt,
                f"{site}/decisions/{pk}/",
            ]

    return streamed_csv(DECISION_COLUMNS, rows(), "decisions.csv")


def councillor_attendance_csv(request, slug):
    """What the published minutes record of a councillor's attendance, newest meeting first."""
    person = get_object_or_404(Person, slug=slug, kind__in=PEOPLE_WITH_PAGES)
    attendances = (
        Attendance.objects.filter(person=person, meeting__in=Meeting.objects.public().values("pk"))
        .exclude(meeting__minutes_status=Meeting.MinutesStatus.NONE)
        .select_related("meeting__committee", "substitute_for")
        .order_by("-meeting__start", "-meeting_id", "id")
    )
    site = request.build_absolute_uri("/").rstrip("/")

    def rows():
        for attendance in attendances.iterator(chunk_size=CHUNK_SIZE):
            meeting = attendance.meeting
            yield [
                _local_day(meeting.start), meeting.committee.name, attendance.get_status_display(),
                attendance.substitute_for.name if attendance.substitute_for else "",
                f"{site}/meetings/{meeting.pk}/",
            ]

    return streamed_csv(ATTENDANCE_COLUMNS, rows(), f"attendance-{person.slug}.csv")
