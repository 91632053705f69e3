"""
The tracker in the API: recommendations with where each stands, the
response and the updates, linked to their resolution; actions once the
minutes that record them are out; work programme topics naming only the
meetings and items the visitor may see. Each is a 404 wherever its page
(or the meeting page that lists it) would not show it.
"""

from datetime import date, datetime, timedelta, timezone

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.http import http_date

from agenda.models import Resolution
from meetings.models import Meeting
from recommendations.models import Recommendation, RecommendationResponse
from tests import factories
from tests.recommendation_records import published_meeting, recommendation, response

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False  # records here are changed with update(), which sends no signal


def answered_fields():
    return dict(
        sent_on=date(2026, 1, 10), response_due_on=date(2026, 3, 9), outcome="accepted", implementation="in_progress",
        response=response(), updates=[{"written_on": date(2026, 5, 2), "status": "in_progress",
                                       "text": "Budget set aside."}],
    )


def results(client, name, **query):
    response = client.get(reverse(f"api:{name}-list"), query)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_recommendation_shows_its_state_response_and_updates_and_links_its_resolution(client):
    made = recommendation(**answered_fields())
    (body,) = results(client, "recommendation")
    assert body["id"] == made.pk
    assert body["state"] == "in_progress"
    assert body["text"] == made.resolution.text
    assert body["resolution"] == f"http://testserver{reverse('api:resolution-detail', args=[made.resolution_id])}"
    assert body["response"]["responded_by"] == "Cabinet, 1 March 2026"
    assert [update["text"] for update in body["updates"]] == ["Budget set aside."]
    assert body["web_url"] == f"http://testserver{reverse('recommendations:detail', args=[made.pk])}"
    assert client.get(body["url"]).json() == body
    assert client.get(body["resolution"]).status_code == 200


def test_recommendations_filter_by_committee_state_dates(client):
    overdue = recommendation(sent_on=date(2025, 1, 1), response_due_on=date(2025, 3, 1))
    other = recommendation(meeting=published_meeting(start=datetime(2025, 6, 2, 10, tzinfo=timezone.utc)))
    assert [r["id"] for r in results(client, "recommendation", state="response_overdue")] == [overdue.pk]
    assert [r["id"] for r in results(client, "recommendation", state="not_sent")] == [other.pk]
    committee = other.resolution.item.meeting.committee.slug
    assert [r["id"] for r in results(client, "recommendation", committee=committee)] == [other.pk]
    assert [r["id"] for r in results(client, "recommendation", date_to="2025-12-31")] == [other.pk]
    bad = client.get(reverse("api:recommendation-list"), {"state": "sideways"})
    assert bad.status_code == 400 and "state" in bad.json()["errors"]


def test_hidden_recommendations_are_404_and_unlisted(councillor):
    client = Client()
    exempt = recommendation(item=factories.AgendaItemFactory(
        meeting=published_meeting(), is_exempt=True, exempt_paragraph=3))
    unpublished = recommendation(meeting=factories.MeetingFactory())
    assert results(client, "recommendation") == []
    for made in (exempt, unpublished):
        assert client.get(reverse("api:recommendation-detail", args=[made.pk])).status_code == 404
    client.force_login(councillor)
    assert [r["id"] for r in results(client, "recommendation")] == [exempt.pk]


def test_closing_meeting_is_linked_only_where_it_is_public(client):
    unannounced = factories.MeetingFactory(announced_at=None, agenda_published_at=None)
    made = recommendation(closed_at_meeting=unannounced, closing_note="Done at a meeting not yet announced.")
    (body,) = results(client, "recommendation")
    assert body["state"] == "closed"
    assert body["closed_at_meeting"] is None and body["closing_note"] is None
    Meeting.objects.filter(pk=unannounced.pk).update(announced_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    body = client.get(reverse("api:recommendation-detail", args=[made.pk])).json()
    assert body["closed_at_meeting"].endswith(reverse("api:meeting-detail", args=[unannounced.pk]))
    assert body["closing_note"] == "Done at a meeting not yet announced."


def test_actions_are_seen_once_the_minutes_are_out(client):
    meeting = factories.MeetingFactory()
    action = factories.ActionFactory(meeting=meeting, text="Circulate the placement figures.")
    assert results(client, "action") == []
    assert client.get(reverse("api:action-detail", args=[action.pk])).status_code == 404
    Meeting.objects.filter(pk=meeting.pk).update(minutes_status=Meeting.MinutesStatus.DRAFT,
                                                 minutes_published_at=meeting.start + timedelta(days=2))
    (body,) = results(client, "action")
    assert body["text"] == "Circulate the placement figures."
    assert body["web_url"] == f"http://testserver{reverse('agenda:meeting', args=[meeting.pk])}"
    assert results(client, "action", status="done") == []


def test_action_on_an_exempt_item_is_hidden(client):
    meeting = factories.MeetingFactory(minutes_status=Meeting.MinutesStatus.DRAFT,
                                       minutes_published_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    item = factories.AgendaItemFactory(meeting=meeting, is_exempt=True, exempt_paragraph=3)
    action = factories.ActionFactory(meeting=meeting, item=item)
    assert results(client, "action") == []
    assert client.get(reverse("api:action-detail", args=[action.pk])).status_code == 404


def test_work_programme_names_only_the_meetings_and_items_the_public_may_see(client):
    unannounced = factories.MeetingFactory(announced_at=None, agenda_published_at=None)
    draft_item = factories.AgendaItemFactory(meeting=unannounced, published_at=None)
    hidden = factories.WorkProgrammeEntryFactory(
        committee=unannounced.committee, planned_meeting=unannounced, agenda_item=draft_item,
        status="deferred", status_reason="Waiting for the inspection report.")
    public_item = factories.AgendaItemFactory()
    shown = factories.WorkProgrammeEntryFactory(committee=public_item.meeting.committee,
                                                planned_meeting=public_item.meeting, agenda_item=public_item)
    bodies = {body["id"]: body for body in results(client, "work-programme")}
    assert bodies[hidden.pk]["planned_meeting"] is None and bodies[hidden.pk]["agenda_item"] is None
    assert bodies[hidden.pk]["status_reason"] == "Waiting for the inspection report."
    assert bodies[shown.pk]["agenda_item"].endswith(reverse("api:item-detail", args=[public_item.pk]))
    assert client.get(bodies[shown.pk]["web_url"]).status_code == 200
    committee = public_item.meeting.committee.slug
    assert [b["id"] for b in results(client, "work-programme", committee=committee, year=2026)] == [shown.pk]


BEFORE = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
SINCE = datetime(2026, 3, 9, 9, 0, tzinfo=timezone.utc)
AFTER = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)


def changed(client, **query):
    return {r["id"] for r in results(client, "recommendation", modified_since=SINCE.isoformat(), **query)}


def test_a_response_marks_its_recommendation_changed_and_who_recorded_it_does_not(client, time_machine):
    time_machine.move_to(BEFORE)
    made = recommendation(meeting=published_meeting(start=BEFORE - timedelta(days=7)))
    answer = RecommendationResponse.objects.create(
        recommendation=made, outcome="accepted", responded_on=date(2026, 3, 1), responded_by="Cabinet", text="Yes.")
    time_machine.move_to(AFTER)
    assert changed(client) == set()
    answer.recorded_by = factories.ClerkFactory()  # not shown
    answer.save()
    assert changed(client) == set()
    answer.text = "Yes, in full."
    answer.save()
    assert changed(client) == {made.pk}


def test_falling_overdue_is_a_change_though_nothing_was_saved(client, time_machine):
    time_machine.move_to(BEFORE)
    made = recommendation(meeting=published_meeting(start=BEFORE - timedelta(days=7)),
                          sent_on=date(2026, 1, 1), response_due_on=date(2026, 3, 9))
    time_machine.move_to(AFTER + timedelta(hours=1))
    assert changed(client) == {made.pk}
    url = reverse("api:recommendation-detail", args=[made.pk])
    assert client.get(url)["Last-Modified"] == http_date(datetime(2026, 3, 10, 0, 0, tzinfo=timezone.utc).timestamp())
    assert client.get(url).json()["state"] == "response_overdue"


def test_a_hidden_recommendation_changing_moves_nothing(client, time_machine):
    time_machine.move_to(BEFORE)
    public = recommendation(meeting=published_meeting(start=BEFORE - timedelta(days=7)))
    exempt = recommendation(item=factories.AgendaItemFactory(
        meeting=published_meeting(start=BEFORE - timedelta(days=7)), is_exempt=True, exempt_paragraph=3))
    time_machine.move_to(BEFORE + timedelta(hours=1))
    url = reverse("api:recommendation-list")
    stamp = client.get(url)["Last-Modified"]
    time_machine.move_to(AFTER)
    hidden = Recommendation.objects.get(pk=exempt.pk)
    hidden.addressee_name = "Cabinet Member for Contracts"
    hidden.save()
    RecommendationResponse.objects.create(recommendation=hidden, outcome="accepted", responded_on=date(2026, 3, 9),
                                          responded_by="Cabinet", text="Agreed.")
    time_machine.move_to(AFTER + timedelta(hours=1))
    assert changed(client) == set()
    assert client.get(url)["Last-Modified"] == stamp
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=stamp).status_code == 304
    assert public.resolution.kind == Resolution.Kind.RECOMMENDATION
