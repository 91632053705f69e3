"""
The public see each committee's work programme for the current municipal
year on its page, and each year's on a page of its own: grouped by planned
meeting with "To be scheduled" last, with kind, lead officer, status and
the reason for a deferred or dropped topic. A planned meeting or agenda
item the visitor may not see is never named.
"""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from recommendations import programme
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def committee(db):
    return factories.CommitteeFactory(name="Children's Scrutiny Committee", slug="children")


def _committee_page(client, committee):
    return client.get(reverse("meetings:committee", args=[committee.slug])).content.decode()


def test_committee_page_groups_topics_by_planned_meeting_with_to_be_scheduled_last(client, committee):
    year = programme.current_year()
    soon = factories.MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=3))
    later = factories.MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=40))
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=year, title="Unscheduled topic")
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=year, title="Later topic",
                                        planned_meeting=later, kind="briefing", lead_officer="Head of Early Help")
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=year, title="Soon topic",
                                        planned_meeting=soon)
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=year, title="Deferred topic",
                                        status="deferred", status_reason="Awaiting the inspection report")
    page = _committee_page(client, committee)
    assert "Work programme" in page
    order = [page.index(text) for text in ("Soon topic", "Later topic", "To be scheduled", "Unscheduled topic")]
    assert order == sorted(order)
    assert "Briefing" in page and "Head of Early Help" in page
    assert "Deferred" in page and "Awaiting the inspection report" in page
    assert f'href="{reverse("agenda:meeting", args=[soon.pk])}"' in page


def test_a_meeting_not_announced_is_shown_as_to_be_scheduled(client, committee):
    hidden = factories.MeetingFactory(
        committee=committee, start=timezone.now() + timedelta(days=45), announced_at=None, agenda_published_at=None,
    )
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=programme.current_year(),
                                        planned_meeting=hidden, title="Topic for a draft meeting")
    page = _committee_page(client, committee)
    assert "Topic for a draft meeting" in page and "To be scheduled" in page
    assert reverse("agenda:meeting", args=[hidden.pk]) not in page
    assert timezone.localtime(hidden.start).strftime("%B %Y") not in page.split("work-programme")[-1]


def test_an_item_not_yet_published_is_not_linked(client, committee):
    meeting = factories.MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=5),
                                       agenda_published_at=None)
    draft = factories.AgendaItemFactory(meeting=meeting, title="Secret draft item title", published_at=None)
    published_meeting = factories.MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=1))
    published = factories.AgendaItemFactory(meeting=published_meeting, title="Published item title")
    year = programme.current_year()
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=year, title="Topic A",
                                        planned_meeting=meeting, agenda_item=draft, status="on_agenda")
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=year, title="Topic B",
                                        planned_meeting=published_meeting, agenda_item=published, status="on_agenda")
    page = _committee_page(client, committee)
    assert "Topic A" in page and "Secret draft item title" not in page
    assert reverse("agenda:item", args=[meeting.pk, draft.pk]) not in page
    assert reverse("agenda:item", args=[published_meeting.pk, published.pk]) in page


def test_a_clerk_sees_the_draft_meeting_planned(client, committee, clerk):
    hidden = factories.MeetingFactory(
        committee=committee, start=timezone.now() + timedelta(days=45), announced_at=None, agenda_published_at=None,
    )
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=programme.current_year(),
                                        planned_meeting=hidden)
    client.force_login(clerk)
    assert reverse("agenda:meeting", args=[hidden.pk]) in _committee_page(client, committee)


def test_a_committee_without_a_work_programme_shows_no_section(client, committee):
    assert 'id="work-programme"' not in _committee_page(client, committee)


@time_machine.travel("2026-12-03 12:00:00+00:00")
def test_each_year_has_its_own_page_listing_the_others(client, committee):
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=2026, title="Topic of this year")
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=2025, title="Topic of last year")
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=2024, title="Older topic")
    response = client.get(reverse("recommendations:work_programme", args=[committee.slug, 2026]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Work programme 2026/27" in page and "Topic of this year" in page and "Topic of last year" not in page
    assert reverse("recommendations:work_programme", args=[committee.slug, 2025]) in page
    assert reverse("recommendations:work_programme", args=[committee.slug, 2024]) in page
    earlier = client.get(reverse("recommendations:work_programme", args=[committee.slug, 2025])).content.decode()
    assert "Topic of last year" in earlier and "Topic of this year" not in earlier


@time_machine.travel("2026-12-03 12:00:00+00:00")
def test_unknown_committees_and_years_are_not_found(client, committee):
    factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=2026)
    assert client.get(reverse("recommendations:work_programme", args=["nobody", 2026])).status_code == 404
    assert client.get(reverse("recommendations:work_programme", args=[committee.slug, 2019])).status_code == 404
    assert client.get(reverse("recommendations:work_programme", args=[committee.slug, 99999])).status_code == 404
    assert client.get("/committees/children/work-programme/twenty/").status_code == 404


@pytest.mark.parametrize("size", [1, 10])
def test_the_year_page_runs_a_fixed_number_of_queries(client, committee, size, django_assert_num_queries):
    year = programme.current_year()
    for number in range(size):
        meeting = factories.MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=number + 1))
        item = factories.AgendaItemFactory(meeting=meeting)
        factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=year, planned_meeting=meeting,
                                            agenda_item=item, title=f"Topic {number}")
    # The page cache's record version, the committee, its years and the topics.
    with django_assert_num_queries(4):
        response = client.get(reverse("recommendations:work_programme", args=[committee.slug, year]))
    assert response.status_code == 200


def test_the_committee_page_reads_the_work_programme_in_one_query_whatever_its_length(client, committee):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    year = programme.current_year()

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("meetings:committee", args=[committee.slug])).status_code == 200
        return len(context)

    def add(count):
        for number in range(count):
            meeting = factories.MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=number + 1))
            factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=year, planned_meeting=meeting,
                                                agenda_item=factories.AgendaItemFactory(meeting=meeting))

    add(1)
    one = queries()
    add(9)
    assert queries() == one
