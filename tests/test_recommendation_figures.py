"""
For each committee and municipal year: recommendations made, responded to
within two months (by the due date), accepted (wholly or in part) and
implemented, counted in one query over what the visitor may see, and shown
on the committee's page.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from recommendations.figures import YearFigures, committee_figures
from tests import factories
from tests.recommendation_records import published_meeting, recommendation, response

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def committee():
    committee = factories.CommitteeFactory(name="Health Scrutiny Committee")
    # 2025/26: one answered in time and implemented, one answered late and partly accepted.
    march = published_meeting(committee=committee, start=datetime(2026, 3, 10, 18, tzinfo=LONDON))
    recommendation(meeting=march, sent_on=date(2026, 3, 12), response_due_on=date(2026, 5, 11),
                   outcome="accepted", implementation="implemented",
                   response=response(responded_on=date(2026, 5, 11)))
    recommendation(meeting=march, sent_on=date(2026, 3, 12), response_due_on=date(2026, 5, 11),
                   outcome="partly_accepted", response=response("partly_accepted", responded_on=date(2026, 5, 12)))
    # 2026/27: one not accepted in time, one awaiting a response, one exempt.
    june = published_meeting(committee=committee, start=datetime(2026, 6, 10, 18, tzinfo=LONDON))
    recommendation(meeting=june, sent_on=date(2026, 6, 12), response_due_on=date(2026, 8, 11),
                   outcome="not_accepted", response=response("not_accepted", responded_on=date(2026, 7, 1)))
    recommendation(meeting=june, sent_on=date(2026, 6, 12), response_due_on=date(2026, 8, 11))
    exempt = factories.AgendaItemFactory(meeting=june, is_exempt=True, exempt_paragraph=3)
    recommendation(item=exempt, sent_on=date(2026, 6, 12), response_due_on=date(2026, 8, 11),
                   outcome="accepted", response=response(responded_on=date(2026, 7, 1)))
    # Another committee's recommendation counts for it, not here.
    recommendation()
    return committee


def test_figures_count_each_municipal_year_latest_first(committee):
    assert committee_figures(AnonymousUser(), committee) == [
        YearFigures(year=2026, made=2, responded_in_time=1, accepted=0, implemented=0),
        YearFigures(year=2025, made=2, responded_in_time=1, accepted=2, implemented=1),
    ]


def test_exempt_recommendations_count_only_for_those_who_may_see_them(committee, councillor):
    assert committee_figures(councillor, committee)[0] == YearFigures(
        year=2026, made=3, responded_in_time=2, accepted=1, implemented=0
    )


def test_figures_take_one_query(committee, django_assert_num_queries):
    with django_assert_num_queries(1):
        committee_figures(AnonymousUser(), committee)


def test_committee_page_shows_the_figures_as_a_table(committee):
    page = Client().get(reverse("meetings:committee", args=[committee.slug])).content.decode()
    assert "Recommendations of the Health Scrutiny Committee by municipal year" in page
    assert '<th scope="row" class="govuk-table__header">2026/27</th>' in page
    assert '<th scope="row" class="govuk-table__header">2025/26</th>' in page


def test_committee_page_has_no_figures_without_recommendations():
    committee = factories.CommitteeFactory()
    page = Client().get(reverse("meetings:committee", args=[committee.slug])).content.decode()
    assert "by municipal year" not in page
