"""
The public sees when the agenda and each supplementary agenda were
published and, for a late one, the reason its items are urgent (Local
Government Act 1972, s.100B(4)(b)): on the meeting page beside the agenda,
on the item page, in the agendas feed and in the printable minutes.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import feedparser
import pytest
from django.test import Client
from django.urls import reverse

from agenda.models import ExemptParagraph
from agenda.services import publish_agenda, publish_draft_minutes
from tests import factories
from tests.test_item_editor import page_text

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")

URGENT = "The Ofsted letter arrived on 5 November and needs a response before the next cycle."
SUPPLEMENTARY_TAG = "Supplementary agenda, published 6 November 2026"


def at(*args):
    return datetime(*args, tzinfo=LONDON)


@pytest.fixture
def meeting(clerk):
    """
    A meeting on Tuesday 10 November 2026 whose agenda went out in good time
    on 27 October, with a late supplementary agenda on Friday 6 November.
    """
    meeting = factories.MeetingFactory(start=at(2026, 11, 10, 18, 30), agenda_published_at=None)
    factories.AgendaItemFactory(meeting=meeting, number="1", order=1, title="Apologies for absence",
                                published_at=None)
    publish_agenda(meeting=meeting, user=clerk, now=at(2026, 10, 27, 9, 0))
    factories.AgendaItemFactory(meeting=meeting, number="2", order=2, title="Ofsted inspection letter",
                                published_at=None)
    publish_agenda(meeting=meeting, user=clerk, late_reason=URGENT, now=at(2026, 11, 6, 9, 0))
    meeting.refresh_from_db()
    return meeting


def item(meeting, number):
    return meeting.items.get(number=number)


def item_url(agenda_item):
    return reverse("agenda:item", args=[agenda_item.meeting_id, agenda_item.pk])


def test_meeting_page_shows_each_publication_and_the_reason_for_urgency(client, meeting):
    page = page_text(client.get(reverse("agenda:meeting", args=[meeting.pk])))

    assert "Agenda published 27 October 2026" in page
    assert "Supplementary agenda published 6 November 2026, adding item 2." in page
    assert "Published late, with 1 clear working day's notice." in page
    assert "Reason for urgency (Local Government Act 1972, section 100B(4)(b)):" in page
    assert URGENT in page
    # The tag marks the supplementary item only.
    assert page.count(SUPPLEMENTARY_TAG) == 1
    assert page.index("Ofsted inspection letter") < page.index(SUPPLEMENTARY_TAG)


def test_item_page_marks_a_supplementary_item_and_gives_the_reason(client, meeting):
    late = page_text(client.get(item_url(item(meeting, "2"))))
    on_time = page_text(client.get(item_url(item(meeting, "1"))))

    assert SUPPLEMENTARY_TAG in late
    assert URGENT in late
    assert "Supplementary agenda" not in on_time
    assert URGENT not in on_time


def test_agendas_feed_entry_gives_the_reason_for_urgency(client, meeting):
    feed = feedparser.parse(client.get(reverse("feed_agendas")).content)

    late, first = feed.entries
    assert late.title.startswith("Supplementary agenda published")
    assert URGENT in late.content[0].value
    assert "section 100B(4)(b)" in late.content[0].value
    assert URGENT not in first.content[0].value


def test_printable_minutes_specify_the_reason_for_urgency(client, clerk, meeting):
    publish_draft_minutes(meeting=meeting, user=clerk, now=at(2026, 11, 12, 9, 0))

    page = page_text(client.get(reverse("agenda:minutes", args=[meeting.pk])))

    assert "Late and urgent items" in page
    assert "The supplementary agenda (item 2) was published on 6 November 2026" in page
    assert "considered as a matter of urgency (Local Government Act 1972, section 100B(4)(b))" in page
    assert URGENT in page
    assert SUPPLEMENTARY_TAG in page


def test_minutes_of_an_agenda_published_in_time_have_no_urgent_items(client, clerk):
    meeting = factories.MeetingFactory(start=at(2026, 11, 10, 18, 30), agenda_published_at=None)
    factories.AgendaItemFactory(meeting=meeting, published_at=None)
    publish_agenda(meeting=meeting, user=clerk, now=at(2026, 10, 27, 9, 0))
    publish_draft_minutes(meeting=meeting, user=clerk, now=at(2026, 11, 12, 9, 0))

    page = page_text(client.get(reverse("agenda:minutes", args=[meeting.pk])))

    assert "Late and urgent items" not in page
    assert "Supplementary agenda" not in page


def test_exempt_supplementary_item_shows_its_publication_but_nothing_exempt(councillor_client, clerk):
    client = Client()
    meeting = factories.MeetingFactory(start=at(2026, 11, 10, 18, 30), agenda_published_at=None)
    factories.AgendaItemFactory(meeting=meeting, number="1", order=1, published_at=None)
    publish_agenda(meeting=meeting, user=clerk, now=at(2026, 10, 27, 9, 0))
    factories.AgendaItemFactory(
        meeting=meeting, number="2", order=2, title="Residential placement contract",
        description="QUOKKA Ltd's bid.", is_exempt=True, exempt_paragraph=ExemptParagraph.FINANCIAL,
        published_at=None,
    )
    publish_agenda(meeting=meeting, user=clerk, late_reason="The tender closes on 9 November.",
                   now=at(2026, 11, 6, 9, 0))
    exempt = meeting.items.get(number="2")

    for url in (reverse("agenda:meeting", args=[meeting.pk]), item_url(exempt)):
        page = page_text(client.get(url))
        assert SUPPLEMENTARY_TAG in page
        assert "The tender closes on 9 November." in page
        assert "Residential placement contract" in page
        assert "QUOKKA" not in page
    # A councillor, who may read the item, sees the same publication.
    assert "The tender closes on 9 November." in page_text(councillor_client.get(item_url(exempt)))


def test_a_draft_added_since_is_in_no_publication(clerk_client, meeting):
    client = Client()
    factories.AgendaItemFactory(meeting=meeting, number="3", order=3, title="WOMBAT draft", published_at=None)

    public = page_text(client.get(reverse("agenda:meeting", args=[meeting.pk])))
    clerk_view = page_text(clerk_client.get(reverse("agenda:meeting", args=[meeting.pk])))

    assert "WOMBAT" not in public
    assert "Supplementary agenda published 6 November 2026, adding item 2." in clerk_view
    assert clerk_view.count(SUPPLEMENTARY_TAG) == 1
