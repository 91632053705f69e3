"""
The public home page: the next meetings, the latest decisions the visitor
may read, the ways into committees, the calendar and the decisions list,
and a search box once search exists.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.http import HttpResponse
from django.urls import path, resolve, reverse
from django.utils import timezone

from agenda import services
from agenda.models import ExemptParagraph
from agenda.views import public as public_views
from meetings.models import Meeting
from scrutiny import urls as site_urls
from tests import factories

# An anonymous visitor's request first reads the record version for the page
# cache (meetings/page_cache.py); signed-in visitors' requests do not.
PAGE_CACHE_QUERIES = 1

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")

# The site's URLs with a "search" page added, for the search box test.
urlpatterns = [
    *site_urls.urlpatterns,
    path("search/", lambda request: HttpResponse("results"), name="search"),
]


def publish_decisions(clerk, item):
    services.publish_decisions(meeting=item.meeting, user=clerk, now=item.meeting.start + timedelta(days=1))


def test_home_url_is_the_public_home_page():
    assert resolve(reverse("home")).func is public_views.home


def test_shows_the_next_eight_meetings_soonest_first(client):
    now = timezone.now()
    factories.MeetingFactory(start=now - timedelta(days=1), committee__name="Past Committee")
    for days in range(10, 0, -1):
        factories.MeetingFactory(start=now + timedelta(days=days), committee__name=f"Future Committee {days:02d}",
                                 agenda_published_at=None)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Past Committee" not in page
    assert page.index("Future Committee 01") < page.index("Future Committee 08")
    assert "Future Committee 09" not in page


def test_upcoming_meeting_shows_date_time_link_and_status(client):
    meeting = factories.MeetingFactory(start=datetime(2099, 12, 8, 18, 30, tzinfo=LONDON),
                                       status=Meeting.Status.POSTPONED, status_reason="Chair unwell.")
    page = client.get(reverse("home")).content.decode()
    assert "Tuesday 8 December 2099, 6.30pm" in page
    assert reverse("agenda:meeting", args=[meeting.pk]) in page
    assert 'govuk-tag--orange">Postponed' in page
    assert "Chair unwell." in page


def test_shows_the_latest_eight_decisions_with_references(client, clerk):
    start = timezone.now() - timedelta(days=5)
    item = factories.AgendaItemFactory(meeting__start=start, title="Budget scrutiny")
    for order in range(10):
        factories.ResolutionFactory(item=item, order=order, label=str(order + 1), text=f"Decision {order + 1:02d}.")
    publish_decisions(clerk, item)
    page = client.get(reverse("home")).content.decode()
    assert "Decision 01." in page and "Decision 08." in page
    assert "Decision 09." not in page
    first = item.resolutions.get(label="1")
    assert f'href="{reverse("agenda:resolution", args=[first.pk])}">{first.reference}</a>' in page
    assert reverse("agenda:item", args=[item.meeting_id, item.pk]) in page


def test_public_does_not_see_draft_or_exempt_decisions(client, clerk, councillor):
    draft = factories.AgendaItemFactory(meeting__committee__abbreviation="DRA")
    factories.ResolutionFactory(item=draft, text="Draft decision text.")
    exempt = factories.AgendaItemFactory(meeting__committee__abbreviation="EXE", is_exempt=True,
                                         exempt_paragraph=ExemptParagraph.FINANCIAL)
    factories.ResolutionFactory(item=exempt, text="Exempt decision text.")
    publish_decisions(clerk, exempt)
    page = client.get(reverse("home")).content.decode()
    assert "Draft decision text." not in page
    assert "Exempt decision text." not in page
    client.force_login(councillor)
    page = client.get(reverse("home")).content.decode()
    assert "Exempt decision text." in page
    assert "Draft decision text." not in page


def test_links_to_committees_calendar_and_decisions(client):
    page = client.get(reverse("home")).content.decode()
    assert reverse("meetings:committee_list") in page
    assert reverse("meetings:calendar") in page
    assert reverse("agenda:decisions") in page


@pytest.mark.urls("tests.test_public_home")
def test_search_box_sends_q_to_the_search_page(client):
    page = client.get(reverse("home")).content.decode()
    assert 'action="/search/"' in page
    assert 'name="q"' in page


def test_home_page_runs_a_fixed_number_of_queries(client, clerk, django_assert_num_queries):
    now = timezone.now()
    for days in range(1, 11):
        factories.MeetingFactory(start=now + timedelta(days=days))
    item = factories.AgendaItemFactory(meeting__start=now - timedelta(days=3))
    for order in range(10):
        factories.ResolutionFactory(item=item, order=order, label=str(order + 1))
    publish_decisions(clerk, item)
    # The next meetings with their committees, and the latest decisions with
    # theirs and their corrections.
    with django_assert_num_queries(3 + PAGE_CACHE_QUERIES):
        assert client.get(reverse("home")).status_code == 200
