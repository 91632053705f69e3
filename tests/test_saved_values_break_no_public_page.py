"""
Whatever a clerk or an import has saved, every public page and feed still
answers: a meeting in year 1 or in 9999, control characters and bidi
overrides in any text, a very long minute, huge numbers.

The records are written straight to the database, as an import or an older
version of the site could have written them, so that nothing at entry can
have caught them. The URLs walked are every public pattern, filled from the
database, and the links on those pages (see test_nothing_unpublished_leaks).
"""

from datetime import datetime, timedelta, timezone as dt_timezone

import pytest
from django.test import Client
from django.utils import timezone

from agenda.models import AgendaPublication
from meetings.models import Meeting
from search.models import SearchEntry
from tests import factories
from tests.test_nothing_unpublished_leaks import PUBLIC_PATTERNS, urls_for, walk

pytestmark = pytest.mark.django_db

# Every C0 control but tab, newline and carriage return, DEL, and the bidi
# overrides and isolates. NUL is left out: PostgreSQL refuses it in text, so
# no record can hold one.
CONTROLS = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r") + "\x7f"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
HOSTILE = f"Hostile{CONTROLS}{BIDI}text <b>&amp; ]]> \ufeff\ufffe end"
LONG_MINUTES = ("The Committee discussed the report at length. " * 22_000)[:1_000_000]

EARLIEST = datetime(1, 1, 1, 0, 0, tzinfo=dt_timezone.utc)
LATEST = datetime(9999, 12, 31, 22, 0, tzinfo=dt_timezone.utc)


def saved_as_is(record, **values):
    """Write values to a record without its save(), as raw SQL or an old import would."""
    type(record).objects.filter(pk=record.pk).update(**values)
    return record


def _hostile_meeting(committee, start, end=None):
    published = timezone.now() - timedelta(days=30)
    meeting = factories.MeetingFactory(
        committee=committee,
        start=published + timedelta(days=10),
        agenda_published_at=published,
        decisions_published_at=published,
        minutes_status=Meeting.MinutesStatus.DRAFT,
        minutes_published_at=published,
    )
    item = factories.AgendaItemFactory(meeting=meeting, published_at=published)
    publication = AgendaPublication.objects.create(
        meeting=meeting, published_at=published, published_by=factories.ClerkFactory(), clear_working_days=5
    )
    publication.items.add(item)
    saved_as_is(
        item, title=HOSTILE, description=HOSTILE, minutes=HOSTILE, presenter=HOSTILE,
        reason_for_decision=HOSTILE, preamble=HOSTILE[:200],
    )
    resolution = factories.ResolutionFactory(
        item=item, outcome="carried", votes_for=2_147_483_647, votes_against=0, votes_abstained=2_147_483_647
    )
    saved_as_is(resolution, text=HOSTILE)
    document = factories.DocumentFactory(item=item)
    saved_as_is(document, title=HOSTILE, original_filename=f"{HOSTILE}.pdf")
    person = factories.PersonFactory()
    saved_as_is(person, name=HOSTILE, party=HOSTILE, ward=HOSTILE, honorific=HOSTILE[:50])
    factories.MembershipFactory(committee=committee, person=person)
    factories.AttendanceFactory(meeting=meeting, person=person)
    declaration = factories.DeclarationFactory(meeting=meeting, person=person, item=item)
    saved_as_is(declaration, text=HOSTILE)
    return saved_as_is(meeting, start=start, end=end, venue=HOSTILE, status_reason=HOSTILE)


@pytest.fixture
def hostile_records(db):
    now = timezone.now().replace(microsecond=0)
    committee = saved_as_is(
        factories.CommitteeFactory(slug="hostile"), name=HOSTILE, terms_of_reference=HOSTILE
    )
    earliest = _hostile_meeting(committee, EARLIEST)
    latest = _hostile_meeting(committee, LATEST, end=LATEST + timedelta(hours=1, minutes=59))
    # The index as a meeting saved with those dates would have left it.
    SearchEntry.objects.filter(meeting=earliest).update(held_on=EARLIEST.date())
    SearchEntry.objects.filter(meeting=latest).update(held_on=LATEST.date())
    _hostile_meeting(committee, datetime(9997, 6, 1, 18, 0, tzinfo=dt_timezone.utc))
    _hostile_meeting(committee, now - timedelta(days=3))
    long_meeting = factories.MeetingFactory(
        committee=committee, start=now - timedelta(days=40), decisions_published_at=now,
        minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=now,
    )
    factories.ResolutionFactory(
        item=factories.AgendaItemFactory(meeting=long_meeting, title="Long minutes", minutes=LONG_MINUTES),
        text=LONG_MINUTES[:200_000],
    )
    return committee


def test_every_public_page_and_feed_answers_whatever_was_saved(hostile_records):
    seeds = [url for pattern in PUBLIC_PATTERNS for url in urls_for(pattern)]
    seeds += [
        "/search/?q=hostile", "/search/?q=hostile&sort=newest", "/search/?q=committee&date_from=1/1/1",
        "/search/?q=hostile&date_to=31/12/9999", "/decisions/?date_from=1/1/0001",
        "/search/?q=report", "/search/?q=report&sort=newest", "/search/?q=report&page=2",
        "/search/?q=committee+report", '/search/?q="the+committee"', "/search/?q=report+-hostile",
        "/search/?q=report&date_from=1/1/2", "/search/?q=report&date_from=1/1/9999",
        "/search/?q=reprot", "/search/?q=discussed&type=item",
        "/calendar/1/1/", "/calendar/9999/12/",
    ]
    seen, _ = walk(Client(), seeds, depth=1)
    # walk() asserts each answer is below 500; make sure it walked something real.
    assert sum(1 for status, _ in seen.values() if status == 200) > 30


@pytest.mark.parametrize("url", [
    "/feeds/decisions.atom", "/feeds/agendas.atom", "/feeds/committees/hostile/decisions.atom",
])
def test_atom_feeds_drop_control_characters_and_keep_the_text(hostile_records, url):
    response = Client().get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Hostile" in body
    assert not any(ch in body for ch in CONTROLS.replace("\t", "") + BIDI)


@pytest.mark.parametrize("url", ["/feeds/meetings.ics", "/feeds/committees/hostile/meetings.ics"])
def test_icalendar_feeds_stay_small_and_clean_with_far_dates(hostile_records, url):
    response = Client().get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert not any(ch in body for ch in CONTROLS + BIDI)
    # A meeting in 9997 must not make the time zone span eight thousand years.
    assert body.count("BEGIN:DAYLIGHT") < 200
    assert "BEGIN:VEVENT" in body


def test_text_from_the_record_is_shown_with_bidi_isolation(client):
    meeting = factories.MeetingFactory(
        minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=timezone.now()
    )
    person = factories.PersonFactory(name="سارة أحمد", honorific="")
    item = factories.AgendaItemFactory(meeting=meeting, title="مكتبة library hours")
    factories.DeclarationFactory(meeting=meeting, person=person, item=item, text="Governor of مدرسة")
    html = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "<bdi>Governor of مدرسة</bdi>" in html
    assert "<bdi>مكتبة library hours</bdi>" in html
    assert "<bdi>سارة أحمد</bdi>" in html or ">سارة أحمد</a>" in html


def test_the_upgrade_cleans_text_already_saved():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("agenda.migrations.0005_clean_saved_text")
    item = saved_as_is(factories.AgendaItemFactory(), title=f"Budget{BIDI}\x07 review", minutes="One\r\nTwo\rThree")
    untouched = factories.AgendaItemFactory(title="Plain title")
    migration.clean_saved_text(apps, None)
    item.refresh_from_db()
    # Run against today's model, whose minutes field stores HTML.
    assert (item.title, item.minutes) == ("Budget review", "<p>One<br>Two<br>Three</p>")
    untouched.refresh_from_db()
    assert untouched.title == "Plain title"
