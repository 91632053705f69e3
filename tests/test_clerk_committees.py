"""Clerks keep the list of committees and their memberships."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Committee, Membership
from tests.factories import CommitteeFactory, MeetingFactory, MembershipFactory, PersonFactory

pytestmark = pytest.mark.django_db


def committee_data(**overrides):
    return {
        "name": "Adult Social Care Scrutiny Panel",
        "slug": "adult-social-care",
        "abbreviation": "ASC",
        "kind": Committee.Kind.SCRUTINY_PANEL,
        "parent": "",
        "terms_of_reference": "To scrutinise adult social care.",
        "is_active": "on",
        **overrides,
    }


# --- Committee list and detail ----------------------------------------------------


def test_clerk_sees_every_committee_in_a_fixed_number_of_queries(clerk_client, django_assert_num_queries):
    parent = CommitteeFactory(name="Overview and Scrutiny Committee")
    for n in range(10):
        committee = CommitteeFactory(name=f"Panel {n:02}", parent=parent)
        MembershipFactory.create_batch(2, committee=committee)
    # Session, user, two for permissions, the two-factor device check, committees.
    with django_assert_num_queries(6):
        response = clerk_client.get(reverse("clerk:committee_list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Panel 00" in html and "Panel 09" in html
    assert reverse("clerk:committee_detail", args=[parent.slug]) in html
    assert reverse("clerk:committee_create") in html


def test_committee_list_counts_only_current_members(clerk_client):
    committee = CommitteeFactory(name="Audit Committee")
    MembershipFactory.create_batch(3, committee=committee)
    MembershipFactory(committee=committee, end_date=timezone.localdate() - timedelta(days=1))
    response = clerk_client.get(reverse("clerk:committee_list"))
    assert response.context["committees"].get(pk=committee.pk).member_count == 3


def test_committee_page_shows_current_and_past_members_and_meetings(clerk_client):
    committee = CommitteeFactory(name="Audit Committee", terms_of_reference="To review the accounts.")
    today = timezone.localdate()
    MembershipFactory(committee=committee, person__name="Ada Current", role=Membership.Role.CHAIR)
    MembershipFactory(
        committee=committee,
        person__name="Bob Former",
        start_date=today - timedelta(days=400),
        end_date=today - timedelta(days=30),
    )
    past = MeetingFactory(committee=committee)
    upcoming = MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=14))
    response = clerk_client.get(reverse("clerk:committee_detail", args=[committee.slug]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "To review the accounts." in html
    assert [m.person.name for m in response.context["current_memberships"]] == ["Ada Current"]
    assert [m.person.name for m in response.context["past_memberships"]] == ["Bob Former"]
    assert "Chair" in html
    assert reverse("clerk:meeting", args=[past.pk]) in html
    assert reverse("clerk:meeting", args=[upcoming.pk]) in html
    assert reverse("clerk:committee_update", args=[committee.slug]) in html
    assert reverse("clerk:membership_create", args=[committee.slug]) in html
    assert f"{reverse('clerk:meeting_create')}?committee={committee.slug}" in html


def test_committee_page_runs_a_fixed_number_of_queries(clerk_client, django_assert_num_queries):
    committee = CommitteeFactory()
    MembershipFactory.create_batch(10, committee=committee)
    for days in range(10):
        MeetingFactory(committee=committee, start=timezone.now() - timedelta(days=days + 1))
    # Session, user, two for permissions, the two-factor device check, committee,
    # memberships, children, upcoming and past meetings.
    with django_assert_num_queries(10):
        response = clerk_client.get(reverse("clerk:committee_detail", args=[committee.slug]))
    assert response.status_code == 200


@pytest.mark.parametrize("name", ["committee_detail", "committee_update", "membership_create"])
def test_unknown_committee_is_not_found(clerk_client, name):
    assert clerk_client.get(reverse(f"clerk:{name}", args=["no-such-committee"])).status_code == 404


# --- Adding and editing committees ------------------------------------------------


def test_clerk_can_open_the_new_committee_form(clerk_client):
    response = clerk_client.get(reverse("clerk:committee_create"))
    assert response.status_code == 200
    assert 'name="slug"' in response.content.decode()


def test_clerk_adds_a_committee(clerk_client):
    parent = CommitteeFactory()
    response = clerk_client.post(reverse("clerk:committee_create"), committee_data(parent=parent.pk))
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:committee_detail", args=["adult-social-care"])
    committee = Committee.objects.get(slug="adult-social-care")
    assert committee.name == "Adult Social Care Scrutiny Panel"
    assert committee.parent == parent
    assert committee.is_active
    followed = clerk_client.get(response["Location"])
    assert "Committee “Adult Social Care Scrutiny Panel” added." in followed.content.decode()


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"name": ""}, "name", "Enter the committee&#x27;s name."),
        ({"slug": ""}, "slug", "Enter a web address name."),
        ({"slug": "has spaces!"}, "slug", "Enter a valid “slug”"),
        ({"name": "x" * 201}, "name", "Ensure this value has at most 200 characters"),
        ({"abbreviation": "X" * 13}, "abbreviation", "Ensure this value has at most 12 characters"),
        ({"kind": "parliament"}, "kind", "Select a valid choice."),
        ({"parent": "999999"}, "parent", "Select a valid choice."),
    ],
)
def test_bad_committee_input_is_refused(clerk_client, overrides, field, message):
    count = Committee.objects.count()
    response = clerk_client.post(reverse("clerk:committee_create"), committee_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert message in html
    assert "There is a problem" in html
    assert Committee.objects.count() == count


def test_duplicate_committee_slug_is_refused_with_a_clear_message(clerk_client):
    CommitteeFactory(slug="adult-social-care")
    response = clerk_client.post(reverse("clerk:committee_create"), committee_data())
    assert response.status_code == 200
    assert "Another committee already uses this web address name." in response.content.decode()
    assert Committee.objects.filter(slug="adult-social-care").count() == 1


def test_clerk_edits_a_committee(clerk_client):
    committee = CommitteeFactory(slug="audit", name="Audit Committee")
    response = clerk_client.post(
        reverse("clerk:committee_update", args=["audit"]),
        committee_data(name="Audit and Governance Committee", slug="audit-governance", is_active=""),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:committee_detail", args=["audit-governance"])
    committee.refresh_from_db()
    assert committee.name == "Audit and Governance Committee"
    assert not committee.is_active


def test_refused_edit_keeps_the_page_links_on_the_saved_committee(clerk_client):
    CommitteeFactory(slug="audit", name="Audit Committee")
    response = clerk_client.post(
        reverse("clerk:committee_update", args=["audit"]), committee_data(name="", slug="renamed")
    )
    assert response.status_code == 200
    assert reverse("clerk:committee_detail", args=["audit"]) in response.content.decode()
    assert Committee.objects.filter(slug="audit", name="Audit Committee").exists()


def test_parent_choices_leave_out_the_committee_and_those_reporting_to_it(clerk_client):
    top = CommitteeFactory(name="Top")
    middle = CommitteeFactory(name="Middle", parent=top)
    bottom = CommitteeFactory(name="Bottom", parent=middle)
    other = CommitteeFactory(name="Other")
    response = clerk_client.get(reverse("clerk:committee_update", args=[middle.slug]))
    choices = set(response.context["form"].fields["parent"].queryset)
    assert choices == {top, other}
    assert bottom not in choices


def test_committee_cannot_report_to_one_that_reports_to_it(clerk_client):
    top = CommitteeFactory(name="Top")
    child = CommitteeFactory(name="Child", parent=top)
    response = clerk_client.post(
        reverse("clerk:committee_update", args=[top.slug]),
        committee_data(name="Top", slug=top.slug, parent=child.pk),
    )
    assert response.status_code == 200
    assert "parent" in response.context["form"].errors
    top.refresh_from_db()
    assert top.parent is None


# --- Memberships ------------------------------------------------------------------


def membership_data(member, **overrides):
    return {
        "person": member.pk,
        "role": Membership.Role.MEMBER,
        "start_date": "2026-05-20",
        "end_date": "",
        **overrides,
    }


def test_clerk_can_open_the_add_member_form(clerk_client):
    committee = CommitteeFactory(name="Audit Committee")
    PersonFactory(name="Ada Lovelace")
    response = clerk_client.get(reverse("clerk:membership_create", args=[committee.slug]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Audit Committee" in html and "Ada Lovelace" in html


def test_clerk_adds_a_member(clerk_client):
    committee = CommitteeFactory()
    person = PersonFactory()
    response = clerk_client.post(
        reverse("clerk:membership_create", args=[committee.slug]),
        membership_data(person, role=Membership.Role.CHAIR),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:committee_detail", args=[committee.slug])
    membership = Membership.objects.get()
    assert (membership.committee, membership.person, membership.role) == (committee, person, "chair")
    assert membership.start_date == date(2026, 5, 20)
    assert membership.end_date is None


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"person": ""}, "person", "Choose the person."),
        ({"person": "999999"}, "person", "Select a valid choice."),
        ({"start_date": ""}, "start_date", "Enter the date the membership starts."),
        ({"start_date": "2026-13-45"}, "start_date", "Enter a real date"),
        ({"start_date": "2026-02-30"}, "start_date", "Enter a real date"),
        ({"end_date": "2026-05-19"}, "end_date", "The end date must be on or after the start date."),
        ({"role": "president"}, "role", "Select a valid choice."),
    ],
)
def test_bad_membership_input_is_refused(clerk_client, overrides, field, message):
    committee = CommitteeFactory()
    person = PersonFactory()
    response = clerk_client.post(
        reverse("clerk:membership_create", args=[committee.slug]), membership_data(person, **overrides)
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert message in response.content.decode()
    assert not Membership.objects.exists()


def test_duplicate_membership_start_is_refused_with_a_clear_message(clerk_client):
    existing = MembershipFactory(start_date=date(2026, 5, 20))
    response = clerk_client.post(
        reverse("clerk:membership_create", args=[existing.committee.slug]),
        membership_data(existing.person),
    )
    assert response.status_code == 200
    assert "already has a membership of this committee starting on 20 May 2026" in (
        response.content.decode()
    )
    assert Membership.objects.count() == 1


def test_same_person_and_start_on_another_committee_is_fine(clerk_client):
    existing = MembershipFactory(start_date=date(2026, 5, 20))
    other = CommitteeFactory()
    response = clerk_client.post(
        reverse("clerk:membership_create", args=[other.slug]), membership_data(existing.person)
    )
    assert response.status_code == 302
    assert Membership.objects.count() == 2


def test_clerk_edits_a_membership(clerk_client):
    membership = MembershipFactory(start_date=date(2025, 5, 20))
    response = clerk_client.get(reverse("clerk:membership_update", args=[membership.pk]))
    assert response.status_code == 200
    assert 'value="2025-05-20"' in response.content.decode()
    response = clerk_client.post(
        reverse("clerk:membership_update", args=[membership.pk]),
        membership_data(membership.person, role=Membership.Role.VICE_CHAIR, start_date="2025-05-21"),
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Membership.Role.VICE_CHAIR
    assert membership.start_date == date(2025, 5, 21)


def test_editing_a_membership_onto_another_ones_start_is_refused(clerk_client):
    first = MembershipFactory(start_date=date(2024, 5, 20), end_date=date(2025, 5, 1))
    second = MembershipFactory(person=first.person, committee=first.committee, start_date=date(2025, 5, 20))
    response = clerk_client.post(
        reverse("clerk:membership_update", args=[second.pk]),
        membership_data(first.person, start_date="2024-05-20"),
    )
    assert response.status_code == 200
    assert "start_date" in response.context["form"].errors
    second.refresh_from_db()
    assert second.start_date == date(2025, 5, 20)


def test_end_membership_form_suggests_today(clerk_client):
    membership = MembershipFactory()
    response = clerk_client.get(reverse("clerk:membership_end", args=[membership.pk]))
    assert response.status_code == 200
    assert f'value="{timezone.localdate():%Y-%m-%d}"' in response.content.decode()


def test_clerk_ends_a_membership(clerk_client):
    membership = MembershipFactory(start_date=date(2024, 5, 20))
    response = clerk_client.post(
        reverse("clerk:membership_end", args=[membership.pk]), {"end_date": "2026-05-01", "confirm": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:committee_detail", args=[membership.committee.slug])
    membership.refresh_from_db()
    assert membership.end_date == date(2026, 5, 1)


def test_ending_a_membership_without_confirmation_changes_nothing_and_asks(clerk_client):
    membership = MembershipFactory(start_date=date(2024, 5, 20))
    response = clerk_client.post(reverse("clerk:membership_end", args=[membership.pk]), {"end_date": "2026-05-01"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tick the box to confirm you want to end this membership." in html
    assert 'value="2026-05-01"' in html
    membership.refresh_from_db()
    assert membership.end_date is None


@pytest.mark.parametrize(
    "end_date, message",
    [
        ("", "Enter the date the membership ends."),
        ("2024-05-19", "The end date must be on or after the start date."),
        ("2026-13-45", "Enter a real date"),
    ],
)
def test_bad_membership_end_is_refused(clerk_client, end_date, message):
    membership = MembershipFactory(start_date=date(2024, 5, 20))
    response = clerk_client.post(reverse("clerk:membership_end", args=[membership.pk]), {"end_date": end_date})
    assert response.status_code == 200
    assert message in response.content.decode()
    membership.refresh_from_db()
    assert membership.end_date is None


@pytest.mark.parametrize("name", ["membership_update", "membership_end"])
def test_unknown_membership_is_not_found(clerk_client, name):
    assert clerk_client.get(reverse(f"clerk:{name}", args=[999999])).status_code == 404
