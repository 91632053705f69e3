"""The database itself refuses records that break the rules of the record."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction

from agenda.models import AgendaItem, Resolution
from meetings.models import Attendance, Committee, Meeting, Membership
from tests import factories

pytestmark = pytest.mark.django_db


def refused(callable_):
    with pytest.raises(IntegrityError):
        with transaction.atomic():
            callable_()


def test_committee_slugs_are_unique():
    factories.CommitteeFactory(slug="cyp")
    refused(lambda: factories.CommitteeFactory(slug="cyp"))


def test_committee_cannot_be_its_own_parent():
    committee = factories.CommitteeFactory()
    refused(lambda: Committee.objects.filter(pk=committee.pk).update(parent=committee))


def test_item_numbers_are_unique_within_a_meeting():
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting, number="5")
    refused(lambda: factories.AgendaItemFactory(meeting=meeting, number="5"))
    factories.AgendaItemFactory(number="5")  # another meeting may have its own item 5


def test_meeting_must_end_after_it_starts():
    meeting = factories.MeetingFactory()
    refused(lambda: Meeting.objects.filter(pk=meeting.pk).update(end=meeting.start - timedelta(hours=1)))
    refused(lambda: Meeting.objects.filter(pk=meeting.pk).update(end=meeting.start))


def test_cancelled_meeting_must_give_reason():
    meeting = factories.MeetingFactory()
    refused(lambda: Meeting.objects.filter(pk=meeting.pk).update(status="cancelled", status_reason=""))


def test_membership_must_end_after_it_starts():
    membership = factories.MembershipFactory()
    refused(
        lambda: Membership.objects.filter(pk=membership.pk).update(
            end_date=membership.start_date - timedelta(days=1)
        )
    )


def test_exempt_item_must_name_a_schedule_12a_paragraph():
    item = factories.AgendaItemFactory()
    refused(lambda: AgendaItem.objects.filter(pk=item.pk).update(is_exempt=True))
    refused(lambda: AgendaItem.objects.filter(pk=item.pk).update(is_exempt=True, exempt_paragraph=8))
    AgendaItem.objects.filter(pk=item.pk).update(is_exempt=True, exempt_paragraph=3)


def test_substitute_must_name_whom_they_replace():
    attendance = factories.AttendanceFactory()
    refused(lambda: Attendance.objects.filter(pk=attendance.pk).update(status="substitute"))


def test_votes_need_an_outcome():
    resolution = factories.ResolutionFactory()
    refused(lambda: Resolution.objects.filter(pk=resolution.pk).update(votes_for=5))


def _approved_minutes(meeting, approving):
    Meeting.objects.filter(pk=meeting.pk).update(
        minutes_status="approved",
        minutes_published_at=meeting.start,
        minutes_approved_at_meeting=approving,
    )


def test_minutes_are_approved_by_a_later_meeting_of_the_same_committee():
    meeting = factories.MeetingFactory()
    later = factories.MeetingFactory(committee=meeting.committee, start=meeting.start + timedelta(days=30))
    _approved_minutes(meeting, later)
    meeting.refresh_from_db()
    assert meeting.minutes_approved_at_meeting == later


def test_minutes_cannot_be_approved_by_an_earlier_meeting():
    meeting = factories.MeetingFactory()
    earlier = factories.MeetingFactory(committee=meeting.committee, start=meeting.start - timedelta(days=30))
    refused(lambda: _approved_minutes(meeting, earlier))


def test_minutes_cannot_be_approved_by_another_committee():
    meeting = factories.MeetingFactory()
    other = factories.MeetingFactory(start=meeting.start + timedelta(days=30))
    refused(lambda: _approved_minutes(meeting, other))


def test_approving_meeting_cannot_be_moved_before_the_meeting_it_approved():
    meeting = factories.MeetingFactory()
    later = factories.MeetingFactory(committee=meeting.committee, start=meeting.start + timedelta(days=30))
    _approved_minutes(meeting, later)
    refused(lambda: Meeting.objects.filter(pk=later.pk).update(start=meeting.start - timedelta(days=1)))


def test_approved_minutes_must_name_the_approving_meeting():
    meeting = factories.MeetingFactory()
    refused(
        lambda: Meeting.objects.filter(pk=meeting.pk).update(
            minutes_status="approved", minutes_published_at=meeting.start
        )
    )


def test_committee_short_codes_are_unique_when_given():
    factories.CommitteeFactory(abbreviation="CYP")
    refused(lambda: factories.CommitteeFactory(abbreviation="CYP"))
    factories.CommitteeFactory(abbreviation="")
    factories.CommitteeFactory(abbreviation="")
