"""
The tracker's lists as SQL: a recommendation's state and its municipal year
worked out by the database, so that lists can be filtered and counted on
them without loading every row.

``with_state`` must give the state ``Recommendation.state()`` gives for the
same row and day (tests/test_recommendation_lists.py checks every state).
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Case, CharField, Exists, F, OuterRef, Prefetch, Q, Value, When
from django.db.models.functions import ExtractYear

from meetings.models import Meeting

from . import dates
from .models import Recommendation, RecommendationUpdate

MEETING_START = "resolution__item__meeting__start"
#: The month a municipal year starts (the annual meeting in May).
FIRST_MONTH = 5


def state_expression(today):
    """The state of a recommendation on ``today``, in the order of ``Recommendation.state()``."""
    State = Recommendation.State
    return Case(
        When(closed_at_meeting__isnull=False, then=Value(State.CLOSED.value)),
        When(~Q(implementation=""), then=F("implementation")),
        When(~Q(outcome=""), then=F("outcome")),
        When(sent_on__isnull=True, then=Value(State.NOT_SENT.value)),
        When(response_due_on__lt=today, then=Value(State.RESPONSE_OVERDUE.value)),
        default=Value(State.AWAITING_RESPONSE.value),
        output_field=CharField(),
    )


def with_state(queryset, today=None):
    """Each recommendation with ``current_state``: its state today (London)."""
    return queryset.annotate(current_state=state_expression(today or dates.today()))


def municipal_year_expression():
    """The municipal year of the meeting that made the recommendation, by the council's clock."""
    zone = ZoneInfo(settings.TIME_ZONE)
    year = ExtractYear(MEETING_START, tzinfo=zone)
    return Case(
        When(Q(**{f"{MEETING_START}__month__gte": FIRST_MONTH}), then=year),
        default=year - 1,
    )


def municipal_year_bounds(year):
    """The first moment of municipal year ``year`` and of the next, in the council's time zone."""
    zone = ZoneInfo(settings.TIME_ZONE)
    return datetime(year, FIRST_MONTH, 1, tzinfo=zone), datetime(year + 1, FIRST_MONTH, 1, tzinfo=zone)


def in_municipal_year(queryset, year):
    start, end = municipal_year_bounds(year)
    return queryset.filter(**{f"{MEETING_START}__gte": start, f"{MEETING_START}__lt": end})


def closing_meeting_shown(user):
    """Whether the meeting that closed a recommendation may be named to ``user``."""
    return Exists(Meeting.objects.visible_to(user).filter(pk=OuterRef("closed_at_meeting_id")))


def listed(user, today=None):
    """What every list of recommendations starts from: what ``user`` may see, with what the rows show."""
    queryset = (
        Recommendation.objects.visible_to(user)
        .select_related("resolution__item__meeting__committee", "response")
        .annotate(shows_closing_meeting=closing_meeting_shown(user))
        .order_by(f"-{MEETING_START}", "-resolution__item__meeting_id", "resolution__item__order",
                  "resolution__item_id", "resolution__order", "id")
    )
    return with_state(queryset, today)


def updates_prefetch(user):
    """A recommendation's dated updates that ``user`` may see, oldest first, as ``visible_updates``."""
    return Prefetch(
        "updates",
        queryset=RecommendationUpdate.objects.visible_to(user).order_by("written_on", "id"),
        to_attr="visible_updates",
    )

