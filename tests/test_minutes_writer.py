"""
Writing up a meeting: "Save and go to the next item" in the item editor, and
the clerk's page that takes the meeting item by item, with a compact form
for each item's minutes and resolutions, each with its own version check.
"""

from datetime import timedelta

import pytest
from django.urls import reverse

from agenda.models import Resolution
from meetings.models import Attendance
from scrutiny import richtext
from tests import factories
from tests.test_item_editor import item_form_data, page_text

pytestmark = pytest.mark.django_db


def writer_url(item):
    return reverse("clerk:minutes_writer_item", args=[item.meeting_id, item.pk])


def writer_data(item, *, resolutions=(), blank_rows=1, **fields):
    """POST data for the writer's compact form, as a browser sends it."""
    data = item_form_data(item, resolutions=resolutions, blank_rows=blank_rows)
    keep = {"minutes", "preamble", "reason_for_decision", "version"}
    data = {k: v for k, v in data.items() if k in keep or k.startswith("resolutions-")}
    data.update(fields)
    return data


@pytest.fixture
def held_meeting(db):
    meeting = factories.MeetingFactory()
    first = factories.AgendaItemFactory(meeting=meeting, number="1", order=1, title="Apologies for absence",
                                        minutes="")
    second = factories.AgendaItemFactory(meeting=meeting, number="2", order=2, title="Fostering service review",
                                         minutes="")
    third = factories.AgendaItemFactory(meeting=meeting, number="3", order=3, title="Work programme")
    return meeting, first, second, third


# --- The item editor ---------------------------------------------------------------


def test_item_editor_saves_and_goes_to_the_next_item(clerk_client, held_meeting):
    _, _, second, third = held_meeting
    data = item_form_data(second, minutes="The committee heard from the Director.", save_and_next="1")
    response = clerk_client.post(reverse("clerk:item_update", args=[second.pk]), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:item_update", args=[third.pk])
    second.refresh_from_db()
    assert second.minutes == "<p>The committee heard from the Director.</p>"


def test_item_editor_offers_save_and_next_except_on_the_last_item(clerk_client, held_meeting):
    _, _, second, third = held_meeting
    assert "Save and go to the next item" in clerk_client.get(reverse("clerk:item_update", args=[second.pk])).content.decode()
    assert "Save and go to the next item" not in clerk_client.get(reverse("clerk:item_update", args=[third.pk])).content.decode()
    response = clerk_client.post(reverse("clerk:item_update", args=[third.pk]), item_form_data(third, save_and_next="1"))
    assert response["Location"].startswith(reverse("clerk:meeting", args=[third.meeting_id]))


# --- The minutes writer ------------------------------------------------------------


def test_writer_lists_the_items_in_order_and_opens_the_first(clerk_client, held_meeting):
    meeting, first, second, third = held_meeting
    response = clerk_client.get(reverse("clerk:minutes_writer", args=[meeting.pk]))
    assert response.status_code == 200
    text = page_text(response)
    assert text.index("Apologies for absence") < text.index("Fostering service review") < text.index("Work programme")
    assert "Item <bdi>1</bdi>: <bdi>Apologies for absence</bdi>" in response.content.decode()
    assert "Save and go to the next item" in text
    # One blank resolution row, not the editor's three.
    assert response.context["formset"].total_form_count() == 1


def test_writer_saves_minutes_and_a_resolution_then_moves_to_the_next_item(clerk_client, clerk, held_meeting):
    _, _, second, third = held_meeting
    data = writer_data(second, minutes="Members asked about placement stability.", save_and_next="1")
    data.update({"resolutions-0-text": "That the review be noted.", "resolutions-0-kind": "noted"})
    response = clerk_client.post(writer_url(second), data)
    assert response.status_code == 302
    assert response["Location"] == writer_url(third)
    second.refresh_from_db()
    assert second.minutes == "<p>Members asked about placement stability.</p>"
    assert second.version == 2
    assert [r.text for r in second.resolutions.all()] == ["That the review be noted."]
    # Other fields of the item are left as they were.
    assert second.title == "Fostering service review"


def test_writer_save_stays_on_the_item(clerk_client, held_meeting):
    _, _, second, _ = held_meeting
    response = clerk_client.post(writer_url(second), writer_data(second, minutes="Noted.", save="1"))
    assert response["Location"] == writer_url(second)


def test_writer_refuses_a_stale_save_and_keeps_the_text(clerk_client, held_meeting):
    _, _, second, _ = held_meeting
    stale = writer_data(second, minutes="My careful minute.", save_and_next="1")
    second.title = "Fostering service review (revised)"
    second.version += 1
    second.save()
    response = clerk_client.post(writer_url(second), stale)
    assert response.status_code == 409
    assert "Someone else saved this item after you opened it" in page_text(response)
    assert "My careful minute." in response.content.decode()
    second.refresh_from_db()
    assert second.minutes == ""


def test_writer_shows_errors_beside_the_field_and_saves_nothing(clerk_client, held_meeting):
    _, _, second, _ = held_meeting
    data = writer_data(second, minutes="Kept.")
    data.update({"resolutions-0-label": "a", "resolutions-0-votes_for": "4"})
    response = clerk_client.post(writer_url(second), data)
    assert response.status_code == 200
    assert "There is a problem" in page_text(response)
    second.refresh_from_db()
    assert second.minutes == "" and not second.resolutions.exists()


def test_writer_refuses_an_item_of_another_meeting(clerk_client, held_meeting):
    meeting, *_ = held_meeting
    other = factories.AgendaItemFactory()
    url = reverse("clerk:minutes_writer_item", args=[meeting.pk, other.pk])
    assert clerk_client.get(url).status_code == 404
    assert clerk_client.post(url, writer_data(other, minutes="x")).status_code == 404


def test_writer_shows_approved_minutes_without_a_form(clerk_client, clerk, held_meeting):
    meeting, first, *_ = held_meeting
    meeting.minutes_status = meeting.MinutesStatus.APPROVED
    meeting.minutes_published_at = meeting.start
    meeting.minutes_approved_at_meeting = factories.MeetingFactory(committee=meeting.committee,
                                                                  start=meeting.start + timedelta(days=1))
    meeting.save()
    response = clerk_client.get(writer_url(first))
    assert "approved as a correct record and can no longer be changed" in page_text(response)
    assert 'name="minutes"' not in response.content.decode()
    response = clerk_client.post(writer_url(first), writer_data(first, minutes="Changed."))
    first.refresh_from_db()
    assert first.minutes == ""


def test_apologies_item_is_filled_in_from_the_attendance(clerk_client, held_meeting):
    meeting, first, *_ = held_meeting
    away = factories.PersonFactory(name="Ben Away")
    factories.AttendanceFactory(meeting=meeting, person=away, status=Attendance.Status.APOLOGIES)
    factories.AttendanceFactory(meeting=meeting, person=factories.PersonFactory(name="Dev Sub"),
                                status=Attendance.Status.SUBSTITUTE, substitute_for=away)
    response = clerk_client.get(writer_url(first))
    minutes = response.context["form"]["minutes"].value()
    assert richtext.to_text(minutes) == (
        "Apologies for absence were received from Councillor Ben Away.\n\n"
        "Councillor Dev Sub attended as a substitute for Councillor Ben Away."
    )
    assert "From the attendance" in page_text(response)


def test_declarations_item_is_filled_in_but_leaves_out_exempt_items(clerk_client, held_meeting):
    meeting, first, second, _ = held_meeting
    declarations = factories.AgendaItemFactory(meeting=meeting, number="4", order=4,
                                               title="Declarations of Interest", minutes="")
    exempt = factories.AgendaItemFactory(meeting=meeting, number="5", order=5, title="Contract award",
                                         is_exempt=True, exempt_paragraph=3)
    factories.DeclarationFactory(meeting=meeting, person=factories.PersonFactory(name="Aisha Khan"),
                                 item=second, text="Is a foster carer.")
    factories.DeclarationFactory(meeting=meeting, item=exempt, text="Knows a bidder.")
    minutes = clerk_client.get(writer_url(declarations)).context["form"]["minutes"].value()
    assert "<ul><li>Councillor Aisha Khan" in minutes
    assert richtext.to_text(minutes) == (
        "- Councillor Aisha Khan declared an other registrable interest in item 2, "
        "Fostering service review: Is a foster carer."
    )
    assert "Knows a bidder" not in minutes


def test_minutes_already_written_are_not_replaced_by_the_records(clerk_client, held_meeting):
    meeting, first, *_ = held_meeting
    first.minutes = "Apologies were received from the Vice-Chair."
    first.save()
    factories.AttendanceFactory(meeting=meeting, status=Attendance.Status.APOLOGIES)
    assert clerk_client.get(writer_url(first)).context["form"]["minutes"].value() == first.minutes


def test_hub_links_to_the_writer(clerk_client, held_meeting):
    meeting, *_ = held_meeting
    page = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    assert reverse("clerk:minutes_writer", args=[meeting.pk]) in page


def test_resolution_saved_from_the_writer_keeps_its_kind(clerk_client, held_meeting):
    _, _, second, _ = held_meeting
    resolution = factories.ResolutionFactory(item=second, text="That the report be noted.")
    row = {"id": resolution.pk, "label": "", "text": "That the report be noted with thanks.",
           "kind": Resolution.Kind.NOTED, "outcome": "", "votes_for": "", "votes_against": "",
           "votes_abstained": ""}
    clerk_client.post(writer_url(second), writer_data(second, resolutions=[row], minutes="Noted."))
    resolution.refresh_from_db()
    assert resolution.text == "That the report be noted with thanks."
    assert resolution.kind == Resolution.Kind.NOTED


def test_writer_shows_the_other_minutes_beside_a_refused_save(clerk_client, held_meeting):
    _, _, second, _ = held_meeting
    stale = writer_data(second, minutes="Members asked about placements.")
    second.minutes = "Members asked about costs."
    second.version += 1
    second.save()

    response = clerk_client.post(writer_url(second), stale)

    assert response.status_code == 409
    (row,) = response.context["comparison"]
    assert (row["theirs"], row["mine"]) == (
        "Members asked about <del>costs</del>.", "Members asked about <ins>placements</ins>."
    )
    # Seen theirs: saving again keeps this clerk's minutes.
    again = {**stale, "version": response.context["form"]["version"].value()}
    assert clerk_client.post(writer_url(second), again).status_code == 302
    second.refresh_from_db()
    assert second.minutes == "<p>Members asked about placements.</p>"


def test_writer_asks_why_published_minutes_change_and_keeps_the_reason(clerk_client, held_meeting):
    from django.utils import timezone

    meeting, _, second, _ = held_meeting
    meeting.minutes_status = meeting.MinutesStatus.DRAFT
    meeting.minutes_published_at = timezone.now()
    meeting.save()
    second.minutes = "The committee heard from the Director."
    second.save()

    response = clerk_client.post(writer_url(second), writer_data(second, minutes="The committee heard from the Deputy."))
    assert response.status_code == 200
    assert "Enter the reason for the change" in page_text(response)
    assert "The committee heard from the Deputy." in response.content.decode()
    second.refresh_from_db()
    assert second.minutes == "<p>The committee heard from the Director.</p>"

    response = clerk_client.post(writer_url(second), writer_data(
        second, minutes="The committee heard from the Deputy.", change_reason="The Director sent apologies."))
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.minutes == "<p>The committee heard from the Deputy.</p>"
    assert second.history.first().history_change_reason == "The Director sent apologies."
