"""
A clerk records each step of a recommendation's life on a short form of its
own (sent, the response, an update, closed at a meeting, reopened): errors
beside the field, a stale save refused with what was typed kept, 404 for an
unknown recommendation and no way in for anyone but a clerk.
"""

from datetime import date, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from meetings import fingerprints
from recommendations import services
from recommendations.models import Recommendation
from tests.factories import MeetingFactory, RecommendationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel("2026-03-10 12:00 +00:00", tick=False):
        yield


def _fp(record):
    record.refresh_from_db()
    return fingerprints.of_instance(record)


def _sent(clerk, **kwargs):
    recommendation = RecommendationFactory()
    return services.send_recommendation(
        recommendation=recommendation, user=clerk, addressed_to=kwargs.get("addressed_to", "executive"),
        sent_on=kwargs.get("sent_on", date(2026, 3, 1)),
    )


def _answered(clerk, **kwargs):
    recommendation = _sent(clerk)
    services.record_response(
        recommendation=recommendation, user=clerk, outcome=kwargs.get("outcome", "accepted"),
        responded_on=date(2026, 3, 5), responded_by="Cabinet", text="Agreed.",
    )
    recommendation.refresh_from_db()
    return recommendation


# --- The tracker page -------------------------------------------------------------


def test_tracker_page_shows_the_recommendation_and_links_to_its_forms(clerk_client, clerk):
    recommendation = _sent(clerk)
    html = clerk_client.get(reverse("clerk:recommendation_tracker", args=[recommendation.pk])).content.decode()
    assert "extend the foster carers" in html
    assert "30 April 2026" in html  # two months from 1 March, section 9FE
    assert reverse("clerk:recommendation_respond", args=[recommendation.pk]) in html
    assert reverse("clerk:recommendation_close", args=[recommendation.pk]) in html


@pytest.mark.parametrize("name", ["recommendation_tracker", "recommendation_send", "recommendation_respond",
                                  "recommendation_update", "recommendation_close", "recommendation_reopen"])
def test_unknown_recommendation_is_404(clerk_client, name):
    assert clerk_client.get(reverse(f"clerk:{name}", args=[999999])).status_code == 404


@pytest.mark.parametrize("name", ["recommendation_tracker", "recommendation_send", "recommendation_respond",
                                  "recommendation_update", "recommendation_close", "recommendation_reopen"])
def test_only_clerks_may_use_the_forms(councillor_client, name):
    recommendation = RecommendationFactory()
    url = reverse(f"clerk:{name}", args=[recommendation.pk])
    assert Client().get(url).status_code == 302
    assert Client().post(url, {}).status_code == 302
    assert councillor_client.get(url).status_code == 403
    assert councillor_client.post(url, {}).status_code == 403


# --- Sent ---------------------------------------------------------------------------


def test_sent_to_the_executive_takes_the_section_9fe_date(clerk_client):
    recommendation = RecommendationFactory()
    url = reverse("clerk:recommendation_send", args=[recommendation.pk])
    response = clerk_client.post(url, {
        "addressed_to": "executive", "addressee_name": "Cabinet", "sent_on": "2026-03-01",
        "response_due_on": "2026-12-01", "fingerprint": _fp(recommendation),
    })
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.response_due_on == date(2026, 4, 30)


def test_sent_to_an_outside_body_needs_the_due_date_beside_the_field(clerk_client):
    recommendation = RecommendationFactory()
    url = reverse("clerk:recommendation_send", args=[recommendation.pk])
    response = clerk_client.post(url, {
        "addressed_to": "outside_body", "addressee_name": "The ICB", "sent_on": "2026-03-01",
        "fingerprint": _fp(recommendation),
    })
    assert response.status_code == 200
    assert response.context["form"].errors["response_due_on"] == ["Enter the date the response is due."]
    assert 'id="id_response_due_on_error"' in response.content.decode()
    recommendation.refresh_from_db()
    assert recommendation.sent_on is None


def test_send_form_errors_sit_beside_their_fields(clerk_client):
    recommendation = RecommendationFactory()
    response = clerk_client.post(reverse("clerk:recommendation_send", args=[recommendation.pk]),
                                 {"sent_on": "31/02/2026", "fingerprint": _fp(recommendation)})
    errors = response.context["form"].errors
    assert "addressed_to" in errors and "sent_on" in errors
    html = response.content.decode()
    assert 'id="id_sent_on_error"' in html and "govuk-error-summary" in html


def test_stale_send_is_refused_and_keeps_what_was_typed(clerk_client, clerk):
    recommendation = RecommendationFactory()
    stale = _fp(recommendation)
    services.send_recommendation(recommendation=recommendation, user=clerk, addressed_to="council",
                                 addressee_name="Full Council", sent_on=date(2026, 3, 2))
    response = clerk_client.post(reverse("clerk:recommendation_send", args=[recommendation.pk]), {
        "addressed_to": "executive", "addressee_name": "The Leader", "sent_on": "2026-03-01", "fingerprint": stale,
    })
    assert response.status_code == 409
    html = response.content.decode()
    assert "Someone else saved this" in html
    assert 'value="The Leader"' in html
    assert "Full Council" in html  # what the other clerk saved, beside it
    recommendation.refresh_from_db()
    assert recommendation.addressee_name == "Full Council"
    # Saving again from the refused page keeps the clerk's version.
    again = clerk_client.post(reverse("clerk:recommendation_send", args=[recommendation.pk]), {
        "addressed_to": "executive", "addressee_name": "The Leader", "sent_on": "2026-03-01",
        "fingerprint": response.context["form"].data["fingerprint"],
    })
    assert again.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.addressee_name == "The Leader"


# --- The response -------------------------------------------------------------------


def test_response_is_recorded(clerk_client, clerk):
    recommendation = _sent(clerk)
    response = clerk_client.post(reverse("clerk:recommendation_respond", args=[recommendation.pk]), {
        "outcome": "partly_accepted", "responded_on": "2026-03-08", "responded_by": "Cabinet, 8 March 2026",
        "text": "Agreed in part.", "document_title": "Cabinet report", "document_url": "https://example.gov.uk/r.pdf",
        "fingerprint": _fp(recommendation),
    })
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.state() == Recommendation.State.PARTLY_ACCEPTED
    assert recommendation.response.document_url == "https://example.gov.uk/r.pdf"


def test_response_before_sending_is_refused_beside_the_date(clerk_client, clerk):
    recommendation = _sent(clerk)
    response = clerk_client.post(reverse("clerk:recommendation_respond", args=[recommendation.pk]), {
        "outcome": "accepted", "responded_on": "2026-02-01", "responded_by": "Cabinet", "text": "Yes.",
        "fingerprint": _fp(recommendation),
    })
    assert response.status_code == 200
    assert "before the recommendation was sent" in response.context["form"].errors["responded_on"][0]


def test_response_form_requires_its_fields(clerk_client, clerk):
    recommendation = _sent(clerk)
    response = clerk_client.post(reverse("clerk:recommendation_respond", args=[recommendation.pk]),
                                 {"document_url": "not a link", "fingerprint": _fp(recommendation)})
    errors = response.context["form"].errors
    assert set(errors) >= {"outcome", "responded_on", "responded_by", "text", "document_url"}


def test_stale_response_is_refused(clerk_client, clerk):
    recommendation = _sent(clerk)
    stale = _fp(recommendation)
    services.record_response(recommendation=recommendation, user=clerk, outcome="not_accepted",
                             responded_on=date(2026, 3, 5), responded_by="Cabinet", text="No.")
    response = clerk_client.post(reverse("clerk:recommendation_respond", args=[recommendation.pk]), {
        "outcome": "accepted", "responded_on": "2026-03-06", "responded_by": "Leader", "text": "Yes.",
        "fingerprint": stale,
    })
    assert response.status_code == 409
    assert "Leader" in response.content.decode()
    recommendation.refresh_from_db()
    assert recommendation.outcome == "not_accepted"


# --- Updates ------------------------------------------------------------------------


def test_update_sets_the_implementation(clerk_client, clerk):
    recommendation = _answered(clerk)
    response = clerk_client.post(reverse("clerk:recommendation_update", args=[recommendation.pk]), {
        "written_on": "2026-03-09", "status": "implemented", "text": "Done.", "fingerprint": _fp(recommendation),
    })
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.state() == Recommendation.State.IMPLEMENTED


def test_update_before_a_response_is_refused_at_the_top(clerk_client, clerk):
    recommendation = _sent(clerk)
    response = clerk_client.post(reverse("clerk:recommendation_update", args=[recommendation.pk]), {
        "written_on": "2026-03-09", "status": "implemented", "text": "Done.", "fingerprint": _fp(recommendation),
    })
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == ["Record the response before updates on implementing it."]


def test_update_form_errors_sit_beside_their_fields(clerk_client, clerk):
    recommendation = _answered(clerk)
    response = clerk_client.post(reverse("clerk:recommendation_update", args=[recommendation.pk]),
                                 {"fingerprint": _fp(recommendation)})
    assert set(response.context["form"].errors) == {"written_on", "status", "text"}


def test_stale_update_is_refused(clerk_client, clerk):
    recommendation = _answered(clerk)
    stale = _fp(recommendation)
    services.record_update(recommendation=recommendation, user=clerk, written_on=date(2026, 3, 6),
                           status="in_progress", text="Started.")
    response = clerk_client.post(reverse("clerk:recommendation_update", args=[recommendation.pk]), {
        "written_on": "2026-03-09", "status": "implemented", "text": "Done.", "fingerprint": stale,
    })
    assert response.status_code == 409
    assert recommendation.updates.count() == 1


# --- Closing and reopening ----------------------------------------------------------


def test_close_offers_only_later_meetings_of_the_committee(clerk_client, clerk):
    recommendation = _answered(clerk, outcome="not_accepted")
    made_at = recommendation.resolution.item.meeting
    later = MeetingFactory(committee=made_at.committee, start=made_at.start + timedelta(days=28))
    earlier = MeetingFactory(committee=made_at.committee, start=made_at.start - timedelta(days=28))
    other = MeetingFactory(start=made_at.start + timedelta(days=28))
    url = reverse("clerk:recommendation_close", args=[recommendation.pk])
    assert list(clerk_client.get(url).context["form"].fields["meeting"].queryset) == [later]
    for meeting in (earlier, other):
        response = clerk_client.post(url, {"meeting": meeting.pk, "fingerprint": _fp(recommendation)})
        assert response.context["form"].errors["meeting"] == ["Choose a later meeting of the same committee."]
    response = clerk_client.post(url, {"meeting": later.pk, "note": "Noted.", "fingerprint": _fp(recommendation)})
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.closed_at_meeting == later


def test_stale_close_and_reopen_are_refused(clerk_client, clerk):
    recommendation = _answered(clerk, outcome="not_accepted")
    made_at = recommendation.resolution.item.meeting
    later = MeetingFactory(committee=made_at.committee, start=made_at.start + timedelta(days=28))
    stale = _fp(recommendation)
    services.record_update(recommendation=recommendation, user=clerk, written_on=date(2026, 3, 6),
                           status="not_implemented", text="Will not be done.")
    response = clerk_client.post(reverse("clerk:recommendation_close", args=[recommendation.pk]),
                                 {"meeting": later.pk, "fingerprint": stale})
    assert response.status_code == 409
    services.close_recommendation(recommendation=recommendation, user=clerk, meeting=later)
    response = clerk_client.post(reverse("clerk:recommendation_reopen", args=[recommendation.pk]),
                                 {"fingerprint": stale})
    assert response.status_code == 409
    response = clerk_client.post(reverse("clerk:recommendation_reopen", args=[recommendation.pk]),
                                 {"fingerprint": _fp(recommendation)})
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.closed_at_meeting is None


# --- The list -----------------------------------------------------------------------


def test_list_shows_recommendations_by_state(clerk_client, clerk):
    overdue = _sent(clerk, sent_on=date(2025, 12, 1))
    waiting = _sent(clerk)
    response = clerk_client.get(reverse("clerk:recommendation_list"), {"state": "response_overdue"})
    assert list(response.context["page_obj"].object_list) == [overdue]
    counts = {row["value"]: row["count"] for row in response.context["states"]}
    assert counts["response_overdue"] == 1 and counts["awaiting_response"] == 1
    assert waiting.reference not in [r.reference for r in response.context["page_obj"].object_list]


@pytest.mark.parametrize("query", [{"state": "nonsense"}, {"show": "nonsense"}])
def test_list_answers_400_to_a_bad_filter(clerk_client, query):
    response = clerk_client.get(reverse("clerk:recommendation_list"), query)
    assert response.status_code == 400


def test_list_runs_a_fixed_number_of_queries(clerk_client, clerk, django_assert_num_queries):
    for _ in range(10):
        _sent(clerk)
    # Session, user, two for permissions and one for two-factor; then the
    # counts by state, the page's count and its rows.
    with django_assert_num_queries(5 + 3):
        clerk_client.get(reverse("clerk:recommendation_list"))
