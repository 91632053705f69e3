"""
ModernGov's web service responses are read whatever their version's shape:
any case, a namespace or none, a SOAP envelope or the HTTP binding's
<string>, attributes or child elements; missing parts read as empty, and
what is not XML is named with what it looks like.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from meetings.models import Attendance, Committee, Meeting, Membership
from moderngov import mapping, xml

LONDON = ZoneInfo("Europe/London")

MEETING = b"""<meeting><meetingid>7</meetingid><meetingdate>01/02/2024</meetingdate>
<agendaitems><agendaitem><agendaitemid>70</agendaitemid><agendaitemnumber>4</agendaitemnumber>
<agendaitemtitle>Budget</agendaitemtitle></agendaitem></agendaitems></meeting>"""


def test_a_bare_meeting_with_few_elements_reads_with_defaults():
    meeting = xml.parse_meeting(MEETING, "GetMeeting-7.xml")
    assert (meeting.id, meeting.date, meeting.time, meeting.location) == ("7", "01/02/2024", "", "")
    assert not (meeting.is_agenda_published or meeting.is_decision_published or meeting.is_minutes_published)
    assert meeting.attendees == []
    [item] = meeting.items
    assert (item.id, item.number, item.title, item.is_restricted, item.documents) == ("70", "4", "Budget", False, [])


def test_a_soap_envelope_with_a_namespace_and_capitalised_names_reads_the_same():
    envelope = b"""<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
    <soap:Body><GetMeetingResponse xmlns="http://moderngov.co.uk/namespaces"><GetMeetingResult>
    <Meeting><MeetingID>7</MeetingID><MeetingDate>01/02/2024</MeetingDate><AgendaPublished>TRUE</AgendaPublished>
    <AgendaItems><AgendaItem><AgendaItemID>70</AgendaItemID><AgendaItemNumber>4</AgendaItemNumber>
    <AgendaItemTitle>Budget</AgendaItemTitle></AgendaItem></AgendaItems></Meeting>
    </GetMeetingResult></GetMeetingResponse></soap:Body></soap:Envelope>"""
    meeting = xml.parse_meeting(envelope, "GetMeeting-7.xml")
    assert meeting.id == "7" and meeting.is_agenda_published
    assert [item.title for item in meeting.items] == ["Budget"]


def test_the_http_bindings_string_of_escaped_xml_is_opened():
    wrapped = b'<string xmlns="http://moderngov.co.uk/namespaces">' + MEETING.replace(b"<", b"&lt;") + b"</string>"
    assert xml.parse_meeting(wrapped, "GetMeeting-7.xml").items[0].title == "Budget"


def test_attendees_read_from_attributes_or_child_elements():
    data = b"""<meeting><meetingid>7</meetingid><attendees>
    <attendee memberid="1" name="Cllr A" roledescription="Chair" attendance="Present" politicalparty="P" ward="W"/>
    <attendee><memberid>2</memberid><name>Cllr B</name><roledescription>Member</roledescription>
    <attendance>Apologies</attendance></attendee></attendees></meeting>"""
    first, second = xml.parse_meeting(data, "GetMeeting-7.xml").attendees
    assert (first.id, first.name, first.role, first.attendance, first.party, first.ward) == (
        "1", "Cllr A", "Chair", "Present", "P", "W")
    assert (second.id, second.name, second.attendance) == ("2", "Cllr B", "Apologies")


def test_documents_as_linkeddoc_or_linkeddocument():
    data = b"""<meeting><meetingid>7</meetingid><agendaitems><agendaitem><agendaitemid>70</agendaitemid>
    <agendaitemtitle>T</agendaitemtitle><linkeddocuments>
    <linkeddoc><attachmentid>1</attachmentid><title>Report</title><url>mgConvert2PDF.aspx?ID=1</url></linkeddoc>
    <linkeddocument><documentid>2</documentid><title>Annex</title><isrestricted>True</isrestricted>
    <ispublished>False</ispublished><publicationdate>03/01/2024</publicationdate></linkeddocument>
    </linkeddocuments></agendaitem></agendaitems></meeting>"""
    report, annex = xml.parse_meeting(data, "GetMeeting-7.xml").items[0].documents
    assert (report.id, report.title, report.url, report.is_restricted, report.is_published) == (
        "1", "Report", "mgConvert2PDF.aspx?ID=1", False, True)
    assert (annex.id, annex.is_restricted, annex.is_published, annex.publication_date) == ("2", True, False, "03/01/2024")


def test_documents_in_a_container_of_another_name_are_still_found():
    data = b"""<meeting><meetingid>7</meetingid><agendaitems><agendaitem><agendaitemid>70</agendaitemid>
    <agendaitemtitle>T</agendaitemtitle><linkeddocs>
    <linkeddoc><attachmentid>1</attachmentid><title>Report</title></linkeddoc>
    </linkeddocs></agendaitem></agendaitems></meeting>"""
    (report,) = xml.parse_meeting(data, "GetMeeting-7.xml").items[0].documents
    assert (report.id, report.title) == ("1", "Report")


ITEM_FLAGS = b"""<meeting><meetingid>8</meetingid><agendaitems><agendaitem><agendaitemid>80</agendaitemid>
<agendaitemtitle>Care homes</agendaitemtitle>{flags}
<minutesnonemptyhtmlbody>&lt;p&gt;Members asked about WOMBAT fees.&lt;/p&gt;</minutesnonemptyhtmlbody>
<decisionnonemptyhtmlbody>&lt;p&gt;RESOLVED: That the WOMBAT report be noted.&lt;/p&gt;</decisionnonemptyhtmlbody>
</agendaitem></agendaitems></meeting>"""


def _plan(flags):
    (item,) = xml.parse_meeting(ITEM_FLAGS.replace(b"{flags}", flags), "GetMeeting-8.xml").items
    return mapping.item_values(item, number="5", order=1, agenda_published=True)


def test_an_item_moderngov_does_not_display_is_imported_as_exempt():
    plan = _plan(b"<isdisplayallowed>False</isdisplayallowed>")
    assert plan.values["is_exempt"] is True and plan.values["exempt_paragraph"] is not None
    assert any("not displayed to the public in ModernGov" in warning for warning in plan.warnings)
    assert _plan(b"<isdisplayallowed>True</isdisplayallowed>").values["is_exempt"] is False
    assert _plan(b"").values["is_exempt"] is False


def test_minutes_and_decisions_moderngov_has_not_published_for_an_item_are_left_out():
    plan = _plan(b"<isminutepublished>False</isminutepublished><isdecisionpublished>False</isdecisionpublished>")
    assert plan.values["minutes"] == "" and plan.resolutions == []
    assert len([w for w in plan.warnings if "not published in ModernGov" in w]) == 2

    plan = _plan(b"<isminutepublished>True</isminutepublished><isdecisionpublished>True</isdecisionpublished>")
    assert "WOMBAT fees" in plan.values["minutes"]
    assert [r["text"] for r in plan.resolutions] == ["That the WOMBAT report be noted."]


@pytest.mark.parametrize("comments, text, expected", [
    ("Presented By: Head of Finance", "", "Head of Finance"),
    ("", "<p>Presented by - Jo Smith, Director</p><p>Report text</p>", "Jo Smith, Director"),
    ("A note with no presenter", "<p>Report</p>", ""),
])
def test_the_presenter_comes_from_the_presented_by_comment(comments, text, expected):
    body = text.replace("<", "&lt;").encode()
    data = (b"<meeting><meetingid>7</meetingid><agendaitems><agendaitem><agendaitemid>1</agendaitemid>"
            b"<agendaitemtitle>T</agendaitemtitle><agendaitemcomments>" + comments.encode()
            + b"</agendaitemcomments><agendatext>" + body + b"</agendatext></agendaitem></agendaitems></meeting>")
    assert xml.parse_meeting(data, "GetMeeting-7.xml").items[0].presenter == expected


@pytest.mark.parametrize("data, message", [
    (b"", "GetMeeting-7.xml: empty response"),
    (b"<meeting><meetingid>7</meeting>", "GetMeeting-7.xml: not XML (mismatched tag"),
    (b"<!DOCTYPE html>\n<html><head><title>Runtime Error</title></head></html>",
     "GetMeeting-7.xml: not XML (it looks like an HTML page: 'Runtime Error')"),
    (b"<html><body><h1>Server Error in '/' Application.</h1></body></html>",
     "GetMeeting-7.xml: not XML (it looks like an HTML page: \"Server Error in '/' Application.\")"),
    (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><m>&a;</m>', "GetMeeting-7.xml: not accepted"),
    (b"<getmeeting><error>No such meeting</error></getmeeting>", "GetMeeting-7.xml: no <meeting>"),
])
def test_what_is_not_a_meeting_is_named_with_what_it_looks_like(data, message):
    with pytest.raises(xml.ResponseError) as caught:
        xml.parse_meeting(data, "GetMeeting-7.xml")
    assert str(caught.value).startswith(message)


def test_committees_and_councillors():
    committees = xml.parse_committees(
        b"<committees><committee><committeeid>1</committeeid><committeetitle>Audit</committeetitle>"
        b"<committeeexpired>True</committeeexpired></committee><committee><committeetitle>No id</committeetitle>"
        b"</committee></committees>")
    assert [(c.id, c.title, c.is_expired, c.is_deleted) for c in committees] == [("1", "Audit", True, False)]
    with pytest.raises(xml.ResponseError, match="no <committees>"):
        xml.parse_committees(b"<error>Access denied</error>")
    [councillor] = xml.parse_councillors(
        b"<councillorsbyward><wards><ward><wardtitle>Abbey</wardtitle><councillors><councillor>"
        b"<councillorid>9</councillorid><fullusername>Cllr Z</fullusername><politicalpartytitle>Ind"
        b"</politicalpartytitle></councillor></councillors></ward></wards></councillorsbyward>")
    assert (councillor.id, councillor.name, councillor.party, councillor.ward) == ("9", "Cllr Z", "Ind", "Abbey")


@pytest.mark.parametrize("text, expected", [
    ("10.00 am", (10, 0)), ("7.30 pm", (19, 30)), ("14:00", (14, 0)), ("2.30pm", (14, 30)),
    ("12 noon", (12, 0)), ("", (10, 0)), ("TBC", (10, 0)),
])
def test_meeting_times_as_moderngov_writes_them(text, expected):
    moment = mapping.meeting_moment(date(2024, 7, 1), text)
    assert moment == datetime(2024, 7, 1, *expected, tzinfo=LONDON)


@pytest.mark.parametrize("text", ["31/02/2024", "", "next Tuesday"])
def test_a_meeting_date_that_is_no_date_is_refused(text):
    with pytest.raises(ValueError):
        mapping.meeting_date(text)


def test_meeting_dates_in_other_forms():
    assert mapping.meeting_date("2024-02-01T00:00:00") == date(2024, 2, 1)
    assert mapping.meeting_date("1 February 2024") == date(2024, 2, 1)


@pytest.mark.parametrize("restriction, paragraph", [
    ("Paragraph 3", 3), ("para 3 of Part 1 of Schedule 12A", 3), ("Para. 1", 1), ("paragraphs 1 and 2", 1),
    ("3", 3), ("Confidential", None), ("Paragraph 9", None), ("", None),
])
def test_the_schedule_12a_paragraph_named_by_a_restriction(restriction, paragraph):
    assert mapping.exempt_paragraph(restriction) == paragraph


@pytest.mark.parametrize("status, expected", [
    ("Confirmed", Meeting.Status.SCHEDULED), ("Cancelled", Meeting.Status.CANCELLED),
    ("Postponed", Meeting.Status.POSTPONED), ("", Meeting.Status.SCHEDULED),
])
def test_meeting_status(status, expected):
    values = mapping.meeting_values(xml.Meeting(id="1", date="01/02/2024", status=status))
    assert values["status"] == expected
    assert bool(values["status_reason"]) == (expected != Meeting.Status.SCHEDULED)


def test_roles_attendance_and_committee_kinds():
    assert mapping.membership_role("Vice-Chairman") == Membership.Role.VICE_CHAIR
    assert mapping.membership_role("Chairman") == Membership.Role.CHAIR
    assert mapping.membership_role("Co-opted Member") == Membership.Role.CO_OPTED
    assert mapping.membership_role("Reserve") == Membership.Role.SUBSTITUTE
    assert mapping.membership_role("Officer") is None
    assert mapping.attendance_status("Apologies received") == Attendance.Status.APOLOGIES
    assert mapping.attendance_status("Present, as substitute") == Attendance.Status.PRESENT
    assert mapping.attendance_status("Expected") is None
    assert mapping.committee_kind("", "Adults Scrutiny Panel") == Committee.Kind.SCRUTINY_PANEL
    assert mapping.committee_kind("Regulatory", "Planning Committee") == Committee.Kind.OTHER


def test_minutes_ending_with_their_decision_keep_the_narrative_and_give_the_resolutions_once():
    data = b"""<meeting><meetingid>9</meetingid><agendaitems><agendaitem><agendaitemid>90</agendaitemid>
    <agendaitemtitle>Libraries</agendaitemtitle><minutesnonemptyhtmlbody>&lt;p class=MsoNormal&gt;Members asked
    about OTTER opening hours.&lt;/p&gt;&lt;p class=MsoNormal&gt;&lt;b&gt;RESOLVED:&lt;/b&gt; That&lt;/p&gt;
    &lt;ol&gt;&lt;li&gt;the OTTER report be noted; and&lt;/li&gt;&lt;li&gt;a briefing be circulated.&lt;/li&gt;&lt;/ol&gt;
    </minutesnonemptyhtmlbody></agendaitem></agendaitems></meeting>"""
    (item,) = xml.parse_meeting(data, "GetMeeting-9.xml").items
    plan = mapping.item_values(item, number="3", order=1, agenda_published=True)
    assert plan.values["minutes"] == "<p>Members asked about OTTER opening hours.</p>"
    assert [(r["label"], r["text"]) for r in plan.resolutions] == [
        ("1", "the OTTER report be noted; and"), ("2", "a briefing be circulated.")]


def test_minutes_without_a_decision_are_kept_whole():
    data = b"""<meeting><meetingid>9</meetingid><agendaitems><agendaitem><agendaitemid>91</agendaitemid>
    <agendaitemtitle>Update</agendaitemtitle><minutesnonemptyhtmlbody>&lt;p&gt;Members noted that the resolved
    complaints had fallen.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem></agendaitems></meeting>"""
    (item,) = xml.parse_meeting(data, "GetMeeting-9.xml").items
    plan = mapping.item_values(item, number="4", order=2, agenda_published=True)
    assert plan.values["minutes"] == "<p>Members noted that the resolved complaints had fallen.</p>"
    assert plan.resolutions == []
