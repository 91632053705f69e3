"""Clerks record who attended a meeting, all in one form and one save."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Attendance, Meeting, Membership, Person
from tests.factories import (
    AttendanceFactory,
    CommitteeFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting():
    return MeetingFactory(committee=CommitteeFactory(name="Audit Committee"))


@pytest.fixture
def members(meeting):
    """Three members of the committee on the day of the meeting: Ann (chair), Ben and Cat."""
    names = ["Ann Chair", "Ben Member", "Cat Member"]
    memberships = [
        MembershipFactory(committee=meeting.committee, person__name=name) for name in names
    ]
    memberships[0].role = Membership.Role.CHAIR
    memberships[0].save()
    return [membership.person for membership in memberships]


def url(meeting):
    return reverse("clerk:meeting_attendance", args=[meeting.pk])


def blank_rows(people):
    data = {}
    for person in people:
        data[f"status_{person.pk}"] = ""
        data[f"substitute_for_{person.pk}"] = ""
    data.update({"add_person": "", "add_substitute_for": ""})
    return data


def test_form_lists_the_members_on_the_day_and_anyone_already_recorded(clerk_client, meeting, members):
    meeting_on = timezone.localdate(meeting.start)
    MembershipFactory(
        committee=meeting.committee,
        person__name="Dan Former",
        start_date=meeting_on - timedelta(days=400),
        end_date=meeting_on - timedelta(days=1),
    )
    MembershipFactory(committee=meeting.committee, person__name="Eve Later", start_date=meeting_on + timedelta(days=1))
    officer = PersonFactory(name="Fay Officer", honorific="", kind=Person.Kind.OFFICER)
    AttendanceFactory(meeting=meeting, person=officer)
    response = clerk_client.get(url(meeting))
    assert response.status_code == 200
    listed = [row["person"].name for row in response.context["form"].rows]
    assert listed == ["Ann Chair", "Ben Member", "Cat Member", "Fay Officer"]
    html = response.content.decode()
    assert "Chair" in html and "Officer, not a member" in html
    assert "Dan Former" not in listed and "Eve Later" not in listed
    # Every person not listed can be added in the extra row.
    addable = dict(response.context["form"].fields["add_person"].choices)
    assert "Councillor Dan Former" in addable.values()
    assert "Fay Officer" not in addable.values()


def test_form_shows_what_is_recorded(clerk_client, meeting, members):
    ann, ben, cat = members
    substitute = PersonFactory(name="Sam Sub")
    AttendanceFactory(meeting=meeting, person=ann, status=Attendance.Status.APOLOGIES)
    AttendanceFactory(meeting=meeting, person=substitute, status=Attendance.Status.SUBSTITUTE, substitute_for=ann)
    response = clerk_client.get(url(meeting))
    html = response.content.decode()
    assert f'value="apologies" class="govuk-radios__input" id="id_status_{ann.pk}_2" checked' in html
    assert f'<option value="{ann.pk}" selected>' in html


def test_attendance_page_runs_a_fixed_number_of_queries(clerk_client, meeting, django_assert_num_queries):
    for n in range(10):
        person = MembershipFactory(committee=meeting.committee).person
        AttendanceFactory(meeting=meeting, person=person)
    PersonFactory.create_batch(5)
    # Session, user, two for permissions, the two-factor device check, meeting,
    # memberships, attendance, people.
    with django_assert_num_queries(9):
        response = clerk_client.get(url(meeting))
    assert response.status_code == 200


def test_clerk_records_several_people_at_once(clerk_client, meeting, members):
    ann, ben, cat = members
    officer = PersonFactory(name="Fay Officer", kind=Person.Kind.OFFICER)
    data = blank_rows(members)
    data.update(
        {
            f"status_{ann.pk}": "present",
            f"status_{ben.pk}": "apologies",
            f"status_{cat.pk}": "absent",
            "add_person": officer.pk,
            "add_status": "present",
        }
    )
    response = clerk_client.post(url(meeting), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:meeting", args=[meeting.pk])
    recorded = {a.person: a.status for a in meeting.attendances.all()}
    assert recorded == {ann: "present", ben: "apologies", cat: "absent", officer: "present"}


def test_clerk_records_a_substitute(clerk_client, meeting, members):
    ann, ben, cat = members
    substitute = PersonFactory(name="Sam Sub")
    data = blank_rows(members)
    data.update(
        {
            f"status_{ann.pk}": "apologies",
            "add_person": substitute.pk,
            "add_status": "substitute",
            "add_substitute_for": ann.pk,
        }
    )
    response = clerk_client.post(url(meeting), data)
    assert response.status_code == 302
    attendance = meeting.attendances.get(person=substitute)
    assert (attendance.status, attendance.substitute_for) == ("substitute", ann)


def test_not_recorded_removes_an_entry_and_other_rows_are_kept(clerk_client, meeting, members):
    ann, ben, cat = members
    AttendanceFactory(meeting=meeting, person=ann, status=Attendance.Status.PRESENT)
    AttendanceFactory(meeting=meeting, person=ben, status=Attendance.Status.PRESENT)
    data = blank_rows(members)
    data[f"status_{ben.pk}"] = "present"
    response = clerk_client.post(url(meeting), data)
    assert response.status_code == 302
    assert list(meeting.attendances.values_list("person__name", flat=True)) == ["Ben Member"]


def test_substitute_without_whom_is_refused_and_nothing_is_saved(clerk_client, meeting, members):
    ann, ben, cat = members
    data = blank_rows(members)
    data.update({f"status_{ann.pk}": "present", f"status_{ben.pk}": "substitute"})
    response = clerk_client.post(url(meeting), data)
    assert response.status_code == 200
    assert f"substitute_for_{ben.pk}" in response.context["form"].errors
    html = response.content.decode()
    assert "Say which member Councillor Ben Member substituted for." in html
    assert f'id="id_substitute_for_{ben.pk}_error"' in html
    assert not Attendance.objects.exists()


def test_person_substituting_for_themselves_is_refused_and_nothing_is_saved(clerk_client, meeting, members):
    ann, ben, cat = members
    data = blank_rows(members)
    data.update(
        {
            f"status_{ann.pk}": "present",
            f"status_{cat.pk}": "substitute",
            f"substitute_for_{cat.pk}": cat.pk,
        }
    )
    response = clerk_client.post(url(meeting), data)
    assert response.status_code == 200
    assert "A person cannot substitute for themselves." in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    "extra, field, message",
    [
        ({"add_status": "present"}, "add_person", "Choose the person you are adding"),
        ({"add_person": "999999", "add_status": "present"}, "add_person", "Select a valid choice."),
        ({"add_person": "PERSON"}, "add_status", "Choose how the person you are adding attended."),
        ({"add_person": "PERSON", "add_status": "substitute"}, "add_substitute_for", "substituted for"),
        ({"STATUS": "dancing"}, "STATUS", "Select a valid choice."),
        ({"STATUS": "substitute", "SUBSTITUTE_FOR": "999999"}, "SUBSTITUTE_FOR", "Select a valid choice."),
    ],
)
def test_bad_attendance_rows_are_refused_and_nothing_is_saved(clerk_client, meeting, members, extra, field, message):
    ann = members[0]
    officer = PersonFactory(name="Fay Officer")
    names = {"PERSON": str(officer.pk), "STATUS": f"status_{ann.pk}", "SUBSTITUTE_FOR": f"substitute_for_{ann.pk}"}
    data = blank_rows(members)
    data[f"status_{members[1].pk}"] = "present"
    for key, value in extra.items():
        data[names.get(key, key)] = names.get(value, value)
    response = clerk_client.post(url(meeting), data)
    assert response.status_code == 200
    assert names.get(field, field) in response.context["form"].errors
    assert message in response.content.decode()
    assert not Attendance.objects.exists()


def test_attendance_of_a_meeting_with_approved_minutes_cannot_change(clerk_client, meeting, members):
    ann = members[0]
    AttendanceFactory(meeting=meeting, person=ann, status=Attendance.Status.PRESENT)
    later = MeetingFactory(committee=meeting.committee, start=timezone.now())
    Meeting.objects.filter(pk=meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED,
        minutes_published_at=timezone.now(),
        minutes_approved_at_meeting=later,
    )
    response = clerk_client.get(url(meeting))
    assert response.status_code == 200
    assert "its attendance can no longer be changed" in response.content.decode()
    data = blank_rows(members)
    data[f"status_{ann.pk}"] = "absent"
    response = clerk_client.post(url(meeting), data)
    assert response.status_code == 200
    assert "These minutes were approved as a correct record" in response.content.decode()
    assert meeting.attendances.get().status == Attendance.Status.PRESENT


def test_unknown_meeting_is_not_found(clerk_client):
    assert clerk_client.get(reverse("clerk:meeting_attendance", args=[999999])).status_code == 404
