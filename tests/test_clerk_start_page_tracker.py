"""
The clerks' start page shows what the tracker needs of them: responses due
in the next 14 days, responses overdue, actions overdue and recommendations
awaiting closure, each row linking to the one form that deals with it, each
table capped with a link to the rest, in a fixed number of queries.
"""

from datetime import date, timedelta

import pytest
import time_machine
from django.urls import reverse

from recommendations import services
from recommendations.clerk_lists import START_PAGE_ROWS
from tests.factories import ActionFactory, MeetingFactory, RecommendationFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 6, 15)


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel("2026-06-15 09:00 +01:00", tick=False):
        yield


def _sent_to_outside_body(clerk, due):
    recommendation = RecommendationFactory()
    return services.send_recommendation(
        recommendation=recommendation, user=clerk, addressed_to="outside_body", addressee_name="The ICB",
        sent_on=TODAY - timedelta(days=60), response_due_on=due,
    )


def _awaiting_closure(clerk):
    recommendation = _sent_to_outside_body(clerk, TODAY - timedelta(days=10))
    services.record_response(recommendation=recommendation, user=clerk, outcome="not_accepted",
                             responded_on=TODAY - timedelta(days=20), responded_by="The ICB", text="No.")
    return recommendation


def _tables(response):
    return next(section.context["tables"] for section in response.context["page_sections"]
                if "tables" in section.context)


def test_each_table_lists_what_it_names_and_links_to_its_form(clerk_client, clerk):
    due_soon = _sent_to_outside_body(clerk, TODAY + timedelta(days=14))
    _sent_to_outside_body(clerk, TODAY + timedelta(days=15))  # not yet
    overdue = _sent_to_outside_body(clerk, TODAY - timedelta(days=1))
    closable = _awaiting_closure(clerk)
    late_action = ActionFactory(due_on=TODAY - timedelta(days=1))
    ActionFactory(due_on=TODAY - timedelta(days=1), status="done")
    ActionFactory(due_on=TODAY)
    response = clerk_client.get(reverse("clerk:dashboard"))
    tables = _tables(response)
    assert tables["due_soon"].rows == [due_soon]
    assert tables["overdue"].rows == [overdue]
    assert tables["awaiting_closure"].rows == [closable]
    assert tables["actions_overdue"].rows == [late_action]
    html = response.content.decode()
    assert reverse("clerk:recommendation_respond", args=[due_soon.pk]) in html
    assert reverse("clerk:recommendation_respond", args=[overdue.pk]) in html
    assert reverse("clerk:recommendation_close", args=[closable.pk]) in html
    assert reverse("clerk:action_update", args=[late_action.pk]) in html


def test_implemented_recommendations_await_closure_until_closed(clerk_client, clerk):
    recommendation = _sent_to_outside_body(clerk, TODAY + timedelta(days=30))
    services.record_response(recommendation=recommendation, user=clerk, outcome="accepted",
                             responded_on=TODAY - timedelta(days=5), responded_by="The ICB", text="Yes.")
    assert _tables(clerk_client.get(reverse("clerk:dashboard")))["awaiting_closure"].rows == []
    services.record_update(recommendation=recommendation, user=clerk, written_on=TODAY, status="implemented",
                           text="Done.")
    assert _tables(clerk_client.get(reverse("clerk:dashboard")))["awaiting_closure"].rows == [recommendation]
    made_at = recommendation.resolution.item.meeting
    services.close_recommendation(recommendation=recommendation, user=clerk,
                                  meeting=MeetingFactory(committee=made_at.committee, start=made_at.start + timedelta(days=1)))
    assert _tables(clerk_client.get(reverse("clerk:dashboard")))["awaiting_closure"].rows == []


def test_long_tables_are_capped_with_a_link_to_the_rest(clerk_client, clerk):
    for _ in range(START_PAGE_ROWS + 3):
        _sent_to_outside_body(clerk, TODAY - timedelta(days=2))
    response = clerk_client.get(reverse("clerk:dashboard"))
    table = _tables(response)["overdue"]
    assert len(table.rows) == START_PAGE_ROWS and table.more == 3
    assert f'{reverse("clerk:recommendation_list")}?show=overdue">and 3 more' in response.content.decode()
    rest = clerk_client.get(reverse("clerk:recommendation_list"), {"show": "overdue"})
    assert rest.context["page_obj"].paginator.count == START_PAGE_ROWS + 3


def test_start_page_tables_run_a_fixed_number_of_queries(clerk_client, clerk, django_assert_num_queries):
    for _ in range(START_PAGE_ROWS + 2):
        _sent_to_outside_body(clerk, TODAY + timedelta(days=3))
        _sent_to_outside_body(clerk, TODAY - timedelta(days=3))
        _awaiting_closure(clerk)
        ActionFactory(due_on=TODAY - timedelta(days=3))
    # The page's own eight (tests/test_clerk_dashboard.py), one a table and
    # the work programme's one.
    with django_assert_num_queries(8 + 4 + 1):
        response = clerk_client.get(reverse("clerk:dashboard"))
    assert all(len(table.rows) == START_PAGE_ROWS for table in _tables(response).values())
