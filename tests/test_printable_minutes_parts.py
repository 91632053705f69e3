"""
What the printable minutes take from the records: apologies and
substitutes from the attendance (and saying so when none was recorded), the
apologies and declarations items filled in from the records, the link to the
previous meeting's minutes on the item approving them, and the exempt
minutes printed apart in Part 2 for those who may read them.
"""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from agenda import services
from agenda.models import ExemptParagraph
from meetings.models import Attendance
from tests import factories
from tests.test_item_editor import page_text as spaced_text

pytestmark = pytest.mark.django_db

PART_TWO = "Exempt minutes (Part 2), not for publication"
SIGNATURE = "Chair ……"


def page_text(response):
    """The page's text as read: tags gone, no space left before punctuation that followed a tag."""
    return re.sub(r"\s+([.,:;)])", r"\1", spaced_text(response))


def minutes_url(meeting):
    return reverse("agenda:minutes", args=[meeting.pk])


def publish(meeting, clerk):
    services.publish_draft_minutes(meeting=meeting, user=clerk)
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def meeting(db):
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting, number="4", order=4, title="Fostering service review",
                                minutes="The Committee welcomed the review.")
    return meeting


def test_minutes_without_attendance_say_it_was_not_recorded(client, clerk, meeting):
    text = page_text(client.get(minutes_url(publish(meeting, clerk))))
    apologies = text.split("Apologies for absence", 1)[1].split("Declarations of interest", 1)[0]
    assert apologies.strip() == "Attendance not recorded."


def test_minutes_with_attendance_and_no_apologies_say_none(client, clerk, meeting):
    factories.AttendanceFactory(meeting=meeting)
    text = page_text(client.get(minutes_url(publish(meeting, clerk))))
    apologies = text.split("Apologies for absence", 1)[1].split("Declarations of interest", 1)[0]
    assert apologies.strip() == "Apologies: None."


def test_minutes_name_apologies_and_substitutes(client, clerk, meeting):
    away = factories.PersonFactory(name="Ben Away")
    factories.AttendanceFactory(meeting=meeting, person=away, status=Attendance.Status.APOLOGIES)
    factories.AttendanceFactory(meeting=meeting, person=factories.PersonFactory(name="Dev Sub"),
                                status=Attendance.Status.SUBSTITUTE, substitute_for=away)
    text = page_text(client.get(minutes_url(publish(meeting, clerk))))
    assert "Apologies for absence were received from Councillor Ben Away." in text
    assert "Councillor Dev Sub attended as a substitute for Councillor Ben Away." in text


def test_blank_apologies_and_declarations_items_print_the_records(client, clerk, meeting):
    factories.AgendaItemFactory(meeting=meeting, number="1", order=1, title="Apologies for Absence", minutes="")
    factories.AgendaItemFactory(meeting=meeting, number="2", order=2, title="Declarations of interest",
                                minutes="")
    factories.AttendanceFactory(meeting=meeting, person=factories.PersonFactory(name="Ben Away"),
                                status=Attendance.Status.APOLOGIES)
    factories.DeclarationFactory(meeting=meeting, person=factories.PersonFactory(name="Aisha Khan"),
                                 text="Is a foster carer.")
    page = client.get(minutes_url(publish(meeting, clerk))).content.decode()
    # The records are printed under the items, not again in headings of their own.
    assert "Apologies for absence</h2>" not in page
    assert "Declarations of interest</h2>" not in page
    text = page_text(client.get(minutes_url(meeting)))
    apologies_item = text.split("Apologies for Absence", 1)[1].split("Declarations of interest", 1)[0]
    assert "Apologies for absence were received from Councillor Ben Away." in apologies_item
    declarations_item = text.split("Declarations of interest", 1)[1].split("Fostering service review", 1)[0]
    assert "Is a foster carer." in declarations_item


def test_item_approving_the_previous_minutes_links_them_once_published(client, clerk, meeting):
    previous = factories.MeetingFactory(committee=meeting.committee, start=meeting.start - timedelta(days=28))
    factories.AgendaItemFactory(meeting=previous, minutes="Written.")
    item = factories.AgendaItemFactory(meeting=meeting, number="3", order=3, title="Minutes of the last meeting",
                                       minutes="")
    item_url = reverse("agenda:item", args=[meeting.pk, item.pk])
    publish(meeting, clerk)
    link = reverse("agenda:minutes", args=[previous.pk])
    assert link not in client.get(minutes_url(meeting)).content.decode()
    assert link not in client.get(item_url).content.decode()
    publish(previous, clerk)
    assert f'href="{link}"' in client.get(minutes_url(meeting)).content.decode()
    # The item's page lists them as its paper.
    documents = client.get(item_url).content.decode().split('id="documents"', 1)[1]
    assert f'href="{link}"' in documents


@pytest.fixture
def exempt_meeting(clerk, meeting):
    exempt = factories.AgendaItemFactory(meeting=meeting, number="6", order=6, title="Contract award",
                                         is_exempt=True, exempt_paragraph=ExemptParagraph.FINANCIAL,
                                         minutes="Members discussed the bidders' prices.")
    factories.ResolutionFactory(item=exempt, text="That the contract be awarded to Acme Care.")
    return publish(meeting, clerk)


def test_public_minutes_have_no_part_two(client, exempt_meeting):
    text = page_text(client.get(minutes_url(exempt_meeting)))
    assert "Contract award" in text
    assert "Exempt — not for publication (paragraph 3: Financial or business affairs" in text
    assert PART_TWO not in text
    assert "bidders" not in text and "Acme Care" not in text


def test_exempt_minutes_are_printed_apart_for_those_who_may_read_them(councillor_client, exempt_meeting):
    text = page_text(councillor_client.get(minutes_url(exempt_meeting)))
    public_part, part_two = text.split(PART_TWO, 1)
    assert SIGNATURE in public_part
    assert "Members discussed the bidders' prices." not in public_part
    assert "Acme Care" not in public_part
    assert "Contract award" in public_part
    assert "Members discussed the bidders' prices." in part_two
    assert "That the contract be awarded to Acme Care." in part_two
    assert "The Committee welcomed the review." not in part_two


def test_corrections_to_exempt_minutes_are_in_part_two(councillor_client, clerk, exempt_meeting):
    approving = factories.MeetingFactory(committee=exempt_meeting.committee,
                                         start=exempt_meeting.start + timedelta(days=1))
    services.approve_minutes(meeting=exempt_meeting, approving_meeting=approving, user=clerk)
    exempt = exempt_meeting.items.get(number="6")
    services.record_correction(meeting=exempt_meeting, user=clerk, item=exempt,
                               text="The winning bid was 2 million pounds.", reason="Figure omitted.")
    public_part, part_two = page_text(councillor_client.get(minutes_url(exempt_meeting))).split(PART_TWO, 1)
    assert "2 million pounds" not in public_part
    assert "2 million pounds" in part_two
