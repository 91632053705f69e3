"""
The public page of a meeting: when and where, its status, who attended and
what they declared once the minutes are published, and the agenda once it is
published, never a draft or an exempt item's papers.
"""

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import AgendaPublication, ExemptParagraph
from meetings.models import Attendance, Meeting, Membership, Person
from tests import factories

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
# Session, user, the user's and the groups' permissions when signed in; then
# the meeting, its items, their papers, the publications that listed them,
# attendance, chairs, declarations and the supplementary agendas (each with
# a PDF pack to link to); the recommendations it made, and the actions
# arising and the meeting's own (the tracker's two sections).
MEETING_PAGE_QUERIES = 12 + 2
# An anonymous visitor's request first reads the record version for the page
# cache (meetings/page_cache.py); signed-in visitors' requests do not.
PAGE_CACHE_QUERIES = 1


def meeting_with_record(*, items, clerk, resolutions=3, documents=2, attendees=12, **meeting_fields):
    """
    A meeting that took place, with its agenda (the last item added by a
    late supplementary agenda), attendance, declarations and draft minutes
    published: the fixture for the fixed-query-count tests.
    """
    meeting = factories.MeetingFactory(**meeting_fields)
    chair = factories.PersonFactory(name="Aisha Chair")
    factories.MembershipFactory(person=chair, committee=meeting.committee, role=Membership.Role.CHAIR)
    factories.AttendanceFactory(meeting=meeting, person=chair)
    for number in range(attendees - 1):
        kind = Person.Kind.OFFICER if number % 4 == 3 else Person.Kind.COUNCILLOR
        status = Attendance.Status.APOLOGIES if number % 5 == 4 else Attendance.Status.PRESENT
        factories.AttendanceFactory(meeting=meeting, status=status, person=factories.PersonFactory(kind=kind))
    factories.DeclarationFactory(meeting=meeting, person=chair)
    for number in range(1, items + 1):
        item = factories.AgendaItemFactory(
            meeting=meeting, number=str(number), order=number, title=f"Item title {number}",
            preamble="That the committee:",
        )
        for position in range(resolutions):
            factories.ResolutionFactory(item=item, order=position, label="abc"[position % 3],
                                        text=f"Resolution {number}{'abc'[position % 3]}.")
        for position in range(documents):
            factories.DocumentFactory(item=item, order=position, title=f"Paper {number}.{position}")
    record_publications(meeting, clerk)
    services.publish_draft_minutes(meeting=meeting, user=clerk)
    meeting.refresh_from_db()
    return meeting


def record_publications(meeting, clerk):
    """The agenda as first published and, for the last item, a late supplementary agenda."""
    items = list(meeting.items.order_by("order"))
    first = AgendaPublication.objects.create(
        meeting=meeting, published_at=meeting.agenda_published_at, published_by=clerk, clear_working_days=6,
    )
    first.items.set(items[:-1] or items)
    if len(items) > 1:
        supplementary = AgendaPublication.objects.create(
            meeting=meeting, published_at=meeting.start - timedelta(days=2), published_by=clerk,
            is_supplementary=True, clear_working_days=1, is_late=True, late_reason="Urgent.",
        )
        supplementary.items.set(items[-1:])


def url(meeting):
    return reverse("agenda:meeting", args=[meeting.pk])


def test_public_sees_date_time_venue_and_committee(client):
    start = datetime(2026, 12, 8, 18, 30, tzinfo=LONDON)
    meeting = factories.MeetingFactory(start=start, venue="Council Chamber, Town Hall",
                                       committee__name="Children and Young People Scrutiny Committee")
    response = client.get(url(meeting))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Tuesday 8 December 2026, 6.30pm" in page
    assert "Council Chamber, Town Hall" in page
    assert reverse("meetings:committee", args=[meeting.committee.slug]) in page
    assert "<title>Children and Young People Scrutiny Committee, 8 December 2026 –" in page
    assert 'class="govuk-breadcrumbs"' in page


def test_unknown_meeting_is_404(client):
    assert client.get(reverse("agenda:meeting", args=[999999])).status_code == 404


def test_cancelled_meeting_says_so_with_the_reason(client):
    meeting = factories.MeetingFactory(status=Meeting.Status.CANCELLED, status_reason="Not quorate.")
    page = client.get(url(meeting)).content.decode()
    assert "This meeting has been cancelled." in page
    assert "Not quorate." in page
    assert "https://schema.org/EventCancelled" in page


def test_postponed_meeting_says_so_with_the_reason(client):
    meeting = factories.MeetingFactory(status=Meeting.Status.POSTPONED, status_reason="Moved to 3 March.")
    page = client.get(url(meeting)).content.decode()
    assert "This meeting has been postponed." in page
    assert "Moved to 3 March." in page
    assert "https://schema.org/EventPostponed" in page


def test_public_cannot_see_a_draft_agenda(client):
    meeting = factories.MeetingFactory(start=timezone.now() + timedelta(days=20), agenda_published_at=None)
    factories.AgendaItemFactory(meeting=meeting, title="Secret draft item title")
    response = client.get(url(meeting))
    assert response.status_code == 200
    assert "The agenda has not been published yet." in response.content.decode()
    assert "Secret draft item title" not in response.content.decode()


def test_public_cannot_see_a_draft_item_added_to_a_published_agenda(client):
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting, title="Published item")
    factories.AgendaItemFactory(meeting=meeting, title="Late draft item", published_at=None)
    page = client.get(url(meeting)).content.decode()
    assert "Published item" in page
    assert "Late draft item" not in page


def test_clerk_sees_the_draft_agenda_marked_as_draft(clerk_client):
    meeting = factories.MeetingFactory(start=timezone.now() + timedelta(days=20), agenda_published_at=None)
    factories.AgendaItemFactory(meeting=meeting, title="Draft item title")
    page = clerk_client.get(url(meeting)).content.decode()
    assert "Draft item title" in page
    assert "Only clerks can see it." in page


def test_agenda_lists_items_with_numbers_links_and_papers(client):
    meeting = factories.MeetingFactory()
    item = factories.AgendaItemFactory(meeting=meeting, number="5a", title="Fostering service review")
    document = factories.DocumentFactory(item=item, title="Review report", size=2048)
    factories.DocumentFactory(item=item, title="Appendix not uploaded", file="", size=0, content_type="")
    page = client.get(url(meeting)).content.decode()
    assert "5a." in page
    assert reverse("agenda:item", args=[meeting.pk, item.pk]) in page
    assert reverse("agenda:document", args=[document.pk]) in page
    assert "PDF, 2.0\xa0KB" in page
    assert "Appendix not uploaded" in page
    assert "not available online" in page


def test_public_sees_an_exempt_items_title_but_not_its_papers(client):
    meeting = factories.MeetingFactory()
    item = factories.AgendaItemFactory(meeting=meeting, title="Contract award", is_exempt=True,
                                       exempt_paragraph=ExemptParagraph.FINANCIAL)
    factories.DocumentFactory(item=item, title="Confidential tender prices")
    page = client.get(url(meeting)).content.decode()
    assert "Contract award" in page
    assert "Exempt — not for publication (paragraph 3)" in page
    assert "Confidential tender prices" not in page


def test_councillor_sees_an_exempt_items_papers(councillor_client):
    meeting = factories.MeetingFactory()
    item = factories.AgendaItemFactory(meeting=meeting, is_exempt=True, exempt_paragraph=ExemptParagraph.FINANCIAL)
    factories.DocumentFactory(item=item, title="Confidential tender prices")
    page = councillor_client.get(url(meeting)).content.decode()
    assert "Confidential tender prices" in page
    assert "Exempt — not for publication (paragraph 3)" in page


def test_attendance_and_declarations_wait_for_the_minutes(client, clerk):
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting)
    factories.AttendanceFactory(meeting=meeting, person__name="Pat Present")
    factories.DeclarationFactory(meeting=meeting, text="Owns a fostering agency.")
    page = client.get(url(meeting)).content.decode()
    assert "Pat Present" not in page
    assert "Owns a fostering agency." not in page
    assert "Draft minutes, subject to approval" not in page

    services.publish_draft_minutes(meeting=meeting, user=clerk)
    page = client.get(url(meeting)).content.decode()
    assert "Pat Present" in page
    assert "Owns a fostering agency." in page
    assert "Draft minutes, subject to approval" in page
    assert reverse("agenda:minutes", args=[meeting.pk]) in page


def test_attendance_shows_apologies_and_substitutes_and_links_councillors(client, clerk):
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting)
    absent = factories.PersonFactory(name="Sam Away")
    substitute = factories.PersonFactory(name="Robin Standin", slug="robin-standin")
    officer = factories.PersonFactory(name="Dana Officer", honorific="", kind=Person.Kind.OFFICER)
    factories.AttendanceFactory(meeting=meeting, person=absent, status=Attendance.Status.APOLOGIES)
    factories.AttendanceFactory(meeting=meeting, person=substitute, status=Attendance.Status.SUBSTITUTE,
                                substitute_for=absent)
    factories.AttendanceFactory(meeting=meeting, person=officer)
    services.publish_draft_minutes(meeting=meeting, user=clerk)
    page = client.get(url(meeting)).content.decode()
    assert "Apologies" in page and "Sam Away" in page
    assert "Substitutes" in page and "substitute for" in page
    assert reverse("agenda:councillor", args=["robin-standin"]) in page
    assert "Dana Officer" in page
    assert reverse("agenda:councillor", args=[officer.slug]) not in page


def test_approved_minutes_name_the_approving_meeting(client, clerk):
    committee = factories.CommitteeFactory()
    meeting = factories.MeetingFactory(committee=committee, start=datetime(2025, 12, 9, 18, tzinfo=LONDON))
    factories.AgendaItemFactory(meeting=meeting)
    approving = factories.MeetingFactory(committee=committee, start=datetime(2026, 1, 13, 18, tzinfo=LONDON))
    now = approving.start + timedelta(days=1)
    services.publish_draft_minutes(meeting=meeting, user=clerk, now=now)
    services.approve_minutes(meeting=meeting, approving_meeting=approving, user=clerk, now=now)
    page = client.get(url(meeting)).content.decode()
    assert "Approved as a correct record at the meeting on 13 January 2026" in page


def test_event_json_ld_describes_the_meeting_and_escapes_html(client):
    start = datetime(2026, 12, 8, 18, 30, tzinfo=LONDON)
    meeting = factories.MeetingFactory(start=start, end=start + timedelta(hours=2),
                                       venue="Room </script><b>1</b> & hall")
    page = client.get(url(meeting)).content.decode()
    assert "</script><b>" not in page
    marker = '<script type="application/ld+json">'
    data = json.loads(page.split(marker, 1)[1].split("</script>", 1)[0])
    assert data["@type"] == "Event"
    assert data["startDate"] == "2026-12-08T18:30:00+00:00"
    assert data["endDate"] == "2026-12-08T20:30:00+00:00"
    assert data["location"] == {"@type": "Place", "name": "Room </script><b>1</b> & hall",
                                "address": "Room </script><b>1</b> & hall"}
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["organizer"]["name"]
    assert data["url"].endswith(url(meeting))


def test_summer_meeting_time_has_the_british_summer_time_offset(client):
    meeting = factories.MeetingFactory(start=datetime(2026, 7, 7, 10, 0, tzinfo=LONDON))
    page = client.get(url(meeting)).content.decode()
    assert "Tuesday 7 July 2026, 10am" in page
    assert '"startDate": "2026-07-07T10:00:00+01:00"' in page


@pytest.mark.parametrize("size", [1, 20])
def test_meeting_page_runs_a_fixed_number_of_queries(client, clerk, size, django_assert_max_num_queries):
    meeting = meeting_with_record(items=size, clerk=clerk)
    with django_assert_max_num_queries(MEETING_PAGE_QUERIES - 4 + PAGE_CACHE_QUERIES):
        response = client.get(url(meeting))
    page = response.content.decode()
    assert f"Item title {size}<" in page
    assert f"Paper {size}.1" in page


@pytest.mark.parametrize("size", [1, 20])
def test_meeting_page_for_a_councillor_runs_a_fixed_number_of_queries(
    councillor_client, clerk, size, django_assert_max_num_queries
):
    meeting = meeting_with_record(items=size, clerk=clerk)
    with django_assert_max_num_queries(MEETING_PAGE_QUERIES):
        response = councillor_client.get(url(meeting))
    assert f"Item title {size}<" in response.content.decode()
