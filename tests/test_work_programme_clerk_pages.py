"""
Clerks keep each committee's work programme: adding and editing topics
(a reason beside the field when one is deferred or dropped, a save from a
stale page refused, every change in the history), and putting a topic on
a meeting's agenda, which adds the item by the agenda's own rules and links
the two.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from agenda.models import AgendaItem
from meetings import fingerprints
from meetings.models import Committee, Meeting
from recommendations import programme
from recommendations.models import WorkProgrammeEntry
from tests import factories

pytestmark = pytest.mark.django_db


def _form_data(**overrides):
    data = {
        "title": "School transport", "purpose": "To review the cost of home to school transport.",
        "planned_meeting": "", "kind": "report", "lead_officer": "Head of Transport",
        "status": "planned", "status_reason": "",
    }
    data.update(overrides)
    return data


def _edit_data(entry, **overrides):
    data = _form_data(
        title=entry.title, purpose=entry.purpose, planned_meeting=entry.planned_meeting_id or "",
        kind=entry.kind, lead_officer=entry.lead_officer, status=entry.status, status_reason=entry.status_reason,
        fingerprint=fingerprints.of_instance(entry),
    )
    data.update(overrides)
    return data


@pytest.fixture
def committee(db):
    return factories.CommitteeFactory(name="Children's Scrutiny Committee", slug="children")


def test_clerk_adds_a_topic_planned_for_a_meeting(clerk_client, committee):
    year = programme.current_year()
    meeting = factories.MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=1))
    response = clerk_client.post(
        reverse("clerk:work_programme_add", args=[committee.slug, year]),
        _form_data(planned_meeting=meeting.pk),
    )
    assert response.status_code == 302
    entry = WorkProgrammeEntry.objects.get()
    assert (entry.committee, entry.municipal_year, entry.planned_meeting) == (committee, year, meeting)
    assert entry.history.get().history_user is not None
    page = clerk_client.get(reverse("clerk:work_programme", args=[committee.slug, year])).content.decode()
    assert "School transport" in page and "Put on the agenda of" in page


def test_a_deferred_topic_needs_a_reason_shown_beside_the_field(clerk_client, committee):
    year = programme.current_year()
    response = clerk_client.post(
        reverse("clerk:work_programme_add", args=[committee.slug, year]), _form_data(status="deferred")
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="id_status_reason_error"' in page
    assert "Say why the topic was deferred or dropped." in page
    assert not WorkProgrammeEntry.objects.exists()


def test_a_dropped_topic_keeps_its_reason(clerk_client, committee):
    entry = factories.WorkProgrammeEntryFactory(committee=committee)
    response = clerk_client.post(
        reverse("clerk:work_programme_edit", args=[entry.pk]),
        _edit_data(entry, status="dropped", status_reason="Covered by the Cabinet's own review."),
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.status, entry.status_reason) == ("dropped", "Covered by the Cabinet's own review.")


def test_a_planned_meeting_of_another_committee_is_refused(clerk_client, committee):
    other = factories.MeetingFactory()
    response = clerk_client.post(
        reverse("clerk:work_programme_add", args=[committee.slug, programme.current_year()]),
        _form_data(planned_meeting=other.pk),
    )
    assert response.status_code == 200
    assert 'id="id_planned_meeting_error"' in response.content.decode()
    assert not WorkProgrammeEntry.objects.exists()


def test_a_save_from_a_stale_page_is_refused_and_keeps_what_was_typed(clerk_client, committee):
    entry = factories.WorkProgrammeEntryFactory(committee=committee, lead_officer="Director")
    stale = _edit_data(entry, lead_officer="Assistant Director")
    WorkProgrammeEntry.objects.filter(pk=entry.pk).update(lead_officer="Head of Service")
    response = clerk_client.post(reverse("clerk:work_programme_edit", args=[entry.pk]), stale)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Someone else saved this" in page
    assert "Head of Service" in page and 'value="Assistant Director"' in page
    entry.refresh_from_db()
    assert entry.lead_officer == "Head of Service"
    # Saving again, now knowing the other version, keeps the clerk's.
    fresh = response.context["form"].data["fingerprint"]
    response = clerk_client.post(
        reverse("clerk:work_programme_edit", args=[entry.pk]), {**stale, "fingerprint": fresh}
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.lead_officer == "Assistant Director"


def test_the_history_shows_each_change(clerk_client, committee):
    entry = factories.WorkProgrammeEntryFactory(committee=committee)
    clerk_client.post(
        reverse("clerk:work_programme_edit", args=[entry.pk]),
        _edit_data(entry, status="deferred", status_reason="Waiting for the Ofsted report."),
    )
    page = clerk_client.get(reverse("clerk:work_programme_history", args=[entry.pk])).content.decode()
    assert "Waiting for the Ofsted report." in page
    assert "Deferred" in page and "Chris Clerk" in page


def test_putting_a_topic_on_the_agenda_adds_the_item_and_links_them(clerk_client, committee):
    meeting = factories.MeetingFactory(
        committee=committee, start=timezone.now() + timedelta(days=20), agenda_published_at=None
    )
    entry = factories.WorkProgrammeEntryFactory(
        committee=committee, planned_meeting=meeting, lead_officer="Director of Children's Services"
    )
    response = clerk_client.post(
        reverse("clerk:work_programme_put_on_agenda", args=[entry.pk]),
        {"meeting": meeting.pk, "fingerprint": fingerprints.of_instance(entry)},
    )
    item = AgendaItem.objects.get(meeting=meeting)
    assert response.status_code == 302 and response["Location"] == reverse("clerk:item_update", args=[item.pk])
    assert item.title == entry.title
    assert "scrutinise the draft strategy" in item.description
    assert item.presenter == "Director of Children's Services"
    assert item.published_at is None
    entry.refresh_from_db()
    assert (entry.agenda_item, entry.status) == (item, WorkProgrammeEntry.Status.ON_AGENDA)


def test_a_topic_cannot_go_on_the_agenda_of_approved_minutes(clerk_client, committee):
    meeting = factories.MeetingFactory(committee=committee, start=timezone.now() - timedelta(days=40))
    later = factories.MeetingFactory(committee=committee)
    Meeting.objects.filter(pk=meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED, minutes_published_at=timezone.now() - timedelta(days=30),
        minutes_approved_at_meeting=later,
    )
    entry = factories.WorkProgrammeEntryFactory(committee=committee, municipal_year=2000)
    response = clerk_client.post(
        reverse("clerk:work_programme_put_on_agenda", args=[entry.pk]),
        {"meeting": meeting.pk, "fingerprint": fingerprints.of_instance(entry)},
    )
    assert response.status_code == 200
    assert "approved as a correct record" in response.content.decode()
    assert not AgendaItem.objects.exists()
    entry.refresh_from_db()
    assert entry.agenda_item is None and entry.status == WorkProgrammeEntry.Status.PLANNED


def test_the_meeting_page_offers_the_topics_planned_for_it(clerk_client, committee):
    meeting = factories.MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=5))
    factories.WorkProgrammeEntryFactory(committee=committee, planned_meeting=meeting, title="Youth services")
    factories.WorkProgrammeEntryFactory(
        committee=committee, planned_meeting=meeting, title="Dropped topic", status="dropped", status_reason="x"
    )
    page = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    assert "Planned for this meeting in the work programme" in page
    assert "Youth services" in page and "Dropped topic" not in page


def test_a_task_and_finish_group_has_a_work_programme_like_any_committee(clerk_client):
    group = factories.CommitteeFactory(slug="care-leavers-housing", kind=Committee.Kind.TASK_AND_FINISH)
    year = programme.current_year()
    response = clerk_client.post(reverse("clerk:work_programme_add", args=[group.slug, year]), _form_data())
    assert response.status_code == 302
    assert WorkProgrammeEntry.objects.get().committee == group
    assert "School transport" in clerk_client.get(
        reverse("recommendations:work_programme", args=[group.slug, year])
    ).content.decode()


def test_the_work_programme_pages_are_for_clerks_only(councillor_client, committee):
    entry = factories.WorkProgrammeEntryFactory(committee=committee)
    for url in (
        reverse("clerk:work_programme", args=[committee.slug, 2026]),
        reverse("clerk:work_programme_edit", args=[entry.pk]),
        reverse("clerk:work_programme_put_on_agenda", args=[entry.pk]),
    ):
        assert councillor_client.get(url).status_code == 403


def test_unknown_topics_committees_and_years_are_not_found(clerk_client, committee):
    assert clerk_client.get(reverse("clerk:work_programme_edit", args=[999])).status_code == 404
    assert clerk_client.get(reverse("clerk:work_programme", args=["nobody", 2026])).status_code == 404
    assert clerk_client.get(reverse("clerk:work_programme", args=[committee.slug, 99999])).status_code == 404
