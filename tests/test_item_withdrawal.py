"""
A published item removed before the meeting is withdrawn, not deleted: it
stays on the public agenda with its number, marked "Withdrawn on <date>:
<reason>", and takes no minutes or resolutions. A draft is still deleted.
"""

from datetime import timedelta

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import AgendaItem, Resolution
from tests import factories
from tests.test_item_editor import item_form_data, page_text

pytestmark = pytest.mark.django_db

REASON = "The report is delayed until the consultation closes."


@pytest.fixture
def meeting(db):
    """A meeting next month whose agenda is published."""
    start = timezone.now().replace(microsecond=0) + timedelta(days=30)
    return factories.MeetingFactory(start=start, agenda_published_at=start - timedelta(days=10))


@pytest.fixture
def published(meeting):
    factories.AgendaItemFactory(meeting=meeting, number="1", order=1, title="Apologies for absence")
    return factories.AgendaItemFactory(meeting=meeting, number="2", order=2, title="School transport policy",
                                       minutes="")


def remove_url(item):
    return reverse("clerk:item_delete", args=[item.pk])


def withdraw(clerk_client, item, reason=REASON, version=None):
    return clerk_client.post(remove_url(item), {"version": version or item.version, "reason": reason})


def public_page(url):
    return page_text(Client().get(url))


def test_public_meeting_page_shows_the_withdrawn_item_with_date_and_reason(clerk_client, meeting, published):
    confirm = clerk_client.get(remove_url(published))
    assert "Are you sure you want to withdraw item 2: School transport policy?" in page_text(confirm)

    response = withdraw(clerk_client, published)

    assert response.status_code == 302
    assert "Item 2 withdrawn: School transport policy." in page_text(clerk_client.get(response.url))
    published.refresh_from_db()
    assert published.withdrawn_reason == REASON
    assert published.number == "2"
    today = f"{timezone.localtime():%-d %B %Y}"
    page = public_page(reverse("agenda:meeting", args=[meeting.pk]))
    assert f"2. School transport policy Withdrawn on {today}: {REASON}" in page


def test_item_page_shows_the_withdrawal_and_no_minutes_or_decisions(clerk, meeting, published):
    services.remove_item(item=published, user=clerk, version=published.version, reason=REASON)

    page = public_page(reverse("agenda:item", args=[meeting.pk, published.pk]))

    assert f"Withdrawn on {timezone.localtime():%-d %B %Y}: {REASON}" in page
    assert "the meeting did not consider it" in page
    assert "The minutes of this item have not been published yet." not in page


def test_agendas_feed_marks_the_withdrawn_item(clerk):
    meeting = factories.MeetingFactory(start=timezone.now() + timedelta(days=30), agenda_published_at=None)
    item = factories.AgendaItemFactory(meeting=meeting, title="School transport policy", published_at=None)
    services.publish_agenda(meeting=meeting, user=clerk, late_reason="Late.")
    item.refresh_from_db()
    services.remove_item(item=item, user=clerk, version=item.version, reason=REASON)

    feed = feedparser.parse(Client().get(reverse("feed_agendas")).content)

    (entry,) = feed.entries
    assert f"School transport policy (withdrawn on {timezone.localtime():%-d %B %Y}: {REASON})" in (
        entry.content[0].value
    )


def test_a_draft_item_is_still_deleted(clerk_client, meeting):
    draft = factories.AgendaItemFactory(meeting=meeting, number="3", title="Draft item", published_at=None)

    confirm = clerk_client.get(remove_url(draft))
    response = clerk_client.post(remove_url(draft), {"version": draft.version})

    assert "Are you sure you want to remove item 3: Draft item?" in page_text(confirm)
    assert 'name="reason"' not in confirm.content.decode()
    assert response.status_code == 302
    assert not AgendaItem.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("reason", ["", "   \r\n  "])
def test_an_empty_reason_is_asked_for_beside_the_field(clerk_client, published, reason):
    response = withdraw(clerk_client, published, reason=reason)

    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="id_reason_error"' in content
    assert "Give the reason the item is withdrawn" in page_text(response)
    published.refresh_from_db()
    assert published.withdrawn_at is None


def test_a_stale_withdrawal_is_refused(clerk_client, clerk, published):
    stale = published.version
    services.update_item(item=published, user=clerk, version=stale, fields={"title": "School transport"})

    response = withdraw(clerk_client, published, version=stale)

    assert response.status_code == 409
    assert "Someone else saved this item after you opened it" in page_text(response)
    published.refresh_from_db()
    assert published.withdrawn_at is None


def test_a_page_without_the_version_is_refused(clerk_client, published):
    response = clerk_client.post(remove_url(published), {"reason": REASON})

    assert response.status_code == 200
    assert "This page is out of date" in page_text(response)
    published.refresh_from_db()
    assert published.withdrawn_at is None


def test_a_published_item_of_a_held_meeting_is_still_refused(clerk_client, clerk):
    item = factories.AgendaItemFactory()  # the factory's meeting was held last week

    page = page_text(clerk_client.get(remove_url(item)))
    with pytest.raises(ValidationError, match="part of the record"):
        services.remove_item(item=item, user=clerk, version=item.version, reason=REASON)

    assert "it is part of the record and cannot be removed" in page
    item.refresh_from_db()
    assert item.withdrawn_at is None


def test_an_item_is_withdrawn_once(clerk, published):
    services.remove_item(item=published, user=clerk, reason=REASON)
    published.refresh_from_db()

    with pytest.raises(ValidationError, match="already withdrawn"):
        services.remove_item(item=published, user=clerk, reason="Again")


def test_audit_history_records_the_withdrawal_and_its_reason(clerk_client, clerk, published):
    services.remove_item(item=published, user=clerk, version=published.version, reason=REASON)

    page = page_text(clerk_client.get(reverse("clerk:item_history", args=[published.pk])))

    assert f"Item withdrawn: {REASON}" in page
    assert f"Reason for withdrawal (blank) → changed to {REASON}" in page


def test_withdrawing_removes_drafted_resolutions_and_refuses_new_ones(clerk, published):
    factories.ResolutionFactory(item=published, text="That the policy be approved.")

    services.remove_item(item=published, user=clerk, reason=REASON)
    published.refresh_from_db()

    assert not Resolution.objects.filter(item=published).exists()
    with pytest.raises(ValidationError, match="withdrawn on .* takes no minutes or resolutions"):
        services.update_item(item=published, user=clerk, version=published.version, fields={},
                             resolutions=[{"text": "That the policy be approved.", "kind": "agreed"}])
    with pytest.raises(ValidationError, match="takes no minutes"):
        services.update_item(item=published, user=clerk, version=published.version,
                             fields={"minutes": "The committee discussed the policy."})
    published.refresh_from_db()
    assert published.minutes == ""
    # Its other details can still be corrected.
    services.update_item(item=published, user=clerk, version=published.version,
                         fields={"title": "School transport policy 2027"})


def test_the_item_editor_says_a_withdrawn_item_takes_no_minutes(clerk_client, clerk, published):
    services.remove_item(item=published, user=clerk, reason=REASON)
    published.refresh_from_db()
    editor = page_text(clerk_client.get(reverse("clerk:item_update", args=[published.pk])))
    assert f"Withdrawn on {timezone.localtime():%-d %B %Y}: {REASON}" in editor

    response = clerk_client.post(
        reverse("clerk:item_update", args=[published.pk]),
        item_form_data(published, minutes="The committee discussed the policy."),
    )

    assert response.status_code == 200
    assert "it takes no minutes or resolutions" in page_text(response)
    published.refresh_from_db()
    assert published.minutes == ""


def test_a_withdrawn_item_needs_no_minutes_and_gets_no_minute_number(clerk, meeting, published):
    apologies = meeting.items.get(number="1")
    services.remove_item(item=published, user=clerk, reason=REASON)

    assert list(AgendaItem.objects.filter(meeting=meeting).needing_minutes()) == []
    services.publish_draft_minutes(meeting=meeting, user=clerk, now=meeting.start + timedelta(days=1))

    published.refresh_from_db()
    apologies.refresh_from_db()
    assert published.minute_number is None
    assert apologies.minute_number is not None
    page = public_page(reverse("agenda:minutes", args=[meeting.pk]))
    assert f"School transport policy Withdrawn on {timezone.localtime():%-d %B %Y}: {REASON}" in page


@pytest.mark.parametrize(
    "fields",
    [
        {"withdrawn_reason": ""},  # withdrawn without a reason
        {"published_at": None},  # a draft is deleted, never withdrawn
    ],
)
def test_the_database_refuses_a_withdrawal_without_reason_or_publication(published, fields):
    values = {"withdrawn_at": timezone.now(), "withdrawn_reason": REASON, **fields}
    with pytest.raises(IntegrityError), transaction.atomic():
        AgendaItem.objects.filter(pk=published.pk).update(**values)


def test_the_minutes_writer_refuses_minutes_for_a_withdrawn_item(clerk_client, clerk, meeting, published):
    from tests.test_minutes_writer import writer_data, writer_url

    services.remove_item(item=published, user=clerk, reason=REASON)
    published.refresh_from_db()

    page = page_text(clerk_client.get(writer_url(published)))
    response = clerk_client.post(writer_url(published), writer_data(published, minutes="Discussed.", save="1"))

    assert f"Withdrawn on {timezone.localtime():%-d %B %Y}: {REASON}" in page
    assert response.status_code == 409
    assert "it takes no minutes or resolutions" in page_text(response)
    assert "Nothing was saved" in page_text(response)
    assert 'name="minutes"' not in response.content.decode()
    published.refresh_from_db()
    assert published.minutes == ""


def test_save_and_next_in_the_minutes_writer_passes_over_a_withdrawn_item(clerk_client, clerk, meeting, published):
    from tests.test_minutes_writer import writer_data, writer_url

    before = meeting.items.get(number="1")
    after = factories.AgendaItemFactory(meeting=meeting, number="9", order=99, title="Work programme")
    services.remove_item(item=published, user=clerk, reason=REASON)

    response = clerk_client.post(writer_url(before), writer_data(before, minutes="None.", save_and_next="1"))

    assert response.status_code == 302
    assert response["Location"] == writer_url(after)


def test_a_withdrawn_previous_minutes_item_approves_nothing(clerk):
    from agenda import minutes_services
    from meetings.models import Meeting

    committee = factories.CommitteeFactory()
    this = factories.MeetingFactory(committee=committee)  # held a week ago
    previous = factories.MeetingFactory(committee=committee, start=this.start - timedelta(days=28))
    factories.AgendaItemFactory(meeting=previous, minutes="Written.")
    services.publish_draft_minutes(meeting=previous, user=clerk)
    item = factories.AgendaItemFactory(meeting=this, title="Minutes of the previous meeting", minutes="")
    services.remove_item(item=item, user=clerk, reason=REASON, now=this.start - timedelta(days=2))
    previous.refresh_from_db()

    with pytest.raises(ValidationError, match="takes no minutes or resolutions"):
        minutes_services.approve_previous_minutes(item=item, previous=previous, user=clerk)

    previous.refresh_from_db()
    assert previous.minutes_status == Meeting.MinutesStatus.DRAFT
    assert not item.resolutions.exists()
