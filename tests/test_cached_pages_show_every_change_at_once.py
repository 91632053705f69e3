"""
A page kept by the page cache never outlives a change to the record: the
anonymous visitor's next request after a publication, an edit, a correction,
an item made exempt or a deletion shows it, though the page just before it
came from the cache.
"""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agenda import services
from meetings.models import Meeting
from tests.factories import AgendaItemFactory, MeetingFactory
from tests.test_item_editor import item_form_data, page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    return Client()


@pytest.fixture
def kept_page(visitor, django_assert_num_queries):
    """
    The page as the anonymous visitor is sent it, once to fill the cache and
    again to show it came from there: a kept page costs one query, the
    record version's.
    """

    def fetch(url):
        first = visitor.get(url)
        assert first.status_code == 200
        with django_assert_num_queries(1):
            kept = visitor.get(url)
        assert kept.content == first.content
        return page_text(kept)

    return fetch


def fresh_page(visitor, url):
    response = visitor.get(url)
    assert response.status_code == 200
    return page_text(response)


def with_minutes_published(meeting):
    Meeting.objects.filter(pk=meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=meeting.start + timedelta(days=2)
    )
    meeting.refresh_from_db()
    return meeting


@pytest.mark.parametrize("page", ["agenda:meeting", "feed_agendas"])
def test_published_agenda_shows_on_the_next_anonymous_request(visitor, kept_page, clerk, page):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=30), agenda_published_at=None)
    AgendaItemFactory(meeting=meeting, title="Youth justice plan", published_at=None)
    url = reverse(page, args=[meeting.pk] if page == "agenda:meeting" else [])
    assert "Youth justice plan" not in kept_page(url)

    services.publish_agenda(meeting=meeting, user=clerk)

    assert "Youth justice plan" in fresh_page(visitor, url)


def test_edited_item_shows_on_the_next_anonymous_request(visitor, kept_page, clerk_client):
    item = AgendaItemFactory(title="Fostering service review")
    url = reverse("agenda:item", args=[item.meeting_id, item.pk])
    assert "Fostering service review" in kept_page(url)

    response = clerk_client.post(
        reverse("clerk:item_update", args=[item.pk]), item_form_data(item, title="Adoption service review")
    )
    assert response.status_code == 302

    page = fresh_page(visitor, url)
    assert "Adoption service review" in page
    assert "Fostering service review" not in page


def test_correction_shows_on_the_next_anonymous_request(visitor, kept_page, clerk):
    meeting = with_minutes_published(MeetingFactory(start=timezone.now() - timedelta(days=40)))
    item = AgendaItemFactory(meeting=meeting)
    later = MeetingFactory(committee=meeting.committee, start=timezone.now() - timedelta(days=5))
    Meeting.objects.filter(pk=meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED, minutes_approved_at_meeting=later
    )
    url = reverse("agenda:item", args=[meeting.pk, item.pk])
    assert "Cllr Jones sent apologies." not in kept_page(url)

    services.record_correction(
        meeting=meeting, item=item, user=clerk, text="Cllr Jones sent apologies.", reason="Omitted in error."
    )

    assert "Cllr Jones sent apologies." in fresh_page(visitor, url)


def test_item_made_exempt_loses_its_minutes_on_the_next_anonymous_request(visitor, kept_page, clerk_client):
    meeting = with_minutes_published(MeetingFactory())
    item = AgendaItemFactory(
        meeting=meeting, title="Care home contract", minutes="Members questioned the bidders' pricing."
    )
    url = reverse("agenda:item", args=[meeting.pk, item.pk])
    assert "Members questioned the bidders' pricing." in kept_page(url)

    response = clerk_client.post(
        reverse("clerk:item_update", args=[item.pk]), item_form_data(item, is_exempt=True, exempt_paragraph="3")
    )
    assert response.status_code == 302

    page = fresh_page(visitor, url)
    assert "Care home contract" in page
    assert "Members questioned the bidders' pricing." not in page


def test_withdrawn_item_is_marked_on_the_next_anonymous_request(visitor, kept_page, clerk):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=30))
    AgendaItemFactory(meeting=meeting, title="Apologies for absence")
    item = AgendaItemFactory(meeting=meeting, title="School place planning")
    meeting_url = reverse("agenda:meeting", args=[meeting.pk])
    item_url = reverse("agenda:item", args=[meeting.pk, item.pk])
    assert "Withdrawn" not in kept_page(meeting_url)
    assert "Withdrawn" not in kept_page(item_url)

    services.remove_item(item=item, user=clerk, reason="The consultation was extended.")

    for url in (meeting_url, item_url):
        page = fresh_page(visitor, url)
        assert "School place planning" in page
        assert "The consultation was extended." in page