"""
Each recommendation has a permanent page under its citable reference, linked
from the resolution it came from, the item and the meeting; it is 404 for a
visitor who may not see it.
"""

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from recommendations.models import Recommendation
from tests import factories
from tests.recommendation_records import published_meeting, recommendation, response

pytestmark = pytest.mark.django_db

# The record version (anonymous visitors), the recommendation, its updates.
DETAIL_QUERIES = 3


def detail_url(made):
    return reverse("recommendations:detail", args=[made.pk])


def answered(**extra):
    return recommendation(
        addressee_name="Cabinet Member for Children's Services",
        sent_on=date(2026, 1, 10), response_due_on=date(2026, 3, 9), outcome="accepted",
        implementation="in_progress",
        response=response(responded_on=date(2026, 3, 1), responded_by="Cabinet, 1 March 2026",
                          text="The Cabinet agreed to extend the allowance.",
                          document_title="Cabinet report", document_url="https://example.org/cabinet.pdf"),
        updates=[{"written_on": date(2026, 5, 2), "status": "in_progress", "text": "Budget set aside."}],
        **extra,
    )


def test_page_shows_the_reference_text_response_and_updates(client):
    made = answered()
    page = client.get(detail_url(made)).content.decode()
    assert f"Reference: <strong>{made.reference}</strong>" in page
    assert "extend the foster carers" in page
    assert "Cabinet Member for Children&#x27;s Services" in page
    assert "10 January 2026" in page and "9 March 2026" in page
    assert "Cabinet, 1 March 2026" in page
    assert "The Cabinet agreed to extend the allowance." in page
    assert 'href="https://example.org/cabinet.pdf"' in page
    assert "Budget set aside." in page and "2 May 2026" in page
    resolution = made.resolution
    meeting = resolution.item.meeting
    assert reverse("agenda:resolution", args=[resolution.pk]) in page
    assert reverse("agenda:item", args=[meeting.pk, resolution.item.pk]) in page
    assert reverse("agenda:meeting", args=[meeting.pk]) in page


@pytest.mark.parametrize("responded_on, said", [(date(2026, 3, 9), "Yes"), (date(2026, 3, 10), "No: the response came after it was due")])
def test_page_says_whether_the_response_came_in_time(client, responded_on, said):
    made = recommendation(sent_on=date(2026, 1, 10), response_due_on=date(2026, 3, 9), outcome="accepted",
                          response=response(responded_on=responded_on))
    page = client.get(detail_url(made)).content.decode()
    assert f'Responded in time</dt>\n    <dd class="govuk-summary-list__value">{said}' in page


def test_closing_meeting_is_named_only_where_it_is_visible(client):
    shown = published_meeting(start=published_meeting().start)
    hidden = factories.MeetingFactory(announced_at=None, agenda_published_at=None, venue="Secret room")
    closed_visibly = recommendation(outcome="accepted", sent_on=date(2026, 1, 1), closed_at_meeting=shown)
    closed_hidden = recommendation(outcome="accepted", sent_on=date(2026, 1, 1), closed_at_meeting=hidden)
    assert reverse("agenda:meeting", args=[shown.pk]) in client.get(detail_url(closed_visibly)).content.decode()
    page = client.get(detail_url(closed_hidden)).content.decode()
    assert reverse("agenda:meeting", args=[hidden.pk]) not in page
    assert "Closed</dt>" not in page


def test_unknown_recommendation_is_404(client):
    assert client.get("/recommendations/999999/").status_code == 404


def test_recommendation_on_unpublished_decisions_is_404(client):
    made = recommendation(meeting=factories.MeetingFactory())
    assert client.get(detail_url(made)).status_code == 404


def test_exempt_recommendation_is_404_for_the_public_and_shown_to_a_councillor(councillor_client):
    item = factories.AgendaItemFactory(meeting=published_meeting(), is_exempt=True, exempt_paragraph=3)
    made = recommendation(item=item)
    assert Client().get(detail_url(made)).status_code == 404
    assert councillor_client.get(detail_url(made)).status_code == 200


@pytest.mark.parametrize("updates", [1, 10])
def test_page_runs_a_fixed_number_of_queries(client, updates, django_assert_num_queries):
    made = recommendation(
        sent_on=date(2026, 1, 10), outcome="accepted", implementation="in_progress",
        response=response(),
        updates=[{"written_on": date(2026, 5, n + 1), "status": "in_progress", "text": f"Update {n}."}
                 for n in range(updates)],
    )
    with django_assert_num_queries(DETAIL_QUERIES):
        page = client.get(detail_url(made)).content.decode()
    assert f"Update {updates - 1}." in page


# --- Links to it ---------------------------------------------------------------------


def test_resolution_item_meeting_and_decisions_pages_link_to_the_recommendation(client):
    made = recommendation()
    resolution = made.resolution
    meeting = resolution.item.meeting
    for url in (
        reverse("agenda:resolution", args=[resolution.pk]),
        reverse("agenda:item", args=[meeting.pk, resolution.item.pk]),
        reverse("agenda:meeting", args=[meeting.pk]),
        reverse("agenda:decisions"),
    ):
        assert detail_url(made) in client.get(url).content.decode(), url


def test_other_decisions_on_the_item_link_to_their_recommendations(client):
    made = recommendation()
    noted = factories.ResolutionFactory(item=made.resolution.item)
    page = client.get(reverse("agenda:resolution", args=[noted.pk])).content.decode()
    assert detail_url(made) in page

