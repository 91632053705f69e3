"""
Publishing a meeting's record, in the order the law and practice require:
the agenda (with a reason when it is late), the decisions, the draft
minutes, their approval at a later meeting (which locks them) and
corrections recorded beside them.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from agenda.models import AgendaItem, AgendaPublication, MinutesCorrection
from meetings.models import Meeting
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    MeetingFactory,
    ResolutionFactory,
)
from tests.test_item_editor import item_form_data, page_text

LONDON = ZoneInfo("Europe/London")
# The ticked "Yes, …" box every irreversible step asks for.
YES = {"confirm": "on"}


def london(*args):
    return datetime(*args, tzinfo=LONDON)


def url(name, obj):
    return reverse(f"clerk:{name}", args=[obj.pk])


def test_clerk_takes_a_meeting_from_draft_agenda_to_corrected_minutes(client, clerk):
    # Monday 1 March 2027; the meeting is on Thursday 4 March: two clear
    # working days' notice, where the law asks for five.
    with time_machine.travel(london(2027, 3, 1, 9, 0), tick=False):
        client.force_login(clerk)
        meeting = MeetingFactory(start=london(2027, 3, 4, 18, 0), agenda_published_at=None)

        for number, title, rows in [
            ("1", "Apologies and declarations", [{"text": "That the apologies be noted.", "kind": "noted"}]),
            ("2", "Library opening hours", [
                {"label": "a", "text": "That the report be noted.", "kind": "noted"},
                {"label": "b", "text": "That longer hours be recommended.", "kind": "recommendation",
                 "outcome": "carried", "votes_for": 6, "votes_against": 1, "votes_abstained": 0},
            ]),
        ]:
            response = client.post(
                url("item_create", meeting),
                item_form_data(number=number, title=title, resolutions=rows,
                               minutes=f"The committee considered {title.lower()}."),
            )
            assert response.status_code == 302
        first, second = meeting.items.order_by("order")
        assert [first.resolutions.count(), second.resolutions.count()] == [1, 2]

        page = page_text(client.get(url("agenda_publish", meeting)))
        assert "Apologies and declarations" in page and "Library opening hours" in page
        assert (
            "Publishing now gives 2 clear working days' notice; "
            "the deadline was Wednesday 24 February 2027." in page
        )
        assert "This is late" in page
        assert "Why is this a late or urgent item?" in page

        response = client.post(url("agenda_publish", meeting), {"late_reason": ""})
        assert response.status_code == 200
        assert "Give the reason this is a late or urgent item." in page_text(response)
        assert response.context["form"].errors["late_reason"]
        assert AgendaPublication.objects.count() == 0
        assert not meeting.items.filter(published_at__isnull=False).exists()

        reason = "The library consultation closed on 26 February."
        response = client.post(url("agenda_publish", meeting), {"late_reason": reason})
        assert response.status_code == 302
        publication = AgendaPublication.objects.get()
        assert (publication.is_late, publication.late_reason) == (True, reason)
        assert publication.clear_working_days == 2
        assert publication.published_by == clerk
        hub = page_text(client.get(url("meeting", meeting)))
        assert "Agenda published." in hub
        assert reason in hub
        assert "Publish the agenda" not in hub

    # The day after the meeting.
    with time_machine.travel(london(2027, 3, 5, 10, 0), tick=False):
        client.force_login(clerk)
        hub = page_text(client.get(url("meeting", meeting)))
        assert "Publish the decisions" in hub and "Publish the draft minutes" in hub

        assert client.post(url("decisions_publish", meeting), YES).status_code == 302
        assert client.post(url("minutes_publish", meeting), YES).status_code == 302
        meeting.refresh_from_db()
        assert meeting.decisions_published_by == clerk
        assert meeting.minutes_status == Meeting.MinutesStatus.DRAFT
        hub = page_text(client.get(url("meeting", meeting)))
        assert "Draft minutes published, subject to approval." in hub
        assert "Draft, subject to approval." in hub
        assert "Record approval of the minutes" in hub

        page = page_text(client.get(url("minutes_approve", meeting)))
        assert "A later meeting of the committee must take place first" in page

        later = MeetingFactory(committee=meeting.committee, start=london(2027, 3, 11, 18, 0),
                               agenda_published_at=None)

    # After the next meeting, which approves the minutes.
    with time_machine.travel(london(2027, 3, 12, 9, 0), tick=False):
        client.force_login(clerk)
        response = client.get(url("minutes_approve", meeting))
        assert f'<option value="{later.pk}">{later}</option>' in response.content.decode()

        response = client.post(url("minutes_approve", meeting), {"approving_meeting": later.pk, **YES})
        assert response.status_code == 302
        meeting.refresh_from_db()
        assert meeting.minutes_approved_at_meeting == later
        hub = page_text(client.get(url("meeting", meeting)))
        assert f"Approved as a correct record at {later}" in hub
        assert "Locked: approved minutes" in hub

        before = AgendaItem.objects.values().get(pk=second.pk)
        response = client.post(
            url("item_update", second),
            item_form_data(second, title="Changed after approval", minutes="Rewritten."),
        )
        assert response.status_code == 200
        assert "can no longer be changed. Record a correction instead." in page_text(response)
        assert AgendaItem.objects.values().get(pk=second.pk) == before
        assert second.resolutions.count() == 2

        response = client.post(
            url("correction_create", meeting),
            {"item": second.pk, "text": "The vote was 6 for and 2 against.", "reason": "Miscounted."},
        )
        assert response.status_code == 302
        correction = MinutesCorrection.objects.get()
        assert (correction.item, correction.recorded_by, correction.reason) == (second, clerk, "Miscounted.")
        hub = page_text(client.get(url("meeting", meeting)))
        assert "Correction recorded beside the approved minutes." in hub
        assert "The vote was 6 for and 2 against." in hub


# --- Publishing the agenda ---------------------------------------------------------


@pytest.fixture
def late_meeting(db):
    """A meeting three days away, with a draft item: any agenda now is late."""
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=1), agenda_published_at=None)
    AgendaItemFactory(meeting=meeting, published_at=None)
    return meeting


def test_late_agenda_needs_a_reason_not_just_spaces(clerk_client, late_meeting):
    response = clerk_client.post(url("agenda_publish", late_meeting), {"late_reason": "  \r\n "})

    assert response.status_code == 200
    assert "There is a problem" in page_text(response)
    assert "Give the reason this is a late or urgent item." in page_text(response)
    late_meeting.refresh_from_db()
    assert late_meeting.agenda_published_at is None
    assert AgendaPublication.objects.count() == 0


def test_agenda_in_good_time_asks_no_reason(clerk_client, db):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=30), agenda_published_at=None)
    AgendaItemFactory(meeting=meeting, published_at=None)

    page = clerk_client.get(url("agenda_publish", meeting))
    response = clerk_client.post(url("agenda_publish", meeting))

    assert "Why is this a late or urgent item?" not in page_text(page)
    assert "the deadline is" in page_text(page)
    assert response.status_code == 302
    assert AgendaPublication.objects.get(meeting=meeting).is_late is False


def test_agenda_with_no_items_cannot_be_published(clerk_client, db):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=30), agenda_published_at=None)

    response = clerk_client.post(url("agenda_publish", meeting))

    assert response.status_code == 200
    assert "Add at least one item before publishing the agenda." in page_text(response)
    assert AgendaPublication.objects.count() == 0


def test_items_added_later_go_out_as_a_supplementary_agenda(clerk_client, late_meeting):
    Meeting.objects.filter(pk=late_meeting.pk).update(agenda_published_at=timezone.now() - timedelta(days=9))
    late_meeting.items.update(published_at=timezone.now() - timedelta(days=9))
    AgendaItemFactory(meeting=late_meeting, number="9", published_at=None)

    page = page_text(clerk_client.get(url("agenda_publish", late_meeting)))
    response = clerk_client.post(url("agenda_publish", late_meeting), {"late_reason": "Urgent budget item."})

    assert "Publish a supplementary agenda" in page
    assert response.status_code == 302
    publication = AgendaPublication.objects.get()
    assert publication.is_supplementary
    assert list(publication.items.values_list("number", flat=True)) == ["9"]


# --- Decisions and draft minutes ---------------------------------------------------------


def test_decisions_of_a_future_meeting_cannot_be_published(clerk_client, late_meeting):
    response = clerk_client.post(url("decisions_publish", late_meeting), YES)

    assert response.status_code == 200
    assert "There is a problem" in page_text(response)
    assert "This meeting has not taken place yet." in page_text(response)
    late_meeting.refresh_from_db()
    assert late_meeting.decisions_published_at is None


def test_minutes_without_any_text_cannot_be_published(clerk_client, db):
    meeting = MeetingFactory()
    AgendaItemFactory(meeting=meeting, minutes="")

    confirm = clerk_client.get(url("minutes_publish", meeting))
    response = clerk_client.post(url("minutes_publish", meeting), YES)

    assert confirm.status_code == 200
    assert "Publish the draft minutes" in page_text(confirm)
    assert response.status_code == 200
    assert "No item has any minutes yet: write the minutes first." in page_text(response)
    meeting.refresh_from_db()
    assert meeting.minutes_status == Meeting.MinutesStatus.NONE


def test_decisions_are_published_from_the_confirmation_page(clerk_client, clerk, db):
    meeting = MeetingFactory()
    ResolutionFactory(item__meeting=meeting)

    confirm = clerk_client.get(url("decisions_publish", meeting))
    response = clerk_client.post(url("decisions_publish", meeting), YES)

    assert "Publish the decisions" in page_text(confirm)
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.decisions_published_by == clerk


# --- Approving the minutes -------------------------------------------------------------


@pytest.fixture
def draft_minutes_meeting(db):
    meeting = MeetingFactory(start=timezone.now() - timedelta(days=30))
    AgendaItemFactory(meeting=meeting)
    Meeting.objects.filter(pk=meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=timezone.now() - timedelta(days=28)
    )
    meeting.refresh_from_db()
    return meeting


def _assert_not_approved(meeting):
    meeting.refresh_from_db()
    assert meeting.minutes_status == Meeting.MinutesStatus.DRAFT
    assert meeting.minutes_approved_at_meeting is None


def test_approval_page_offers_only_later_meetings_that_took_place(clerk_client, draft_minutes_meeting):
    committee = draft_minutes_meeting.committee
    earlier = MeetingFactory(committee=committee, start=draft_minutes_meeting.start - timedelta(days=30))
    later = MeetingFactory(committee=committee, start=timezone.now() - timedelta(days=2))
    future = MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=2))
    elsewhere = MeetingFactory(start=timezone.now() - timedelta(days=2))

    response = clerk_client.get(url("minutes_approve", draft_minutes_meeting))

    choices = [value for value, label in response.context["form"].fields["approving_meeting"].choices]
    assert choices == ["", later.pk]
    content = response.content.decode()
    assert f'value="{later.pk}"' in content
    for other in (earlier, future, elsewhere):
        assert f'value="{other.pk}"' not in content


@pytest.mark.parametrize(
    ("approver", "message"),
    [
        ("other_committee", "Minutes are approved by a meeting of the same committee."),
        ("earlier", "Minutes are approved at a later meeting."),
        ("future", "The approving meeting must have taken place."),
        ("missing", "Choose the meeting that approved these minutes from the list."),
        ("blank", "Choose the meeting that approved these minutes."),
    ],
)
def test_approval_at_a_meeting_that_cannot_approve_is_a_field_error(
    clerk_client, draft_minutes_meeting, approver, message
):
    committee = draft_minutes_meeting.committee
    MeetingFactory(committee=committee, start=timezone.now() - timedelta(days=2))  # a valid choice exists
    approving_meeting = {
        "other_committee": lambda: MeetingFactory(committee=CommitteeFactory(),
                                                  start=timezone.now() - timedelta(days=2)).pk,
        "earlier": lambda: MeetingFactory(committee=committee,
                                          start=draft_minutes_meeting.start - timedelta(days=7)).pk,
        "future": lambda: MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=7)).pk,
        "missing": lambda: 999999,
        "blank": lambda: "",
    }[approver]()

    response = clerk_client.post(url("minutes_approve", draft_minutes_meeting),
                                 {"approving_meeting": approving_meeting, **YES})

    assert response.status_code == 200
    assert response.context["form"].errors["approving_meeting"] == [message]
    assert message in page_text(response)
    assert 'id="id_approving_meeting_error"' in response.content.decode()
    _assert_not_approved(draft_minutes_meeting)


def test_minutes_not_yet_published_cannot_be_approved(clerk_client, db):
    meeting = MeetingFactory(start=timezone.now() - timedelta(days=30))
    later = MeetingFactory(committee=meeting.committee, start=timezone.now() - timedelta(days=1))

    response = clerk_client.post(url("minutes_approve", meeting), {"approving_meeting": later.pk, **YES})

    assert response.status_code == 200
    assert "Publish the draft minutes before recording their approval." in page_text(response)
    meeting.refresh_from_db()
    assert meeting.minutes_status == Meeting.MinutesStatus.NONE


# --- Corrections ----------------------------------------------------------------------


@pytest.fixture
def approved_meeting(draft_minutes_meeting):
    later = MeetingFactory(
        committee=draft_minutes_meeting.committee, start=timezone.now() - timedelta(days=1)
    )
    Meeting.objects.filter(pk=draft_minutes_meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED, minutes_approved_at_meeting=later
    )
    draft_minutes_meeting.refresh_from_db()
    return draft_minutes_meeting


def test_correction_needs_a_reason(clerk_client, approved_meeting):
    response = clerk_client.post(
        url("correction_create", approved_meeting),
        {"item": "", "text": "Add apologies from Cllr Jones.", "reason": " "},
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"reason": ["Enter the reason for the correction."]}
    assert "Enter the reason for the correction." in page_text(response)
    assert MinutesCorrection.objects.count() == 0


def test_correction_names_an_item_of_this_meeting_only(clerk_client, approved_meeting):
    stranger = AgendaItemFactory()

    response = clerk_client.post(
        url("correction_create", approved_meeting), {"item": stranger.pk, "text": "Typo.", "reason": "Typo."}
    )

    assert response.status_code == 200
    assert "Choose an item of this meeting from the list." in page_text(response)
    assert MinutesCorrection.objects.count() == 0


def test_correction_to_the_whole_minutes(clerk_client, clerk, approved_meeting):
    response = clerk_client.post(
        url("correction_create", approved_meeting),
        {"item": "", "text": "Cllr Jones sent apologies.", "reason": "Omitted in error."},
    )

    assert response.status_code == 302
    correction = MinutesCorrection.objects.get()
    assert (correction.item, correction.recorded_by) == (None, clerk)
    assert correction.text == "Cllr Jones sent apologies."


def test_draft_minutes_are_edited_not_corrected(clerk_client, draft_minutes_meeting):
    response = clerk_client.post(
        url("correction_create", draft_minutes_meeting), {"text": "Typo.", "reason": "Typo."}
    )

    assert response.status_code == 200
    assert "These minutes are not approved yet: edit them directly" in page_text(response)
    assert MinutesCorrection.objects.count() == 0


# --- Nothing irreversible happens without the "Yes, …" box --------------------------------


def test_publishing_decisions_without_confirmation_changes_nothing_and_asks(clerk_client, db):
    meeting = MeetingFactory()
    ResolutionFactory(item__meeting=meeting)

    response = clerk_client.post(url("decisions_publish", meeting))

    assert response.status_code == 200
    assert "Tick the box to confirm you want to publish the decisions" in page_text(response)
    assert "Yes, publish the decisions." in page_text(response)
    meeting.refresh_from_db()
    assert meeting.decisions_published_at is None
    assert AgendaItem.objects.get(meeting=meeting).minute_number is None


def test_publishing_draft_minutes_without_confirmation_changes_nothing_and_asks(clerk_client, db):
    meeting = MeetingFactory()
    AgendaItemFactory(meeting=meeting)

    response = clerk_client.post(url("minutes_publish", meeting))

    assert response.status_code == 200
    assert "Yes, publish the draft minutes." in page_text(response)
    meeting.refresh_from_db()
    assert meeting.minutes_status == Meeting.MinutesStatus.NONE


def test_approving_minutes_without_confirmation_changes_nothing_and_asks(clerk_client, draft_minutes_meeting):
    later = MeetingFactory(committee=draft_minutes_meeting.committee, start=timezone.now() - timedelta(days=2))

    response = clerk_client.post(url("minutes_approve", draft_minutes_meeting), {"approving_meeting": later.pk})

    assert response.status_code == 200
    assert response.context["form"].errors["confirm"] == [
        "Tick the box to confirm the minutes were approved: once approved they cannot be changed."
    ]
    assert "Yes, the minutes were approved as a correct record at this meeting." in page_text(response)
    assert f'<option value="{later.pk}" selected>' in response.content.decode()
    _assert_not_approved(draft_minutes_meeting)
