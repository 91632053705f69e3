"""
The meeting hub: the meeting's state, the publishing panel and the agenda
builder (items in order, moved up and down and removed with plain buttons).
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from agenda.models import AgendaItem, AgendaPublication, MinutesCorrection, Resolution
from meetings.models import Meeting
from tests.factories import (
    AgendaItemFactory,
    DocumentFactory,
    MeetingFactory,
    ResolutionFactory,
)
from tests.test_item_editor import page_text

# Session, user, the clerk's permissions (user and group), the two-factor
# device check, the meeting, its publications, their items, its corrections
# and its items with their counts.
# And the actions, the items' minutes to make actions from, and the work
# programme's topics (recommendations).
HUB_QUERY_BUDGET = 10 + 3


def hub_url(meeting):
    return reverse("clerk:meeting", args=[meeting.pk])


def item_order(meeting):
    return list(meeting.items.order_by("order", "id").values_list("number", flat=True))


def title_order(meeting):
    return list(meeting.items.order_by("order", "id").values_list("title", flat=True))


@pytest.fixture
def future_meeting(db):
    return MeetingFactory(
        start=timezone.now().replace(microsecond=0) + timedelta(days=30), agenda_published_at=None
    )


@pytest.fixture
def three_items(future_meeting):
    return [
        AgendaItemFactory(meeting=future_meeting, number=str(n), order=n, title=f"Item number {n}")
        for n in (1, 2, 3)
    ]


def test_hub_shows_the_meeting_and_its_items_in_order(clerk_client, future_meeting, three_items):
    ResolutionFactory.create_batch(2, item=three_items[0])
    DocumentFactory(item=three_items[0])
    AgendaItemFactory(meeting=future_meeting, number="4", order=4, title="Secret contract",
                      is_exempt=True, exempt_paragraph=3)

    response = clerk_client.get(hub_url(future_meeting))

    assert response.status_code == 200
    page = page_text(response)
    assert future_meeting.committee.name in page
    assert "Committee Room 1, Civic Centre" in page
    assert timezone.localtime(future_meeting.start).strftime("%A %-d %B %Y") in page
    assert page.index("Item number 1") < page.index("Item number 2") < page.index("Item number 3")
    assert "Exempt, paragraph 3" in page
    assert "Draft: not published (4 items)." in page
    assert "Publish the agenda" in page
    assert "Add an item" in page
    first_row = response.context["items"][0]
    assert (first_row.resolution_count, first_row.document_count) == (2, 1)


def test_hub_links_to_the_other_back_office_pages(clerk_client, future_meeting, three_items):
    content = clerk_client.get(hub_url(future_meeting)).content.decode()

    for name in ["meeting_update", "meeting_cancel", "meeting_postpone", "meeting_attendance",
                 "declarations", "meeting_history", "meeting_import", "item_create"]:
        assert reverse(f"clerk:{name}", args=[future_meeting.pk]) in content
    assert reverse("clerk:committee_detail", args=[future_meeting.committee.slug]) in content
    for item in three_items:
        assert reverse("clerk:item_update", args=[item.pk]) in content
        assert reverse("clerk:item_delete", args=[item.pk]) in content


def test_hub_shows_cancellation_reason(clerk_client, future_meeting):
    Meeting.objects.filter(pk=future_meeting.pk).update(
        status=Meeting.Status.CANCELLED, status_reason="Not quorate."
    )

    response = clerk_client.get(hub_url(future_meeting))

    page = page_text(response)
    assert "Cancelled" in page
    assert "Not quorate." in page
    assert "Publish the agenda" not in page
    assert reverse("clerk:meeting_reinstate", args=[future_meeting.pk]) in response.content.decode()


def test_hub_lists_supplementary_agendas_with_their_late_reasons(clerk_client, clerk, future_meeting):
    first = AgendaItemFactory(meeting=future_meeting, number="1", published_at=timezone.now())
    late = AgendaItemFactory(meeting=future_meeting, number="2", published_at=timezone.now())
    Meeting.objects.filter(pk=future_meeting.pk).update(
        agenda_published_at=timezone.now() - timedelta(days=2), agenda_published_by=clerk
    )
    AgendaPublication.objects.create(
        meeting=future_meeting, published_at=timezone.now() - timedelta(days=2), published_by=clerk,
        clear_working_days=8,
    ).items.set([first])
    AgendaPublication.objects.create(
        meeting=future_meeting, published_at=timezone.now(), published_by=clerk, is_supplementary=True,
        clear_working_days=2, is_late=True,
        late_reason="The contract deadline falls before the next meeting.",
    ).items.set([late])

    page = page_text(clerk_client.get(hub_url(future_meeting)))

    assert "by Chris Clerk, giving 8 clear working days' notice" in page
    assert "Supplementary agendas" in page
    assert "item 2. Late The contract deadline falls before the next meeting." in page


def test_add_an_item_through_the_form(clerk_client, future_meeting, three_items):
    from tests.test_item_editor import item_form_data

    response = clerk_client.post(
        reverse("clerk:item_create", args=[future_meeting.pk]),
        item_form_data(number="4", title="Work programme"),
    )

    assert response.status_code == 302
    assert item_order(future_meeting) == ["1", "2", "3", "4"]
    assert "Work programme" in page_text(clerk_client.get(hub_url(future_meeting)))


def test_move_up_and_down_reorders_the_agenda(clerk_client, future_meeting, three_items):
    first, second, third = three_items

    response = clerk_client.post(reverse("clerk:item_move", args=[second.pk]), {"direction": "up"})

    assert response.status_code == 302
    assert response.url == hub_url(future_meeting) + f"#item-{second.pk}"
    assert title_order(future_meeting) == ["Item number 2", "Item number 1", "Item number 3"]
    assert item_order(future_meeting) == ["1", "2", "3"]

    clerk_client.post(reverse("clerk:item_move", args=[first.pk]), {"direction": "down"})

    assert title_order(future_meeting) == ["Item number 2", "Item number 3", "Item number 1"]
    assert item_order(future_meeting) == ["1", "2", "3"]
    rows = clerk_client.get(hub_url(future_meeting)).context["items"]
    assert [row.title for row in rows] == ["Item number 2", "Item number 3", "Item number 1"]


def test_hub_offers_move_buttons_that_work_without_javascript(clerk_client, future_meeting, three_items):
    content = clerk_client.get(hub_url(future_meeting)).content.decode()

    move_url = reverse("clerk:item_move", args=[three_items[1].pk])
    assert f'<form method="post" action="{move_url}">' in content
    assert content.count('name="direction" value="up"') == 2  # not on the first item
    assert content.count('name="direction" value="down"') == 2  # not on the last item


def test_moving_past_the_end_is_refused_with_a_message(clerk_client, future_meeting, three_items):
    response = clerk_client.post(
        reverse("clerk:item_move", args=[three_items[0].pk]), {"direction": "up"}, follow=True
    )

    assert "This item cannot move further that way." in page_text(response)
    assert item_order(future_meeting) == ["1", "2", "3"]


def test_bad_move_direction_is_a_bad_request(clerk_client, future_meeting, three_items):
    move_url = reverse("clerk:item_move", args=[three_items[0].pk])

    response = clerk_client.post(move_url, {"direction": "sideways"})

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert item_order(future_meeting) == ["1", "2", "3"]


def test_move_accepts_only_post(clerk_client, three_items):
    response = clerk_client.get(reverse("clerk:item_move", args=[three_items[0].pk]))

    assert response.status_code == 405


def test_remove_asks_for_confirmation_then_deletes(clerk_client, future_meeting, three_items):
    item = three_items[1]
    ResolutionFactory(item=item)
    url = reverse("clerk:item_delete", args=[item.pk])

    confirm = clerk_client.get(url)

    assert confirm.status_code == 200
    assert "Are you sure you want to remove item 2: Item number 2?" in page_text(confirm)
    assert "Its 1 resolution and 0 documents will be removed with it." in page_text(confirm)
    assert AgendaItem.objects.filter(pk=item.pk).exists()

    response = clerk_client.post(url, {"version": item.version})

    assert response.status_code == 302
    assert response.url == hub_url(future_meeting)
    assert item_order(future_meeting) == ["1", "3"]
    assert Resolution.objects.filter(item_id=item.pk).count() == 0
    assert "Item 2 removed" in page_text(clerk_client.get(response.url))


def test_an_item_of_a_held_meeting_cannot_be_removed(clerk_client):
    item = AgendaItemFactory()  # on the published agenda of a meeting held last week

    response = clerk_client.post(reverse("clerk:item_delete", args=[item.pk]))

    assert response.status_code == 200
    assert "it is part of the record and cannot be removed" in page_text(response)
    assert AgendaItem.objects.filter(pk=item.pk).exists()


def test_locked_meeting_hides_edit_actions_and_lists_corrections(clerk_client, clerk):
    meeting = MeetingFactory()
    approver = MeetingFactory(committee=meeting.committee, start=timezone.now() - timedelta(days=1))
    item = AgendaItemFactory(meeting=meeting, title="Fostering service review")
    Meeting.objects.filter(pk=meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED,
        minutes_published_at=timezone.now(),
        minutes_approved_at_meeting=approver,
    )
    MinutesCorrection.objects.create(
        meeting=meeting, item=item, text="Councillor Smith gave apologies.", reason="Omitted in error.",
        recorded_by=clerk,
    )

    response = clerk_client.get(hub_url(meeting))

    page = page_text(response)
    content = response.content.decode()
    assert "Locked: approved minutes" in page
    assert f"Approved as a correct record at {approver}" in page
    assert "Councillor Smith gave apologies." in page
    assert "Reason: Omitted in error." in page
    assert "Record a correction" in page
    assert reverse("clerk:correction_create", args=[meeting.pk]) in content
    assert "Add an item" not in page
    assert reverse("clerk:item_update", args=[item.pk]) not in content
    assert reverse("clerk:item_delete", args=[item.pk]) not in content
    assert 'name="direction"' not in content
    assert reverse("clerk:meeting_update", args=[meeting.pk]) not in content


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("meeting", "get"), ("item_create", "get"), ("item_update", "get"), ("item_delete", "get"),
        ("item_move", "post"), ("agenda_publish", "get"), ("decisions_publish", "get"),
        ("minutes_publish", "get"), ("minutes_approve", "get"), ("correction_create", "get"),
        ("agenda_publish", "post"), ("decisions_publish", "post"), ("minutes_approve", "post"),
    ],
)
def test_unknown_ids_are_not_found(clerk_client, name, method):
    url = reverse(f"clerk:{name}", args=[999999])

    response = clerk_client.post(url, {"direction": "up"}) if method == "post" else clerk_client.get(url)

    assert response.status_code == 404


def _meeting_with_items(clerk, count):
    meeting = MeetingFactory()
    items = []
    for n in range(1, count + 1):
        item = AgendaItemFactory(meeting=meeting, number=str(n), order=n)
        ResolutionFactory.create_batch(3, item=item)
        DocumentFactory(item=item)
        items.append(item)
    AgendaPublication.objects.create(
        meeting=meeting, published_at=meeting.agenda_published_at, published_by=clerk, clear_working_days=7
    ).items.set(items)
    return meeting


def test_hub_query_count_does_not_grow_with_the_agenda(clerk_client, clerk, django_assert_max_num_queries):
    small = _meeting_with_items(clerk, 1)
    large = _meeting_with_items(clerk, 10)

    with django_assert_max_num_queries(HUB_QUERY_BUDGET) as one_item:
        assert clerk_client.get(hub_url(small)).status_code == 200
    with django_assert_max_num_queries(HUB_QUERY_BUDGET) as ten_items:
        response = clerk_client.get(hub_url(large))

    assert response.status_code == 200
    assert len(response.context["items"]) == 10
    assert len(ten_items) == len(one_item)
