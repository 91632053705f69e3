"""
Actions on the clerk's meeting page: raised (typed, or taken from a sentence
of an item's minutes without retyping it), updated and closed at a later
meeting, and carried forward as "actions arising" until then.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings import fingerprints
from meetings.models import Meeting
from recommendations import services
from recommendations.models import Action
from tests import factories
from tests.factories import ActionFactory, AgendaItemFactory, MeetingFactory

pytestmark = pytest.mark.django_db

MINUTES = (
    "<p>The Committee considered the report. A briefing note on placement stability would be "
    "circulated to members.</p><ul><li>Cllr. Patel asked for the figures by ward.</li></ul>"
)


def _next(meeting, days=28):
    return MeetingFactory(committee=meeting.committee, start=meeting.start + timedelta(days=days))


def _fp(action):
    action.refresh_from_db()
    return fingerprints.of_instance(action)


def test_clerk_meeting_page_offers_each_sentence_of_the_minutes(clerk_client):
    item = AgendaItemFactory(minutes=MINUTES)
    html = clerk_client.get(reverse("clerk:meeting", args=[item.meeting_id])).content.decode()
    assert "A briefing note on placement stability would be circulated to members." in html
    assert "Cllr. Patel asked for the figures by ward." in html
    link = reverse("clerk:action_raise", args=[item.meeting_id]) + f"?item={item.pk}&amp;sentence=1"
    assert link in html


def test_make_this_an_action_prefills_the_form_with_the_sentence(clerk_client):
    item = AgendaItemFactory(minutes=MINUTES)
    url = reverse("clerk:action_raise", args=[item.meeting_id])
    form = clerk_client.get(url, {"item": item.pk, "sentence": 1}).context["form"]
    assert form.initial == {
        "item": item.pk, "text": "A briefing note on placement stability would be circulated to members."
    }
    response = clerk_client.post(url, {"text": form.initial["text"], "owner": "Head of Service", "item": item.pk})
    assert response.status_code == 302
    action = Action.objects.get()
    assert (action.meeting, action.item, action.text) == (item.meeting, item, form.initial["text"])


@pytest.mark.parametrize("query", [{"item": "x"}, {"item": "999999"}, {"item": "ITEM", "sentence": "9"},
                                   {"item": "ITEM", "sentence": "-1"}])
def test_a_link_naming_no_sentence_answers_400(clerk_client, query):
    item = AgendaItemFactory(minutes=MINUTES)
    query = {name: str(item.pk) if value == "ITEM" else value for name, value in query.items()}
    response = clerk_client.get(reverse("clerk:action_raise", args=[item.meeting_id]), query)
    assert response.status_code == 400


def test_an_item_of_another_meeting_cannot_be_named(clerk_client):
    item = AgendaItemFactory(minutes=MINUTES)
    other = AgendaItemFactory()
    url = reverse("clerk:action_raise", args=[item.meeting_id])
    assert clerk_client.get(url, {"item": other.pk, "sentence": 0}).status_code == 400
    response = clerk_client.post(url, {"text": "Do it.", "owner": "Someone", "item": other.pk})
    assert response.context["form"].errors["item"] == ["Choose an item of this meeting."]
    assert not Action.objects.exists()


def test_raise_action_errors_sit_beside_their_fields(clerk_client):
    meeting = MeetingFactory()
    url = reverse("clerk:action_raise", args=[meeting.pk])
    response = clerk_client.post(url, {"due_on": "2026-02-30"})
    assert set(response.context["form"].errors) == {"text", "owner", "due_on"}
    response = clerk_client.post(url, {"text": "Do it.", "owner": "Someone",
                                       "due_on": (meeting.start - timedelta(days=3)).date().isoformat()})
    assert "before the meeting" in response.context["form"].errors["due_on"][0]
    assert 'id="id_due_on_error"' in response.content.decode()


def test_update_records_the_status(clerk_client):
    action = ActionFactory()
    response = clerk_client.post(reverse("clerk:action_update", args=[action.pk]), {
        "written_on": "2026-01-05", "status": "done", "text": "Circulated.", "fingerprint": _fp(action),
    })
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == Action.Status.DONE and action.updates.count() == 1


def test_update_errors_sit_beside_their_fields(clerk_client):
    action = ActionFactory()
    response = clerk_client.post(reverse("clerk:action_update", args=[action.pk]), {"fingerprint": _fp(action)})
    assert set(response.context["form"].errors) == {"written_on", "status", "text"}


def test_stale_update_is_refused_and_keeps_what_was_typed(clerk_client, clerk):
    action = ActionFactory()
    stale = _fp(action)
    services.record_action_update(action=action, user=clerk, written_on=action.meeting.start.date(),
                                  status="dropped", text="Overtaken.")
    response = clerk_client.post(reverse("clerk:action_update", args=[action.pk]), {
        "written_on": "2026-01-05", "status": "done", "text": "Circulated to members.", "fingerprint": stale,
    })
    assert response.status_code == 409
    assert "Circulated to members." in response.content.decode()
    action.refresh_from_db()
    assert action.status == Action.Status.DROPPED


def test_stale_update_with_the_same_status_is_refused(clerk_client, clerk):
    """Another clerk's update, even one leaving the status as it was, makes the open form stale."""
    action = ActionFactory()
    stale = _fp(action)
    services.record_action_update(action=action, user=clerk, written_on=action.meeting.start.date(),
                                  status=action.status, text="Chased the service.")
    response = clerk_client.post(reverse("clerk:action_update", args=[action.pk]), {
        "written_on": "2026-01-05", "status": action.status, "text": "Chased again.", "fingerprint": stale,
    })
    assert response.status_code == 409
    assert "Chased again." in response.content.decode()
    assert list(action.updates.values_list("text", flat=True)) == ["Chased the service."]


def test_action_is_carried_forward_until_closed_at_a_meeting(clerk_client):
    action = ActionFactory()
    second = _next(action.meeting)
    third = _next(second)
    html = clerk_client.get(reverse("clerk:meeting", args=[second.pk])).content.decode()
    assert "Close at this meeting" in html and action.text in html
    response = clerk_client.post(reverse("clerk:action_close", args=[action.pk]),
                                 {"meeting": second.pk, "fingerprint": _fp(action)})
    assert response.status_code == 302
    assert response.url == reverse("clerk:meeting", args=[second.pk]) + "#actions"
    action.refresh_from_db()
    assert action.closed_at_meeting == second and action.status == Action.Status.DONE
    assert list(Action.objects.open_at(third)) == []


def test_an_action_cannot_be_closed_at_its_own_or_an_earlier_meeting(clerk_client):
    action = ActionFactory()
    response = clerk_client.post(reverse("clerk:action_close", args=[action.pk]),
                                 {"meeting": action.meeting_id, "fingerprint": _fp(action)})
    assert response.status_code == 200
    assert response.context["form"].errors["meeting"] == ["Choose a later meeting of the same committee."]
    action.refresh_from_db()
    assert action.closed_at_meeting is None


def test_stale_close_is_refused(clerk_client, clerk):
    action = ActionFactory()
    second = _next(action.meeting)
    stale = _fp(action)
    services.record_action_update(action=action, user=clerk, written_on=action.meeting.start.date(),
                                  status="dropped", text="No longer needed.")
    response = clerk_client.post(reverse("clerk:action_close", args=[action.pk]),
                                 {"meeting": second.pk, "fingerprint": stale})
    assert response.status_code == 409
    action.refresh_from_db()
    assert action.closed_at_meeting is None


@pytest.mark.parametrize("name", ["action_update", "action_close"])
def test_unknown_action_is_404(clerk_client, name):
    assert clerk_client.get(reverse(f"clerk:{name}", args=[999999])).status_code == 404


def test_unknown_meeting_is_404(clerk_client):
    assert clerk_client.get(reverse("clerk:action_raise", args=[999999])).status_code == 404
    assert clerk_client.post(reverse("clerk:tracker_item_add", args=[999999])).status_code == 404


def test_only_clerks_may_raise_update_or_close(councillor_client):
    action = ActionFactory()
    urls = [reverse("clerk:action_raise", args=[action.meeting_id]),
            reverse("clerk:action_update", args=[action.pk]),
            reverse("clerk:action_close", args=[action.pk]),
            reverse("clerk:tracker_item_add", args=[action.meeting_id])]
    for url in urls:
        assert Client().post(url, {}).status_code == 302
        assert councillor_client.post(url, {}).status_code == 403
    assert Action.objects.get().updates.count() == 0


def test_clerk_meeting_section_runs_a_fixed_number_of_queries(clerk_client):
    meeting = MeetingFactory()
    for _ in range(5):
        AgendaItemFactory(meeting=meeting, minutes=MINUTES)
    later = _next(meeting)
    url = reverse("clerk:meeting", args=[later.pk])
    ActionFactory(meeting=meeting)
    with CaptureQueriesContext(connection) as one:
        clerk_client.get(url)
    for _ in range(10):
        ActionFactory(meeting=meeting)
        AgendaItemFactory(meeting=later, minutes=MINUTES)
    with CaptureQueriesContext(connection) as many:
        clerk_client.get(url)
    assert len(many) == len(one)


def test_approved_minutes_offer_no_new_actions(clerk_client):
    meeting = MeetingFactory()
    AgendaItemFactory(meeting=meeting, minutes=MINUTES)
    later = _next(meeting)
    Meeting.objects.filter(pk=meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED, minutes_published_at=meeting.start,
        minutes_approved_at_meeting=later,
    )
    html = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    assert "Make this an action" not in html and "Raise an action" not in html
    # Nor is one saved when the form is sent anyway (from a page opened before the approval).
    response = clerk_client.post(reverse("clerk:action_raise", args=[meeting.pk]),
                                 {"text": "Send the figures.", "owner": "Director"})
    assert response.status_code == 200
    assert "approved as a correct record" in response.content.decode()
    assert not Action.objects.filter(meeting=meeting).exists()


def test_very_long_minutes_offer_their_first_sentences_only(clerk_client):
    from recommendations.sections import SENTENCES_OFFERED

    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting, minutes="<p>" + "Members asked a question. " * 20_000 + "</p>")
    page = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    assert page.count("Make this an action<") == SENTENCES_OFFERED
    assert "Only the first sentences of these minutes are offered here" in page
    assert len(page) < 200_000
