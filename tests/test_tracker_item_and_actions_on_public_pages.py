"""
The "tracker" agenda item lists, on its public page and in the printed
minutes, what the committee should review; each meeting's public page and
minutes show its actions and the actions arising from earlier meetings, as
far as the visitor may see them.
"""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from agenda.models import AgendaItem
from meetings.models import Meeting
from recommendations import services
from recommendations.tracker import TRACKER_TITLE
from tests.factories import ActionFactory, AgendaItemFactory, MeetingFactory, ResolutionFactory

pytestmark = pytest.mark.django_db


def _published(**kwargs):
    now = timezone.now()
    return MeetingFactory(minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=now, **kwargs)


def _recommendation_at(meeting, text):
    resolution = ResolutionFactory(item=AgendaItemFactory(meeting=meeting), kind="recommendation", text=text)
    return resolution.recommendation


def test_clerk_adds_the_tracker_item_through_the_agenda(clerk_client):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=20), agenda_published_at=None)
    existing = AgendaItemFactory(meeting=meeting, published_at=None)
    response = clerk_client.post(reverse("clerk:tracker_item_add", args=[meeting.pk]))
    item = AgendaItem.objects.get(meeting=meeting, title=TRACKER_TITLE)
    assert response.url == reverse("clerk:meeting", args=[meeting.pk]) + f"#item-{item.pk}"
    assert item.published_at is None and item.order > existing.order  # at the end of the agenda
    html = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    assert f"Item {item.number} is the tracker" in html and "Add the tracker item" not in html
    response = clerk_client.post(reverse("clerk:tracker_item_add", args=[meeting.pk]), follow=True)
    assert "already has a recommendations and actions tracker item" in response.content.decode()
    assert AgendaItem.objects.filter(meeting=meeting, title=TRACKER_TITLE).count() == 1


def test_tracker_item_shows_what_the_committee_should_review(client, clerk):
    first = _published(start=timezone.now() - timedelta(days=120))
    second = _published(committee=first.committee, start=timezone.now() - timedelta(days=60))
    review_at = _published(committee=first.committee, start=timezone.now() - timedelta(days=1))
    overdue = _recommendation_at(first, "That the Cabinet review respite care.")
    services.send_recommendation(recommendation=overdue, user=clerk, addressed_to="outside_body",
                                 sent_on=first.start.date(), response_due_on=first.start.date() + timedelta(days=10))
    answered = _recommendation_at(second, "That the Cabinet publish the waiting times.")
    services.send_recommendation(recommendation=answered, user=clerk, addressed_to="executive",
                                 sent_on=second.start.date())
    services.record_response(recommendation=answered, user=clerk, outcome="not_accepted",
                             responded_on=second.start.date() + timedelta(days=20), responded_by="Cabinet",
                             text="Not now.")
    other_committee = _recommendation_at(_published(), "That the Council do something else.")
    services.send_recommendation(recommendation=other_committee, user=clerk, addressed_to="executive",
                                 sent_on=date(2026, 1, 1))
    action = ActionFactory(meeting=second, text="Circulate the placement figures.")
    tracker = AgendaItemFactory(meeting=review_at, title=TRACKER_TITLE, minutes="<p>The Committee reviewed the tracker.</p>")

    html = client.get(reverse("agenda:item", kwargs={"meeting_pk": review_at.pk, "pk": tracker.pk})).content.decode()
    assert "What the committee is asked to review" in html
    assert "review respite care" in html and "Responses overdue" in html
    assert "publish the waiting times" in html and "Responses received since the last meeting" in html
    assert "Recommendations the committee may close" in html
    assert action.text in html
    assert "do something else" not in html

    minutes = client.get(reverse("agenda:minutes", args=[review_at.pk])).content.decode()
    article = minutes.split('<article class="scrutiny-minutes">')[1].split("</article>")[0]
    assert "what the committee reviewed" in article and "review respite care" in article
    assert action.text in article


def test_other_items_show_no_review(client):
    item = AgendaItemFactory(meeting=_published())
    html = client.get(reverse("agenda:item", kwargs={"meeting_pk": item.meeting_id, "pk": item.pk})).content.decode()
    assert "What the committee is asked to review" not in html


def test_meeting_page_and_minutes_show_its_actions_and_those_arising(client):
    first = _published(start=timezone.now() - timedelta(days=60))
    second = _published(committee=first.committee)
    arising = ActionFactory(meeting=first, text="Report back on the fostering allowance.")
    own = ActionFactory(meeting=second, text="Invite the ICB to the next meeting.")
    closed_before = ActionFactory(meeting=first, text="Long since done.",
                                  closed_at_meeting=MeetingFactory(committee=first.committee,
                                                                   start=first.start + timedelta(days=1)))
    for path in (reverse("agenda:meeting", args=[second.pk]), reverse("agenda:minutes", args=[second.pk])):
        html = client.get(path).content.decode()
        assert "Actions arising from earlier meetings" in html
        assert arising.text in html and own.text in html
        assert closed_before.text not in html
    minutes = client.get(reverse("agenda:minutes", args=[second.pk])).content.decode()
    assert own.text in minutes.split("</article>")[0]


def test_public_sees_no_actions_of_unpublished_minutes(client):
    first = MeetingFactory(start=timezone.now() - timedelta(days=60))
    second = _published(committee=first.committee)
    ActionFactory(meeting=first, text="A secret instruction.")
    ActionFactory(meeting=second, item=AgendaItemFactory(meeting=second, is_exempt=True, exempt_paragraph=3),
                  text="About the exempt contract.")
    for path in (reverse("agenda:meeting", args=[second.pk]), reverse("agenda:minutes", args=[second.pk])):
        html = client.get(path).content.decode()
        assert "A secret instruction." not in html
        assert "About the exempt contract." not in html


def test_tracker_review_runs_a_fixed_number_of_queries(client, clerk):
    first = _published(start=timezone.now() - timedelta(days=60))
    review_at = _published(committee=first.committee)
    tracker = AgendaItemFactory(meeting=review_at, title=TRACKER_TITLE)
    url = reverse("agenda:item", kwargs={"meeting_pk": review_at.pk, "pk": tracker.pk})

    def add_records():
        recommendation = _recommendation_at(first, "That something be done.")
        services.send_recommendation(recommendation=recommendation, user=clerk, addressed_to="executive",
                                     sent_on=first.start.date())
        ActionFactory(meeting=first)

    add_records()
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for _ in range(10):
        add_records()
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.content.decode().count("That something be done.") == 11
    assert len(many) == len(one)
