"""
Minutes go from none to a published draft to approved at a later meeting of
the same committee; approved minutes are locked and corrected only by a
recorded note. Decisions can be published before the minutes.
"""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from agenda import services
from agenda.models import AgendaItem, MinutesCorrection, Resolution
from meetings.models import Meeting
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def held_meeting():
    """A meeting held last week, agenda published, with one item and one resolution."""
    meeting = factories.MeetingFactory()
    factories.ResolutionFactory(item=factories.AgendaItemFactory(meeting=meeting))
    return meeting


@pytest.fixture
def later_meeting(held_meeting):
    return factories.MeetingFactory(committee=held_meeting.committee, start=timezone.now() - timedelta(hours=2))


def test_decisions_can_be_published_before_the_minutes(held_meeting, clerk):
    services.publish_decisions(meeting=held_meeting, user=clerk)
    held_meeting.refresh_from_db()
    assert held_meeting.are_decisions_published
    assert held_meeting.minutes_status == Meeting.MinutesStatus.NONE
    assert held_meeting.decisions_published_by == clerk


def test_decisions_of_a_future_meeting_cannot_be_published(clerk):
    meeting = factories.MeetingFactory(start=timezone.now() + timedelta(days=3))
    factories.ResolutionFactory(item=factories.AgendaItemFactory(meeting=meeting))
    with pytest.raises(ValidationError, match="not taken place"):
        services.publish_decisions(meeting=meeting, user=clerk)


def test_draft_minutes_are_published_subject_to_approval(held_meeting, clerk):
    services.publish_draft_minutes(meeting=held_meeting, user=clerk)
    held_meeting.refresh_from_db()
    assert held_meeting.minutes_status == Meeting.MinutesStatus.DRAFT
    assert held_meeting.minutes_published_at is not None
    assert held_meeting.get_minutes_status_display() == "Draft, subject to approval"


def test_minutes_are_approved_at_a_later_meeting_of_the_same_committee(held_meeting, later_meeting, clerk):
    services.publish_draft_minutes(meeting=held_meeting, user=clerk)
    assert list(services.approving_meetings(held_meeting)) == [later_meeting]
    services.approve_minutes(meeting=held_meeting, approving_meeting=later_meeting, user=clerk)
    held_meeting.refresh_from_db()
    assert held_meeting.minutes_status == Meeting.MinutesStatus.APPROVED
    assert held_meeting.minutes_approved_at_meeting == later_meeting
    assert held_meeting.is_locked


def test_minutes_cannot_be_approved_before_a_draft_is_published(held_meeting, later_meeting, clerk):
    with pytest.raises(ValidationError, match="draft minutes"):
        services.approve_minutes(meeting=held_meeting, approving_meeting=later_meeting, user=clerk)


@pytest.mark.parametrize("which", ["earlier", "other_committee", "future"])
def test_minutes_cannot_be_approved_by_the_wrong_meeting(held_meeting, clerk, which):
    services.publish_draft_minutes(meeting=held_meeting, user=clerk)
    wrong = {
        "earlier": lambda: factories.MeetingFactory(
            committee=held_meeting.committee, start=held_meeting.start - timedelta(days=30)
        ),
        "other_committee": lambda: factories.MeetingFactory(start=timezone.now() - timedelta(hours=1)),
        "future": lambda: factories.MeetingFactory(
            committee=held_meeting.committee, start=timezone.now() + timedelta(days=30)
        ),
    }[which]()
    with pytest.raises(ValidationError):
        services.approve_minutes(meeting=held_meeting, approving_meeting=wrong, user=clerk)
    held_meeting.refresh_from_db()
    assert held_meeting.minutes_status == Meeting.MinutesStatus.DRAFT


def approve(meeting, later, clerk):
    services.publish_draft_minutes(meeting=meeting, user=clerk)
    services.approve_minutes(meeting=meeting, approving_meeting=later, user=clerk)


def test_approved_minutes_refuse_edits(held_meeting, later_meeting, clerk):
    approve(held_meeting, later_meeting, clerk)
    item = held_meeting.items.get()
    with pytest.raises(ValidationError, match="approved"):
        services.update_item(item=item, user=clerk, version=item.version, fields={"minutes": "Rewritten"})
    with pytest.raises(ValidationError, match="approved"):
        services.create_item(meeting=held_meeting, user=clerk, fields={"title": "New"})
    with pytest.raises(ValidationError, match="approved"):
        services.remove_item(item=item, user=clerk)
    item.refresh_from_db()
    assert item.minutes == "<p>The Committee welcomed the review of the fostering service.</p>"
    assert AgendaItem.objects.filter(meeting=held_meeting).count() == 1
    assert Resolution.objects.filter(item=item).count() == 1


def test_correction_to_approved_minutes_is_recorded_beside_them(held_meeting, later_meeting, clerk):
    approve(held_meeting, later_meeting, clerk)
    item = held_meeting.items.get()
    correction = services.record_correction(
        meeting=held_meeting, item=item, user=clerk,
        text="Councillor Patel's apologies were omitted.", reason="Raised by the Chair",
    )
    assert correction.recorded_by == clerk
    assert correction.recorded_at is not None
    item.refresh_from_db()
    assert "apologies" not in item.minutes


def test_correction_needs_approved_minutes_and_a_reason(held_meeting, later_meeting, clerk):
    with pytest.raises(ValidationError, match="not approved"):
        services.record_correction(meeting=held_meeting, user=clerk, text="x", reason="y")
    approve(held_meeting, later_meeting, clerk)
    with pytest.raises(ValidationError):
        services.record_correction(meeting=held_meeting, user=clerk, text="A correction", reason="  ")
    assert not MinutesCorrection.objects.exists()


def test_every_change_is_kept_in_the_audit_history(held_meeting, later_meeting, clerk):
    item = held_meeting.items.get()
    services.update_item(item=item, user=clerk, version=item.version, fields={"title": "Fostering review"})
    approve(held_meeting, later_meeting, clerk)
    item_history = list(item.history.order_by("history_date"))
    assert item_history[-1].title == "Fostering review"
    assert item_history[-1].history_user == clerk
    reasons = [h.history_change_reason for h in held_meeting.history.order_by("history_date")]
    assert "Draft minutes published" in reasons
    assert any(r and r.startswith("Minutes approved at") for r in reasons)


def test_correction_to_an_exempt_item_is_seen_only_by_those_who_may_read_it(
    held_meeting, later_meeting, clerk, councillor
):
    from django.contrib.auth.models import AnonymousUser

    exempt = factories.AgendaItemFactory(meeting=held_meeting, is_exempt=True, exempt_paragraph=3)
    approve(held_meeting, later_meeting, clerk)
    general = services.record_correction(meeting=held_meeting, user=clerk, text="Date corrected.", reason="Typo")
    private = services.record_correction(meeting=held_meeting, item=exempt, user=clerk,
                                         text="Bid amount corrected.", reason="Typo")
    assert list(MinutesCorrection.objects.visible_to(AnonymousUser())) == [general]
    assert set(MinutesCorrection.objects.visible_to(councillor)) == {general, private}
