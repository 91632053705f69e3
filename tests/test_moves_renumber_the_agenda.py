"""
Moving items renumbers the agenda to follow its order, except numbers the
clerk fixed by hand and numbers that are part of published minutes; a
published agenda's renumbering is recorded and the clerk told.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import AgendaItem
from agenda.ordering import numbers_in_order
from meetings.models import Meeting
from tests.factories import AgendaItemFactory, MeetingFactory
from tests.test_item_editor import item_form_data, page_text

pytestmark = pytest.mark.django_db


def numbered(meeting):
    """(number, title) in the agenda's order."""
    return list(meeting.items.order_by("order", "id").values_list("number", "title"))


def agenda(meeting, numbers, **kwargs):
    return [
        AgendaItemFactory(meeting=meeting, number=number, order=position, title=f"Title {number}", **kwargs)
        for position, number in enumerate(numbers, start=1)
    ]


@pytest.fixture
def draft_meeting(db):
    return MeetingFactory(start=timezone.now() + timedelta(days=30), agenda_published_at=None)


def test_moving_an_item_up_renumbers_so_numbers_follow_the_order(clerk, draft_meeting):
    items = agenda(draft_meeting, ["1", "2", "3", "4", "5"])

    services.move_item(item=items[4], user=clerk, direction="up")

    assert numbered(draft_meeting) == [
        ("1", "Title 1"), ("2", "Title 2"), ("3", "Title 3"), ("4", "Title 5"), ("5", "Title 4"),
    ]


def test_swapping_two_distant_items_is_one_action(clerk_client, draft_meeting):
    items = agenda(draft_meeting, ["1", "2", "3", "4", "5"])

    response = clerk_client.post(
        reverse("clerk:item_move", args=[items[1].pk]), {"swap_with": str(items[4].pk)}, follow=True
    )

    assert [title for _, title in numbered(draft_meeting)] == [
        "Title 1", "Title 5", "Title 3", "Title 4", "Title 2",
    ]
    assert [number for number, _ in numbered(draft_meeting)] == ["1", "2", "3", "4", "5"]
    assert "swapped with Title 5" in page_text(response)


def test_hub_offers_a_swap_control_without_javascript(clerk_client, draft_meeting):
    items = agenda(draft_meeting, ["1", "2", "3"])

    content = clerk_client.get(reverse("clerk:meeting", args=[draft_meeting.pk])).content.decode()

    assert content.count('name="swap_with"') == 3
    assert f'<option value="{items[2].pk}">3. Title 3</option>' in content


def test_swap_with_an_item_of_another_meeting_is_refused(clerk_client, draft_meeting):
    items = agenda(draft_meeting, ["1", "2"])
    stranger = AgendaItemFactory(number="9")

    response = clerk_client.post(
        reverse("clerk:item_move", args=[items[0].pk]), {"swap_with": str(stranger.pk)}, follow=True
    )

    assert "Choose another item of this agenda to swap with." in page_text(response)
    assert numbered(draft_meeting) == [("1", "Title 1"), ("2", "Title 2")]


def test_numbers_fixed_by_hand_stay_and_the_count_goes_on_from_them(clerk, draft_meeting):
    items = agenda(draft_meeting, ["1", "2", "2a", "3", "4"])
    AgendaItem.objects.filter(pk=items[3].pk).update(number="10", number_fixed=True)
    items[3].refresh_from_db()

    services.move_item(item=items[0], user=clerk, direction="down")

    assert numbered(draft_meeting) == [
        ("1", "Title 2"), ("2", "Title 1"), ("2a", "Title 2a"), ("10", "Title 3"), ("11", "Title 4"),
    ]


def test_skipping_a_number_held_by_a_fixed_item():
    class Row:
        def __init__(self, pk, number, fixed=False):
            self.pk, self.number, self.number_fixed = pk, number, fixed

    rows = [Row(1, "3", fixed=True), Row(2, "1"), Row(3, "2"), Row(4, "9")]

    assert numbers_in_order(rows) == {1: "3", 2: "4", 3: "5", 4: "6"}


def test_a_number_typed_over_the_suggestion_is_fixed(clerk_client, draft_meeting):
    agenda(draft_meeting, ["1", "2"])

    clerk_client.post(reverse("clerk:item_create", args=[draft_meeting.pk]),
                      item_form_data(number="3", title="Suggested"))
    clerk_client.post(reverse("clerk:item_create", args=[draft_meeting.pk]),
                      item_form_data(number="7", title="Typed"))

    fixed = dict(draft_meeting.items.values_list("title", "number_fixed"))
    assert fixed == {"Title 1": False, "Title 2": False, "Suggested": False, "Typed": True}


def test_changing_the_number_in_the_editor_fixes_it(clerk_client, draft_meeting):
    first, second = agenda(draft_meeting, ["1", "2"])

    response = clerk_client.post(
        reverse("clerk:item_update", args=[second.pk]),
        item_form_data(number="2a", title="Title 2", version=second.version),
    )

    assert response.status_code == 302
    second.refresh_from_db()
    assert (second.number, second.number_fixed) == ("2a", True)


def test_published_agenda_renumbering_is_recorded_and_told(clerk_client, clerk):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=30),
                             agenda_published_at=timezone.now() - timedelta(days=1))
    items = agenda(meeting, ["1", "2", "3", "4", "5"])

    response = clerk_client.post(
        reverse("clerk:item_move", args=[items[4].pk]), {"direction": "up"}, follow=True
    )

    assert numbered(meeting)[3:] == [("4", "Title 5"), ("5", "Title 4")]
    assert "the public will see these items renumbered: 5 → 4, 4 → 5" in page_text(response)
    moved = AgendaItem.objects.get(pk=items[4].pk)
    latest = moved.history.first()
    assert latest.history_change_reason == "Renumbered after a move: 5 → 4"
    assert latest.history_user == clerk
    assert moved.version == items[4].version + 1


def test_renumbering_raises_the_version_so_an_open_editor_cannot_save_the_old_number(
    clerk_client, draft_meeting
):
    items = agenda(draft_meeting, ["1", "2"])
    opened_at = items[1].version
    clerk_client.post(reverse("clerk:item_move", args=[items[1].pk]), {"direction": "up"})

    # An editor opened before the move carries the version of that moment.
    stale = item_form_data(number="1", title="Title 2 renamed", version=opened_at)
    response = clerk_client.post(reverse("clerk:item_update", args=[items[1].pk]), stale)

    assert response.status_code == 409
    assert numbered(draft_meeting) == [("1", "Title 2"), ("2", "Title 1")]


def test_numbers_of_published_minutes_never_change(clerk_client):
    meeting = MeetingFactory(minutes_status=Meeting.MinutesStatus.DRAFT,
                             minutes_published_at=timezone.now())
    items = agenda(meeting, ["1", "2", "3"])
    for position, item in enumerate(items, start=1):
        AgendaItem.objects.filter(pk=item.pk).update(minute_year=2026, minute_number=position + 40)

    response = clerk_client.post(
        reverse("clerk:item_move", args=[items[2].pk]), {"direction": "up"}, follow=True
    )

    assert numbered(meeting) == [("1", "Title 1"), ("3", "Title 3"), ("2", "Title 2")]
    assert "Item numbers were kept" in page_text(response)


def test_a_clerk_typed_number_like_a_placeholder_does_not_collide(clerk, draft_meeting):
    items = agenda(draft_meeting, ["1", "2", "#1", "#2"])

    services.move_item(item=items[1], user=clerk, direction="up")

    assert numbered(draft_meeting) == [("1", "Title 2"), ("2", "Title 1"), ("#1", "Title #1"), ("#2", "Title #2")]
