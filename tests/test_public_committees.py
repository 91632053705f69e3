"""
The public list of committees and each committee's page: what it is for,
who sits on it now (chair first), and its meetings, upcoming and then past
by year, with their status; never what a meeting's agenda holds.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Committee, Meeting, Membership, Person
from tests import factories

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
# The committee, the committees reporting to it, its current members and its meetings.
COMMITTEE_PAGE_QUERIES = 4
# This municipal year's work programme (recommendations.views.programme_public).
COMMITTEE_PAGE_QUERIES += 1
# The figures of its recommendations (recommendations/links.py).
COMMITTEE_PAGE_QUERIES += 1
# An anonymous visitor's request first reads the record version for the page
# cache (meetings/page_cache.py); signed-in visitors' requests do not.
PAGE_CACHE_QUERIES = 1
# Session, user, and the user's and the groups' permissions when signed in.
SIGNED_IN_QUERIES = 4


def url(committee):
    return reverse("meetings:committee", args=[committee.slug])


def test_committee_list_groups_committees_that_meet_by_kind(client):
    factories.CommitteeFactory(name="Adults Scrutiny Committee", kind=Committee.Kind.SCRUTINY_COMMITTEE)
    factories.CommitteeFactory(name="Budget Panel", kind=Committee.Kind.SCRUTINY_PANEL)
    factories.CommitteeFactory(name="Call-in Sub-committee", kind=Committee.Kind.SUB_COMMITTEE)
    factories.CommitteeFactory(name="Flooding Review", kind=Committee.Kind.TASK_AND_FINISH)
    factories.CommitteeFactory(name="The Cabinet", kind=Committee.Kind.CABINET)
    factories.CommitteeFactory(name="Standards Committee", kind=Committee.Kind.OTHER)
    response = client.get(reverse("meetings:committee_list"))
    assert response.status_code == 200
    page = response.content.decode()
    headings = [
        "Scrutiny committees", "Scrutiny panels", "Sub-committees", "Task and finish groups",
        "Cabinet</h2>", "Other committees",
    ]
    positions = [page.index(heading) for heading in headings]
    assert positions == sorted(positions)
    names = ["Adults Scrutiny Committee", "Budget Panel", "Call-in Sub-committee", "Flooding Review",
             "The Cabinet", "Standards Committee"]
    assert [page.index(name) for name in names] == sorted(page.index(name) for name in names)
    for position, name in zip(positions, names):
        assert page.index(name) > position
    assert "<title>Committees –" in page
    assert 'class="govuk-breadcrumbs"' in page


def test_committee_list_links_each_committee_and_names_its_parent(client):
    parent = factories.CommitteeFactory(name="Overview and Scrutiny Board", slug="board")
    factories.CommitteeFactory(name="Call-in Sub-committee", slug="call-in", parent=parent,
                               kind=Committee.Kind.SUB_COMMITTEE)
    page = client.get(reverse("meetings:committee_list")).content.decode()
    assert reverse("meetings:committee", args=["board"]) in page
    assert reverse("meetings:committee", args=["call-in"]) in page
    assert "Reports to Overview and Scrutiny Board" in page


def test_committee_list_puts_former_committees_last(client):
    factories.CommitteeFactory(name="Zebra Crossings Review", kind=Committee.Kind.TASK_AND_FINISH)
    factories.CommitteeFactory(name="Abolished Panel", kind=Committee.Kind.SCRUTINY_PANEL, is_active=False)
    page = client.get(reverse("meetings:committee_list")).content.decode()
    assert "Former committees" in page
    assert page.index("Zebra Crossings Review") < page.index("Former committees") < page.index("Abolished Panel")
    # An inactive committee is not listed under its kind.
    assert "Scrutiny panels" not in page


def test_committee_list_with_no_committees_says_so(client):
    page = client.get(reverse("meetings:committee_list")).content.decode()
    assert "There are no committees at the moment." in page
    assert "Former committees" not in page


def test_committee_page_shows_kind_parent_and_terms_of_reference_as_paragraphs(client):
    parent = factories.CommitteeFactory(name="Overview and Scrutiny Board", slug="board")
    committee = factories.CommitteeFactory(
        name="Call-in Sub-committee", kind=Committee.Kind.SUB_COMMITTEE, parent=parent,
        terms_of_reference="To consider call-ins.\r\n\r\nTo report to the Board.",
    )
    response = client.get(url(committee))
    assert response.status_code == 200
    page = response.content.decode()
    assert "<title>Call-in Sub-committee –" in page
    assert '<span class="govuk-caption-l">Sub-committee</span>' in page
    assert reverse("meetings:committee", args=["board"]) in page
    assert '<p class="govuk-body">To consider call-ins.</p>' in page
    assert '<p class="govuk-body">To report to the Board.</p>' in page
    assert reverse("meetings:committee_list") in page


def test_committee_page_links_the_committees_reporting_to_it(client):
    board = factories.CommitteeFactory(name="Overview and Scrutiny Board")
    factories.CommitteeFactory(name="Budget Panel", slug="budget-panel", parent=board)
    factories.CommitteeFactory(name="Old Panel", slug="old-panel", parent=board, is_active=False)
    page = client.get(url(board)).content.decode()
    assert "Reporting to it" in page
    assert reverse("meetings:committee", args=["budget-panel"]) in page
    assert "Old Panel" not in page


def test_former_committee_page_says_it_no_longer_meets(client):
    committee = factories.CommitteeFactory(is_active=False)
    page = client.get(url(committee)).content.decode()
    assert "This committee no longer meets." in page


def test_members_are_listed_chair_first_then_vice_chair_members_co_opted_and_substitutes(client):
    committee = factories.CommitteeFactory()
    roles = [
        ("Aaron Substitute", Membership.Role.SUBSTITUTE),
        ("Bea Member", Membership.Role.MEMBER),
        ("Cal Co-opted", Membership.Role.CO_OPTED),
        ("Dee Vice", Membership.Role.VICE_CHAIR),
        ("Zoe Chair", Membership.Role.CHAIR),
        ("Abe Member", Membership.Role.MEMBER),
    ]
    for name, role in roles:
        factories.MembershipFactory(committee=committee, role=role, person__name=name)
    page = client.get(url(committee)).content.decode()
    order = ["Zoe Chair", "Dee Vice", "Abe Member", "Bea Member", "Cal Co-opted", "Aaron Substitute"]
    assert [page.index(name) for name in order] == sorted(page.index(name) for name in order)
    assert "Vice-chair" in page and "Substitute" in page and "Co-opted member" in page


def test_members_link_to_councillor_pages_but_officers_do_not(client):
    committee = factories.CommitteeFactory()
    councillor = factories.MembershipFactory(committee=committee, person__slug="robin-hood").person
    co_opted = factories.MembershipFactory(
        committee=committee, role=Membership.Role.CO_OPTED,
        person__slug="parent-governor", person__kind=Person.Kind.CO_OPTED, person__honorific="",
    ).person
    officer = factories.MembershipFactory(
        committee=committee, person__slug="scrutiny-officer", person__kind=Person.Kind.OFFICER,
        person__name="Sam Officer", person__honorific="",
    ).person
    page = client.get(url(committee)).content.decode()
    assert reverse("agenda:councillor", args=[councillor.slug]) in page
    assert reverse("agenda:councillor", args=[co_opted.slug]) in page
    assert "Sam Officer" in page
    assert reverse("agenda:councillor", args=[officer.slug]) not in page


def test_only_current_members_are_listed(client):
    committee = factories.CommitteeFactory()
    today = timezone.localdate()
    factories.MembershipFactory(committee=committee, person__name="Current Member")
    factories.MembershipFactory(committee=committee, person__name="Former Member",
                                start_date=today - timedelta(days=400), end_date=today - timedelta(days=1))
    factories.MembershipFactory(committee=committee, person__name="Future Member",
                                start_date=today + timedelta(days=10))
    factories.MembershipFactory(person__name="Other Committee Member")
    page = client.get(url(committee)).content.decode()
    assert "Current Member" in page
    assert "Former Member" not in page
    assert "Future Member" not in page
    assert "Other Committee Member" not in page


def test_committee_without_members_says_so(client):
    page = client.get(url(factories.CommitteeFactory())).content.decode()
    assert "This committee has no members at the moment." in page


def test_upcoming_meetings_come_first_then_past_meetings_by_year_newest_first(client):
    committee = factories.CommitteeFactory()
    now = timezone.now()
    upcoming = factories.MeetingFactory(committee=committee, start=now + timedelta(days=20),
                                        agenda_published_at=None)
    old = factories.MeetingFactory(committee=committee, start=datetime(2024, 3, 5, 18, 30, tzinfo=LONDON))
    older = factories.MeetingFactory(committee=committee, start=datetime(2023, 11, 7, 10, 0, tzinfo=LONDON))
    newer_same_year = factories.MeetingFactory(committee=committee,
                                               start=datetime(2024, 9, 10, 12, 0, tzinfo=LONDON))
    factories.MeetingFactory(start=datetime(2024, 6, 4, 18, 0, tzinfo=LONDON))  # another committee's
    page = client.get(url(committee)).content.decode()
    for meeting in (upcoming, old, older, newer_same_year):
        assert reverse("agenda:meeting", args=[meeting.pk]) in page
    assert page.count('href="/meetings/') == 4
    assert (
        page.index("Upcoming meetings")
        < page.index(reverse("agenda:meeting", args=[upcoming.pk]))
        < page.index("Past meetings")
        < page.index('<h3 class="govuk-heading-m">2024</h3>')
        < page.index("Tuesday 10 September 2024, midday")
        < page.index("Tuesday 5 March 2024, 6.30pm")
        < page.index('<h3 class="govuk-heading-m">2023</h3>')
        < page.index("Tuesday 7 November 2023, 10am")
    )


def test_meetings_show_their_status_and_minutes_status(client):
    committee = factories.CommitteeFactory()
    now = timezone.now()
    factories.MeetingFactory(committee=committee, start=now + timedelta(days=3),
                             status=Meeting.Status.CANCELLED, status_reason="Not enough business.")
    factories.MeetingFactory(committee=committee, start=now + timedelta(days=5),
                             status=Meeting.Status.POSTPONED, status_reason="Election purdah.")
    approving = factories.MeetingFactory(committee=committee, start=now - timedelta(days=2))
    factories.MeetingFactory(committee=committee, start=now - timedelta(days=40),
                             minutes_status=Meeting.MinutesStatus.APPROVED,
                             minutes_published_at=now - timedelta(days=35),
                             minutes_approved_at_meeting=approving)
    factories.MeetingFactory(committee=committee, start=now - timedelta(days=20),
                             minutes_status=Meeting.MinutesStatus.DRAFT,
                             minutes_published_at=now - timedelta(days=15))
    page = client.get(url(committee)).content.decode()
    assert "Cancelled</strong>" in page and "Not enough business." in page
    assert "Postponed</strong>" in page and "Election purdah." in page
    assert "Approved minutes" in page
    assert "Draft minutes" in page
    # The approving meeting, whose minutes are not out, took place: it was held.
    assert page.count('govuk-tag--grey">Held</strong>') == 1
    assert "Agenda published" not in page


def test_committee_page_never_shows_agenda_items(client, councillor_client):
    committee = factories.CommitteeFactory()
    draft = factories.MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=30),
                                     agenda_published_at=None)
    factories.AgendaItemFactory(meeting=draft, title="Secret draft item", published_at=None)
    factories.AgendaItemFactory(meeting__committee=committee, title="Published item title")
    for visitor in (client, councillor_client):
        page = visitor.get(url(committee)).content.decode()
        assert "Secret draft item" not in page
        assert "Published item title" not in page


@pytest.mark.parametrize("slug", ["no-such-committee", "a" * 100])
def test_unknown_committee_is_404(client, slug):
    response = client.get(reverse("meetings:committee", args=[slug]))
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def _committee_with(size):
    committee = factories.CommitteeFactory(parent=factories.CommitteeFactory())
    factories.CommitteeFactory(parent=committee)
    now = timezone.now()
    for number in range(size):
        kind = Person.Kind.OFFICER if number % 3 == 2 else Person.Kind.COUNCILLOR
        factories.MembershipFactory(committee=committee, person__kind=kind,
                                    role=Membership.Role.CHAIR if number == 0 else Membership.Role.MEMBER)
        factories.MeetingFactory(committee=committee, start=now - timedelta(days=40 * number + 1))
        factories.MeetingFactory(committee=committee, start=now + timedelta(days=10 * number + 1))
    return committee


@pytest.mark.parametrize("size", [1, 20])
def test_committee_page_runs_a_fixed_number_of_queries(client, size, django_assert_max_num_queries):
    committee = _committee_with(size)
    with django_assert_max_num_queries(COMMITTEE_PAGE_QUERIES + PAGE_CACHE_QUERIES):
        response = client.get(url(committee))
    assert response.status_code == 200


@pytest.mark.parametrize("size", [1, 20])
def test_committee_page_for_a_councillor_runs_a_fixed_number_of_queries(
    councillor_client, size, django_assert_max_num_queries
):
    committee = _committee_with(size)
    with django_assert_max_num_queries(COMMITTEE_PAGE_QUERIES + SIGNED_IN_QUERIES):
        response = councillor_client.get(url(committee))
    assert response.status_code == 200


@pytest.mark.parametrize("size", [1, 20])
def test_committee_list_runs_one_query(client, size, django_assert_num_queries):
    for _ in range(size):
        factories.CommitteeFactory(parent=factories.CommitteeFactory(is_active=False))
    with django_assert_num_queries(1 + PAGE_CACHE_QUERIES):
        response = client.get(reverse("meetings:committee_list"))
    assert response.status_code == 200


def _breadcrumbs(page):
    return page[page.index('class="govuk-breadcrumbs"'):page.index("</nav>", page.index('class="govuk-breadcrumbs"'))]


def test_breadcrumbs_lead_home_and_from_a_committee_to_the_list(client):
    committee = factories.CommitteeFactory()
    list_crumbs = _breadcrumbs(client.get(reverse("meetings:committee_list")).content.decode())
    committee_crumbs = _breadcrumbs(client.get(url(committee)).content.decode())
    assert f'href="{reverse("home")}"' in list_crumbs
    assert reverse("meetings:committee_list") not in list_crumbs
    assert f'href="{reverse("meetings:committee_list")}"' in committee_crumbs
