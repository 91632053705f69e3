"""
The public pages about who and when: the list of committees, a committee's
page (its members and meetings) and the calendar of meetings by month.

Committees and memberships are public from the moment they are recorded;
meetings (committee, date, venue, status) once announced: every list here
starts from ``Meeting.objects.public()`` (see ``MeetingQuerySet``), never
``visible_to``, because these pages are the same for everyone and may be
kept by shared caches. What a
meeting considered lives in the ``agenda`` app: these pages link to its
pages by URL name only and show no item, minute or declaration. Whether a
meeting's minutes are published, and approved, is a fact about the meeting
and is shown; their content is not.

Each page runs a fixed number of queries whatever the number of members or
meetings: each list is fetched whole, grouped here, and the templates only
loop over it.
"""

from datetime import datetime
from itertools import groupby
from urllib.parse import urlencode

from django.core.validators import slug_re
from django.db.models import Case, IntegerField, Q, Value, When
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.views.generic import DetailView, ListView

from scrutiny import page_sections
from scrutiny.csv_stream import CHUNK_SIZE, streamed_csv

from .dates import clock_time, meeting_time
from .filters import PublicMeetingFilter
from .models import Committee, Meeting, Membership, Person

# The committee list's headings, in the order of Committee.Kind.
KIND_HEADINGS = {
    Committee.Kind.SCRUTINY_COMMITTEE: "Scrutiny committees",
    Committee.Kind.SCRUTINY_PANEL: "Scrutiny panels",
    Committee.Kind.SUB_COMMITTEE: "Sub-committees",
    Committee.Kind.TASK_AND_FINISH: "Task and finish groups",
    Committee.Kind.CABINET: "Cabinet",
    Committee.Kind.OTHER: "Other committees",
}

# Members are listed as councils print them: the chair, the vice-chair,
# members, co-opted members, then substitutes.
ROLE_ORDER = [
    Membership.Role.CHAIR,
    Membership.Role.VICE_CHAIR,
    Membership.Role.MEMBER,
    Membership.Role.CO_OPTED,
    Membership.Role.SUBSTITUTE,
]

# The people who have a public page (agenda:councillor): office-holders,
# not the officers and guests the minutes also name.
PEOPLE_WITH_PAGES = (Person.Kind.COUNCILLOR, Person.Kind.CO_OPTED)

# The calendar's range of years. A month outside it is a mistyped address,
# and the range keeps the previous/next links within what datetime handles.
FIRST_YEAR, LAST_YEAR = 1900, 2200


# --- Helpers ---------------------------------------------------------------------


def month_start(year, month):
    """
    Midnight at the start of the month in the council's time zone
    (Europe/London, settings.TIME_ZONE). A meeting at 00:30 on 1 July (BST)
    is 23:30 on 30 June in UTC, and belongs to July.
    """
    return timezone.make_aware(datetime(year, month, 1), timezone.get_default_timezone())


def next_month(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def previous_month(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def role_rank():
    """An expression ordering memberships by ROLE_ORDER."""
    return Case(
        *[When(role=role, then=Value(rank)) for rank, role in enumerate(ROLE_ORDER)],
        default=Value(len(ROLE_ORDER)),
        output_field=IntegerField(),
    )


def terms_paragraphs(text):
    """Terms of reference as paragraphs: the clerk separates them with a blank line."""
    paragraphs = (paragraph.strip() for paragraph in text.replace("\r\n", "\n").split("\n\n"))
    return [paragraph for paragraph in paragraphs if paragraph]


# --- Committees ------------------------------------------------------------------


class CommitteeListView(ListView):
    """Committees that meet, grouped by kind, then former committees."""

    template_name = "meetings/public/committee_list.html"
    context_object_name = "committees"

    def get_queryset(self):
        return Committee.objects.select_related("parent").order_by("name", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        committees = list(context["committees"])
        groups = [
            {"heading": heading, "committees": [c for c in committees if c.is_active and c.kind == kind]}
            for kind, heading in KIND_HEADINGS.items()
        ]
        context.update(
            groups=[group for group in groups if group["committees"]],
            former=[committee for committee in committees if not committee.is_active],
        )
        return context


committee_list = CommitteeListView.as_view()


class CommitteeDetailView(DetailView):
    """
    A committee: what it is for, who sits on it now, and its meetings, the
    upcoming ones first and then the past ones by year.
    """

    template_name = "meetings/public/committee_detail.html"
    context_object_name = "committee"

    def get_queryset(self):
        return Committee.objects.select_related("parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        committee = self.object
        now = timezone.now()
        today = timezone.localdate(now)
        members = list(
            Membership.objects.filter(committee=committee, start_date__lte=today)
            .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
            .select_related("person")
            .order_by(role_rank(), "person__name", "pk")
        )
        for membership in members:
            membership.has_page = membership.person.kind in PEOPLE_WITH_PAGES
        # One query for all the meetings, split here: the page shows them all.
        meetings = list(Meeting.objects.public().filter(committee=committee).order_by("start", "pk"))
        for meeting in meetings:
            meeting.committee = committee
            meeting.when = meeting_time(meeting.start)
        past = [meeting for meeting in reversed(meetings) if meeting.start < now]
        context.update(
            terms_of_reference=terms_paragraphs(committee.terms_of_reference),
            children=list(committee.children.filter(is_active=True).order_by("name", "pk")),
            members=members,
            upcoming=[meeting for meeting in meetings if meeting.start >= now],
            past_years=[
                {"year": year, "meetings": list(year_meetings)}
                for year, year_meetings in groupby(past, key=lambda m: timezone.localtime(m.start).year)
            ],
            page_sections=page_sections.sections("committee", self.request, committee=committee),
        )
        return context


committee_detail = CommitteeDetailView.as_view()


# --- Calendar --------------------------------------------------------------------


def calendar_month(request, year=None, month=None):
    """
    The meetings of one month (this month without a year and month), day by
    day, optionally of one committee (?committee=<slug>). A day-by-day list
    rather than a grid: a grid is hard to read on a phone or with a screen
    reader.
    """
    today = timezone.localdate()
    if year is None:
        year, month = today.year, today.month
    elif not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise Http404("There is no calendar for that month.")

    committee = None
    slug = request.GET.get("committee", "").strip()
    if slug:
        # Checked against the slug pattern first: some databases refuse
        # characters (a NUL) that a hand-typed address can hold.
        committee = Committee.objects.filter(slug=slug).first() if slug_re.match(slug) else None
        if committee is None:
            return render(request, "meetings/public/calendar_filter_error.html", status=400)

    meetings = (
        Meeting.objects.public()
        .filter(
            start__gte=month_start(year, month), start__lt=month_start(*next_month(year, month))
        )
        .select_related("committee")
        .order_by("start", "committee__name", "pk")
    )
    if committee:
        meetings = meetings.filter(committee=committee)
    days = []
    for day, day_meetings in groupby(meetings, key=lambda m: timezone.localdate(m.start)):
        day_meetings = list(day_meetings)
        for meeting in day_meetings:
            meeting.time = clock_time(meeting.start)
        days.append({"date": day, "meetings": day_meetings})

    query = f"?{urlencode({'committee': committee.slug})}" if committee else ""

    def month_link(link_year, link_month):
        if not FIRST_YEAR <= link_year <= LAST_YEAR:
            return None
        return {
            "url": reverse("meetings:calendar_month", args=[link_year, link_month]) + query,
            "label": format_date(datetime(link_year, link_month, 1), "F Y"),
        }

    this_month = None
    if (year, month) != (today.year, today.month):
        this_month = {"url": reverse("meetings:calendar") + query, "label": format_date(today, "F Y")}

    return render(
        request,
        "meetings/public/meeting_calendar.html",
        {
            "month": datetime(year, month, 1).date(),
            "committee": committee,
            "committee_options": list(Committee.objects.order_by("-is_active", "name", "pk")),
            "days": days,
            "previous": month_link(*previous_month(year, month)),
            "next": month_link(*next_month(year, month)),
            "this_month": this_month,
            "form_action": reverse("meetings:calendar_month", args=[year, month]),
        },
    )


# --- Download ---------------------------------------------------------------------

MEETING_COLUMNS = [
    "date", "starts", "ends", "committee", "venue", "status", "agenda published", "decisions published",
    "minutes", "address",
]


def meetings_csv(request):
    """Every announced meeting, oldest first, optionally of one committee and between two dates, as CSV."""
    filterset = PublicMeetingFilter(
        request.GET, queryset=Meeting.objects.public().select_related("committee").order_by("start", "pk")
    )
    if not filterset.is_valid():
        lines = [f"{name}: {' '.join(errors)}" for name, errors in filterset.form.errors.items()]
        return HttpResponseBadRequest(
            "The filters could not be read:\n" + "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
        )
    site = request.build_absolute_uri("/").rstrip("/")

    def rows():
        for meeting in filterset.qs.iterator(chunk_size=CHUNK_SIZE):
            start = timezone.localtime(meeting.start)
            yield [
                start.date().isoformat(), start.strftime("%H:%M"),
                timezone.localtime(meeting.end).strftime("%H:%M") if meeting.end else "",
                meeting.committee.name, meeting.venue, meeting.get_status_display(),
                meeting.is_agenda_published, meeting.are_decisions_published, meeting.get_minutes_status_display(),
                f"{site}/meetings/{meeting.pk}/",
            ]

    return streamed_csv(MEETING_COLUMNS, rows(), "meetings.csv")
