"""
Clerks upload an item's supporting documents, whose type is read from the
bytes; the public download is served only to those entitled to see it.
"""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from docx import Document as WordDocument
from pypdf import PdfWriter

from agenda import services
from agenda.models import SupportingDocument
from tests import factories

pytestmark = pytest.mark.django_db

NO_TEXT = "We could not read any text from this file, so it will not be found by search."


def blank_pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def word_document(text):
    document = WordDocument()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload_url(item):
    return f"/clerk/items/{item.pk}/documents/new/"


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def approve_minutes(meeting, clerk):
    later = factories.MeetingFactory(committee=meeting.committee, start=timezone.now() - timedelta(hours=1))
    services.publish_draft_minutes(meeting=meeting, user=clerk)
    services.approve_minutes(meeting=meeting, approving_meeting=later, user=clerk)


# --- Uploading ---------------------------------------------------------------------


def test_clerk_uploads_a_word_document_and_its_text_is_read(clerk_client, clerk):
    item = factories.AgendaItemFactory()
    upload = SimpleUploadedFile("fostering_allowances-2024.docx", word_document("Fostering allowances rise by 3%"))

    response = clerk_client.post(upload_url(item), {"file": upload, "title": ""}, follow=True)

    assert response.status_code == 200
    document = SupportingDocument.objects.get(item=item)
    assert document.title == "fostering allowances 2024"
    assert document.content_type.endswith("wordprocessingml.document")
    assert "Fostering allowances rise by 3%" in document.extracted_text
    assert document.uploaded_by == clerk
    assert document.original_filename == "fostering_allowances-2024.docx"
    assert response.redirect_chain[-1][0] == upload_url(item)
    assert "uploaded" in response.text
    assert NO_TEXT not in response.text


def test_pdf_without_text_is_kept_and_the_clerk_is_told_it_cannot_be_searched(clerk_client):
    item = factories.AgendaItemFactory()
    upload = SimpleUploadedFile("scan.pdf", blank_pdf(), content_type="application/pdf")

    response = clerk_client.post(
        upload_url(item), {"file": upload, "title": "Scanned letter", "is_exempt": "on"}, follow=True
    )

    document = SupportingDocument.objects.get(item=item)
    assert document.title == "Scanned letter"
    assert document.is_exempt
    assert document.content_type == "application/pdf"
    assert document.extracted_text == ""
    assert NO_TEXT in response.text
    assert "It is still listed with the item." in response.text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200, id="executable"),
        pytest.param(b"Dear councillors, this is plain text.\n" * 5, id="text"),
        pytest.param(b"%PDF-1.4\n<html><script>alert(document.cookie)</script></html>", id="html with a PDF header"),
        pytest.param(b"%PDF-1.7\n" + b"%%EOF\n", id="a PDF header and trailer with nothing between"),
        pytest.param(blank_pdf()[:-300], id="a PDF cut short"),
        pytest.param(b"%PDF-1.4\n<!DOCTYPE html><body>x</body>\n" + blank_pdf()[9:], id="a PDF with a web page inside"),
    ],
)
def test_a_file_renamed_to_pdf_is_refused_and_nothing_is_stored(clerk_client, settings, data):
    item = factories.AgendaItemFactory()
    upload = SimpleUploadedFile("report.pdf", data, content_type="application/pdf")

    response = clerk_client.post(upload_url(item), {"file": upload, "title": "Report"})

    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert 'id="id_file_error"' in response.text
    assert "The selected file is named .pdf but its contents do not match" in response.text
    assert not SupportingDocument.objects.exists()
    assert stored_files(settings) == []


def test_a_file_over_the_size_limit_is_refused(clerk_client, settings):
    settings.DOCUMENT_MAX_UPLOAD_BYTES = 100
    item = factories.AgendaItemFactory()
    upload = SimpleUploadedFile("big.pdf", blank_pdf(), content_type="application/pdf")

    response = clerk_client.post(upload_url(item), {"file": upload})

    assert 'id="id_file_error"' in response.text
    assert "must be smaller than 100" in response.text
    assert not SupportingDocument.objects.exists()
    assert stored_files(settings) == []


def test_choosing_no_file_is_an_error_beside_the_field(clerk_client):
    item = factories.AgendaItemFactory()

    response = clerk_client.post(upload_url(item), {"title": "Report"})

    assert response.status_code == 200
    assert 'id="id_file_error"' in response.text
    assert not SupportingDocument.objects.exists()


def test_no_upload_once_the_minutes_are_approved(clerk_client, clerk, settings):
    item = factories.AgendaItemFactory()
    approve_minutes(item.meeting, clerk)
    upload = SimpleUploadedFile("scan.pdf", blank_pdf())

    response = clerk_client.post(upload_url(item), {"file": upload})

    assert response.status_code == 200
    assert "approved as a correct record" in response.text
    assert not SupportingDocument.objects.exists()
    assert stored_files(settings) == []


def test_upload_page_for_an_unknown_item_is_not_found(clerk_client):
    assert clerk_client.get("/clerk/items/999999/documents/new/").status_code == 404


def test_upload_page_lists_the_items_documents(clerk_client):
    item = factories.AgendaItemFactory()
    factories.DocumentFactory(item=item, title="Cabinet report", size=2048, is_exempt=True)
    factories.DocumentFactory(item=item, title="Listed only", file="", content_type="", size=0)
    other = factories.DocumentFactory(title="Another item's paper")

    response = clerk_client.get(upload_url(item))

    assert response.status_code == 200
    assert "Cabinet report" in response.text
    assert "2.0\xa0KB" in response.text
    assert "PDF" in response.text
    assert "Exempt" in response.text
    assert "Not uploaded yet" in response.text
    assert other.title not in response.text
    assert 'enctype="multipart/form-data"' in response.text
    assert 'class="govuk-file-upload"' in response.text


def test_upload_page_runs_a_fixed_number_of_queries(clerk_client, django_assert_num_queries):
    item = factories.AgendaItemFactory()
    factories.DocumentFactory.create_batch(10, item=item)

    # session, user, permissions (2), two-factor device check, item with
    # meeting and committee, documents
    with django_assert_num_queries(7):
        response = clerk_client.get(upload_url(item))
    assert response.text.count("Remove") == 10


# --- Removing ----------------------------------------------------------------------


def test_clerk_confirms_then_removes_a_document_and_its_file(
    clerk_client, settings, django_capture_on_commit_callbacks
):
    document = factories.DocumentFactory(title="Old report")
    assert len(stored_files(settings)) == 1
    url = f"/clerk/documents/{document.pk}/delete/"

    confirm = clerk_client.get(url)
    assert confirm.status_code == 200
    assert "Remove “Old report”?" in confirm.text
    assert SupportingDocument.objects.filter(pk=document.pk).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = clerk_client.post(url, {"confirm": "on", "reason": "Superseded"}, follow=True)

    assert response.redirect_chain[-1][0] == upload_url(document.item)
    assert "“Old report” removed." in response.text
    assert not SupportingDocument.objects.filter(pk=document.pk).exists()
    assert stored_files(settings) == []


def test_removing_from_approved_minutes_is_refused(clerk_client, clerk):
    document = factories.DocumentFactory()
    approve_minutes(document.item.meeting, clerk)

    response = clerk_client.post(
        f"/clerk/documents/{document.pk}/delete/", {"confirm": "on", "reason": "Superseded"}
    )

    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert "approved as a correct record" in response.text
    assert SupportingDocument.objects.filter(pk=document.pk).exists()


def test_removal_without_confirmation_changes_nothing_and_asks_again(clerk_client):
    document = factories.DocumentFactory(title="Old report")

    response = clerk_client.post(f"/clerk/documents/{document.pk}/delete/")

    assert response.status_code == 200
    assert "Tick the box to confirm you want to remove this document" in response.text
    assert "Yes, remove this document" in response.text
    assert SupportingDocument.objects.filter(pk=document.pk).exists()


def test_a_published_document_needs_a_reason_kept_in_the_history(clerk_client, clerk):
    document = factories.DocumentFactory(title="Old report")
    url = f"/clerk/documents/{document.pk}/delete/"
    assert "the public may already have read or downloaded it" in clerk_client.get(url).text

    refused = clerk_client.post(url, {"confirm": "on"})
    assert "Say why you are removing this document: the public has seen it." in refused.text
    assert SupportingDocument.objects.filter(pk=document.pk).exists()

    clerk_client.post(url, {"confirm": "on", "reason": "Contained a home address"})

    assert not SupportingDocument.objects.filter(pk=document.pk).exists()
    removal = SupportingDocument.history.filter(id=document.pk, history_type="-").get()
    assert removal.history_change_reason == "Document removed: Contained a home address"
    assert removal.history_user == clerk


def test_a_draft_document_is_removed_without_a_reason(clerk_client):
    document = factories.DocumentFactory(item__published_at=None, item__meeting__agenda_published_at=None)

    clerk_client.post(f"/clerk/documents/{document.pk}/delete/", {"confirm": "on"})

    assert not SupportingDocument.objects.filter(pk=document.pk).exists()
    removal = SupportingDocument.history.filter(id=document.pk, history_type="-").get()
    assert removal.history_change_reason == "Document removed"


def test_removing_an_unknown_document_is_not_found(clerk_client):
    assert clerk_client.post("/clerk/documents/999999/delete/").status_code == 404


# --- Downloading -------------------------------------------------------------------


def download(client, document):
    return client.get(f"/documents/{document.pk}/")


def test_public_downloads_a_published_document(public_client):
    document = factories.DocumentFactory(title="Director's report: Q3/Q4 <draft>")

    response = download(public_client, document)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == 'inline; filename="Directors report Q3Q4 draft.pdf"'
    assert "private" not in response.get("Cache-Control", "")
    assert b"".join(response.streaming_content) == b"%PDF-1.4\n%%EOF\n"


def test_office_documents_are_downloaded_as_attachments(public_client):
    document = factories.DocumentFactory(
        title="Budget",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )

    response = download(public_client, document)

    assert response["Content-Disposition"] == 'attachment; filename="Budget.xlsx"'


@pytest.mark.parametrize(
    "document_kwargs",
    [
        pytest.param({"is_exempt": True}, id="exempt-document"),
        pytest.param({"item__is_exempt": True, "item__exempt_paragraph": 3}, id="exempt-item"),
        pytest.param({"item__published_at": None}, id="draft-item"),
        pytest.param({"item__meeting__agenda_published_at": None, "item__published_at": None}, id="draft-agenda"),
    ],
)
def test_public_cannot_download_a_document_it_may_not_see(public_client, document_kwargs):
    document = factories.DocumentFactory(**document_kwargs)

    response = download(public_client, document)

    assert response.status_code == 404
    assert b"%PDF" not in response.content


def test_councillor_downloads_exempt_papers_privately(councillor_client):
    document = factories.DocumentFactory(item__is_exempt=True, item__exempt_paragraph=1)

    response = download(councillor_client, document)

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_councillor_cannot_download_papers_of_a_draft_item(councillor_client):
    document = factories.DocumentFactory(item__published_at=None)

    assert download(councillor_client, document).status_code == 404


def test_clerk_downloads_papers_of_a_draft_item(clerk_client):
    document = factories.DocumentFactory(item__published_at=None, is_exempt=True)

    response = download(clerk_client, document)

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_a_document_listed_without_a_file_is_not_found_with_a_plain_message(public_client):
    document = factories.DocumentFactory(file="", content_type="", size=0)

    response = download(public_client, document)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/plain")
    assert response.text == "This paper has not been uploaded yet."


def test_an_unknown_document_is_not_found(public_client):
    assert public_client.get("/documents/999999/").status_code == 404
