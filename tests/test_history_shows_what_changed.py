"""
The audit history shows what really changed: the words changed in long
minutes (even near the end), where an item moved and what it was numbered,
and why a public record changed.
"""

import pytest
from django.urls import reverse

from agenda import services
from agenda.views.history import describe_move
from meetings.services import record_change
from tests import factories

pytestmark = pytest.mark.django_db

OPENING = " ".join(f"Paragraph {n} of the discussion went on at length." for n in range(60))


def history_text(client, item):
    return client.get(reverse("clerk:item_history", args=[item.pk])).text


def test_a_change_at_the_end_of_long_minutes_is_shown_with_the_words_marked(clerk_client, clerk):
    item = factories.AgendaItemFactory(minutes=f"{OPENING} The motion was lost.")
    services.update_item(item=item, user=clerk, version=item.version,
                         fields={"minutes": f"{OPENING} The motion was carried."})

    text = history_text(clerk_client, item)

    assert "<del>lost</del><ins>carried</ins>." in text
    # The long unchanged start is cut short, with a few words of context kept.
    assert "unchanged words" in text
    assert "Paragraph 2 of" not in text
    assert "Paragraph 59 of the discussion went on at length. The motion was" in text


def test_moving_an_item_says_from_where_to_where(clerk_client, clerk):
    meeting = factories.MeetingFactory()
    first = factories.AgendaItemFactory(meeting=meeting, number="1", order=1, title="Apologies")
    second = factories.AgendaItemFactory(meeting=meeting, number="2", order=2, title="Budget")

    services.move_item(item=second, user=clerk, direction="up")

    assert "Moved from position 2 to 1" in history_text(clerk_client, second)
    assert "Moved from position 1 to 2" in history_text(clerk_client, first)
    assert ">Order<" not in history_text(clerk_client, second)


def test_a_move_that_renumbers_says_the_new_number(clerk_client, clerk):
    item = factories.AgendaItemFactory(number="4", order=4)
    item.order, item.number = 3, "3"
    record_change(item, user=clerk, update_fields=["order", "number"])

    text = history_text(clerk_client, item)

    assert "Moved from position 4 to 3; numbered 3" in text
    assert "Saved again with nothing" not in text


def test_describe_move_leaves_other_changes_alone_and_ignores_unknown_old_places(clerk_client, clerk):
    item = factories.AgendaItemFactory(number="4", order=4, title="Old")
    item.order, item.title = 5, "New"
    record_change(item, user=clerk, update_fields=["order", "title"])
    newest, older = item.history.order_by("-history_id")[:2]
    words, rest = describe_move(newest.diff_against(older).changes)
    assert words == "Moved from position 4 to 5"
    assert [change.field for change in rest] == ["title"]

    older.order = 0  # recorded before places were kept
    words, rest = describe_move(newest.diff_against(older).changes)
    assert words == ""
    assert [change.field for change in rest] == ["title"]
