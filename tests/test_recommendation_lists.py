"""
The public list of recommendations, across all committees and per
committee: what the visitor may see, filtered, overdue ones marked, and a
fixed number of queries however long the list.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from recommendations import dates, queries
from recommendations.models import Recommendation
from tests import factories
from tests.recommendation_records import State, in_state, published_meeting, recommendation

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
LIST_URL = reverse("recommendations:list")
# The record version for the page cache (anonymous visitors only), then the
# count and the page of recommendations, and the committees for the filter.
LIST_QUERIES = 4
# The committee, its figures, the count, the page; no committee filter.
COMMITTEE_LIST_QUERIES = 5


def committee_list_url(committee):
    return reverse("recommendations:committee_list", args=[committee.slug])


# --- What is listed ---------------------------------------------------------------


def test_list_shows_published_recommendations_newest_meeting_first(client):
    older = recommendation(meeting=published_meeting(start=datetime(2026, 1, 10, 18, tzinfo=LONDON)),
                           text="That the older recommendation be made.")
    newer = recommendation(meeting=published_meeting(start=datetime(2026, 2, 10, 18, tzinfo=LONDON)),
                           text="That the newer recommendation be made.")
    page = client.get(LIST_URL).content.decode()
    assert page.index("newer recommendation") < page.index("older recommendation")
    assert reverse("recommendations:detail", args=[older.pk]) in page
    assert reverse("recommendations:detail", args=[newer.pk]) in page


def test_public_list_leaves_out_recommendations_whose_decisions_are_not_published(client):
    recommendation(meeting=factories.MeetingFactory(), text="That the unpublished one be made.")
    recommendation(text="That the published one be made.")
    page = client.get(LIST_URL).content.decode()
    assert "published one" in page
    assert "unpublished one" not in page


def test_public_list_leaves_out_exempt_recommendations_a_councillor_sees(councillor_client):
    item = factories.AgendaItemFactory(meeting=published_meeting(), is_exempt=True, exempt_paragraph=3)
    recommendation(item=item, text="That the exempt contract be reviewed.")
    assert "exempt contract" not in Client().get(LIST_URL).content.decode()
    assert "exempt contract" in councillor_client.get(LIST_URL).content.decode()


@time_machine.travel(datetime(2026, 6, 15, 12, tzinfo=LONDON), tick=False)
def test_overdue_response_is_marked_with_a_red_tag(client):
    recommendation(sent_on=date(2026, 4, 1), response_due_on=date(2026, 6, 14))
    page = client.get(LIST_URL).content.decode()
    assert '<strong class="govuk-tag govuk-tag--red">Response overdue</strong>' in page


@time_machine.travel(datetime(2026, 6, 14, 23, 30, tzinfo=LONDON), tick=False)
def test_response_due_today_is_not_overdue_even_late_in_the_london_evening(client):
    # 22:30 UTC on 14 June is still 14 June in London (BST).
    recommendation(sent_on=date(2026, 4, 15), response_due_on=date(2026, 6, 14))
    page = client.get(LIST_URL).content.decode()
    assert "govuk-tag--red" not in page
    assert '<strong class="govuk-tag govuk-tag--blue">Awaiting response</strong>' in page


# --- The state in SQL agrees with the model ------------------------------------------


@time_machine.travel(datetime(2026, 3, 29, 0, 30, tzinfo=LONDON), tick=False)
def test_state_worked_out_in_sql_agrees_with_the_model_for_every_state():
    today = dates.today()
    made = {state: in_state(state, today=today) for state in State}
    annotated = dict(queries.with_state(Recommendation.objects.all()).values_list("pk", "current_state"))
    for state, record in made.items():
        assert record.state(today) == state
        assert annotated[record.pk] == state.value, state


@pytest.mark.parametrize("state", list(State))
def test_filtering_by_state_lists_exactly_those_in_it(client, state):
    today = dates.today()
    made = {each: in_state(each, today=today) for each in State}
    page = client.get(LIST_URL, {"state": state.value}).content.decode()
    for each, record in made.items():
        assert (f"That the {each.label} recommendation" in page) == (each == state), each


# --- Filters ------------------------------------------------------------------------


def test_filtering_by_committee_and_addressee(client):
    health = factories.CommitteeFactory(slug="health-scrutiny")
    recommendation(meeting=published_meeting(committee=health), addressed_to="outside_body",
                   text="That the NHS trust publish waiting times.")
    recommendation(meeting=published_meeting(committee=health), text="That the Cabinet fund the clinic.")
    recommendation(text="That another committee's recommendation be made.")
    page = client.get(LIST_URL, {"committee": "health-scrutiny", "addressed_to": "outside_body"}).content.decode()
    assert "NHS trust" in page
    assert "fund the clinic" not in page
    assert "another committee" not in page
    assert "Showing 1 to 1 of 1 recommendation." in page


def test_filtering_by_municipal_year_follows_may_to_april_in_london(client):
    # 30 April 2026 23:30 BST is 22:30 UTC: still the 2025/26 year in London.
    recommendation(meeting=published_meeting(start=datetime(2026, 4, 30, 23, 30, tzinfo=LONDON)),
                   text="That the April recommendation be made.")
    recommendation(meeting=published_meeting(start=datetime(2026, 5, 1, 0, 30, tzinfo=LONDON)),
                   text="That the May recommendation be made.")
    year_2025 = client.get(LIST_URL, {"year": "2025"}).content.decode()
    year_2026 = client.get(LIST_URL, {"year": "2026"}).content.decode()
    assert "April recommendation" in year_2025 and "May recommendation" not in year_2025
    assert "May recommendation" in year_2026 and "April recommendation" not in year_2026


@pytest.mark.parametrize(
    "query, message",
    [
        ({"committee": "no-such-committee"}, "There is no committee with that name."),
        ({"addressed_to": "the-moon"}, "Choose who the recommendations were addressed to from the list."),
        ({"state": "lost"}, "Choose a state from the list."),
        ({"year": "twenty"}, "Enter the municipal year as the year it starts, for example 2026."),
        ({"year": "2026.5"}, "Enter the municipal year as the year it starts, for example 2026."),
        ({"year": "99999"}, "Enter a municipal year from 1900 to 2100."),
        ({"year": "NaN"}, "Enter the municipal year as the year it starts, for example 2026."),
        ({"year": "9" * 400}, "Enter"),
        ({"committee": "\x00"}, "Null characters are not allowed."),
        ({"committee": "x" * 5000}, "There is no committee with that name."),
        ({"state": "\x00"}, "Choose a state from the list."),
        ({"year": "\x00"}, "Enter the municipal year as the year it starts, for example 2026."),
    ],
)
def test_a_filter_that_makes_no_sense_is_refused_with_a_plain_400(client, query, message):
    for url in (LIST_URL, reverse("recommendations:csv")):
        response = client.get(url, query)
        assert response.status_code == 400, url
        assert message in response.content.decode()


@pytest.mark.parametrize("page_number", ["abc", "0", "2"])
def test_a_page_that_does_not_exist_is_404(client, page_number):
    recommendation()
    assert client.get(LIST_URL, {"page": page_number}).status_code == 404


def test_unknown_committee_list_is_404(client):
    assert client.get("/committees/no-such-committee/recommendations/").status_code == 404


# --- Per committee ---------------------------------------------------------------------


def test_committee_list_shows_only_its_recommendations_and_its_figures(client):
    committee = factories.CommitteeFactory(name="Health Scrutiny Committee")
    recommendation(meeting=published_meeting(committee=committee), text="That the clinic stay open.")
    recommendation(text="That another committee's recommendation be made.")
    page = client.get(committee_list_url(committee)).content.decode()
    assert "clinic stay open" in page
    assert "another committee" not in page
    assert "Recommendations of the Health Scrutiny Committee by municipal year" in page
    assert "?committee=" + committee.slug in page  # the CSV of this list


def test_committee_page_links_to_its_recommendations(client):
    committee = factories.CommitteeFactory()
    recommendation(meeting=published_meeting(committee=committee))
    page = client.get(reverse("meetings:committee", args=[committee.slug])).content.decode()
    assert committee_list_url(committee) in page


def test_navigation_links_to_recommendations(client):
    page = client.get(reverse("home")).content.decode()
    assert f'href="{LIST_URL}"' in page


# --- Query counts --------------------------------------------------------------------------


def batch(size, committee=None):
    meeting = published_meeting(committee=committee or factories.CommitteeFactory())
    for n in range(size):
        state = list(State)[n % len(State)]
        in_state(state, today=dates.today(), meeting=meeting,
                 response={"outcome": "accepted", "responded_on": date(2026, 1, 5),
                           "responded_by": "Cabinet", "text": "Agreed."} if n % 2 else None)
    return meeting.committee


@pytest.mark.parametrize("size", [1, 10])
def test_list_runs_a_fixed_number_of_queries(client, size, django_assert_num_queries):
    batch(size)
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get(LIST_URL)
    assert response.status_code == 200


@pytest.mark.parametrize("size", [1, 10])
def test_committee_list_runs_a_fixed_number_of_queries(client, size, django_assert_num_queries):
    committee = batch(size)
    with django_assert_num_queries(COMMITTEE_LIST_QUERIES):
        response = client.get(committee_list_url(committee))
    assert response.status_code == 200
