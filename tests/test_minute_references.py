"""
Minutes are numbered through the year for each committee when a meeting's
decisions or minutes are first published, and each resolution gets a
citable reference such as CYP/2026-27/12(a) that never changes.
"""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from agenda import services
from agenda.models import AgendaItem, Resolution
from agenda.numbering import municipal_year
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
    year = municipal_year(timezone.localtime(meeting.start).date())[1]
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

    year = municipal_year(timezone.localtime(second.start).date())[1]
    assert [i.minute_number for i in second.items.order_by("order")] == [4, 5, 6]
    assert references(other_committee)[0] == f"CAB/{year}/1(a)"

    item = first.items.get(number="1")
    services.update_item(item=item, user=clerk, version=item.version, fields={"title": "Renamed"},
                         resolutions=[{"id": r.pk, "label": r.label, "text": r.text} for r in item.resolutions.all()]
                         + [{"label": "c", "text": "That the Chair write to the Minister."}])
    assert references(first) == before[:2] + [f"OSC/{year}/1(c)"] + before[2:]


# --- The municipal year ------------------------------------------------------------

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    "day, expected",
    [
        (date(2027, 4, 30), (2026, "2026-27")),
        (date(2027, 5, 1), (2027, "2027-28")),
        (date(2026, 12, 31), (2026, "2026-27")),
        (date(2027, 1, 1), (2026, "2026-27")),
        (date(2099, 6, 1), (2099, "2099-00")),
    ],
)
def test_the_municipal_year_runs_from_may_to_may(day, expected):
    assert municipal_year(day) == expected


def test_a_january_start_numbers_by_calendar_year(settings):
    settings.MUNICIPAL_YEAR_START_MONTH = 1
    assert municipal_year(date(2027, 4, 30)) == (2027, "2027")


def test_a_meeting_on_30_april_ends_the_year_and_one_on_1_may_starts_the_next(clerk):
    committee = factories.CommitteeFactory(abbreviation="CYP")
    earlier = meeting_with_items(committee, datetime(2025, 11, 10, 18, tzinfo=LONDON))
    last_of_year = meeting_with_items(committee, datetime(2026, 4, 30, 18, tzinfo=LONDON))
    first_of_year = meeting_with_items(committee, datetime(2026, 5, 1, 10, tzinfo=LONDON))
    for meeting in (earlier, last_of_year, first_of_year):
        services.publish_decisions(meeting=meeting, user=clerk)

    assert references(earlier)[0] == "CYP/2025-26/1(a)"
    # The April meeting carries on the numbering of the year begun in May 2025.
    assert references(last_of_year)[0] == "CYP/2025-26/4(a)"
    assert last_of_year.items.order_by("order").first().minute_year == 2025
    # The May meeting starts the new year at 1.
    assert references(first_of_year) == [
        "CYP/2026-27/1(a)", "CYP/2026-27/1(b)", "CYP/2026-27/2", "CYP/2026-27/3(1)", "CYP/2026-27/3(2)",
    ]
    assert first_of_year.items.order_by("order").first().minute_year == 2026


def test_minutes_numbered_by_calendar_year_keep_their_references(clerk):
    """Items numbered before the municipal year was used have no year label: their citation stays."""
    committee = factories.CommitteeFactory(abbreviation="CYP")
    meeting = meeting_with_items(committee, datetime(2026, 3, 10, 18, tzinfo=LONDON))
    first = meeting.items.order_by("order").first()
    AgendaItem.objects.filter(pk=first.pk).update(minute_year=2026, minute_number=7)
    Resolution.objects.filter(item=first, label="a").update(reference="CYP/2026/7(a)")
    first.refresh_from_db()
    assert first.minute_reference == "CYP/2026/7"

    services.publish_decisions(meeting=meeting, user=clerk)

    first.refresh_from_db()
    assert first.minute_reference == "CYP/2026/7"
    assert list(first.resolutions.order_by("order").values_list("reference", flat=True)) == [
        "CYP/2026/7(a)", "CYP/2026/7(b)",
    ]
    # Items numbered now take the municipal year of the meeting (March 2026: 2025-26).
    assert meeting.items.get(number="2").minute_reference == "CYP/2025-26/1"
