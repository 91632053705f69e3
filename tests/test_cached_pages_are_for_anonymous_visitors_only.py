"""
Only anonymous visitors are served kept pages, and only their pages are
kept: a councillor sees exempt content and a clerk sees drafts on the same
addresses, so neither may be served the public's copy, and the public must
never be served theirs.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from tests.factories import AgendaItemFactory, MeetingFactory
from tests.test_item_editor import page_text

pytestmark = pytest.mark.django_db

EXEMPT_MINUTES = "The tender prices were compared in closed session."


@pytest.fixture
def exempt_item(db):
    meeting = MeetingFactory()
    Meeting.objects.filter(pk=meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=meeting.start + timedelta(days=2)
    )
    return AgendaItemFactory(
        meeting=meeting, title="Care home block contract", is_exempt=True, exempt_paragraph=3,
        minutes=EXEMPT_MINUTES,
    )


def item_url(item):
    return reverse("agenda:item", args=[item.meeting_id, item.pk])


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def fill_the_cache(url, django_assert_num_queries):
    visitor = Client()
    assert visitor.get(url).status_code == 200
    with django_assert_num_queries(1):  # the record version only: this page is kept
        kept = visitor.get(url)
    return page_text(kept)


def test_councillor_sees_exempt_minutes_after_an_anonymous_visitor_filled_the_cache(
    exempt_item, councillor, django_assert_num_queries
):
    assert EXEMPT_MINUTES not in fill_the_cache(item_url(exempt_item), django_assert_num_queries)

    page = page_text(signed_in(councillor).get(item_url(exempt_item)))

    assert EXEMPT_MINUTES in page
    assert "Signed in as Casey Councillor" in page


def test_anonymous_visitor_never_gets_a_councillors_page(exempt_item, councillor, django_assert_num_queries):
    councillors_page = signed_in(councillor).get(item_url(exempt_item))
    assert EXEMPT_MINUTES in page_text(councillors_page)
    assert "private" in councillors_page["Cache-Control"]

    page = fill_the_cache(item_url(exempt_item), django_assert_num_queries)

    assert "Care home block contract" in page
    assert EXEMPT_MINUTES not in page
    assert "Signed in as" not in page


def test_clerk_is_never_served_a_kept_page(clerk, django_assert_num_queries):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=30), agenda_published_at=None)
    AgendaItemFactory(meeting=meeting, title="Draft budget proposals", published_at=None)
    url = reverse("agenda:meeting", args=[meeting.pk])
    assert "Draft budget proposals" not in fill_the_cache(url, django_assert_num_queries)

    clerks_page = page_text(signed_in(clerk).get(url))

    assert "Draft budget proposals" in clerks_page
    assert "Signed in as Chris Clerk" in clerks_page
    # Nor did the clerk's visit replace the public's copy.
    assert "Draft budget proposals" not in page_text(Client().get(url))


def test_signed_in_visitor_fills_no_kept_page(councillor, exempt_item):
    url = item_url(exempt_item)
    signed_in(councillor).get(url)
    signed_in(councillor).get(url)

    with CaptureQueriesContext(connection) as rendered:
        Client().get(url)

    # Rendered from the records, not served from a page the councillor's visits kept.
    assert len(rendered.captured_queries) > 1
