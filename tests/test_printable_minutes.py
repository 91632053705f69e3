"""
The printable minutes: the whole meeting on one page, numbered as councils
print them, with the status line, corrections and a signature line. They
exist for the public and councillors only once published; clerks may
preview them.
"""

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse

from agenda import services
from agenda.models import ExemptParagraph
from meetings.models import Attendance, Membership, Person
from tests import factories
from tests.test_public_meeting_page import meeting_with_record

pytestmark = pytest.mark.django_db

PUBLIC_EXEMPT_NOTICE = (
    "Exempt — not for publication (paragraph 3: Financial or business affairs of any particular person)"
)

LONDON = ZoneInfo("Europe/London")
# Session, user and the two permission queries when signed in; then the
# meeting, its items, their corrections, their resolutions with theirs and
# their named votes, the publications that listed them, attendance, chairs,
# declarations and corrections.
MINUTES_QUERIES = 15 + 1  # and the actions arising and the meeting's own (recommendations)
# An anonymous visitor's request first reads the record version for the page
# cache (meetings/page_cache.py); signed-in visitors' requests do not.
PAGE_CACHE_QUERIES = 1


def url(meeting):
    return reverse("agenda:minutes", args=[meeting.pk])


@pytest.fixture
def minuted_meeting(clerk):
    committee = factories.CommitteeFactory(name="Children and Young People Scrutiny Committee",
                                           abbreviation="CYP")
    meeting = factories.MeetingFactory(committee=committee, start=datetime(2026, 3, 10, 18, 30, tzinfo=LONDON),
                                       venue="Council Chamber")
    chair = factories.PersonFactory(name="Aisha Khan", slug="aisha-khan")
    factories.MembershipFactory(person=chair, committee=committee, role=Membership.Role.CHAIR,
                                start_date=datetime(2025, 5, 1).date())
    away = factories.PersonFactory(name="Ben Away")
    factories.AttendanceFactory(meeting=meeting, person=chair)
    factories.AttendanceFactory(meeting=meeting, person=factories.PersonFactory(name="Cara Member"))
    factories.AttendanceFactory(meeting=meeting, person=away, status=Attendance.Status.APOLOGIES)
    factories.AttendanceFactory(meeting=meeting, person=factories.PersonFactory(name="Dev Sub"),
                                status=Attendance.Status.SUBSTITUTE, substitute_for=away)
    factories.AttendanceFactory(meeting=meeting, person=factories.PersonFactory(
        name="Erin Officer", honorific="", kind=Person.Kind.OFFICER))
    factories.DeclarationFactory(meeting=meeting, person=chair, text="Is a foster carer.")
    item = factories.AgendaItemFactory(
        meeting=meeting, number="5", order=1, title="Fostering service review", preamble="That the committee:",
        minutes="The Committee welcomed the review.", reason_for_decision="To improve placement stability.",
    )
    factories.ResolutionFactory(item=item, label="a", order=1, text="That the report be noted.")
    factories.ResolutionFactory(item=item, label="b", order=2, text="That a progress report come back in June.")
    exempt = factories.AgendaItemFactory(meeting=meeting, number="6", order=2, title="Contract award",
                                         is_exempt=True, exempt_paragraph=ExemptParagraph.FINANCIAL,
                                         minutes="Members discussed the bidders' prices.")
    factories.ResolutionFactory(item=exempt, text="That the contract be awarded to Acme Care.")
    services.publish_draft_minutes(meeting=meeting, user=clerk, now=meeting.start + timedelta(days=2))
    meeting.refresh_from_db()
    return meeting


def test_minutes_are_404_until_published(client, councillor_client):
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting, minutes="Draft minute text.")
    assert client.get(url(meeting)).status_code == 404
    assert councillor_client.get(url(meeting)).status_code == 404


def test_clerk_can_preview_unpublished_minutes(clerk_client):
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting, minutes="Draft minute text.")
    response = clerk_client.get(url(meeting))
    assert response.status_code == 200
    assert "Preview: these minutes have not been published." in response.content.decode()
    assert "Draft minute text." in response.content.decode()


def test_unknown_meeting_is_404(client):
    assert client.get(reverse("agenda:minutes", args=[999999])).status_code == 404


def test_minutes_are_laid_out_as_councils_print_them(client, minuted_meeting):
    response = client.get(url(minuted_meeting))
    assert response.status_code == 200
    page = response.content.decode()
    assert "<title>Minutes – Children and Young People Scrutiny Committee, 10 March 2026 –" in page
    assert "Minutes of the meeting of the Children and Young People Scrutiny Committee" in page
    assert "Held on Tuesday 10 March 2026, 6.30pm at Council Chamber" in page
    assert "<strong>Draft minutes, subject to approval</strong>" in page
    present = page.split("<strong>Present:</strong>", 1)[1].split("</p>", 1)[0]
    assert present.index("Aisha Khan") < present.index("Cara Member")
    assert "(Chair)" in present
    assert "Dev Sub</a> (substitute for" in present and "Ben Away</a>)" in present
    assert reverse("agenda:councillor", args=["aisha-khan"]) in present
    assert "Erin Officer" in page.split("<strong>Also present:</strong>", 1)[1].split("</p>", 1)[0]
    apologies = page.split("Apologies for absence</h2>", 1)[1].split("</p>", 1)[0]
    assert "Ben Away" in apologies
    assert "Is a foster carer." in page.split("Declarations of interest</h2>", 1)[1]
    minute = f"CYP/2025-26/{minuted_meeting.items.get(number='5').minute_number}"
    assert f'<span class="govuk-!-margin-right-2">{minute}</span>' in page
    assert "The Committee welcomed the review." in page
    assert "<strong>RESOLVED:</strong> That the committee:" in page
    assert "(a) That the report be noted." in page
    assert "(b) That a progress report come back in June." in page
    assert "To improve placement stability." in page
    assert "Chair ……" in page and "Date ……" in page
    # Printed, the page frame is dropped and only the minutes remain.
    assert f'<link rel="stylesheet" href="{static("css/minutes.css")}">' in page
    print_rules = Path(finders.find("css/minutes.css")).read_text().split("@media print", 1)[1]
    assert ".govuk-header, .govuk-service-navigation, .govuk-footer" in print_rules


def test_public_sees_only_the_title_and_paragraph_of_an_exempt_minute(client, minuted_meeting):
    page = client.get(url(minuted_meeting)).content.decode()
    assert "Contract award" in page
    assert PUBLIC_EXEMPT_NOTICE in page
    assert "Members discussed the bidders" not in page
    assert "Acme Care" not in page


def test_councillor_sees_the_exempt_minute_marked(councillor_client, minuted_meeting):
    page = councillor_client.get(url(minuted_meeting)).content.decode()
    assert "Exempt — not for publication (paragraph 3)" in page
    assert "Members discussed the bidders" in page
    assert "Acme Care" in page


def test_approved_minutes_show_the_approving_meeting_and_corrections(client, clerk, minuted_meeting):
    approving = factories.MeetingFactory(committee=minuted_meeting.committee,
                                         start=datetime(2026, 4, 14, 18, 30, tzinfo=LONDON))
    now = approving.start + timedelta(days=1)
    services.approve_minutes(meeting=minuted_meeting, approving_meeting=approving, user=clerk, now=now)
    item = minuted_meeting.items.get(number="5")
    exempt = minuted_meeting.items.get(number="6")
    services.record_correction(meeting=minuted_meeting, user=clerk, item=item,
                               text="The report was presented by the Deputy Director.",
                               reason="Misnamed presenter.")
    services.record_correction(meeting=minuted_meeting, user=clerk, item=exempt,
                               text="The winning bid was 2 million pounds.", reason="Figure omitted.")
    page = client.get(url(minuted_meeting)).content.decode()
    assert "Approved as a correct record at the meeting on 14 April 2026" in page
    assert "Draft minutes, subject to approval" not in page
    assert "The report was presented by the Deputy Director." in page
    assert "Misnamed presenter." in page
    assert "by Chris Clerk" in page
    assert "The winning bid was 2 million pounds." not in page


@pytest.mark.parametrize("size", [1, 20])
def test_minutes_run_a_fixed_number_of_queries(client, clerk, size, django_assert_max_num_queries):
    meeting = meeting_with_record(items=size, clerk=clerk)
    with django_assert_max_num_queries(MINUTES_QUERIES - 4 + PAGE_CACHE_QUERIES):
        response = client.get(url(meeting))
    page = response.content.decode()
    assert f"Resolution {size}c." in page
    assert "Aisha Chair" in page


@pytest.mark.parametrize("size", [1, 20])
def test_minutes_for_a_councillor_run_a_fixed_number_of_queries(
    councillor_client, clerk, size, django_assert_max_num_queries
):
    meeting = meeting_with_record(items=size, clerk=clerk)
    with django_assert_max_num_queries(MINUTES_QUERIES):
        response = councillor_client.get(url(meeting))
    assert f"Resolution {size}c." in response.content.decode()
