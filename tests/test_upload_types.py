"""
Papers may be PDF, Word (DOC, DOCX), Excel (XLSX), PowerPoint (PPTX),
OpenDocument text (ODT) or PNG and JPEG images, told apart by their bytes;
a file whose name says one type and whose bytes another is refused, and
the upload page says what is accepted, and how large, before any upload.
"""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from agenda import documents
from agenda.documents import check_upload, extract_text
from agenda.models import SupportingDocument
from tests import factories
from tests.test_documents import blank_pdf, stored_files, upload_url, word_document

pytestmark = pytest.mark.django_db


def package(members, *, mimetype=None):
    """A zip holding the given members, with an OpenDocument "mimetype" first when given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype:
            archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def spreadsheet():
    return package({
        "[Content_Types].xml": "<Types/>",
        "xl/workbook.xml": "<workbook/>",
        "xl/sharedStrings.xml": '<sst xmlns="x"><si><t>Budget 2026</t></si></sst>',
    })


def presentation():
    slide = '<p:sld xmlns:p="p" xmlns:a="a"><a:p><a:t>{}</a:t></a:p></p:sld>'
    return package({
        "[Content_Types].xml": "<Types/>",
        "ppt/presentation.xml": "<presentation/>",
        "ppt/slides/slide2.xml": slide.format("Second slide"),
        "ppt/slides/slide10.xml": slide.format("Tenth slide"),
        "ppt/slides/slide1.xml": slide.format("Library opening hours"),
    })


def open_document(mimetype="application/vnd.oasis.opendocument.text"):
    content = '<office:document-content xmlns:office="o" xmlns:text="t"><text:p>Ward boundaries</text:p></office:document-content>'
    return package({"content.xml": content}, mimetype=mimetype)


def old_office_file(stream="WordDocument"):
    """The start of an OLE2 compound file with one named stream in its directory."""
    return documents.OLE2_MAGIC + b"\x00" * 504 + stream.encode("utf-16-le") + b"\x00" * 1000


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 40 + b"\xff\xd9"


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


@pytest.mark.parametrize(
    "name, data, mime",
    [
        ("report.pdf", blank_pdf(), "application/pdf"),
        ("report.docx", word_document("Hello"), documents.DOCX),
        ("report.DOC", old_office_file(), documents.DOC),
        ("budget.xlsx", spreadsheet(), documents.XLSX),
        ("slides.pptx", presentation(), documents.PPTX),
        ("wards.odt", open_document(), documents.ODT),
        ("map.png", PNG, "image/png"),
        ("photo.jpg", JPEG, "image/jpeg"),
        ("photo.jpeg", JPEG, "image/jpeg"),
        ("no extension", blank_pdf(), "application/pdf"),
    ],
)
def test_each_accepted_type_is_recognised_by_its_bytes(name, data, mime):
    assert check_upload(upload(name, data)).content_type == mime


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("report.docx", blank_pdf(), "The selected file is named .docx but it is a PDF. Rename it to end in .pdf"),
        ("budget.xlsx", word_document("x"), "is named .xlsx but it is a Word document. Rename it to end in .docx"),
        ("map.jpg", PNG, "is named .jpg but it is a PNG image. Rename it to end in .png"),
        ("slides.pdf", presentation(), "is named .pdf but it is a PowerPoint presentation"),
        ("budget.docx", spreadsheet(), "is named .docx but it is an Excel spreadsheet. Rename it to end in .xlsx"),
        ("notes.txt", blank_pdf(), "is named .txt but it is a PDF"),
        ("sheet.doc", old_office_file("Workbook"), "is named .doc but its contents do not match"),
        ("sums.odt", open_document("application/vnd.oasis.opendocument.spreadsheet"),
         "is named .odt but its contents do not match: it may be damaged, or another kind of file renamed"),
        ("empty.docx", package({"readme.txt": "hi"}), "is named .docx but its contents do not match"),
        ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 100, "is named .xlsx but its contents do not match"),
        ("tool.exe", b"MZ\x90\x00" + b"\x00" * 100, "The selected file must be a PDF, Word (DOC or DOCX)"),
        ("page.html", b"<html><script>alert(1)</script></html>", "The selected file must be a PDF"),
    ],
)
def test_a_file_whose_bytes_do_not_match_its_name_is_refused_with_a_clear_message(name, data, message):
    with pytest.raises(ValidationError) as refusal:
        check_upload(upload(name, data))
    assert message in " ".join(refusal.value.message_dict["file"])


@pytest.mark.parametrize(
    "data, mime, text",
    [
        (word_document("Fostering allowances rise by 3%"), documents.DOCX, "Fostering allowances rise by 3%"),
        (spreadsheet(), documents.XLSX, "Budget 2026"),
        (open_document(), documents.ODT, "Ward boundaries"),
    ],
)
def test_text_is_read_where_a_library_here_can(data, mime, text):
    assert text in extract_text(upload("x", data), mime)


def test_a_presentation_is_read_slide_by_slide_in_order():
    text = extract_text(upload("slides.pptx", presentation()), documents.PPTX)
    assert text.index("Library opening hours") < text.index("Second slide") < text.index("Tenth slide")


def test_word_tables_are_read_too():
    from docx import Document

    document = Document()
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Fees and charges"
    buffer = io.BytesIO()
    document.save(buffer)
    assert "Fees and charges" in extract_text(upload("t.docx", buffer.getvalue()), documents.DOCX)


def test_images_and_old_word_files_are_kept_without_text():
    assert extract_text(upload("map.png", PNG), "image/png") == ""
    assert extract_text(upload("old.doc", old_office_file()), documents.DOC) == ""


def test_the_upload_page_says_what_is_accepted_and_how_large_before_uploading(clerk_client, settings):
    settings.DOCUMENT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024
    item = factories.AgendaItemFactory()

    html = clerk_client.get(upload_url(item)).content.decode()

    assert (
        "A PDF, Word (DOC or DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument text (ODT) "
        "or image (PNG or JPEG) file, up to 20.0\xa0MB." in html
    )
    assert 'accept=".pdf,.docx,.doc,.odt,.xlsx,.pptx,.png,.jpg,.jpeg"' in html


@pytest.mark.parametrize(
    "name, data, stored_as",
    [("photo.jpeg", JPEG, "jpg"), ("slides.pptx", presentation(), "pptx"), ("old.doc", old_office_file(), "doc")],
)
def test_clerk_uploads_the_newly_accepted_types(clerk_client, name, data, stored_as):
    item = factories.AgendaItemFactory()

    response = clerk_client.post(upload_url(item), {"file": upload(name, data), "title": "Paper"})

    assert response.status_code == 302
    document = SupportingDocument.objects.get(item=item)
    assert document.file.name.endswith(f".{stored_as}")


def test_a_mismatched_upload_is_refused_beside_the_field_and_nothing_is_stored(clerk_client, settings):
    item = factories.AgendaItemFactory()

    response = clerk_client.post(upload_url(item), {"file": upload("minutes.docx", blank_pdf()), "title": "Minutes"})

    assert response.status_code == 200
    assert 'id="id_file_error"' in response.text
    assert "Rename it to end in .pdf" in response.text
    assert 'value="Minutes"' in response.text
    assert not SupportingDocument.objects.exists()
    assert stored_files(settings) == []
