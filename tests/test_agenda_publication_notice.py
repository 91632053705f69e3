"""
An agenda is published five clear working days before the meeting, or with
a recorded reason for lateness (Local Government Act 1972, s.100B).
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from agenda.models import AgendaPublication
from agenda.services import agenda_notice, publish_agenda
from meetings.working_days import clear_working_days
from tests import factories

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def at(*args):
    return datetime(*args, tzinfo=LONDON)


def draft_meeting(start):
    meeting = factories.MeetingFactory(start=start, agenda_published_at=None)
    factories.AgendaItemFactory(meeting=meeting, published_at=None)
    return meeting


@pytest.mark.parametrize(
    "published, meeting_on, expected",
    [
        (date(2026, 11, 23), date(2026, 11, 30), 4),  # Mon to Mon: Tue-Fri
        (date(2026, 11, 20), date(2026, 11, 30), 5),  # Fri to Mon: the week between
        (date(2026, 12, 18), date(2026, 12, 31), 6),  # 25 and 28 December are bank holidays
        (date(2026, 11, 30), date(2026, 11, 30), 0),
        (date(2026, 12, 1), date(2026, 11, 30), 0),
    ],
)
def test_clear_working_days_exclude_weekends_holidays_and_both_end_days(published, meeting_on, expected):
    holidays = {date(2026, 12, 25), date(2026, 12, 28)}
    assert clear_working_days(published, meeting_on, holidays) == expected


def test_agenda_published_with_five_clear_working_days_needs_no_reason(clerk):
    meeting = draft_meeting(at(2026, 11, 30, 18, 30))
    publication = publish_agenda(meeting=meeting, user=clerk, now=at(2026, 11, 20, 9, 0))
    meeting.refresh_from_db()
    assert meeting.agenda_published_at == at(2026, 11, 20, 9, 0)
    assert meeting.agenda_published_by == clerk
    assert not publication.is_late
    assert publication.clear_working_days == 5
    assert meeting.items.get().published_at == at(2026, 11, 20, 9, 0)


def test_late_agenda_is_refused_without_a_reason(clerk):
    meeting = draft_meeting(at(2026, 11, 30, 18, 30))
    with pytest.raises(ValidationError) as caught:
        publish_agenda(meeting=meeting, user=clerk, now=at(2026, 11, 23, 9, 0))
    assert "4 clear working days" in str(caught.value)
    meeting.refresh_from_db()
    assert meeting.agenda_published_at is None
    assert meeting.items.get().published_at is None
    assert not AgendaPublication.objects.exists()


def test_late_agenda_with_a_reason_is_published_and_the_reason_recorded(clerk):
    meeting = draft_meeting(at(2026, 11, 30, 18, 30))
    publish_agenda(meeting=meeting, user=clerk, late_reason="Urgent: Ofsted letter received",
                   now=at(2026, 11, 23, 9, 0))
    publication = AgendaPublication.objects.get()
    assert publication.is_late
    assert publication.late_reason == "Urgent: Ofsted letter received"
    assert publication.published_by == clerk


def test_bank_holidays_are_not_working_days(clerk, settings):
    settings.BANK_HOLIDAYS = frozenset({date(2026, 11, 25)})
    notice = agenda_notice(draft_meeting(at(2026, 11, 30, 18, 30)), now=at(2026, 11, 20, 9, 0))
    assert notice.clear_working_days == 4
    assert notice.is_late


def test_items_added_after_publication_need_a_supplementary_agenda(clerk):
    meeting = draft_meeting(at(2026, 11, 30, 18, 30))
    publish_agenda(meeting=meeting, user=clerk, now=at(2026, 11, 20, 9, 0))
    late_item = factories.AgendaItemFactory(meeting=meeting, published_at=None, title="Urgent item")
    late_item.refresh_from_db()
    assert late_item.published_at is None

    publication = publish_agenda(meeting=meeting, user=clerk, late_reason="Urgent decision",
                                 now=at(2026, 11, 26, 9, 0))
    late_item.refresh_from_db()
    meeting.refresh_from_db()
    assert publication.is_supplementary
    assert list(publication.items.all()) == [late_item]
    assert meeting.agenda_published_at == at(2026, 11, 20, 9, 0)


def test_agenda_of_cancelled_meeting_cannot_be_published(clerk):
    meeting = draft_meeting(at(2026, 11, 30, 18, 30))
    meeting.status, meeting.status_reason = "cancelled", "Not quorate"
    meeting.save()
    with pytest.raises(ValidationError, match="cancelled"):
        publish_agenda(meeting=meeting, user=clerk, now=at(2026, 11, 20, 9, 0))


def test_empty_agenda_cannot_be_published(clerk):
    meeting = factories.MeetingFactory(start=at(2026, 11, 30, 18, 30), agenda_published_at=None)
    with pytest.raises(ValidationError, match="at least one item"):
        publish_agenda(meeting=meeting, user=clerk, now=at(2026, 11, 20, 9, 0))


def test_past_meeting_can_have_its_agenda_entered_late_with_a_reason(clerk):
    meeting = draft_meeting(at(2026, 3, 2, 18, 30))
    with pytest.raises(ValidationError, match="0 clear working days"):
        publish_agenda(meeting=meeting, user=clerk, now=at(2026, 11, 20, 9, 0))
    publish_agenda(meeting=meeting, user=clerk, late_reason="Entering the council's past minutes",
                   now=at(2026, 11, 20, 9, 0))
    assert AgendaPublication.objects.get().is_late


def test_meeting_cannot_move_before_its_agenda_was_published(clerk):
    from meetings.services import update_meeting

    meeting = draft_meeting(at(2026, 11, 30, 18, 30))
    publish_agenda(meeting=meeting, user=clerk, now=at(2026, 11, 20, 9, 0))
    meeting.refresh_from_db()
    with pytest.raises(ValidationError, match="must start after that"):
        update_meeting(meeting=meeting, user=clerk, version=meeting.version,
                       fields={"start": at(2026, 11, 18, 18, 30), "end": None})
    meeting.refresh_from_db()
    assert meeting.start == at(2026, 11, 30, 18, 30)


@pytest.mark.parametrize(
    "meeting_on, deadline",
    [
        (date(2026, 11, 30), date(2026, 11, 20)),  # a Monday meeting: publish by the Friday before last
        (date(2026, 11, 16), date(2026, 11, 6)),
        (date(2027, 1, 7), date(2026, 12, 29)),  # New Year's Day is not a working day
    ],
)
def test_publication_deadline_falls_on_a_working_day(meeting_on, deadline):
    from meetings.working_days import latest_publication_date

    holidays = {date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)}
    assert latest_publication_date(meeting_on, 5, holidays) == deadline
    assert clear_working_days(deadline, meeting_on, holidays) >= 5
