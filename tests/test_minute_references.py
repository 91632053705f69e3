"""
Minutes are numbered through the year for each committee when a meeting's
decisions or minutes are first published, and each resolution gets a
citable reference such as CYP/2026/12(a) that never changes.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from agenda import services
from tests import factories

pytestmark = pytest.mark.django_db


def meeting_with_items(committee, start):
    meeting = factories.MeetingFactory(committee=committee, start=start)
    first = factories.AgendaItemFactory(meeting=meeting, number="1", order=1)
    factories.ResolutionFactory(item=first, label="a", order=1)
    factories.ResolutionFactory(item=first, label="b", order=2)
    second = factories.AgendaItemFactory(meeting=meeting, number="2", order=2)
    factories.ResolutionFactory(item=second, label="", order=1)
    third = factories.AgendaItemFactory(meeting=meeting, number="3", order=3)
    factories.ResolutionFactory(item=third, label="", order=1, text="That the report be noted.")
    factories.ResolutionFactory(item=third, label="", order=2, text="That a briefing be circulated.")
    return meeting


def references(meeting):
    return [r.reference for item in meeting.items.order_by("order") for r in item.resolutions.order_by("order")]


def test_resolutions_get_references_when_decisions_are_published(clerk):
    committee = factories.CommitteeFactory(abbreviation="CYP")
    meeting = meeting_with_items(committee, timezone.now() - timedelta(days=3))
    services.publish_decisions(meeting=meeting, user=clerk)
    year = timezone.localtime(meeting.start).year
    assert references(meeting) == [
        f"CYP/{year}/1(a)", f"CYP/{year}/1(b)", f"CYP/{year}/2", f"CYP/{year}/3(1)", f"CYP/{year}/3(2)",
    ]


def test_numbering_continues_through_the_committees_year_and_never_changes(clerk):
    committee = factories.CommitteeFactory(abbreviation="OSC")
    now = timezone.now()
    first = meeting_with_items(committee, now - timedelta(days=2, hours=1))
    second = meeting_with_items(committee, now - timedelta(days=1))
    other_committee = meeting_with_items(factories.CommitteeFactory(abbreviation="CAB"), now - timedelta(days=1))
    services.publish_draft_minutes(meeting=first, user=clerk)
    before = references(first)
    services.publish_draft_minutes(meeting=second, user=clerk)
    services.publish_decisions(meeting=other_committee, user=clerk)

    year = timezone.localtime(second.start).year
    assert [i.minute_number for i in second.items.order_by("order")] == [4, 5, 6]
    assert references(other_committee)[0] == f"CAB/{year}/1(a)"

    item = first.items.get(number="1")
    services.update_item(item=item, user=clerk, version=item.version, fields={"title": "Renamed"},
                         resolutions=[{"id": r.pk, "label": r.label, "text": r.text} for r in item.resolutions.all()]
                         + [{"label": "c", "text": "That the Chair write to the Minister."}])
    assert references(first) == before[:2] + [f"OSC/{year}/1(c)"] + before[2:]
