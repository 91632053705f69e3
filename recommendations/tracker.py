"""
The "tracker" agenda item: what a committee should review at a meeting.

An item titled "Recommendations and actions tracker" is recognised by its
title, as agenda/standard_items.py recognises the standard items, so that
``agenda`` need not know about this app. Under it the item's page and the
printed minutes list the committee's recommendations whose responses are
due, overdue or came in since its last meeting, those awaiting closure, and
the actions still open.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from meetings.models import Meeting

from .models import Action, Recommendation

TRACKER_TITLE = "Recommendations and actions tracker"
TRACKER_DESCRIPTION = (
    "To review the committee's recommendations awaiting a response or closure, the responses "
    "received since the last meeting, and the actions still open."
)

#: How a recommendation ends up waiting for the committee to close it: it was
#: refused, or what was accepted was done or will not be done.
AWAITING_CLOSURE = (
    Q(closed_at_meeting__isnull=True)
    & (Q(outcome=Recommendation.Outcome.NOT_ACCEPTED)
       | Q(implementation__in=[Recommendation.Implementation.IMPLEMENTED,
                               Recommendation.Implementation.NOT_IMPLEMENTED]))
)


def is_tracker_item(item):
    words = re.sub(r"\s+", " ", str(item.title or "")).strip().strip(".:;").lower()
    return words == TRACKER_TITLE.lower()


def tracker_item_of(items):
    return next((item for item in items if is_tracker_item(item)), None)


@dataclass
class Review:
    """What the committee should review at ``meeting``, each list in its order."""

    meeting: object
    previous: object = None
    due: list = field(default_factory=list)
    overdue: list = field(default_factory=list)
    received: list = field(default_factory=list)
    awaiting_closure: list = field(default_factory=list)
    actions: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not (self.due or self.overdue or self.received or self.awaiting_closure or self.actions)


def review_for(meeting, user):
    """
    The review for ``meeting`` as ``user`` may see it, in three queries
    whatever its length. Dates are reckoned at the meeting's date, so the
    printed minutes keep saying what the committee had before it.
    """
    on = timezone.localdate(meeting.start)
    previous = (
        Meeting.objects.visible_to(user)
        .filter(committee_id=meeting.committee_id, start__lt=meeting.start)
        .order_by("-start").only("id", "start", "committee_id").first()
    )
    recommendations = list(
        Recommendation.objects.visible_to(user)
        .filter(resolution__item__meeting__committee_id=meeting.committee_id,
                resolution__item__meeting__start__lt=meeting.start)
        .filter(Q(closed_at_meeting__isnull=True) | Q(closed_at_meeting=meeting))
        .select_related("resolution__item__meeting", "response")
        .order_by("resolution__item__meeting__start", "resolution__item__order", "resolution__order", "id")
    )
    review = Review(meeting=meeting, previous=previous)
    since = timezone.localdate(previous.start) if previous else None
    for recommendation in recommendations:
        response = getattr(recommendation, "response", None)
        if not recommendation.outcome:
            if recommendation.response_due_on is None:
                continue
            if recommendation.response_due_on < on:
                review.overdue.append(recommendation)
            else:
                review.due.append(recommendation)
            continue
        if response is not None and (since is None or response.responded_on > since) and response.responded_on <= on:
            review.received.append(recommendation)
        if recommendation.outcome == Recommendation.Outcome.NOT_ACCEPTED or recommendation.implementation in {
            Recommendation.Implementation.IMPLEMENTED, Recommendation.Implementation.NOT_IMPLEMENTED
        }:
            review.awaiting_closure.append(recommendation)
    review.actions = list(
        Action.objects.visible_to(user).open_at(meeting)
        .select_related("meeting", "item", "closed_at_meeting")
        .order_by("meeting__start", "id")
    )
    return review
