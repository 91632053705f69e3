"""
When a response to a recommendation is due, and when it is overdue:
section 9FE of the Local Government Act 2000 gives the executive two months
beginning with the day it received the recommendations.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from recommendations import dates, services
from recommendations.models import Recommendation
from tests import factories

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    "received, due",
    [
        (date(2026, 3, 10), date(2026, 5, 9)),  # the day before the same date two months on
        (date(2026, 1, 1), date(2026, 2, 28)),
        (date(2026, 12, 31), date(2027, 2, 28)),  # no 31 February: the month's last day
        (date(2027, 12, 30), date(2028, 2, 29)),  # a leap year's February
        (date(2027, 12, 29), date(2028, 2, 28)),  # 29 February 2028 exists: the day before it
        (date(2026, 12, 29), date(2027, 2, 28)),  # 29 February 2027 does not
        (date(2026, 11, 15), date(2027, 1, 14)),  # across the year end
        (date(2026, 6, 30), date(2026, 8, 29)),
        (date(2026, 7, 31), date(2026, 9, 30)),  # no 31 September
        (date(2028, 2, 29), date(2028, 4, 28)),
    ],
)
def test_section_9fe_response_is_due_within_two_months_beginning_with_the_day_received(received, due):
    assert dates.section_9fe_due_date(received) == due


def test_section_9fe_due_date_near_the_end_of_the_calendar_is_still_a_date():
    assert dates.section_9fe_due_date(date(9999, 11, 30)) == date(9999, 12, 31)
    assert dates.section_9fe_due_date(date(9999, 12, 31)) == date(9999, 12, 31)


@pytest.mark.parametrize(
    "day, year",
    [(date(2026, 4, 30), 2025), (date(2026, 5, 1), 2026), (date(2027, 1, 15), 2026)],
)
def test_municipal_year_starts_in_may(day, year):
    assert dates.municipal_year_of(day) == year


@pytest.fixture
def sent_to_cabinet(db, clerk):
    recommendation = factories.RecommendationFactory()
    return services.send_recommendation(
        recommendation=recommendation, user=clerk, addressed_to=Recommendation.Addressee.EXECUTIVE,
        sent_on=date(2026, 1, 31),
    )


def test_executive_due_date_is_set_by_section_9fe_whatever_the_clerk_typed(db, clerk):
    recommendation = factories.RecommendationFactory()
    sent = services.send_recommendation(
        recommendation=recommendation, user=clerk, addressed_to=Recommendation.Addressee.CABINET_MEMBER,
        sent_on=date(2026, 1, 31), response_due_on=date(2026, 12, 1),
    )
    assert sent.response_due_on == date(2026, 3, 30)  # no 31 March? there is: the day before it


def test_outside_body_due_date_is_the_one_the_clerk_sets(db, clerk):
    recommendation = factories.RecommendationFactory()
    sent = services.send_recommendation(
        recommendation=recommendation, user=clerk, addressed_to=Recommendation.Addressee.OUTSIDE_BODY,
        addressee_name="The hospital trust", sent_on=date(2026, 1, 31), response_due_on=date(2026, 6, 1),
    )
    assert sent.response_due_on == date(2026, 6, 1)


def test_outside_body_needs_a_due_date(db, clerk):
    recommendation = factories.RecommendationFactory()
    with pytest.raises(Exception) as raised:
        services.send_recommendation(
            recommendation=recommendation, user=clerk, addressed_to=Recommendation.Addressee.OUTSIDE_BODY,
            sent_on=date(2026, 1, 31),
        )
    assert "response_due_on" in raised.value.message_dict


def test_response_is_overdue_only_after_its_due_date_in_london(sent_to_cabinet):
    # Due 30 March 2026; the clocks go forward at 01:00 GMT on 29 March.
    assert sent_to_cabinet.response_due_on == date(2026, 3, 30)
    # 23:30 on the due day in London is 22:30 UTC: still not overdue.
    with time_machine.travel(datetime(2026, 3, 30, 23, 30, tzinfo=LONDON)):
        assert sent_to_cabinet.state() == Recommendation.State.AWAITING_RESPONSE
    # 00:30 the next day in London (23:30 UTC on the due day): overdue.
    with time_machine.travel(datetime(2026, 3, 31, 0, 30, tzinfo=LONDON)):
        assert sent_to_cabinet.state() == Recommendation.State.RESPONSE_OVERDUE


def test_overdue_across_the_autumn_clock_change(db, clerk):
    recommendation = services.send_recommendation(
        recommendation=factories.RecommendationFactory(), user=clerk,
        addressed_to=Recommendation.Addressee.EXECUTIVE, sent_on=date(2026, 8, 26),
    )
    assert recommendation.response_due_on == date(2026, 10, 25)  # the clocks go back that night
    with time_machine.travel(datetime(2026, 10, 25, 23, 59, tzinfo=LONDON)):
        assert not recommendation.is_response_overdue()
    with time_machine.travel(datetime(2026, 10, 26, 0, 1, tzinfo=LONDON)):
        assert recommendation.is_response_overdue()


def test_a_response_stops_the_clock(sent_to_cabinet, clerk):
    services.record_response(
        recommendation=sent_to_cabinet, user=clerk, outcome=Recommendation.Outcome.PARTLY_ACCEPTED,
        responded_on=date(2026, 4, 20), responded_by="Cabinet", text="Agreed in part.",
    )
    sent_to_cabinet.refresh_from_db()
    with time_machine.travel(datetime(2026, 6, 1, 12, tzinfo=LONDON)):
        assert sent_to_cabinet.state() == Recommendation.State.PARTLY_ACCEPTED
    assert sent_to_cabinet.responded_in_time() is False
