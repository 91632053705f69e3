"""
OParl 1.1 at /oparl/v1/: every answer is as the specification's schemas
require (tests/oparl_schema.py, and the specification's own schema files
where OPARL_SCHEMA_DIR names a folder holding them: tests/oparl_spec_files.py),
and a client starting at the System reaches every public record by
following links alone, and nothing else.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from agenda.models import AgendaItem, Resolution
from meetings.models import Meeting, Person
from tests import factories
from tests.oparl_schema import errors_in

pytestmark = pytest.mark.django_db

SYSTEM = "http://testserver/oparl/v1/"
OPARL = "http://testserver/oparl/"


@pytest.fixture
def record(db):
    """A committee's record with public, withdrawn, exempt, unpublished and draft business."""
    now = timezone.now().replace(microsecond=0)
    parent = factories.CommitteeFactory(name="Overview and Scrutiny Management Board")
    committee = factories.CommitteeFactory(parent=parent)
    chair = factories.MembershipFactory(committee=committee, role="chair").person
    member = factories.MembershipFactory(committee=committee).person
    officer = factories.PersonFactory(kind=Person.Kind.OFFICER, name="Olly Officer")
    factories.MembershipFactory(committee=committee, person=officer)

    held = factories.MeetingFactory(
        committee=committee, start=now - timedelta(days=20), decisions_published_at=now - timedelta(days=18),
        minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=now - timedelta(days=18),
    )
    for person in (chair, member, officer):
        factories.AttendanceFactory(meeting=held, person=person)
    public = factories.AgendaItemFactory(meeting=held, title="Fostering service review", preamble="That:")
    factories.ResolutionFactory(item=public, label="a", text="the review be noted", kind=Resolution.Kind.NOTED)
    factories.DocumentFactory(item=public, title="Review report", original_filename="review.pdf")
    factories.DocumentFactory(item=public, title="Ofsted letter", file=None,
                              source_url="https://democracy.example.gov.uk/letter.pdf")
    factories.DocumentFactory(item=public, title="Appendix not yet uploaded", file=None)
    factories.DocumentFactory(item=public, title="Provider prices", is_exempt=True)
    exempt = factories.AgendaItemFactory(meeting=held, title="Placement contract", is_exempt=True,
                                         exempt_paragraph=3)
    factories.DocumentFactory(item=exempt, title="Contract bids")
    withdrawn = factories.AgendaItemFactory(meeting=held, title="Withdrawn report")
    AgendaItem.objects.filter(pk=withdrawn.pk).update(withdrawn_at=now - timedelta(days=21),
                                                      withdrawn_reason="Not ready")
    factories.AgendaItemFactory(meeting=held, title="Late item", published_at=None)

    upcoming = factories.MeetingFactory(committee=committee, start=now + timedelta(days=10),
                                        agenda_published_at=None)
    factories.AgendaItemFactory(meeting=upcoming, title="Draft agenda item")
    unannounced = factories.MeetingFactory(committee=committee, start=now + timedelta(days=40),
                                           agenda_published_at=None, announced_at=None)
    factories.AgendaItemFactory(meeting=unannounced, title="Mistaken item")
    return {"held": held, "upcoming": upcoming, "unannounced": unannounced, "public_item": public,
            "exempt_item": exempt, "withdrawn_item": withdrawn, "officer": officer}


def links_in(value):
    """Every address of this OParl interface named anywhere in an answer."""
    if isinstance(value, dict):
        for inner in value.values():
            yield from links_in(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from links_in(inner)
    elif isinstance(value, str) and value.startswith(OPARL):
        yield value


def walk(client, start=SYSTEM):
    """Fetch the System and every OParl address found in the answers; {url: answer}."""
    answers, frontier = {}, [start]
    while frontier:
        url = frontier.pop()
        if url in answers:
            continue
        response = client.get(url)
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        assert response["Content-Type"] == "application/json; charset=utf-8"
        answers[url] = response.json()
        frontier.extend(links_in(answers[url]))
    return answers


def expected_objects(record):
    """The OParl address of every public record."""
    from agenda.models import SupportingDocument
    from meetings.models import Committee, Membership

    held = record["held"]
    public_items = [record["public_item"], record["withdrawn_item"]]
    papers = SupportingDocument.objects.filter(item=record["public_item"], is_exempt=False)
    urls = {f"{OPARL}v1/organization/{c.pk}/" for c in Committee.objects.all()}
    urls |= {f"{OPARL}v1/person/{p.pk}/" for p in Person.objects.exclude(kind=Person.Kind.OFFICER)}
    urls |= {f"{OPARL}v1/membership/{m.pk}/" for m in Membership.objects.exclude(person__kind="officer")}
    urls |= {f"{OPARL}v1/meeting/{m.pk}/" for m in (held, record["upcoming"])}
    urls |= {f"{OPARL}v1/meeting/{held.pk}/agenda-pack/", f"{OPARL}v1/meeting/{held.pk}/minutes/"}
    urls |= {f"{OPARL}v1/meeting/{m.pk}/location/" for m in (held, record["upcoming"])}
    urls |= {f"{OPARL}v1/agenda-item/{i.pk}/" for i in public_items}
    urls |= {f"{OPARL}v1/{kind}/{d.pk}/" for d in papers for kind in ("paper", "consultation")}
    urls |= {f"{OPARL}v1/file/{d.pk}/" for d in papers.exclude(file="", source_url="")}
    return urls


def test_every_answer_on_the_walk_from_the_system_is_valid_oparl(record, client):
    answers = walk(client)

    problems = {url: errors_in(answer) for url, answer in answers.items()}
    assert not any(problems.values()), {url: found for url, found in problems.items() if found}
    assert answers[SYSTEM]["type"] == "https://schema.oparl.org/1.1/System"


def test_the_walk_reaches_every_public_record_and_nothing_else(record, client):
    answers = walk(client)

    objects = {url for url, answer in answers.items() if "data" not in answer}
    expected = expected_objects(record) | {SYSTEM, f"{OPARL}v1/body/"}
    assert objects == expected
    for url in expected - {SYSTEM, f"{OPARL}v1/body/"}:
        assert answers[url]["id"] == url
        assert "deleted" not in answers[url]


def test_lists_hold_the_objects_their_type_names(record, client):
    body = client.get("/oparl/v1/body/").json()
    for prop, type_name in [("organization", "Organization"), ("person", "Person"), ("meeting", "Meeting"),
                            ("paper", "Paper"), ("membership", "Membership"), ("agendaItem", "AgendaItem"),
                            ("consultation", "Consultation"), ("file", "File")]:
        page = client.get(body[prop]).json()
        assert page["data"], prop
        assert {obj["type"] for obj in page["data"]} == {f"https://schema.oparl.org/1.1/{type_name}"}


def test_an_item_shows_its_decisions_once_published_and_its_public_papers(record, client):
    item = record["public_item"]
    answer = client.get(f"/oparl/v1/agenda-item/{item.pk}/").json()

    assert answer["resolutionText"] == "That:\n(a) the review be noted"
    assert answer["web"] == f"http://testserver/meetings/{item.meeting_id}/items/{item.pk}/"
    assert {f["name"] for f in answer["auxiliaryFile"]} == {"Review report", "Ofsted letter"}
    ofsted = next(f for f in answer["auxiliaryFile"] if f["name"] == "Ofsted letter")
    assert ofsted["accessUrl"] == "https://democracy.example.gov.uk/letter.pdf"


def test_a_meeting_names_who_attended_once_its_minutes_are_published(record, client):
    held = client.get(f"/oparl/v1/meeting/{record['held'].pk}/").json()
    upcoming = client.get(f"/oparl/v1/meeting/{record['upcoming'].pk}/").json()

    officer = f"{OPARL}v1/person/{record['officer'].pk}/"
    assert len(held["participant"]) == 2 and officer not in held["participant"]
    assert "participant" not in upcoming
    assert [item["name"] for item in held["agendaItem"]] == ["Fostering service review", "Withdrawn report"]
    assert "agendaItem" not in upcoming


def test_decisions_not_yet_published_are_not_shown(record, client):
    Meeting.objects.filter(pk=record["held"].pk).update(
        decisions_published_at=None, minutes_status=Meeting.MinutesStatus.NONE, minutes_published_at=None)
    answer = client.get(f"/oparl/v1/agenda-item/{record['public_item'].pk}/").json()
    assert "resolutionText" not in answer


def test_a_meeting_links_its_agenda_pack_and_minutes_once_published(record, client):
    held = client.get(f"/oparl/v1/meeting/{record['held'].pk}/").json()
    upcoming = client.get(f"/oparl/v1/meeting/{record['upcoming'].pk}/").json()

    assert held["invitation"]["accessUrl"] == f"http://testserver/meetings/{record['held'].pk}/agenda-pack.pdf"
    assert held["resultsProtocol"]["accessUrl"] == f"http://testserver/meetings/{record['held'].pk}/minutes.pdf"
    assert client.get(held["resultsProtocol"]["id"]).json() == held["resultsProtocol"]
    assert "invitation" not in upcoming and "resultsProtocol" not in upcoming
    for url in (f"/oparl/v1/meeting/{record['upcoming'].pk}/agenda-pack/",
                f"/oparl/v1/meeting/{record['upcoming'].pk}/minutes/",
                f"/oparl/v1/meeting/{record['unannounced'].pk}/agenda-pack/"):
        assert client.get(url).status_code == 404, url


def test_a_meeting_is_at_its_venue_as_an_oparl_location_while_it_is_public(record, client):
    held = record["held"]
    answer = client.get(f"/oparl/v1/meeting/{held.pk}/").json()

    place = answer["location"]
    assert place["type"] == "https://schema.oparl.org/1.1/Location"
    assert place["description"] == held.venue == "Committee Room 1, Civic Centre"
    assert place["meetings"] == [answer["id"]]
    assert client.get(place["id"]).json() == place
    assert "keyword" not in answer

    upcoming = record["upcoming"]
    Meeting.objects.filter(pk=upcoming.pk).update(venue="  ")
    assert "location" not in client.get(f"/oparl/v1/meeting/{upcoming.pk}/").json()
    assert client.get(f"/oparl/v1/meeting/{upcoming.pk}/location/").status_code == 404
    unannounced = client.get(f"/oparl/v1/meeting/{record['unannounced'].pk}/location/")
    assert unannounced.status_code == 404
    assert record["unannounced"].venue not in unannounced.content.decode()
    assert "not public" in unannounced.json()["message"]


@pytest.mark.parametrize("what", ["exempt_item", "unannounced", "upcoming_item", "late_item"])
def test_hidden_records_answer_404(record, client, what):
    url = {
        "exempt_item": f"/oparl/v1/agenda-item/{record['exempt_item'].pk}/",
        "unannounced": f"/oparl/v1/meeting/{record['unannounced'].pk}/",
        "upcoming_item": f"/oparl/v1/agenda-item/{AgendaItem.objects.get(title='Draft agenda item').pk}/",
        "late_item": f"/oparl/v1/agenda-item/{AgendaItem.objects.get(title='Late item').pk}/",
    }[what]
    response = client.get(url)
    assert response.status_code == 404
    assert "not public" in response.json()["message"]


def test_a_signed_in_councillor_is_shown_the_public_record_only(record, councillor_client):
    response = councillor_client.get(f"/oparl/v1/agenda-item/{record['exempt_item'].pk}/")
    assert response.status_code == 404


# --- The check itself finds what is wrong ------------------------------------------------------------


MEETING = "https://schema.oparl.org/1.1/Meeting"
STAMPS = {"created": "2026-01-02T03:04:05+00:00", "modified": "2026-01-02T03:04:05+00:00"}


@pytest.mark.parametrize(
    "answer, complaint",
    [
        ({"type": MEETING, **STAMPS}, "'id' is a required property"),
        ({"id": "/oparl/v1/meeting/1/", "type": MEETING, **STAMPS}, "is not a 'url'"),
        ({"id": "http://x/m/1", "type": MEETING, "created": "2026-01-02 03:04", "modified": STAMPS["modified"]},
         "is not a 'date-time'"),
        ({"id": "http://x/m/1", "type": MEETING, "start": None, **STAMPS}, "None is not of type 'string'"),
        ({"id": "http://x/m/1", "type": MEETING, "deleted": True, "name": "Secret", **STAMPS},
         "Additional properties are not allowed"),
        ({"id": "http://x/f/1", "type": "https://schema.oparl.org/1.1/File", **STAMPS},
         "'accessUrl' is a required property"),
        ({"id": "http://x/m/1", "type": "https://schema.oparl.org/1.1/Membership", "startDate": "1 May", **STAMPS},
         "is not a 'date'"),
        ({"data": [], "pagination": {"totalElements": 3, "elementsPerPage": 1, "currentPage": 1, "totalPages": 3},
          "links": {}}, "must link to the next"),
        ({"data": []}, "'pagination' is a required property"),
    ],
)
def test_the_schema_check_finds_what_oparl_forbids(answer, complaint):
    assert any(complaint in problem for problem in errors_in(answer)), errors_in(answer)


def test_values_at_the_edges_still_give_valid_oparl(client):
    """Year-1 and year-9999 moments, control characters and a megabyte of text, saved before, break nothing."""
    from datetime import datetime, timezone as dt_timezone

    from agenda.models import SupportingDocument

    item = factories.AgendaItemFactory()
    AgendaItem.objects.filter(pk=item.pk).update(title="Bell\x07 and \x1b escape")
    factories.ResolutionFactory(item=item, text="That " + "very long " * 100_000)
    document = factories.DocumentFactory(item=item)
    Meeting.objects.filter(pk=item.meeting_id).update(
        start=datetime(1, 1, 1, tzinfo=dt_timezone.utc), end=datetime(9999, 12, 31, 23, 59, tzinfo=dt_timezone.utc),
        decisions_published_at=timezone.now(),
    )
    SupportingDocument.objects.filter(pk=document.pk).update(
        uploaded_at=datetime(1, 1, 1, tzinfo=dt_timezone.utc), title="Vertical\x0btab")

    answers = walk(client)
    problems = {url: errors_in(answer) for url, answer in answers.items()}
    assert not any(problems.values()), {url: found for url, found in problems.items() if found}
    shown = answers[f"{OPARL}v1/agenda-item/{item.pk}/"]
    assert shown["name"] == "Bell\x07 and \x1b escape"
    assert len(shown["resolutionText"]) > 1_000_000


# --- Against the specification's own schema files, where they are at hand -----------------------------


@pytest.fixture
def specification_files():
    from tests.oparl_spec_files import ENVIRONMENT_VARIABLE, SpecificationFiles, folder

    path = folder()
    if path is None:
        pytest.skip(f"{ENVIRONMENT_VARIABLE} is not set: set it to a folder holding OParl 1.1's schema/*.json "
                    "(https://github.com/OParl/spec) to check every answer against them too (docs/api.md)")
    return SpecificationFiles(path)


def test_every_answer_on_the_walk_follows_the_specifications_own_schema_files(record, client,
                                                                              specification_files):
    answers = walk(client)

    problems = {url: specification_files.errors_in(answer) for url, answer in answers.items()}
    assert not any(problems.values()), {url: found for url, found in problems.items() if found}
    checked = {answer.get("type") for answer in answers.values()} | {
        obj["type"] for answer in answers.values() for obj in answer.get("data", [])}
    assert {f"https://schema.oparl.org/1.1/{name}" for name in (
        "System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper",
        "Consultation", "File", "Location")} <= checked


@pytest.mark.parametrize(
    "answer, complaint",
    [
        # An agenda item inside a meeting is checked by AgendaItem.json, which requires its order.
        ({"id": "http://x/m/1", "type": MEETING, "agendaItem": [
            {"id": "http://x/i/1", "type": "https://schema.oparl.org/1.1/AgendaItem"}]}, "'order' is a required"),
        # The meeting's place is a Location object, not a text.
        ({"id": "http://x/m/1", "type": MEETING, "location": "Town Hall"}, "is not of type 'object'"),
        ({"id": "http://x/m/1", "type": MEETING, "location": {"id": "http://x/l/1", "type": MEETING}},
         "was expected"),
        ({"id": "http://x/m/1", "type": "https://schema.oparl.org/1.0/Meeting"}, "no schema file for type"),
        ({"id": "http://x/f/1", "type": "https://schema.oparl.org/1.1/File", "accessUrl": "x", "size": "1"},
         "is not of type 'integer'"),
    ],
)
def test_the_specification_files_find_what_they_forbid(specification_files, answer, complaint):
    found = specification_files.errors_in(answer)
    assert any(complaint in problem for problem in found), found
