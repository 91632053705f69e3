"""
API answers carry Last-Modified, the moment what the visitor may see of the
answer last changed, so a program asking If-Modified-Since is answered 304
until then, and never after a change it has not seen: a list's moment
moves when a record leaves it, a detail's when a part it shows changes
(a paper added to an item). Hidden changes do not move it.
"""

from datetime import datetime, timedelta, timezone

import pytest
from django.urls import reverse
from django.utils.http import http_date, parse_http_date

from meetings.models import Meeting
from tests import factories

pytestmark = pytest.mark.django_db

MADE = datetime(2026, 3, 2, 9, 0, 30, tzinfo=timezone.utc)
LATER = datetime(2026, 3, 10, 9, 0, 30, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def last_modified(response):
    assert response.status_code == 200
    return datetime.fromtimestamp(parse_http_date(response["Last-Modified"]), timezone.utc)


def get(client, url, since=None):
    return client.get(url, HTTP_IF_MODIFIED_SINCE=http_date(since.timestamp())) if since else client.get(url)


@pytest.fixture
def item(time_machine):
    time_machine.move_to(MADE)
    item = factories.AgendaItemFactory(meeting__start=MADE - timedelta(days=7))
    factories.ResolutionFactory(item=item)
    time_machine.move_to(MADE + timedelta(hours=1))
    return item


@pytest.mark.parametrize("name", ["item-list", "meeting-list", "resolution-list", "committee-list"])
def test_list_answers_304_until_something_in_it_changes(client, item, time_machine, name):
    url = reverse(f"api:{name}")
    stamp = last_modified(get(client, url))
    assert stamp == MADE.replace(microsecond=0)
    assert get(client, url, stamp).status_code == 304
    assert get(client, url, stamp - timedelta(seconds=1)).status_code == 200

    time_machine.move_to(LATER)
    meeting = item.meeting
    changed = meeting.committee if name == "committee-list" else meeting
    changed.venue = changed.name = "Council Chamber"
    changed.save()
    time_machine.move_to(LATER + timedelta(hours=1))
    assert get(client, url, stamp).status_code == 200
    assert last_modified(get(client, url)) == LATER.replace(microsecond=0)


def test_detail_moves_when_a_paper_is_added_and_when_it_is_removed(client, item, time_machine):
    url = reverse("api:item-detail", args=[item.pk])
    stamp = last_modified(get(client, url))
    time_machine.move_to(LATER)
    document = factories.DocumentFactory(item=item)
    time_machine.move_to(LATER + timedelta(hours=1))
    assert get(client, url, stamp).status_code == 200
    added = last_modified(get(client, url))
    assert added == LATER.replace(microsecond=0)

    time_machine.move_to(LATER + timedelta(days=1))
    document.delete()
    time_machine.move_to(LATER + timedelta(days=1, hours=1))
    assert get(client, url, added).status_code == 200
    assert last_modified(get(client, url)) == (LATER + timedelta(days=1)).replace(microsecond=0)


def test_list_moves_when_a_record_leaves_it(client, item, time_machine):
    """Deleting a paper takes it out of the list: the remaining rows are older, the list is not."""
    document = factories.DocumentFactory(item=item)
    time_machine.move_to(MADE + timedelta(hours=2))
    url = reverse("api:document-list")
    stamp = last_modified(get(client, url))
    time_machine.move_to(LATER)
    document.delete()
    time_machine.move_to(LATER + timedelta(hours=1))
    assert get(client, url, stamp).status_code == 200
    assert last_modified(get(client, url)) == LATER.replace(microsecond=0)


def test_exempting_a_paper_moves_its_item_though_the_paper_is_hidden(client, item, time_machine):
    document = factories.DocumentFactory(item=item)
    time_machine.move_to(MADE + timedelta(hours=2))
    url = reverse("api:item-detail", args=[item.pk])
    stamp = last_modified(get(client, url))
    time_machine.move_to(LATER)
    document.is_exempt = True
    document.save()
    time_machine.move_to(LATER + timedelta(hours=1))
    assert get(client, url, stamp).status_code == 200
    assert client.get(url).json()["documents"] == []


def test_hidden_changes_do_not_move_last_modified(client, time_machine):
    time_machine.move_to(MADE)
    meeting = factories.MeetingFactory(start=MADE - timedelta(days=7))
    item = factories.AgendaItemFactory(meeting=meeting, minutes="Draft words.")
    exempt_paper = factories.DocumentFactory(item=item, is_exempt=True)
    time_machine.move_to(MADE + timedelta(hours=1))
    urls = [reverse("api:item-detail", args=[item.pk]), reverse("api:item-list"),
            reverse("api:document-list"), reverse("api:meeting-detail", args=[meeting.pk])]
    before = {url: get(client, url)["Last-Modified"] for url in urls}

    time_machine.move_to(LATER)
    item.minutes = "Draft words, corrected."  # the minutes are not published
    item.save()
    exempt_paper.title = "Revised bids"
    exempt_paper.save()
    factories.DocumentFactory(item=item, is_exempt=True)
    factories.MeetingFactory(committee=meeting.committee, announced_at=None, agenda_published_at=None)
    time_machine.move_to(LATER + timedelta(hours=1))
    assert {url: get(client, url)["Last-Modified"] for url in urls} == before


def test_no_last_modified_until_the_newest_change_has_settled(client, time_machine):
    time_machine.move_to(MADE)
    item = factories.AgendaItemFactory()
    url = reverse("api:item-detail", args=[item.pk])
    assert "Last-Modified" not in client.get(url)
    time_machine.move_to(MADE + timedelta(minutes=2))
    assert client.get(url)["Last-Modified"] == http_date(MADE.timestamp())


def test_etag_decides_when_both_are_sent(client, item, time_machine):
    url = reverse("api:item-detail", args=[item.pk])
    stamp = last_modified(get(client, url))
    response = client.get(url, HTTP_IF_MODIFIED_SINCE=http_date(stamp.timestamp()), HTTP_IF_NONE_MATCH='"other"')
    assert response.status_code == 200


def test_minutes_published_moves_the_item(client, time_machine):
    time_machine.move_to(MADE)
    item = factories.AgendaItemFactory(meeting__start=MADE - timedelta(days=7))
    time_machine.move_to(MADE + timedelta(hours=1))
    url = reverse("api:item-detail", args=[item.pk])
    stamp = last_modified(get(client, url))
    time_machine.move_to(LATER)
    meeting = item.meeting
    meeting.minutes_status = Meeting.MinutesStatus.DRAFT
    meeting.minutes_published_at = LATER
    meeting.save()
    time_machine.move_to(LATER + timedelta(hours=1))
    assert get(client, url, stamp).status_code == 200
    assert client.get(url).json()["minutes"]
