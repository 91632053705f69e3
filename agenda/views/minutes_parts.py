"""
The parts of the printable minutes that come from the standard business:
which items are the apologies, declarations and previous-minutes items (so
that their records are printed with them), the previous meeting whose
minutes are approved, and the exempt items printed apart in Part 2.

Kept apart from ``agenda.views.public`` so that module stays small; the
minutes view adds what ``standard_business`` returns to its context.
"""

from .. import standard_items


def published_previous_minutes(meeting):
    """The previous meeting, when its minutes (draft or approved) are published; else None."""
    previous = standard_items.previous_meeting(meeting)
    # The previous minutes are linked only once anyone may read them.
    return previous if previous is not None and previous.are_minutes_published else None


def previous_minutes_paper(item):
    """For the item approving the previous minutes, the meeting whose minutes are its paper."""
    if standard_items.kind_of(item.title) != standard_items.PREVIOUS_MINUTES:
        return None
    return published_previous_minutes(item.meeting)


def standard_business(meeting, items):
    """
    Mark each item with its standard kind and say what the minutes print
    for the standard business. `items` are those the reader may see, each
    with ``shows_minutes`` set.
    """
    for item in items:
        item.standard_kind = standard_items.kind_of(item.title)
    kinds = {item.standard_kind for item in items if item.shows_minutes and not item.is_exempt}
    previous = None
    if standard_items.PREVIOUS_MINUTES in kinds:
        previous = published_previous_minutes(meeting)
    return {
        "previous_meeting": previous,
        "apologies_in_an_item": standard_items.APOLOGIES in kinds,
        "declarations_in_an_item": standard_items.DECLARATIONS in kinds,
        # Part 2: printed apart, only for readers who may see exempt minutes.
        "exempt_items": [item for item in items if item.is_exempt and item.shows_minutes],
    }


def split_corrections(corrections):
    """Corrections to exempt items are printed with the exempt minutes in Part 2."""
    return {
        "corrections": [c for c in corrections if c.item is None or not c.item.is_exempt],
        "exempt_corrections": [c for c in corrections if c.item is not None and c.item.is_exempt],
    }
