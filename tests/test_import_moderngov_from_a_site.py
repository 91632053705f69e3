"""
Importing from a ModernGov site (here a local server answering from saved
responses): --save-to keeps every response, and importing from that folder
gives the same records. The importer is polite: its own user agent, a pause
between requests, retries with growing pauses on server errors, and a clear
message when the site cannot be reached.
"""

import socket

import docx
import pytest
from django.core.management import CommandError

from agenda.documents import DOCX
from agenda.models import AgendaItem, SupportingDocument
from meetings.models import Meeting
from moderngov import source as source_module
from moderngov.source import USER_AGENT, SourceError, WebSource
from tests.moderngov_site import EXAMPLESHIRE, ModernGovSite, copy_of, report_line, row_counts, run_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def pauses(monkeypatch):
    """Every pause the importer asks for, instead of sleeping."""
    asked = []
    monkeypatch.setattr(source_module, "pause", asked.append)
    return asked


@pytest.fixture
def site(pauses):
    with ModernGovSite(EXAMPLESHIRE) as running:
        yield running


def test_import_from_a_site_then_from_its_saved_responses_gives_the_same_records(site, tmp_path):
    saved = tmp_path / "saved"
    report, _ = run_import(site.url, "--save-to", saved, "--documents")
    assert report_line(report, "items") == "11 created, 0 updated, 0 unchanged, 0 skipped"
    assert (saved / "GetCommittees.xml").read_bytes() == (EXAMPLESHIRE / "GetCommittees.xml").read_bytes()
    assert (saved / "GetMeeting-501.xml").is_file() and (saved / "GetMeetings-103.xml").is_file()
    assert (saved / "SOURCE.txt").read_text().strip() == site.url
    source = f"moderngov:{site.url}"
    assert AgendaItem.objects.filter(source=source).count() == 11

    before = row_counts()
    report, _ = run_import(saved)
    assert row_counts() == before
    assert report_line(report, "items") == "0 created, 0 updated, 11 unchanged, 0 skipped"
    assert report_line(report, "meetings") == "0 created, 0 updated, 5 unchanged, 0 skipped"


def test_requests_name_the_importer_and_ask_for_every_meeting_in_range(site):
    run_import(site.url, "--committee", "101", "--from", "2024-01-01", "--to", "2024-03-31")
    paths = [path for path, _ in site.requests]
    assert {agent for _, agent in site.requests} == {USER_AGENT}
    assert "/mgWebService.asmx/GetCommittees" in paths
    assert "/mgWebService.asmx/GetMeetings?lCommitteeId=101&sFromDate=01%2F01%2F2024&sToDate=31%2F03%2F2024" in paths
    assert "/mgWebService.asmx/GetMeeting?lMeetingId=502" in paths
    assert not any("lMeetingId=503" in path for path in paths)  # May, out of range
    assert not any("lCommitteeId=102" in path for path in paths)


def test_requests_are_spaced_out(site):
    now, asked = [100.0], []
    source = WebSource(site.url, rate=0.5, clock=lambda: now[0], sleep=asked.append)
    source.committees()
    now[0] += 0.5  # half a second later
    source.councillors()
    now[0] += 3  # well after the next turn
    source.meetings("101")
    assert asked == [1.5]


def test_documents_are_fetched_from_the_site_and_their_text_extracted(site, tmp_path):
    folder = copy_of(tmp_path)
    paper = docx.Document()
    paper.add_paragraph("Attendance figures by school and term")
    paper.save(folder / "documents" / "9001")
    site.folder = folder
    report, _ = run_import(site.url, "--committee", "101", "--documents")
    document = SupportingDocument.objects.get(title="School attendance report")
    assert document.file and document.content_type == DOCX
    assert "Attendance figures by school and term" in document.extracted_text
    assert document.original_filename == "school-attendance-report.docx"
    # Restricted papers are not asked for.
    assert not any("9002" in path or "9003" in path for path, _ in site.requests)
    before = row_counts()
    run_import(site.url, "--committee", "101", "--documents")
    assert row_counts() == before
    assert sum("ID=9001" in path for path, _ in site.requests) == 1


def test_a_paper_that_is_not_an_accepted_file_is_listed_with_its_link(site):
    report, _ = run_import(site.url, "--committee", "101", "--documents")
    document = SupportingDocument.objects.get(title="School attendance report")
    assert not document.file and document.source_url
    assert "listed with its link only" in report


def test_a_server_error_is_retried_after_a_pause(site, pauses):
    site.failures["GetMeeting-501.xml"] = [503, 500]
    report, _ = run_import(site.url, "--committee", "101")
    assert Meeting.objects.filter(external_id="501").exists()
    assert [p for p in pauses if p >= 1] == [2.0, 4.0]
    assert sum("lMeetingId=501" in path for path, _ in site.requests) == 3


def test_a_server_error_that_persists_is_reported_and_the_rest_imported(site, pauses):
    site.failures["GetMeeting-501.xml"] = [500] * 10
    report, err = run_import(site.url, "--committee", "101")
    assert "GetMeeting-501.xml: the site answered 500" in report
    assert set(Meeting.objects.values_list("external_id", flat=True)) == {"502", "503"}


def test_a_missing_response_is_not_retried(site):
    site.failures["GetMeeting-502.xml"] = [404]
    report, _ = run_import(site.url, "--committee", "101")
    assert "GetMeeting-502.xml: the site answered 404" in report
    assert sum("lMeetingId=502" in path for path, _ in site.requests) == 1


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_site_is_a_clear_error(pauses):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(CommandError, match=rf"GetCommittees.xml: could not reach {url}/mgWebService.asmx/GetCommittees"):
        run_import(url)
    assert [p for p in pauses if p >= 1] == [2.0, 4.0, 8.0]


def test_an_html_error_page_instead_of_xml_is_named(site, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "GetCommittees.xml").write_text(
        "<html><head><title>Service Unavailable</title></head><body><h1>Sorry</h1></body></html>")
    site.folder = folder
    with pytest.raises(CommandError, match=r"GetCommittees.xml: not XML \(it looks like an HTML page: 'Service Unavailable'\)"):
        run_import(site.url)


def test_save_to_goes_with_a_site_only(tmp_path):
    with pytest.raises(CommandError, match="--save-to only goes with a site's address"):
        run_import(EXAMPLESHIRE, "--save-to", tmp_path)


def test_ids_are_never_paths():
    with pytest.raises(SourceError):
        WebSource("https://democracy.example.gov.uk", sleep=lambda s: None).meeting("../../etc/passwd")
