"""
The public page of a councillor or co-opted member: who they are, the
committees they sit on (and sat on), how often they attended in the last
twelve months and the interests they declared.

It lives in ``agenda`` rather than ``meetings`` because declarations are
part of the minutes, and ``meetings`` never imports ``agenda``. Officers and
external guests are named in minutes but hold no office, and have no page.

Attendance is part of the minutes too, so only meetings whose minutes are
published count towards it, for every visitor alike. The page runs a fixed
number of queries: the attendance figures are aggregated by the database,
one row per committee.
"""

from datetime import date, datetime

from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.views.generic import DetailView

from meetings.models import Attendance, Meeting, Membership, Person

from ..models import Declaration
from .public import private_when_signed_in

PEOPLE_WITH_PAGES = (Person.Kind.COUNCILLOR, Person.Kind.CO_OPTED)
ATTENDED = (Attendance.Status.PRESENT, Attendance.Status.SUBSTITUTE)


def a_year_before(day):
    """The same date a year earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return date(day.year - 1, day.month, day.day - 1)


def attendance_by_committee(person, *, since, until):
    """
    For each committee, the meetings held between ``since`` and ``until``
    with their minutes published, while the person was a member or that they
    attended anyway (as a substitute), and what the minutes record of them:
    one dict per committee, by committee name, plus the totals.

    The rate is of the meetings where their attendance was recorded, and
    counts attending as a substitute as attending.
    """
    held_meetings = (
        Meeting.objects.public()
        .filter(start__gte=since, start__lt=until, status=Meeting.Status.SCHEDULED)
        .exclude(minutes_status=Meeting.MinutesStatus.NONE)
        .annotate(day=TruncDate("start"))
    )
    was_member = Membership.objects.filter(
        person=person, committee=OuterRef("committee_id"), start_date__lte=OuterRef("day")
    ).filter(Q(end_date__isnull=True) | Q(end_date__gte=OuterRef("day")))
    was_recorded = Attendance.objects.filter(person=person, meeting=OuterRef("pk"))
    held = (
        held_meetings.filter(Exists(was_member) | Exists(was_recorded))
        .values("committee_id", "committee__name", "committee__slug")
        .annotate(held=Count("id"))
        .order_by("committee__name", "committee_id")
    )
    recorded = (
        Attendance.objects.filter(person=person, meeting__in=held_meetings.values("pk"))
        .values("meeting__committee_id")
        .annotate(
            recorded=Count("id"),
            present=Count("id", filter=Q(status=Attendance.Status.PRESENT)),
            substitute=Count("id", filter=Q(status=Attendance.Status.SUBSTITUTE)),
            apologies=Count("id", filter=Q(status=Attendance.Status.APOLOGIES)),
            absent=Count("id", filter=Q(status=Attendance.Status.ABSENT)),
        )
        .order_by()
    )
    counts = {row.pop("meeting__committee_id"): row for row in recorded}
    no_record = dict.fromkeys(["recorded", "present", "substitute", "apologies", "absent"], 0)
    rows = [
        {
            "name": row["committee__name"],
            "slug": row["committee__slug"],
            "held": row["held"],
            **counts.get(row["committee_id"], no_record),
        }
        for row in held
    ]
    totals = {key: sum(row[key] for row in rows) for key in ["held", *no_record]}
    for figures in [*rows, totals]:
        attended = figures["present"] + figures["substitute"]
        figures["rate"] = round(100 * attended / figures["recorded"]) if figures["recorded"] else None
    return rows, totals


class CouncillorDetailView(DetailView):
    template_name = "agenda/people/person_detail.html"
    context_object_name = "person"

    def get_queryset(self):
        return Person.objects.filter(kind__in=PEOPLE_WITH_PAGES)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        person = self.object
        now = timezone.now()
        today = timezone.localdate(now)
        memberships = list(
            person.memberships.select_related("committee").order_by("committee__name", "-start_date", "pk")
        )
        since = a_year_before(today)
        attendance, attendance_totals = attendance_by_committee(
            person,
            since=timezone.make_aware(datetime.combine(since, datetime.min.time())),
            until=now,
        )
        declarations = list(
            Declaration.objects.visible_to(user)
            .filter(person=person)
            .select_related("meeting__committee", "item__meeting")
            .order_by("-meeting__start", "-meeting_id", "id")
        )
        for declaration in declarations:
            # The item's title only where its agenda is out (or for clerks).
            declaration.shows_item = bool(declaration.item and declaration.item.is_visible_to(user))
        context.update(
            current_memberships=[m for m in memberships if m.is_current(today)],
            past_memberships=sorted(
                (m for m in memberships if m.end_date is not None and m.end_date < today),
                key=lambda m: (m.end_date, m.start_date),
                reverse=True,
            ),
            attendance=attendance,
            # A totals row only adds to a table of several committees.
            attendance_totals=attendance_totals if len(attendance) > 1 else None,
            attendance_since=since,
            declarations=declarations,
        )
        return context


# A councillor (or clerk) is shown declarations on exempt items.
councillor_detail = private_when_signed_in(CouncillorDetailView.as_view())
