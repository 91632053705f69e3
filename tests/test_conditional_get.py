"""A repeat visit to a public page with the ETag it was given answers 304 Not Modified."""

import io

import pytest
from django.core.management import call_command

from agenda.models import AgendaItem, Resolution

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())


def public_urls():
    item = AgendaItem.objects.published().exclude(is_exempt=True).filter(
        meeting__minutes_status="draft").select_related("meeting__committee").first()
    resolution = Resolution.objects.filter(item=item).first()
    return [
        "/", "/committees/", f"/committees/{item.meeting.committee.slug}/", "/calendar/",
        f"/meetings/{item.meeting_id}/", f"/meetings/{item.meeting_id}/items/{item.pk}/",
        f"/meetings/{item.meeting_id}/minutes/", "/decisions/", f"/decisions/{resolution.pk}/",
        "/councillors/priya-patel/", "/feeds/decisions.atom", "/feeds/meetings.ics", "/sitemap.xml",
    ]


def test_public_pages_answer_304_to_a_repeat_visit(client, demo):
    for url in public_urls():
        first = client.get(url)
        assert first.status_code == 200, url
        etag = first.headers.get("ETag")
        assert etag, url
        repeat = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert repeat.status_code == 304, url
        assert repeat.content == b""
