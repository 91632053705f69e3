"""Published recommendations in each state, for the tests of the tracker's public pages."""

from datetime import date, timedelta

from django.utils import timezone

from recommendations.models import Recommendation, RecommendationResponse, RecommendationUpdate
from tests import factories

State = Recommendation.State


def published_meeting(**fields):
    """A meeting held a week ago whose decisions are published."""
    fields.setdefault("decisions_published_at", timezone.now() - timedelta(days=6))
    return factories.MeetingFactory(**fields)


def recommendation(meeting=None, text="That the Cabinet extend the foster carers' allowance.", item=None,
                   response=None, updates=(), **fields):
    """A recommendation recorded at ``meeting`` (by default a published one), with ``fields`` set as given."""
    item = item or factories.AgendaItemFactory(meeting=meeting or published_meeting())
    made = factories.RecommendationFactory(resolution__item=item, resolution__text=text)
    if fields:
        Recommendation.objects.filter(pk=made.pk).update(**fields)
    if response:
        RecommendationResponse.objects.create(recommendation=made, **response)
    for update in updates:
        RecommendationUpdate.objects.create(recommendation=made, **update)
    made.refresh_from_db()
    return made


def response(outcome="accepted", responded_on=date(2026, 3, 1), **fields):
    fields.setdefault("responded_by", "Cabinet, 1 March 2026")
    fields.setdefault("text", "The Cabinet agreed to extend the allowance.")
    return {"outcome": outcome, "responded_on": responded_on, **fields}


def in_state(state, *, today, meeting=None, **extra):
    """A recommendation that is in ``state`` on ``today``."""
    sent = today - timedelta(days=30)
    fields = {
        State.NOT_SENT: {},
        State.AWAITING_RESPONSE: {"sent_on": sent, "response_due_on": today},
        State.RESPONSE_OVERDUE: {"sent_on": sent - timedelta(days=60), "response_due_on": today - timedelta(days=1)},
        State.ACCEPTED: {"sent_on": sent, "response_due_on": today, "outcome": "accepted"},
        State.PARTLY_ACCEPTED: {"sent_on": sent, "response_due_on": today, "outcome": "partly_accepted"},
        State.NOT_ACCEPTED: {"sent_on": sent, "response_due_on": today, "outcome": "not_accepted"},
        State.IN_PROGRESS: {"sent_on": sent, "outcome": "accepted", "implementation": "in_progress"},
        State.IMPLEMENTED: {"sent_on": sent, "outcome": "accepted", "implementation": "implemented"},
        State.NOT_IMPLEMENTED: {"sent_on": sent, "outcome": "partly_accepted", "implementation": "not_implemented"},
        State.CLOSED: {"sent_on": sent, "outcome": "accepted", "implementation": "implemented",
                       "closed_at_meeting": published_meeting()},
    }[state]
    return recommendation(meeting=meeting, text=f"That the {state.label} recommendation be made.",
                          **fields, **extra)
