"""
OParl's lists: pages linked by first, prev, next and last that keep the
filters; created_since, created_until, modified_since and modified_until at
any offset and year ISO 8601 allows; a clear 400 for a value that makes no
sense; and the same number of queries a page whatever its length.
"""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories
from tests.oparl_schema import errors_in

pytestmark = pytest.mark.django_db

LISTS = ["organizations", "people", "meetings", "papers", "memberships", "agenda-items", "consultations", "files"]


def encoded(moment):
    return moment.isoformat().replace("+", "%2B")


def test_pages_link_to_each_other_and_together_hold_every_object_once(client):
    committee = factories.CommitteeFactory()
    meetings = [factories.MeetingFactory(committee=committee) for _ in range(5)]

    seen, url, pages = [], "/oparl/v1/body/meetings/?limit=2", 0
    while url:
        page = client.get(url).json()
        assert not errors_in(page)
        pages += 1
        assert page["pagination"] == {"totalElements": 5, "elementsPerPage": 2, "currentPage": pages,
                                      "totalPages": 3}
        assert ("prev" in page["links"]) == (pages > 1)
        seen += [meeting["id"] for meeting in page["data"]]
        url = page["links"].get("next")
    assert pages == 3
    assert seen == [f"http://testserver/oparl/v1/meeting/{m.pk}/" for m in meetings]
    assert page["links"]["first"] == "http://testserver/oparl/v1/body/meetings/?limit=2"
    assert page["links"]["last"] == page["links"]["self"]


def test_the_links_keep_the_filters(client):
    factories.MeetingFactory.create_batch(3)
    since = encoded(timezone.now() - timedelta(days=1))
    page = client.get(f"/oparl/v1/body/meetings/?modified_since={since}&limit=1").json()
    assert "modified_since=" in page["links"]["next"] and "limit=1" in page["links"]["next"]
    assert page["pagination"]["totalElements"] == 3


def test_modified_since_and_until_choose_by_the_last_change(client):
    old = factories.MeetingFactory()
    later = timezone.now() + timedelta(days=3)
    with time_machine.travel(later):
        new = factories.MeetingFactory()
    middle = encoded(later - timedelta(days=1))

    def listed(query):
        return [m["id"].split("/")[-2] for m in client.get(f"/oparl/v1/body/meetings/?{query}").json()["data"]]

    assert listed(f"modified_since={middle}") == [str(new.pk)]
    assert listed(f"modified_until={middle}") == [str(old.pk)]
    assert listed(f"created_since={middle}") == [str(new.pk)]
    assert listed(f"created_until={middle}") == [str(old.pk)]
    # Changing the old meeting makes it modified, not created, since then.
    with time_machine.travel(later + timedelta(hours=1)):
        old.venue = "Council Chamber"
        old.save()
    assert listed(f"modified_since={middle}") == [str(old.pk), str(new.pk)]
    assert listed(f"created_since={middle}") == [str(new.pk)]


def test_an_item_counts_as_modified_when_its_meeting_publishes_its_decisions(client):
    item = factories.AgendaItemFactory()
    later = timezone.now() + timedelta(days=2)
    with time_machine.travel(later):
        item.meeting.decisions_published_at = later
        item.meeting.save()
    since = encoded(later - timedelta(hours=1))
    page = client.get(f"/oparl/v1/body/agenda-items/?modified_since={since}").json()
    assert [obj["id"] for obj in page["data"]] == [f"http://testserver/oparl/v1/agenda-item/{item.pk}/"]


@pytest.mark.parametrize("value", [
    "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-18:00", "2026-03-27T09:30:00-18:02", "2026-03-27T09:30:00%2B14:00",
    "2026-03-27T09:30:00+01:00", "2026-03-27", "2026-03-27T09:30:00.123456Z",
])
def test_any_moment_iso_8601_allows_is_read(client, value):
    factories.MeetingFactory()
    for name in ("modified_since", "modified_until", "created_since", "created_until"):
        response = client.get(f"/oparl/v1/body/meetings/?{name}={value}")
        assert response.status_code == 200, (name, value)


@pytest.mark.parametrize("query, named", [
    ("modified_since=yesterday", "modified_since"),
    ("created_since=2026-13-45T00:00:00Z", "created_since"),
    ("modified_until=2026-02-30T10:00:00Z", "modified_until"),
    ("created_until=", "created_until"),
    ("limit=0", "limit"),
    ("limit=ten", "limit"),
    ("limit=100000", "limit"),
    ("elementsPerPage=-1", "elementsPerPage"),
    ("page=0", "page"),
    ("page=two", "page"),
    ("page=99999999999999999999", "page"),
    ("modified_since=%00", "modified_since"),
])
@pytest.mark.parametrize("list_name", ["meetings", "files"])
def test_a_value_that_makes_no_sense_answers_400_saying_which(client, query, named, list_name):
    response = client.get(f"/oparl/v1/body/{list_name}/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert named in response.json()["message"]


def test_a_page_past_the_last_answers_404_saying_how_many_there_are(client):
    factories.MeetingFactory()
    response = client.get("/oparl/v1/body/meetings/?page=3")
    assert response.status_code == 404
    assert response.json()["message"] == "This list has 1 page: there is no page 3."


@pytest.mark.parametrize("kind", ["meeting", "agenda-item", "paper", "file", "person"])
def test_an_id_larger_than_any_record_answers_404(client, kind):
    response = client.get(f"/oparl/v1/{kind}/{2**70}/")
    assert response.status_code == 404
    assert response.json()["message"]


@pytest.mark.parametrize("url", ["/oparl/v1/", "/oparl/v1/body/meetings/", "/oparl/v1/meeting/1/"])
def test_oparl_is_read_only(url):
    response = Client(enforce_csrf_checks=True).post(url, {"name": "x"})
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["message"] == "OParl is read-only: use GET."


def test_an_unknown_address_under_oparl_answers_json_404(client):
    response = client.get("/oparl/v1/nothing-here/")
    assert response.status_code == 404
    assert "/oparl/v1/" in response.json()["message"]


def test_answers_may_be_read_from_any_website(client):
    response = client.get("/oparl/v1/", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"


def _record(size):
    """
    ``size`` of everything: committees with members, meetings with items,
    papers, decisions and attendance, and deleted meetings and items.
    """
    for _ in range(size):
        membership = factories.MembershipFactory()
        meeting = factories.MeetingFactory(committee=membership.committee, decisions_published_at=timezone.now())
        factories.AttendanceFactory(meeting=meeting, person=membership.person)
        item = factories.AgendaItemFactory(meeting=meeting)
        factories.ResolutionFactory(item=item)
        factories.DocumentFactory(item=item)
        factories.AgendaItemFactory(meeting=meeting).delete()
        factories.MeetingFactory(committee=membership.committee).delete()


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("list_name", LISTS)
def test_a_page_costs_the_same_number_of_queries_whatever_its_length(client, list_name):
    url = f"/oparl/v1/body/{list_name}/"
    _record(2)
    few = _queries(client, url)
    _record(8)
    many = _queries(client, url)
    assert len(client.get(url).json()["data"]) >= 10
    assert few == many


def test_meetings_come_20_a_page_and_at_most_100_as_each_carries_its_agenda(client):
    factories.MeetingFactory.create_batch(21)
    page = client.get("/oparl/v1/body/meetings/").json()
    assert page["pagination"]["elementsPerPage"] == 20 and page["pagination"]["totalPages"] == 2
    assert client.get("/oparl/v1/body/meetings/?limit=100").status_code == 200
    response = client.get("/oparl/v1/body/meetings/?limit=101")
    assert response.status_code == 400
    assert "from 1 to 100" in response.json()["message"]
