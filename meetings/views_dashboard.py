"""
The clerks' start page, the list of every meeting (searched and filtered)
and the list of everything not yet published.

These pages count items, minutes and resolutions of meetings through the
reverse relations (``items``), so that ``meetings`` still never imports
``agenda``.
"""

from datetime import timedelta

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format

from scrutiny import page_sections

from .filters import MeetingFilter, standing
from .models import Meeting
from .roles import clerk_required
from .working_days import latest_publication_date

DASHBOARD_UPCOMING_DAYS = 60
DASHBOARD_RECENT_DAYS = 90
# The start page lists this many held meetings still without minutes; the
# list of unpublished business has them all.
DASHBOARD_AWAITING = 20
MEETINGS_PER_PAGE = 50
UNPUBLISHED_PER_SECTION = 200


# --- What each meeting still needs ---------------------------------------------------


def _items():
    """The agenda items, reached without importing the ``agenda`` app."""
    return Meeting._meta.get_field("items").related_model.objects


def with_record_state(meetings):
    """
    Annotate what the tags need beyond the meeting's own row: whether any
    minutes are written, any resolution recorded, any item still a draft.
    """
    items = _items().filter(meeting=OuterRef("pk"))
    return meetings.select_related("committee").annotate(
        minutes_written=Exists(items.exclude(minutes="")),
        has_resolutions=Exists(items.filter(resolutions__isnull=False)),
        has_draft_items=Exists(items.filter(published_at__isnull=True)),
    )


def minutes_tag(meeting):
    """
    Where a held meeting's minutes stand, told apart: not written, written
    but not published, published as a draft, approved.
    """
    if meeting.minutes_status == Meeting.MinutesStatus.APPROVED:
        return ("Minutes approved", "green")
    if meeting.minutes_status == Meeting.MinutesStatus.DRAFT:
        return ("Draft minutes published, awaiting approval", "blue")
    if getattr(meeting, "minutes_written", False):
        return ("Minutes written, not published", "orange")
    return ("Minutes not written", "yellow")


def _agenda_tags(meeting, now):
    meeting_on = timezone.localdate(meeting.start)
    # Local Government Act 1972, s.100B(3): five clear working days' notice.
    deadline = latest_publication_date(
        meeting_on, settings.AGENDA_NOTICE_CLEAR_WORKING_DAYS, settings.BANK_HOLIDAYS
    )
    tags = [("Agenda not published", "yellow"), (f"Publish by {date_format(deadline, 'j F')}", "grey")]
    if timezone.localdate(now) > deadline:
        tags.append(("Overdue", "red"))
    return tags


def tags_due(meeting, now):
    """
    What the clerk still has to do for a meeting, as (text, GOV.UK tag
    colour) pairs. A cancelled or postponed meeting does not take place on
    its date, so nothing is due for it but announcing it, if it is a draft.
    """
    tags = [] if meeting.is_announced else [("Not announced", "purple")]
    if meeting.status != Meeting.Status.SCHEDULED:
        return tags
    if not meeting.has_happened(now):
        if not meeting.is_agenda_published:
            tags += _agenda_tags(meeting, now)
        return tags
    if not meeting.is_agenda_published:
        tags.append(("Agenda not published", "yellow"))
    if not meeting.are_decisions_published and getattr(meeting, "has_resolutions", False):
        tags.append(("Decisions not published", "yellow"))
    tags.append(minutes_tag(meeting))
    return tags


def _rows(meetings, now):
    return [{"meeting": meeting, "tags": tags_due(meeting, now)} for meeting in meetings]


# --- The start page -----------------------------------------------------------------------


@clerk_required
def dashboard(request):
    now = timezone.now()
    meetings = with_record_state(Meeting.objects.all())
    upcoming = meetings.upcoming(now).filter(start__lt=now + timedelta(days=DASHBOARD_UPCOMING_DAYS))
    recent = meetings.past(now).filter(start__gte=now - timedelta(days=DASHBOARD_RECENT_DAYS))
    awaiting = list(meetings.filter(standing("awaiting_minutes", now)).order_by("-start", "-pk")[
        : DASHBOARD_AWAITING + 1
    ])
    return render(
        request,
        "meetings/dashboard.html",
        {
            "upcoming": _rows(upcoming, now),
            "recent": _rows(recent, now),
            "awaiting": _rows(awaiting[:DASHBOARD_AWAITING], now),
            "more_awaiting": len(awaiting) > DASHBOARD_AWAITING,
            "upcoming_days": DASHBOARD_UPCOMING_DAYS,
            "recent_days": DASHBOARD_RECENT_DAYS,
            "page_sections": page_sections.sections("clerk_start", request),
        },
    )


# --- Every meeting -------------------------------------------------------------------------


@clerk_required
def meeting_list(request):
    """
    Every meeting, newest first, found by committee, dates, status or words
    from the committee's name or the venue. Filters that make no sense are
    shown as errors beside their fields (400), never ignored.
    """
    now = timezone.now()
    filterset = MeetingFilter(
        request.GET, queryset=with_record_state(Meeting.objects.order_by("-start", "-pk"))
    )
    context = {"filter_form": filterset.form, "page_obj": None, "rows": []}
    if not filterset.is_valid():
        return render(request, "meetings/meeting_list.html", context, status=400)
    paginator = Paginator(filterset.qs, MEETINGS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    context.update(
        page_obj=page,
        paginator=paginator,
        rows=_rows(page.object_list, now),
        is_filtered=any(value not in (None, "") for value in filterset.form.cleaned_data.values()),
    )
    return render(request, "meetings/meeting_list.html", context)


# --- Everything not yet published ----------------------------------------------------------


@clerk_required
def unpublished(request):
    """
    What the public cannot yet see, in one place: draft meetings, meetings
    with draft items, and held meetings whose decisions or minutes are not
    published.
    """
    now = timezone.now()
    meetings = with_record_state(Meeting.objects.order_by("start", "pk"))
    held = standing("held", now)
    sections = [
        ("drafts", "Draft meetings, not announced", meetings.drafts()),
        (
            "draft_items",
            "Meetings with draft items",
            meetings.filter(has_draft_items=True).exclude(status=Meeting.Status.CANCELLED),
        ),
        (
            "decisions",
            "Held meetings whose decisions are not published",
            meetings.filter(held, has_resolutions=True, decisions_published_at__isnull=True,
                            minutes_status=Meeting.MinutesStatus.NONE),
        ),
        (
            "minutes",
            "Held meetings whose minutes are not published",
            meetings.filter(held, minutes_status=Meeting.MinutesStatus.NONE),
        ),
    ]
    context = {"sections": []}
    for key, heading, queryset in sections:
        found = list(queryset[: UNPUBLISHED_PER_SECTION + 1])
        context["sections"].append({
            "key": key,
            "heading": heading,
            "rows": _rows(found[:UNPUBLISHED_PER_SECTION], now),
            "more": len(found) > UNPUBLISHED_PER_SECTION,
        })
    return render(request, "meetings/unpublished.html", context)
