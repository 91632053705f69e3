"""
The standard business the app writes from its own records: the standard
items recognised by title, the approval of the previous meeting's minutes
from the item that approves them (one action, one transaction, confirmed
first), and the resolution to exclude the press and public before exempt
business.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from agenda import minutes_services, services, standard_items
from agenda.models import AgendaItem, ExemptParagraph, Resolution
from meetings.models import Meeting
from tests import factories

pytestmark = pytest.mark.django_db

EXCLUSION_WORDING = (
    "That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded "
    "from the meeting for the following item(s) of business on the grounds that it involves the "
    "likely disclosure of exempt information as defined in paragraph(s) {} of Part 1 of Schedule "
    "12A of the Act."
)


@pytest.mark.parametrize("title, kind", [
    ("Apologies for absence", standard_items.APOLOGIES),
    ("Apologies and Substitutions", standard_items.APOLOGIES),
    ("Declarations of Interest", standard_items.DECLARATIONS),
    ("Declarations of interests.", standard_items.DECLARATIONS),
    ("Minutes", standard_items.PREVIOUS_MINUTES),
    ("Minutes of the previous meeting", standard_items.PREVIOUS_MINUTES),
    ("Minutes of the Meeting held on 10 March 2026", standard_items.PREVIOUS_MINUTES),
    ("To approve the minutes of the last meeting", standard_items.PREVIOUS_MINUTES),
    ("Exclusion of the Press and Public", standard_items.EXCLUSION),
    ("Minutes of the Health Scrutiny Panel", ""),
    ("Fostering service review", ""),
    ("Work programme", ""),
])
def test_standard_items_are_recognised_by_title(title, kind):
    assert standard_items.kind_of(title) == kind


def test_exclusion_wording_names_the_paragraphs():
    assert standard_items.exclusion_resolution_text([3]) == EXCLUSION_WORDING.format("3")
    assert standard_items.exclusion_resolution_text([3, 1, 3]) == EXCLUSION_WORDING.format("1 and 3")
    assert standard_items.exclusion_resolution_text([5, 1, 3]) == EXCLUSION_WORDING.format("1, 3 and 5")


# --- Approving the previous meeting's minutes from its item -------------------------


@pytest.fixture
def two_meetings(clerk):
    """Last month's meeting with draft minutes published, and this month's, held a week ago."""
    committee = factories.CommitteeFactory()
    this = factories.MeetingFactory(committee=committee)
    previous = factories.MeetingFactory(committee=committee, start=this.start - timedelta(days=28))
    factories.AgendaItemFactory(meeting=previous, minutes="Written.")
    services.publish_draft_minutes(meeting=previous, user=clerk)
    item = factories.AgendaItemFactory(meeting=this, number="2", order=2,
                                       title="Minutes of the previous meeting", minutes="")
    previous.refresh_from_db()
    return previous, this, item


def approve_url(item):
    return reverse("clerk:approve_previous_minutes", args=[item.pk])


def test_item_offers_the_approval_and_links_the_previous_minutes(clerk_client, two_meetings):
    previous, this, item = two_meetings
    page = clerk_client.get(reverse("clerk:minutes_writer_item", args=[this.pk, item.pk])).content.decode()
    assert reverse("agenda:minutes", args=[previous.pk]) in page
    assert approve_url(item) in page


def test_approving_from_the_item_is_confirmed_first(clerk_client, two_meetings):
    previous, _, item = two_meetings
    response = clerk_client.get(approve_url(item))
    assert response.status_code == 200
    assert standard_items.approval_resolution_text(previous) in response.content.decode()
    previous.refresh_from_db()
    assert previous.minutes_status == Meeting.MinutesStatus.DRAFT


def test_approving_from_the_item_without_the_box_ticked_changes_nothing(clerk_client, two_meetings):
    previous, _, item = two_meetings
    response = clerk_client.post(approve_url(item), {"previous": previous.pk})
    assert response.status_code == 200
    assert "Tick the box to confirm the minutes were approved" in response.content.decode()
    previous.refresh_from_db()
    assert previous.minutes_status == Meeting.MinutesStatus.DRAFT
    assert not item.resolutions.exists()


def test_one_action_approves_the_minutes_and_writes_the_resolution(clerk_client, clerk, two_meetings):
    previous, this, item = two_meetings
    response = clerk_client.post(approve_url(item), {"previous": previous.pk, "confirm": "on"})
    assert response.status_code == 302
    previous.refresh_from_db()
    assert previous.minutes_status == Meeting.MinutesStatus.APPROVED
    assert previous.minutes_approved_at_meeting == this
    item.refresh_from_db()
    on_date = standard_items.meeting_date(previous)
    assert [(r.text, r.kind) for r in item.resolutions.all()] == [
        (f"That the minutes of the meeting held on {on_date} be approved as a correct record.",
         Resolution.Kind.AGREED)
    ]
    assert item.version == 2
    assert previous.history.first().history_user == clerk


def test_approval_and_resolution_are_all_or_nothing(clerk, two_meetings, monkeypatch):
    previous, _, item = two_meetings

    def refuse(self, *args, **kwargs):
        raise RuntimeError("the resolution could not be saved")

    monkeypatch.setattr(Resolution, "full_clean", refuse)
    with pytest.raises(RuntimeError):
        minutes_services.approve_previous_minutes(item=item, previous=previous, user=clerk)
    previous.refresh_from_db()
    assert previous.minutes_status == Meeting.MinutesStatus.DRAFT
    assert not item.resolutions.exists()


def test_approval_is_refused_when_the_previous_meeting_changed(clerk_client, two_meetings):
    previous, this, item = two_meetings
    older = factories.MeetingFactory(committee=this.committee, start=previous.start - timedelta(days=28))
    response = clerk_client.post(approve_url(item), {"previous": older.pk, "confirm": "on"})
    assert response.status_code == 200
    assert "previous meeting has changed" in response.content.decode()
    previous.refresh_from_db()
    assert previous.minutes_status == Meeting.MinutesStatus.DRAFT
    assert not item.resolutions.exists()


def test_approving_twice_is_refused_with_a_message(clerk_client, two_meetings):
    previous, _, item = two_meetings
    clerk_client.post(approve_url(item), {"previous": previous.pk, "confirm": "on"})
    response = clerk_client.post(approve_url(item), {"previous": previous.pk, "confirm": "on"})
    assert response.status_code == 200
    assert "These minutes are already approved." in response.content.decode()
    assert item.resolutions.count() == 1


def test_only_the_previous_minutes_item_approves(clerk, two_meetings):
    previous, this, _ = two_meetings
    other = factories.AgendaItemFactory(meeting=this, title="Work programme")
    with pytest.raises(Exception, match="not the approval"):
        minutes_services.approve_previous_minutes(item=other, previous=previous, user=clerk)


# --- Excluding the press and public --------------------------------------------------


@pytest.fixture
def exempt_agenda(db):
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting, number="5", order=1, title="Fostering service review")
    factories.AgendaItemFactory(meeting=meeting, number="6", order=2, title="Contract award", is_exempt=True,
                                exempt_paragraph=ExemptParagraph.FINANCIAL)
    factories.AgendaItemFactory(meeting=meeting, number="7", order=3, title="Staffing", is_exempt=True,
                                exempt_paragraph=ExemptParagraph.INDIVIDUAL)
    return meeting


def exclusion_url(meeting):
    return reverse("clerk:exclusion_add", args=[meeting.pk])


def test_exclusion_is_offered_when_an_exempt_item_is_on_the_agenda(clerk_client, exempt_agenda):
    for url in (reverse("clerk:meeting", args=[exempt_agenda.pk]),
                reverse("clerk:minutes_writer", args=[exempt_agenda.pk])):
        assert exclusion_url(exempt_agenda) in clerk_client.get(url).content.decode()
    page = clerk_client.get(exclusion_url(exempt_agenda)).content.decode()
    assert EXCLUSION_WORDING.format("1 and 3") in page


def test_exclusion_item_is_added_before_the_first_exempt_item(clerk_client, exempt_agenda):
    response = clerk_client.post(exclusion_url(exempt_agenda), {"paragraphs": "1,3"})
    assert response.status_code == 302
    items = list(exempt_agenda.items.order_by("order", "id"))
    assert [(i.number, i.title) for i in items] == [
        ("5", "Fostering service review"), ("5a", "Exclusion of the press and public"),
        ("6", "Contract award"), ("7", "Staffing"),
    ]
    added = items[1]
    assert [r.text for r in added.resolutions.all()] == [EXCLUSION_WORDING.format("1 and 3")]
    assert added.published_at is None
    # Once it is there, it is no longer offered.
    assert exclusion_url(exempt_agenda) not in clerk_client.get(
        reverse("clerk:meeting", args=[exempt_agenda.pk])).content.decode()


def test_exclusion_is_refused_when_the_exempt_items_changed(clerk_client, exempt_agenda):
    response = clerk_client.post(exclusion_url(exempt_agenda), {"paragraphs": "3"})
    assert response.status_code == 200
    assert "exempt items have changed" in response.content.decode()
    assert not exempt_agenda.items.filter(title__startswith="Exclusion").exists()


def test_exclusion_is_not_offered_without_exempt_business(clerk_client, db):
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting)
    assert exclusion_url(meeting) not in clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    response = clerk_client.post(exclusion_url(meeting), {"paragraphs": "3"})
    assert "No item on this agenda is exempt" in response.content.decode()
    assert AgendaItem.objects.filter(meeting=meeting).count() == 1


def _withdraw_directly(item):
    item.published_at = item.withdrawn_at = timezone.now()
    item.withdrawn_reason = "Report not ready."
    item.save()


def test_a_withdrawn_exempt_item_needs_no_exclusion(clerk_client, exempt_agenda):
    for item in exempt_agenda.items.filter(is_exempt=True):
        _withdraw_directly(item)
    assert exclusion_url(exempt_agenda) not in clerk_client.get(
        reverse("clerk:meeting", args=[exempt_agenda.pk])).content.decode()
    response = clerk_client.post(exclusion_url(exempt_agenda), {"paragraphs": "1,3"})
    assert "No item on this agenda is exempt" in response.content.decode()
    assert not exempt_agenda.items.filter(title__startswith="Exclusion").exists()


def test_exclusion_names_only_the_exempt_items_still_considered(clerk_client, exempt_agenda):
    _withdraw_directly(exempt_agenda.items.get(number="6"))
    assert EXCLUSION_WORDING.format("1") in clerk_client.get(exclusion_url(exempt_agenda)).content.decode()
    response = clerk_client.post(exclusion_url(exempt_agenda), {"paragraphs": "1"})
    assert response.status_code == 302
    assert [i.number for i in exempt_agenda.items.order_by("order", "id")] == ["5", "6", "6a", "7"]
