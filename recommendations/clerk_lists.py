"""
The clerks' lists of tracked records: a recommendation's state as a query
(the same rule as ``Recommendation.state``, so that lists and counts agree
with the record), and the four short tables of the clerks' start page.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Q, Window

from . import dates
from .models import Action, Recommendation
from .tracker import AWAITING_CLOSURE

State = Recommendation.State

#: Rows in each table of the start page; the rest are one link away.
START_PAGE_ROWS = 10
DUE_SOON_DAYS = 14


def state_q(state, today):
    """Recommendations in ``state`` on ``today`` (see Recommendation.state)."""
    open_ = Q(closed_at_meeting__isnull=True)
    unanswered = open_ & Q(implementation="", outcome="")
    if state == State.CLOSED:
        return Q(closed_at_meeting__isnull=False)
    if state in {State.IN_PROGRESS, State.IMPLEMENTED, State.NOT_IMPLEMENTED}:
        return open_ & Q(implementation=state)
    if state in {State.ACCEPTED, State.PARTLY_ACCEPTED, State.NOT_ACCEPTED}:
        return open_ & Q(implementation="", outcome=state)
    if state == State.NOT_SENT:
        return unanswered & Q(sent_on__isnull=True)
    overdue = Q(response_due_on__isnull=False, response_due_on__lt=today)
    if state == State.RESPONSE_OVERDUE:
        return unanswered & Q(sent_on__isnull=False) & overdue
    if state == State.AWAITING_RESPONSE:
        return unanswered & Q(sent_on__isnull=False) & ~overdue
    raise ValueError(f"No state {state!r}")


def due_soon_q(today):
    return Q(closed_at_meeting__isnull=True, outcome="", response_due_on__gte=today,
             response_due_on__lte=today + timedelta(days=DUE_SOON_DAYS))


def actions_overdue_q(today):
    return Q(status=Action.Status.OPEN, closed_at_meeting__isnull=True, due_on__lt=today)


#: The start page's filters of the clerks' list, by the name its "and N more" link uses.
def shown(name, today):
    return {
        "due_soon": due_soon_q(today),
        "overdue": state_q(State.RESPONSE_OVERDUE, today),
        "awaiting_closure": AWAITING_CLOSURE,
    }[name]


SHOWN_LABELS = {
    "due_soon": f"Responses due in the next {DUE_SOON_DAYS} days",
    "overdue": "Responses overdue",
    "awaiting_closure": "Awaiting closure at a meeting",
    "actions_overdue": "Actions overdue",
}


@dataclass
class Table:
    name: str
    rows: list
    total: int

    @property
    def more(self):
        return self.total - len(self.rows)


def _capped(queryset, name, limit):
    """The first ``limit`` rows with the number of all of them, in one query (a window count)."""
    rows = list(queryset.annotate(total_rows=Window(Count("id")))[:limit])
    return Table(name=name, rows=rows, total=rows[0].total_rows if rows else 0)


def start_page_tables(today=None, limit=START_PAGE_ROWS):
    """The four tables of the start page, in four queries whatever their length."""
    today = today or dates.today()
    recommendations = Recommendation.objects.select_related(
        "resolution__item__meeting__committee"
    )
    return {
        "due_soon": _capped(recommendations.filter(due_soon_q(today)).order_by("response_due_on", "id"),
                            "due_soon", limit),
        "overdue": _capped(recommendations.filter(state_q(State.RESPONSE_OVERDUE, today))
                           .order_by("response_due_on", "id"), "overdue", limit),
        "actions_overdue": _capped(
            Action.objects.filter(actions_overdue_q(today)).select_related("meeting__committee")
            .order_by("due_on", "id"), "actions_overdue", limit),
        "awaiting_closure": _capped(
            recommendations.filter(AWAITING_CLOSURE).select_related("response")
            .order_by("response__responded_on", "id"), "awaiting_closure", limit),
    }
