"""
The clerks' start page tells apart where each held meeting's minutes stand;
the back office lists every meeting (searched, filtered, paged) and
everything not yet published.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from tests.factories import AgendaItemFactory, CommitteeFactory, MeetingFactory, ResolutionFactory

pytestmark = pytest.mark.django_db


def rows_of(response, key):
    return {row["meeting"]: [text for text, _ in row["tags"]] for row in response.context[key]}


def listed(response):
    return [row["meeting"] for row in response.context["rows"]]


# --- The start page ------------------------------------------------------------------------


def test_dashboard_tells_apart_where_the_minutes_stand(clerk_client):
    now = timezone.now()
    not_written = MeetingFactory(start=now - timedelta(days=5))
    AgendaItemFactory(meeting=not_written, minutes="")
    written = MeetingFactory(start=now - timedelta(days=6))
    AgendaItemFactory(meeting=written, minutes="The committee noted the report.")
    draft = MeetingFactory(start=now - timedelta(days=7), minutes_status=Meeting.MinutesStatus.DRAFT,
                           minutes_published_at=now)
    approved = MeetingFactory(committee=draft.committee, start=now - timedelta(days=8))
    Meeting.objects.filter(pk=approved.pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED, minutes_published_at=now, minutes_approved_at_meeting=draft
    )
    recent = rows_of(clerk_client.get(reverse("clerk:dashboard")), "recent")
    assert recent[not_written] == ["Minutes not written"]
    assert recent[written] == ["Minutes written, not published"]
    assert recent[draft] == ["Draft minutes published, awaiting approval"]
    assert recent[approved] == ["Minutes approved"]


def test_dashboard_lists_every_held_meeting_without_minutes_whatever_its_age(clerk_client):
    now = timezone.now()
    long_ago = MeetingFactory(start=now - timedelta(days=400))
    ResolutionFactory(item=AgendaItemFactory(meeting=long_ago))
    minuted = MeetingFactory(start=now - timedelta(days=300), minutes_status=Meeting.MinutesStatus.DRAFT,
                             minutes_published_at=now)
    cancelled = MeetingFactory(start=now - timedelta(days=200), status=Meeting.Status.CANCELLED,
                               status_reason="No business.")
    upcoming = MeetingFactory(start=now + timedelta(days=3))
    response = clerk_client.get(reverse("clerk:dashboard"))
    awaiting = rows_of(response, "awaiting")
    assert list(awaiting) == [long_ago]
    assert awaiting[long_ago] == ["Decisions not published", "Minutes written, not published"]
    for meeting in (minuted, cancelled, upcoming):
        assert meeting not in awaiting


def test_dashboard_tags_a_draft_meeting_and_links_the_lists(clerk_client):
    draft = MeetingFactory(start=timezone.now() + timedelta(days=30), announced_at=None, agenda_published_at=None)
    response = clerk_client.get(reverse("clerk:dashboard"))
    assert rows_of(response, "upcoming")[draft][0] == "Not announced"
    html = response.content.decode()
    assert reverse("clerk:meeting_list") in html
    assert reverse("clerk:unpublished") in html


# --- Every meeting ---------------------------------------------------------------------------


def test_every_meeting_is_listed_newest_first_with_drafts_and_old_ones(clerk_client):
    now = timezone.now()
    old = MeetingFactory(start=now - timedelta(days=3000))
    draft = MeetingFactory(start=now + timedelta(days=500), announced_at=None, agenda_published_at=None)
    response = clerk_client.get(reverse("clerk:meeting_list"))
    assert response.status_code == 200
    assert listed(response) == [draft, old]


def test_meetings_are_filtered_by_committee_dates_status_and_words(clerk_client):
    now = timezone.now()
    health = CommitteeFactory(name="Health Scrutiny Committee", slug="health")
    housing = CommitteeFactory(name="Housing Scrutiny Panel", slug="housing")
    held = MeetingFactory(committee=health, start=now - timedelta(days=200), venue="Council Chamber")
    draft = MeetingFactory(committee=health, start=now + timedelta(days=20), announced_at=None,
                           agenda_published_at=None, venue="Room 4, Civic Centre")
    cancelled = MeetingFactory(committee=housing, start=now - timedelta(days=10),
                               status=Meeting.Status.CANCELLED, status_reason="No quorum.", venue="Room 4, Civic Centre")
    url = reverse("clerk:meeting_list")

    assert listed(clerk_client.get(url, {"committee": "health"})) == [draft, held]
    assert listed(clerk_client.get(url, {"status": "draft"})) == [draft]
    assert listed(clerk_client.get(url, {"status": "held"})) == [held]
    assert listed(clerk_client.get(url, {"status": "cancelled"})) == [cancelled]
    assert listed(clerk_client.get(url, {"q": "room 4"})) == [draft, cancelled]
    assert listed(clerk_client.get(url, {"q": "housing"})) == [cancelled]
    day = timezone.localdate(held.start)
    assert listed(clerk_client.get(url, {"date_from": f"{day:%d/%m/%Y}", "date_to": f"{day:%d/%m/%Y}"})) == [held]
    assert listed(clerk_client.get(url, {"q": "nowhere"})) == []
    assert "No meetings match these filters." in clerk_client.get(url, {"q": "nowhere"}).content.decode()


def test_the_list_of_meetings_is_paged(clerk_client):
    committee = CommitteeFactory()
    start = timezone.now() - timedelta(days=1)
    Meeting.objects.bulk_create(
        Meeting(committee=committee, start=start - timedelta(days=n), announced_at=start) for n in range(51)
    )
    first = clerk_client.get(reverse("clerk:meeting_list"))
    assert len(first.context["rows"]) == 50
    second = clerk_client.get(reverse("clerk:meeting_list"), {"page": "2"})
    assert len(second.context["rows"]) == 1


@pytest.mark.parametrize(
    "query, field",
    [
        ({"committee": "no-such-committee"}, "committee"),
        ({"status": "adjourned"}, "status"),
        ({"date_from": "31/2/2026"}, "date_from"),
        ({"date_to": "tomorrow"}, "date_to"),
        ({"date_from": "2/3/2026", "date_to": "1/3/2026"}, "date_to"),
        ({"q": "x" * 500}, "q"),
    ],
)
def test_filters_that_make_no_sense_are_errors_beside_their_field(clerk_client, query, field):
    MeetingFactory()
    response = clerk_client.get(reverse("clerk:meeting_list"), query)
    assert response.status_code == 400
    assert field in response.context["filter_form"].errors
    assert 'class="govuk-error-summary' in response.content.decode()
    assert response.context["rows"] == []


@pytest.mark.parametrize("query", [{"q": "a\x00b"}, {"committee": "\x00"}, {"page": "abc"}, {"page": "999"}])
def test_odd_characters_and_pages_never_fail(clerk_client, query):
    MeetingFactory()
    response = clerk_client.get(reverse("clerk:meeting_list"), query)
    assert response.status_code in (200, 400)


# --- Everything not yet published ---------------------------------------------------------------


def test_everything_unpublished_is_listed_in_its_section(clerk_client):
    now = timezone.now()
    draft = MeetingFactory(start=now + timedelta(days=30), announced_at=None, agenda_published_at=None)
    with_late_item = MeetingFactory(start=now + timedelta(days=10))
    AgendaItemFactory(meeting=with_late_item, published_at=None)
    undecided = MeetingFactory(start=now - timedelta(days=20))
    ResolutionFactory(item=AgendaItemFactory(meeting=undecided))
    decided = MeetingFactory(start=now - timedelta(days=30), decisions_published_at=now)
    ResolutionFactory(item=AgendaItemFactory(meeting=decided))
    done = MeetingFactory(start=now - timedelta(days=40), minutes_status=Meeting.MinutesStatus.DRAFT,
                          minutes_published_at=now)
    response = clerk_client.get(reverse("clerk:unpublished"))
    assert response.status_code == 200
    sections = {section["key"]: [row["meeting"] for row in section["rows"]] for section in response.context["sections"]}
    assert sections["drafts"] == [draft]
    assert sections["draft_items"] == [with_late_item]
    assert sections["decisions"] == [undecided]
    assert sections["minutes"] == [decided, undecided]
    assert done not in sum(sections.values(), [])
