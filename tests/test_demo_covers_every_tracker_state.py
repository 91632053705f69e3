"""
``manage.py load_demo`` loads the tracker too: a recommendation in every
state (an overdue response and a partly accepted one with updates among
them), actions open, overdue and closed, and a work programme for this
municipal year with a topic in every status. It loads on any day of the
year, and a second run changes nothing.
"""

import io

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from recommendations import dates
from recommendations.models import Action, Recommendation, RecommendationUpdate, WorkProgrammeEntry

pytestmark = pytest.mark.django_db


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def _counts():
    return (Recommendation.objects.count(), RecommendationUpdate.objects.count(), Action.objects.count(),
            WorkProgrammeEntry.objects.count())


# A day in the middle of a municipal year, and one just after a new one begins.
@pytest.mark.parametrize("day", ["2026-12-03 12:00:00+00:00", "2027-05-04 09:00:00+01:00"])
def test_the_demo_has_a_recommendation_in_every_state(day):
    with time_machine.travel(day, tick=False):
        assert "Loaded the tracker's demo" in load_demo()
        states = {recommendation.state() for recommendation in Recommendation.objects.all()}
        assert states == set(Recommendation.State)
        partly = Recommendation.objects.filter(outcome="partly_accepted", updates__isnull=False).distinct()
        assert partly.exists()
        assert Recommendation.objects.filter(closed_at_meeting__isnull=False).get().closed_at_meeting.start > (
            Recommendation.objects.filter(closed_at_meeting__isnull=False).get().resolution.item.meeting.start
        )


def test_the_demo_has_actions_open_overdue_and_closed():
    load_demo()
    actions = list(Action.objects.all())
    assert any(action.is_overdue() for action in actions)
    assert any(action.status == "open" and not action.is_overdue() and not action.is_closed() for action in actions)
    assert any(action.is_closed() for action in actions)


def test_the_demo_has_this_years_work_programme_with_every_status():
    load_demo()
    year = dates.municipal_year_of(dates.today())
    entries = WorkProgrammeEntry.objects.filter(municipal_year=year)
    assert {entry.status for entry in entries} == set(WorkProgrammeEntry.Status)
    assert {entry.kind for entry in entries} == set(WorkProgrammeEntry.Kind)
    assert entries.filter(agenda_item__isnull=False).count() == 2


def test_loading_the_demo_twice_changes_nothing():
    load_demo()
    before = _counts()
    second = load_demo()
    assert "already loaded; nothing changed" in second and "tracker's demo is already loaded" in second
    assert _counts() == before


def test_the_demo_shows_the_tracker_to_the_public(client):
    load_demo()
    page = client.get(reverse("meetings:committee", args=["children-and-young-people"])).content.decode()
    assert "Work programme" in page and "Deferred until the Cabinet" in page
    response = client.get(reverse("search"), {"q": "consultation closed"})
    assert "Placement sufficiency" in response.content.decode()


def test_the_demo_loads_into_a_database_emptied_with_flush():
    """
    ``manage.py flush`` empties every table, the clerks' and councillors'
    groups with the rest; loading the demo then gives them back with their
    permissions, so its clerk can use the back office.
    """
    from django.contrib.auth.models import Group, User

    Group.objects.all().delete()
    load_demo()
    assert User.objects.get(username="clerk").has_perm("meetings.manage_business")
    councillors = Group.objects.get(name="Councillors")
    assert [p.codename for p in councillors.permissions.all()] == ["view_exempt"]
