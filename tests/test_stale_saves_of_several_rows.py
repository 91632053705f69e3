"""
Two clerks with the same page open: the first save stands, the second
(made from the page as it was before the first) is refused with 409, says
why, keeps what the second clerk chose, shows the first clerk's version
beside it, and saving again then keeps the second clerk's version.
"""

import pytest
from django.test import Client
from django.urls import reverse

from agenda.models import Declaration
from meetings.models import Attendance
from tests.factories import CommitteeFactory, ClerkFactory, MeetingFactory, MembershipFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_clerk():
    client = Client()
    client.force_login(ClerkFactory())
    return client


def attendance_data(opened):
    """The attendance form as the page sent it, with some people's status changed."""
    form = opened.context["form"]
    data = {"fingerprint": form["fingerprint"].value(), "add_person": "", "add_substitute_for": ""}
    for person in form.people:
        data[f"status_{person.pk}"] = form[f"status_{person.pk}"].value() or ""
        data[f"substitute_for_{person.pk}"] = form[f"substitute_for_{person.pk}"].value() or ""
    return data


def test_a_stale_attendance_save_is_refused_and_the_first_change_survives(clerk_client, other_clerk):
    meeting = MeetingFactory()
    ann, ben = (MembershipFactory(committee=meeting.committee, person__name=name).person
                for name in ["Ann Chair", "Ben Member"])
    url = reverse("clerk:meeting_attendance", args=[meeting.pk])
    mine, theirs = clerk_client.get(url), other_clerk.get(url)

    # The other clerk records Ann's apologies first.
    their_data = attendance_data(theirs)
    their_data[f"status_{ann.pk}"] = "apologies"
    assert other_clerk.post(url, their_data).status_code == 302

    # This clerk, from the page opened before, marks Ben present (and Ann, unseen, as not recorded).
    my_data = attendance_data(mine)
    my_data[f"status_{ben.pk}"] = "present"
    response = clerk_client.post(url, my_data)

    assert response.status_code == 409
    page = response.content.decode()
    assert "Someone else saved this attendance after you opened it." in page
    assert {a.person_id: a.status for a in meeting.attendances.all()} == {ann.pk: "apologies"}
    # What this clerk chose is still chosen; the other clerk's version is shown beside it.
    assert response.context["form"][f"status_{ben.pk}"].value() == "present"
    rows = {row["label"]: row for row in response.context["comparison"]}
    assert set(rows) == {"Councillor Ann Chair", "Councillor Ben Member"}
    assert "Apologies" in rows["Councillor Ann Chair"]["theirs"]
    assert "Present" in rows["Councillor Ben Member"]["mine"]
    assert 'id="conflict-comparison"' in page

    # Having seen theirs, this clerk puts Ann's apologies back in and saves again.
    again = {**my_data, "fingerprint": response.context["form"]["fingerprint"].value(),
             f"status_{ann.pk}": "apologies"}
    assert clerk_client.post(url, again).status_code == 302
    recorded = {a.person_id: a.status for a in Attendance.objects.filter(meeting=meeting)}
    assert recorded == {ann.pk: "apologies", ben.pk: "present"}


def test_an_attendance_save_without_changes_by_others_goes_through(clerk_client):
    meeting = MeetingFactory()
    ann = MembershipFactory(committee=meeting.committee).person
    url = reverse("clerk:meeting_attendance", args=[meeting.pk])
    data = attendance_data(clerk_client.get(url))
    data[f"status_{ann.pk}"] = "present"
    assert clerk_client.post(url, data).status_code == 302
    data = attendance_data(clerk_client.get(url))
    data[f"status_{ann.pk}"] = "absent"
    assert clerk_client.post(url, data).status_code == 302
    assert meeting.attendances.get().status == "absent"


def test_a_declaration_from_a_page_opened_before_another_clerks_is_refused(clerk_client, other_clerk):
    meeting = MeetingFactory()
    priya = PersonFactory(name="Priya Shah")
    url = reverse("clerk:declarations", args=[meeting.pk])
    mine, theirs = clerk_client.get(url), other_clerk.get(url)

    def data(opened, text):
        form = opened.context["form"]
        return {"person": priya.pk, "item": "", "kind": "pecuniary", "text": text,
                "fingerprint": form["fingerprint"].value(), "submission": form["submission"].value()}

    assert other_clerk.post(url, data(theirs, "Owns a nursery.")).status_code == 302
    response = clerk_client.post(url, data(mine, "Owns a nursery in Eastfield."))

    assert response.status_code == 409
    assert "Someone else saved this list of declarations after you opened it." in response.text
    assert list(Declaration.objects.values_list("text", flat=True)) == ["Owns a nursery."]
    assert response.context["form"]["text"].value() == "Owns a nursery in Eastfield."
    (row,) = response.context["comparison"]
    assert row["mine"] == "Disclosable pecuniary interest: Owns a nursery<ins> in Eastfield</ins>."
    # Having seen theirs, the clerk can still add theirs as well.
    again = {**data(mine, "Owns a nursery in Eastfield."),
             "fingerprint": response.context["form"]["fingerprint"].value()}
    assert clerk_client.post(url, again).status_code == 302
    assert Declaration.objects.count() == 2


# --- One-record edit pages: committee, person, membership ---------------------------


def form_as_sent(opened):
    """The POST a browser sends for a page's form left as it was shown."""
    data = {}
    for field in opened.context["form"]:
        value = field.value()
        if isinstance(value, bool):
            if value:
                data[field.html_name] = "on"
            continue
        data[field.html_name] = "" if value is None else value
    return data


@pytest.mark.parametrize(
    "make, url_name, key, field, theirs, mine",
    [
        (lambda: CommitteeFactory(name="Audit Committee"), "clerk:committee_update", "slug",
         "terms_of_reference", "To review the council's accounts.", "To review audit reports."),
        (lambda: PersonFactory(name="Priya Shah", party="Independent"), "clerk:person_update", "slug",
         "party", "Green", "Labour"),
        (lambda: MembershipFactory(role="member"), "clerk:membership_update", "pk",
         "role", "vice_chair", "chair"),
    ],
    ids=["committee", "person", "membership"],
)
def test_a_stale_save_of_one_record_is_refused(clerk_client, other_clerk, make, url_name, key, field, theirs, mine):
    record = make()
    url = reverse(url_name, args=[getattr(record, key)])
    mine_opened, theirs_opened = clerk_client.get(url), other_clerk.get(url)
    assert other_clerk.post(url, {**form_as_sent(theirs_opened), field: theirs}).status_code == 302

    response = clerk_client.post(url, {**form_as_sent(mine_opened), field: mine})

    assert response.status_code == 409
    assert "after you opened it" in response.content.decode()
    assert response.context["form"][field].value() == mine
    (row,) = response.context["comparison"]
    record.refresh_from_db()
    assert getattr(record, field) == theirs
    # Seen theirs; saving again keeps this clerk's version.
    again = {**form_as_sent(mine_opened), field: mine,
             "fingerprint": response.context["form"]["fingerprint"].value()}
    assert clerk_client.post(url, again).status_code == 302
    record.refresh_from_db()
    assert getattr(record, field) == mine


def test_a_refused_meeting_edit_shows_their_venue_beside_mine(clerk_client, other_clerk):
    meeting = MeetingFactory(venue="Committee Room 1")
    url = reverse("clerk:meeting_update", args=[meeting.pk])
    mine, theirs = clerk_client.get(url), other_clerk.get(url)
    their_data = {**form_as_sent(theirs), "venue": "Council Chamber", "change_reason": "Larger room."}
    assert other_clerk.post(url, their_data).status_code == 302

    response = clerk_client.post(url, {**form_as_sent(mine), "venue": "Committee Room 2", "change_reason": "Moved."})

    assert response.status_code == 409
    (row,) = response.context["comparison"]
    assert (row["label"], row["theirs"], row["mine"]) == (
        "Venue", "<del>Council Chamber</del>", "<ins>Committee Room 2</ins>"
    )
