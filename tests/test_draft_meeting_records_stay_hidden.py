"""
A meeting taken back to draft (its announcement cleared in the admin, or a
row restored from an old backup) hides everything of it from the public,
not only its items: its decisions, declarations, papers and corrections,
even where their rows say they were published.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import Declaration, MinutesCorrection, Resolution, SupportingDocument
from meetings.models import Meeting
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_meeting_with_records(clerk):
    now = timezone.now()
    meeting = factories.MeetingFactory(start=now - timedelta(days=20))
    item = factories.AgendaItemFactory(meeting=meeting)
    resolution = factories.ResolutionFactory(item=item, text="That the OKAPIDRAFT scheme be approved.")
    factories.DeclarationFactory(meeting=meeting, item=item)
    factories.DeclarationFactory(meeting=meeting)
    factories.DocumentFactory(item=item)
    services.publish_draft_minutes(meeting=meeting, user=clerk, now=now - timedelta(days=15))
    later = factories.MeetingFactory(committee=meeting.committee, start=now - timedelta(days=5))
    services.approve_minutes(meeting=meeting, approving_meeting=later, user=clerk)
    services.record_correction(meeting=meeting, user=clerk, resolution=resolution, text="t", reason="r")
    services.record_correction(meeting=meeting, user=clerk, text="t", reason="r")
    readable = [qs.visible_to(AnonymousUser()).count() for qs in
                (Resolution.objects, Declaration.objects, SupportingDocument.objects, MinutesCorrection.objects)]
    assert readable == [1, 2, 1, 2]
    Meeting.objects.filter(pk=meeting.pk).update(announced_at=None)
    return resolution


def test_nothing_of_a_draft_meeting_is_visible_to_the_public(draft_meeting_with_records, councillor):
    for user in (AnonymousUser(), councillor):
        for model in (Resolution, Declaration, SupportingDocument, MinutesCorrection):
            assert not model.objects.visible_to(user).exists(), (model, user)


def test_a_draft_meetings_decision_has_no_page_and_is_not_listed(client, draft_meeting_with_records):
    assert client.get(reverse("agenda:resolution", args=[draft_meeting_with_records.pk])).status_code == 404
    assert "OKAPIDRAFT" not in client.get(reverse("agenda:decisions")).content.decode()
    assert "OKAPIDRAFT" not in client.get(reverse("feed_decisions")).content.decode()
