"""
The public page of a councillor or co-opted member: who they are, their
committees, their attendance in the last twelve months at meetings whose
minutes are published, and the interests they declared, never those on
exempt items to the public. Officers and external guests have no page.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from agenda.models import ExemptParagraph
from meetings.models import Attendance, Meeting, Membership, Person
from tests import factories

pytestmark = pytest.mark.django_db

# The person, their memberships, the meetings held, their attendance and their declarations.
COUNCILLOR_PAGE_QUERIES = 5
# An anonymous visitor's request first reads the record version for the page
# cache (meetings/page_cache.py); signed-in visitors' requests do not.
PAGE_CACHE_QUERIES = 1
# Session, user, and the user's and the groups' permissions when signed in.
SIGNED_IN_QUERIES = 4


def url(person):
    return reverse("agenda:councillor", args=[person.slug])


def days_ago(days):
    return timezone.now().replace(microsecond=0) - timedelta(days=days)


def held(committee, days, **fields):
    """A meeting held ``days`` ago whose draft minutes are published."""
    fields.setdefault("minutes_status", Meeting.MinutesStatus.DRAFT)
    fields.setdefault("minutes_published_at", days_ago(days) + timedelta(hours=3))
    if fields["minutes_status"] == Meeting.MinutesStatus.NONE:
        fields["minutes_published_at"] = None
    return factories.MeetingFactory(committee=committee, start=days_ago(days), **fields)


@pytest.fixture
def person():
    return factories.PersonFactory(name="Priya Patel", slug="priya-patel", honorific="Councillor",
                                   party="Green Party", ward="Riverside")


def test_page_shows_name_with_honorific_party_ward_and_kind(client, person):
    response = client.get(url(person))
    assert response.status_code == 200
    page = response.content.decode()
    assert "<title>Councillor Priya Patel –" in page
    assert '<h1 class="govuk-heading-xl">Councillor Priya Patel</h1>' in page
    assert "Green Party" in page
    assert "Riverside" in page
    assert '<dd class="govuk-summary-list__value">Councillor</dd>' in page
    assert 'class="govuk-breadcrumbs"' in page


def test_co_opted_members_have_a_page(client):
    person = factories.PersonFactory(kind=Person.Kind.CO_OPTED, honorific="", name="Dr Jo Governor")
    response = client.get(url(person))
    assert response.status_code == 200
    assert "Co-opted member" in response.content.decode()


@pytest.mark.parametrize("kind", [Person.Kind.OFFICER, Person.Kind.EXTERNAL])
def test_officers_and_external_people_have_no_page(client, councillor_client, kind):
    person = factories.PersonFactory(kind=kind)
    assert client.get(url(person)).status_code == 404
    assert councillor_client.get(url(person)).status_code == 404


def test_unknown_person_is_404(client):
    response = client.get(reverse("agenda:councillor", args=["nobody-by-that-name"]))
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_current_and_past_committees_are_shown_separately_with_roles(client, person):
    today = timezone.localdate()
    factories.MembershipFactory(person=person, role=Membership.Role.CHAIR,
                                committee__name="Adults Scrutiny Committee", committee__slug="adults")
    factories.MembershipFactory(person=person, role=Membership.Role.VICE_CHAIR,
                                committee__name="Budget Panel", committee__slug="budget",
                                start_date=today - timedelta(days=800), end_date=today - timedelta(days=30))
    page = client.get(url(person)).content.decode()
    assert (
        page.index("Adults Scrutiny Committee")
        < page.index("Chair, since")
        < page.index("Former committee roles")
        < page.index("Budget Panel")
        < page.index("Vice-chair, ")
    )
    assert reverse("meetings:committee", args=["adults"]) in page
    assert reverse("meetings:committee", args=["budget"]) in page


def test_person_on_no_committee_says_so(client, person):
    page = client.get(url(person)).content.decode()
    assert "does not sit on any committee at the moment" in page
    assert "Former committee roles" not in page
    assert "No meetings with published minutes in this time." in page
    assert "No declarations of interest have been published." in page


def test_attendance_counts_meetings_with_published_minutes_in_the_last_twelve_months(client, person):
    adults = factories.CommitteeFactory(name="Adults Scrutiny Committee")
    factories.MembershipFactory(person=person, committee=adults,
                                start_date=timezone.localdate() - timedelta(days=800))
    statuses = [Attendance.Status.PRESENT, Attendance.Status.APOLOGIES, Attendance.Status.ABSENT,
                Attendance.Status.PRESENT]
    for number, status in enumerate(statuses):
        factories.AttendanceFactory(meeting=held(adults, 20 + 30 * number), person=person, status=status)
    held(adults, 200)  # held while a member; no attendance recorded for them
    # None of these count:
    factories.AttendanceFactory(meeting=held(adults, 5, minutes_status=Meeting.MinutesStatus.NONE),
                                person=person)
    factories.AttendanceFactory(meeting=held(adults, 400), person=person)
    held(adults, 10, status=Meeting.Status.CANCELLED, status_reason="Not quorate.")
    factories.MeetingFactory(committee=adults, start=timezone.now() + timedelta(days=7))

    response = client.get(url(person))
    [row] = response.context["attendance"]
    assert row["name"] == "Adults Scrutiny Committee"
    assert (row["held"], row["recorded"]) == (5, 4)
    assert (row["present"], row["apologies"], row["absent"], row["substitute"]) == (2, 1, 1, 0)
    assert row["rate"] == 50
    page = response.content.decode()
    assert "50%" in page
    assert "All committees" not in page  # only one committee


def test_attendance_counts_meetings_attended_as_a_substitute_and_only_meetings_held_while_a_member(
    client, person
):
    adults = factories.CommitteeFactory(name="Adults Scrutiny Committee")
    budget = factories.CommitteeFactory(name="Budget Panel")
    factories.MembershipFactory(person=person, committee=adults, start_date=timezone.localdate() - timedelta(days=60))
    held(adults, 90)  # before they joined
    factories.AttendanceFactory(meeting=held(adults, 14), person=person)
    # Not a member of the Budget Panel: they stood in once.
    member = factories.PersonFactory()
    factories.AttendanceFactory(meeting=held(budget, 30), person=person, status=Attendance.Status.SUBSTITUTE,
                                substitute_for=member)
    held(budget, 40)

    response = client.get(url(person))
    rows = {row["name"]: row for row in response.context["attendance"]}
    assert (rows["Adults Scrutiny Committee"]["held"], rows["Adults Scrutiny Committee"]["rate"]) == (1, 100)
    assert (rows["Budget Panel"]["held"], rows["Budget Panel"]["substitute"]) == (1, 1)
    assert rows["Budget Panel"]["rate"] == 100
    totals = response.context["attendance_totals"]
    assert (totals["held"], totals["recorded"], totals["present"], totals["substitute"]) == (2, 2, 1, 1)
    assert "All committees" in response.content.decode()


def test_attendance_rate_of_no_recorded_meetings_is_not_shown_as_zero(client, person):
    adults = factories.CommitteeFactory()
    factories.MembershipFactory(person=person, committee=adults)
    held(adults, 30)
    response = client.get(url(person))
    [row] = response.context["attendance"]
    assert (row["held"], row["recorded"], row["rate"]) == (1, 0, None)
    assert "Not recorded" in response.content.decode()


def _declarations(person):
    committee = factories.CommitteeFactory(name="Planning Scrutiny Committee")
    published = held(committee, 30)
    unpublished = held(committee, 3, minutes_status=Meeting.MinutesStatus.NONE)
    ordinary_item = factories.AgendaItemFactory(meeting=published, title="Depot relocation")
    exempt_item = factories.AgendaItemFactory(
        meeting=published, title="Sale of land at Mill Lane", is_exempt=True,
        exempt_paragraph=ExemptParagraph.FINANCIAL,
    )
    factories.DeclarationFactory(person=person, meeting=published, text="Is a school governor.")
    factories.DeclarationFactory(person=person, meeting=published, item=ordinary_item,
                                 text="Lives next to the depot.")
    factories.DeclarationFactory(person=person, meeting=published, item=exempt_item,
                                 text="Is bidding for the land.")
    factories.DeclarationFactory(person=person, meeting=unpublished, text="Minutes not out yet.")
    factories.DeclarationFactory(meeting=published, text="Someone else's interest.")
    return published, ordinary_item


def test_public_sees_declarations_in_published_minutes_with_the_meeting(client, person):
    meeting, item = _declarations(person)
    response = client.get(url(person))
    page = response.content.decode()
    assert "Is a school governor." in page
    assert "Lives next to the depot." in page
    assert reverse("agenda:meeting", args=[meeting.pk]) in page
    assert reverse("agenda:item", args=[meeting.pk, item.pk]) in page
    assert "Someone else&#x27;s interest." not in page
    assert "Minutes not out yet." not in page


def test_public_cannot_see_declarations_on_exempt_items(client, person):
    _declarations(person)
    page = client.get(url(person)).content.decode()
    assert "Is bidding for the land." not in page
    assert "Sale of land at Mill Lane" not in page


def test_councillor_sees_declarations_on_exempt_items(councillor_client, person):
    _declarations(person)
    response = councillor_client.get(url(person))
    page = response.content.decode()
    assert "Is bidding for the land." in page
    assert "Exempt — not for publication (paragraph 3)" in page
    assert "Minutes not out yet." not in page
    assert "private" in response["Cache-Control"]


def test_declaration_on_a_draft_item_is_not_shown(client, person):
    meeting = held(factories.CommitteeFactory(), 30)
    draft = factories.AgendaItemFactory(meeting=meeting, title="Draft item title", published_at=None)
    factories.DeclarationFactory(person=person, meeting=meeting, item=draft, text="An interest.")
    page = client.get(url(person)).content.decode()
    assert "An interest." not in page
    assert "Draft item title" not in page


def _councillor_with(person, size):
    today = timezone.localdate()
    member = factories.PersonFactory()
    for number in range(size):
        committee = factories.CommitteeFactory()
        factories.MembershipFactory(person=person, committee=committee, start_date=today - timedelta(days=800))
        factories.MembershipFactory(person=person, committee=factories.CommitteeFactory(),
                                    start_date=today - timedelta(days=800), end_date=today - timedelta(days=400))
        meeting = held(committee, 10 + number)
        status = list(Attendance.Status)[number % 4]
        factories.AttendanceFactory(meeting=meeting, person=person, status=status,
                                    substitute_for=member if status == Attendance.Status.SUBSTITUTE else None)
        item = factories.AgendaItemFactory(meeting=meeting, is_exempt=number % 2 == 1,
                                           exempt_paragraph=ExemptParagraph.FINANCIAL if number % 2 else None)
        factories.DeclarationFactory(person=person, meeting=meeting, item=item)


@pytest.mark.parametrize("size", [1, 20])
def test_councillor_page_runs_a_fixed_number_of_queries(client, person, size, django_assert_max_num_queries):
    _councillor_with(person, size)
    with django_assert_max_num_queries(COUNCILLOR_PAGE_QUERIES + PAGE_CACHE_QUERIES):
        response = client.get(url(person))
    assert len(response.context["attendance"]) == size


@pytest.mark.parametrize("size", [1, 20])
def test_councillor_page_for_a_councillor_runs_a_fixed_number_of_queries(
    councillor_client, person, size, django_assert_max_num_queries
):
    _councillor_with(person, size)
    with django_assert_max_num_queries(COUNCILLOR_PAGE_QUERIES + SIGNED_IN_QUERIES):
        response = councillor_client.get(url(person))
    assert len(response.context["declarations"]) == size


def test_clerk_also_sees_declarations_whose_minutes_are_not_yet_published_marked_so(clerk_client, person):
    _declarations(person)
    page = clerk_client.get(url(person)).content.decode()
    assert "Minutes not out yet." in page
    assert "Minutes not published</strong>" in page
