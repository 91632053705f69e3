"""
What the tracker adds to the pages of ``meetings`` and ``agenda`` (see
scrutiny/page_sections.py): the clerks' start page tables, a meeting's
actions on its clerk page, public meeting page and minutes, and the review
under the "tracker" agenda item. Each reads through ``visible_to`` and in a
fixed number of queries, however many rows.
"""

from django.utils.text import Truncator

from agenda.models import AgendaItem
from meetings.fingerprints import of_instance
from meetings.roles import is_clerk
from scrutiny.page_sections import Section

from .clerk_lists import start_page_tables
from .models import Action
from .sentences import sentences
from .tracker import is_tracker_item, review_for, tracker_item_of

# The sentences of each item's minutes offered to make an action from, and
# how much of each is shown (the action is made from the whole sentence).
SENTENCES_OFFERED = 60
SENTENCE_SHOWN = 400


def _meeting_actions(meeting, user):
    """
    This meeting's actions and the actions arising for it (open from earlier
    meetings of its committee), in one query; the closing meeting is named
    only where the visitor may see it.
    """
    visible = Action.objects.visible_to(user)
    actions = list(
        (visible.filter(meeting=meeting) | visible.open_at(meeting))
        .select_related("meeting", "item", "closed_at_meeting")
        .order_by("meeting__start", "id")
    )
    clerk = is_clerk(user)
    for action in actions:
        closing = action.closed_at_meeting
        action.closing_shown = closing if closing is not None and (clerk or closing.is_announced) else None
        action.closed_here = action.closed_at_meeting_id == meeting.pk
    arising = [action for action in actions if action.meeting_id != meeting.pk]
    own = [action for action in actions if action.meeting_id == meeting.pk]
    return arising, own


def clerk_start(request):
    return Section("recommendations/sections/clerk_start.html", {"tables": start_page_tables()})


def clerk_meeting(request, meeting):
    arising, own = _meeting_actions(meeting, request.user)
    for action in arising + own:
        action.fingerprint = of_instance(action)
    items = list(
        AgendaItem.objects.filter(meeting=meeting).only("id", "meeting_id", "number", "title", "minutes", "order")
        .order_by("order", "id")
    )
    with_sentences = []
    for item in items:
        # Minutes can be very long (an import, a pasted report): the page
        # offers their first sentences, as the clerk reads them, shortened.
        found = sentences(item.minutes, limit=SENTENCES_OFFERED + 1) if item.minutes else []
        if found:
            with_sentences.append({
                "item": item,
                "sentences": [Truncator(sentence).chars(SENTENCE_SHOWN) for sentence in found[:SENTENCES_OFFERED]],
                "more": len(found) > SENTENCES_OFFERED,
            })
    return Section("recommendations/sections/clerk_meeting.html", {
        "meeting": meeting, "arising": arising, "own": own, "items": with_sentences,
        "tracker_item": tracker_item_of(items), "can_add_tracker": not meeting.is_locked and not meeting.is_cancelled,
    })


def public_meeting(request, meeting):
    arising, own = _meeting_actions(meeting, request.user)
    if not arising and not own:
        return None
    return Section("recommendations/sections/meeting_actions.html", {"meeting": meeting, "arising": arising, "own": own})


def item(request, item):
    if not is_tracker_item(item):
        return None
    return Section("recommendations/sections/tracker_review.html",
                   {"review": review_for(item.meeting, request.user), "item": item, "heading_level": 2})


def minutes(request, meeting, items):
    arising, own = _meeting_actions(meeting, request.user)
    tracker_item = tracker_item_of(items)
    review = review_for(meeting, request.user) if tracker_item is not None else None
    if not arising and not own and review is None:
        return None
    return Section("recommendations/sections/minutes.html", {
        "meeting": meeting, "arising": arising, "own": own, "review": review, "tracker_item": tracker_item,
    })
