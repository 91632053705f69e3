"""
``modified_since`` lists the records changed at or after a moment, read
from the audit history: a record's own changes, and those of the records it
belongs to (publishing a meeting's decisions changes its resolutions),
counting only changes to what the visitor may see: a hidden change never
moves a public record into the list.

Each test runs twice: with the changed records named one by one (a few
changes), and as a subquery (more than ``changes.LISTED_IDS``).
"""

from datetime import datetime, timedelta, timezone

import pytest
from django.urls import reverse

from api import changes
from meetings.models import Meeting
from tests import factories

pytestmark = pytest.mark.django_db

BEFORE = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
SINCE = datetime(2026, 3, 9, 9, 0, tzinfo=timezone.utc)
AFTER = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True, params=["listed", "subquery"])
def way_of_finding(request, monkeypatch):
    if request.param == "subquery":
        monkeypatch.setattr(changes, "LISTED_IDS", 0)
    return request.param


def ids(client, name, moment=SINCE):
    response = client.get(reverse(f"api:{name}-list"), {"modified_since": moment.isoformat()})
    assert response.status_code == 200
    return {record["id"] for record in response.json()["results"]}


def test_only_records_changed_since_are_listed(client, time_machine):
    time_machine.move_to(BEFORE)
    unchanged = factories.AgendaItemFactory(meeting__start=BEFORE, title="Libraries")
    changed = factories.AgendaItemFactory(meeting__start=BEFORE, title="Parks")
    committee = factories.CommitteeFactory()
    time_machine.move_to(AFTER)
    changed.title = "Parks and open spaces"
    changed.save()
    committee.name = "Renamed Committee"
    committee.save()

    assert ids(client, "item") == {changed.pk}
    assert ids(client, "committee") == {committee.pk}
    assert ids(client, "item", BEFORE) == {unchanged.pk, changed.pk}


def test_resolution_is_changed_when_its_meetings_decisions_are_published(client, time_machine):
    time_machine.move_to(BEFORE)
    resolution = factories.ResolutionFactory(item__meeting__start=BEFORE)
    factories.ResolutionFactory(
        item__meeting__start=BEFORE, item__meeting__decisions_published_at=BEFORE
    )
    assert resolution.pk not in ids(client, "resolution", BEFORE)  # not yet public
    time_machine.move_to(AFTER)
    meeting = resolution.item.meeting
    meeting.decisions_published_at = AFTER
    meeting.save()

    assert ids(client, "resolution") == {resolution.pk}


def test_hidden_changes_do_not_mark_a_public_record_changed(client, time_machine):
    """Draft minutes edited, an exempt paper changed, a meeting not yet announced: none is public."""
    time_machine.move_to(BEFORE)
    meeting = factories.MeetingFactory(start=BEFORE)
    item = factories.AgendaItemFactory(meeting=meeting, minutes="Draft words.")
    resolution = factories.ResolutionFactory(item=item)
    meeting.decisions_published_at = BEFORE
    meeting.save()
    exempt_paper = factories.DocumentFactory(item=item, is_exempt=True)
    draft_meeting = factories.MeetingFactory(committee=meeting.committee, announced_at=None, agenda_published_at=None)
    time_machine.move_to(AFTER)
    item.minutes = "Draft words, corrected."  # the meeting's minutes are not published
    item.save()
    exempt_paper.title = "Revised bids"
    exempt_paper.save()
    factories.DocumentFactory(item=item, is_exempt=True)
    draft_meeting.venue = "Room 2"
    draft_meeting.save()
    meeting.decisions_published_by = factories.ClerkFactory()  # who published is not shown
    meeting.save()

    for name in ["item", "resolution", "document", "meeting", "committee"]:
        assert ids(client, name) == set(), name
    assert ids(client, "resolution", BEFORE) == {resolution.pk}


def test_public_changes_mark_the_record_and_what_shows_it(client, time_machine):
    time_machine.move_to(BEFORE)
    item = factories.AgendaItemFactory(meeting__start=BEFORE)
    resolution = factories.ResolutionFactory(item=item)
    meeting = item.meeting
    meeting.decisions_published_at = BEFORE
    meeting.save()
    other = factories.AgendaItemFactory(meeting=meeting, title="Parks")
    time_machine.move_to(AFTER)
    paper = factories.DocumentFactory(item=item)

    assert ids(client, "item") == {item.pk}  # it lists the new paper
    assert ids(client, "document") == {paper.pk}
    assert other.pk not in ids(client, "item")

    time_machine.move_to(AFTER + timedelta(days=1))
    later = AFTER + timedelta(hours=12)
    meeting.minutes_status = Meeting.MinutesStatus.DRAFT
    meeting.minutes_published_at = later
    meeting.save()
    assert ids(client, "item", later) == {item.pk, other.pk}  # their minutes are now public
    assert ids(client, "resolution", later) == {resolution.pk}


def test_exempting_a_paper_marks_its_item_changed(client, time_machine):
    time_machine.move_to(BEFORE)
    paper = factories.DocumentFactory(item__meeting__start=BEFORE)
    time_machine.move_to(AFTER)
    paper.is_exempt = True
    paper.save()
    assert ids(client, "item") == {paper.item_id}
    assert ids(client, "document") == set()


def test_a_councillor_is_told_of_changes_to_exempt_business(councillor_client, time_machine):
    time_machine.move_to(BEFORE)
    item = factories.AgendaItemFactory(meeting__start=BEFORE, is_exempt=True, exempt_paragraph=3)
    time_machine.move_to(AFTER)
    item.description = "Revised bids."
    item.save()
    assert ids(councillor_client, "item") == {item.pk}
