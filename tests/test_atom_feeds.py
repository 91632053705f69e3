"""
The Atom feeds of decisions and agendas: readable by a real feed parser,
newest first, and always built as the public sees the record, whoever asks.
"""

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from agenda.models import AgendaItem, AgendaPublication, ExemptParagraph
from agenda.services import publish_agenda
from tests import factories

pytestmark = pytest.mark.django_db

SECRET_WORDS = ["ZANZIBAR", "QUOKKA", "WOMBAT", "NARWHAL"]


def decided_item(*, published, committee=None, reference="CYP/2026/1", **item_fields):
    """A published item of a meeting whose decisions were published at `published`."""
    meeting = factories.MeetingFactory(
        committee=committee or factories.CommitteeFactory(),
        start=published - timedelta(days=2),
        decisions_published_at=published,
    )
    item = factories.AgendaItemFactory(meeting=meeting, **item_fields)
    resolution = factories.ResolutionFactory(item=item, reference=reference)
    return item, resolution


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


def test_decisions_feed_lists_public_resolutions_newest_first(public_client):
    now = timezone.now().replace(microsecond=0)
    committee = factories.CommitteeFactory(name="Health & Wellbeing Scrutiny Panel")
    decided_item(
        published=now - timedelta(days=20), reference="CYP/2026/1", title="Fostering service review"
    )
    newer_item, newer = decided_item(
        published=now - timedelta(days=1),
        committee=committee,
        reference="HWB/2026/4(a)",
        title="Hospital discharge",
        preamble="That the panel:",
    )
    newer.text = "Asks the Cabinet Member to report back in March."
    newer.save()

    response, feed = parse(public_client, reverse("feed_decisions"))

    assert [entry.title for entry in feed.entries] == [
        "HWB/2026/4(a): Hospital discharge",
        "CYP/2026/1: Fostering service review",
    ]
    entry = feed.entries[0]
    assert entry.link == f"http://testserver{reverse('agenda:resolution', args=[newer.pk])}"
    assert entry.author == "Health & Wellbeing Scrutiny Panel"
    assert entry.content[0].value.startswith(
        "<p>That the panel:</p>\n\n<p>Asks the Cabinet Member to report back in March.</p>"
    )
    published = newer_item.meeting.decisions_published_at
    assert datetime(*entry.updated_parsed[:6], tzinfo=dt_timezone.utc) == published
    assert feed.feed.links[0].href.endswith(reverse("agenda:decisions"))
    assert response["Last-Modified"]


def test_decisions_feed_keeps_entry_ids_between_requests(public_client):
    decided_item(published=timezone.now() - timedelta(days=1), reference="CYP/2026/1")
    decided_item(published=timezone.now() - timedelta(days=1), reference="CYP/2026/2")

    first = [entry.id for entry in parse(public_client, reverse("feed_decisions"))[1].entries]
    second = [entry.id for entry in parse(public_client, reverse("feed_decisions"))[1].entries]

    assert first == second
    assert len(set(first)) == 2
    assert all(entry_id.startswith("tag:testserver,") for entry_id in first)


def test_decisions_feed_shows_only_published_decisions(public_client):
    _, public = decided_item(published=timezone.now() - timedelta(days=1))
    undecided = factories.AgendaItemFactory(title="Library opening hours")
    factories.ResolutionFactory(item=undecided, text="That the QUOKKA report be noted.")

    _, feed = parse(public_client, reverse("feed_decisions"))

    assert [entry.link for entry in feed.entries] == [
        f"http://testserver{reverse('agenda:resolution', args=[public.pk])}"
    ]


def make_public_record(committee, clerk):
    """A published decision and a published agenda, both with "Fostering service review"."""
    decided_item(published=timezone.now() - timedelta(days=2), committee=committee)
    upcoming = factories.MeetingFactory(
        committee=committee, start=timezone.now() + timedelta(days=20), agenda_published_at=None
    )
    factories.AgendaItemFactory(meeting=upcoming, title="Fostering service review")
    factories.AgendaItemFactory(
        meeting=upcoming,
        title="Residential placement contract",
        description="The ZANZIBAR bid.",
        is_exempt=True,
        exempt_paragraph=ExemptParagraph.FINANCIAL,
    )
    publish_agenda(meeting=upcoming, user=clerk)
    factories.AgendaItemFactory(meeting=upcoming, title="WOMBAT late draft")


def make_secrets(committee, clerk):
    """Records none of which the public may read, each carrying a distinctive word."""
    published = timezone.now() - timedelta(days=1)
    exempt, _ = decided_item(
        published=published,
        committee=committee,
        reference="CYP/2026/7",
        title="Residential placement contract",
        is_exempt=True,
        exempt_paragraph=ExemptParagraph.FINANCIAL,
        preamble="ZANZIBAR preamble",
    )
    exempt.resolutions.update(text="Award the ZANZIBAR contract.")
    draft, _ = decided_item(
        published=published, committee=committee, reference="CYP/2026/8", title="WOMBAT draft item"
    )
    AgendaItem.objects.filter(pk=draft.pk).update(published_at=None)
    undecided_meeting = factories.MeetingFactory(committee=committee)
    factories.ResolutionFactory(
        item=factories.AgendaItemFactory(meeting=undecided_meeting, title="Parking charges"),
        text="Recommend the QUOKKA tariff.",
    )
    # Publication rows that disagree with the records they list: the meeting's
    # agenda is not published (its venue would show in the entry), or the
    # item is a draft.
    unpublished_agenda = factories.MeetingFactory(
        committee=committee,
        start=timezone.now() + timedelta(days=20),
        agenda_published_at=None,
        venue="NARWHAL Hall",
    )
    narwhal = factories.AgendaItemFactory(meeting=unpublished_agenda, title="NARWHAL consultation")
    publication = AgendaPublication.objects.create(
        meeting=unpublished_agenda,
        published_at=published,
        published_by=clerk,
        clear_working_days=10,
    )
    publication.items.set([narwhal])
    publication = AgendaPublication.objects.create(
        meeting=draft.meeting, published_at=published, published_by=clerk, clear_working_days=10
    )
    publication.items.set([draft])


@pytest.mark.parametrize("persona", ["public_client", "councillor_client", "clerk_client"])
@pytest.mark.parametrize(
    "url_name", ["feed_decisions", "feed_committee_decisions", "feed_agendas"]
)
def test_feeds_never_carry_draft_or_exempt_text_whoever_asks(request, clerk, persona, url_name):
    client = request.getfixturevalue(persona)
    committee = factories.CommitteeFactory(slug="children")
    make_public_record(committee, clerk)
    make_secrets(committee, clerk)
    args = ["children"] if url_name == "feed_committee_decisions" else []

    response = client.get(reverse(url_name, args=args))

    assert response.status_code == 200
    for word in SECRET_WORDS:
        assert word.encode() not in response.content
    assert b"Fostering service review" in response.content


def test_committee_decisions_feed_shows_only_that_committee(public_client):
    children = factories.CommitteeFactory(slug="children", name="Children's Scrutiny")
    decided_item(published=timezone.now() - timedelta(days=1), committee=children)
    decided_item(published=timezone.now() - timedelta(days=1), reference="ENV/2026/1")

    _, feed = parse(public_client, reverse("feed_committee_decisions", args=["children"]))

    assert [entry.title for entry in feed.entries] == ["CYP/2026/1: Fostering service review"]
    assert feed.feed.title == "Decisions: Children's Scrutiny"
    assert feed.feed.links[0].href.endswith(reverse("meetings:committee", args=["children"]))


def test_committee_decisions_feed_of_unknown_committee_is_not_found(public_client):
    response = public_client.get(reverse("feed_committee_decisions", args=["no-such-committee"]))

    assert response.status_code == 404


def test_agendas_feed_lists_agenda_and_supplementary_agenda(public_client, clerk):
    now = timezone.now().replace(microsecond=0)
    committee = factories.CommitteeFactory(name="Children's Scrutiny")
    meeting = factories.MeetingFactory(
        committee=committee,
        start=now + timedelta(days=21),
        agenda_published_at=None,
        venue="Council Chamber",
    )
    factories.AgendaItemFactory(meeting=meeting, number="1", title="Apologies for absence")
    factories.AgendaItemFactory(
        meeting=meeting,
        number="2",
        title="Residential placement contract",
        description="ZANZIBAR Ltd's bid.",
        is_exempt=True,
        exempt_paragraph=ExemptParagraph.FINANCIAL,
    )
    publish_agenda(meeting=meeting, user=clerk, now=now - timedelta(hours=2))
    factories.AgendaItemFactory(meeting=meeting, number="3", title="Urgent: school transport")
    publish_agenda(meeting=meeting, user=clerk, now=now - timedelta(hours=1))
    factories.AgendaItemFactory(meeting=meeting, number="4", title="WOMBAT late draft")

    _, feed = parse(public_client, reverse("feed_agendas"))

    day = f"{timezone.localtime(meeting.start):%-d %B %Y}"
    assert [entry.title for entry in feed.entries] == [
        f"Supplementary agenda published: Children's Scrutiny, {day}",
        f"Agenda published: Children's Scrutiny, {day}",
    ]
    meeting_url = f"http://testserver{reverse('agenda:meeting', args=[meeting.pk])}"
    assert [entry.link for entry in feed.entries] == [meeting_url, meeting_url]
    assert len({entry.id for entry in feed.entries}) == 2
    first_agenda = feed.entries[1].content[0].value
    assert "Apologies for absence" in first_agenda
    assert "Residential placement contract (exempt)" in first_agenda
    assert "Council Chamber" in first_agenda
    assert "Urgent: school transport" in feed.entries[0].content[0].value
    assert "Urgent: school transport" not in first_agenda
    for entry in feed.entries:
        assert "ZANZIBAR" not in entry.content[0].value
        assert "WOMBAT" not in entry.content[0].value


def _add_decision(committee, n, clerk):
    decided_item(
        published=timezone.now() - timedelta(days=1, minutes=n),
        committee=committee,
        reference=f"CYP/2026/{n}",
    )


def _add_agenda(committee, n, clerk):
    meeting = factories.MeetingFactory(
        committee=committee, start=timezone.now() + timedelta(days=21), agenda_published_at=None
    )
    factories.AgendaItemFactory.create_batch(2, meeting=meeting)
    publish_agenda(meeting=meeting, user=clerk)


@pytest.mark.parametrize(
    "url_name, args, add",
    [
        ("feed_decisions", [], _add_decision),
        ("feed_committee_decisions", ["children"], _add_decision),
        ("feed_agendas", [], _add_agenda),
    ],
)
def test_feeds_run_a_fixed_number_of_queries(
    public_client, clerk, django_assert_max_num_queries, url_name, args, add
):
    committee = factories.CommitteeFactory(slug="children")
    url = reverse(url_name, args=args)
    add(committee, 1, clerk)
    with CaptureQueriesContext(connection) as one:
        assert public_client.get(url).status_code == 200

    for n in range(2, 31):
        add(committee, n, clerk)
    with django_assert_max_num_queries(len(one)):
        response = public_client.get(url)

    assert len(feedparser.parse(response.content).entries) == 30


def test_agendas_feed_drops_a_publication_whose_items_were_all_deleted(public_client, clerk):
    now = timezone.now().replace(microsecond=0)
    committee = factories.CommitteeFactory(name="Children's Scrutiny")
    meeting = factories.MeetingFactory(committee=committee, start=now + timedelta(days=21), agenda_published_at=None)
    factories.AgendaItemFactory(meeting=meeting, number="1", title="Apologies for absence")
    publish_agenda(meeting=meeting, user=clerk, now=now - timedelta(hours=2))
    late = factories.AgendaItemFactory(meeting=meeting, number="2", title="Withdrawn urgent item")
    publish_agenda(meeting=meeting, user=clerk, now=now - timedelta(hours=1))
    late.delete()

    _, feed = parse(public_client, reverse("feed_agendas"))

    day = f"{timezone.localtime(meeting.start):%-d %B %Y}"
    assert [entry.title for entry in feed.entries] == [f"Agenda published: Children's Scrutiny, {day}"]
