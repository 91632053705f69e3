"""
Checks and text extraction for uploaded supporting documents.

The type is read from the file's bytes, never from the browser's claim, so a
renamed executable is refused; a file named as one accepted type but holding
another is refused too, with a message saying what it really is.
"""

import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from xml.etree import ElementTree

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

import filetype

logger = logging.getLogger(__name__)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
DOC = "application/msword"

# What a paper may be: its type, the extension it is stored and downloaded
# with, and the name clerks and the public see.
ACCEPTED_TYPES = {
    "application/pdf": ("pdf", "PDF"),
    DOCX: ("docx", "Word document"),
    DOC: ("doc", "Word document"),
    ODT: ("odt", "OpenDocument text"),
    XLSX: ("xlsx", "Excel spreadsheet"),
    PPTX: ("pptx", "PowerPoint presentation"),
    "image/png": ("png", "PNG image"),
    "image/jpeg": ("jpg", "JPEG image"),
}
# The extensions a file of each type may be named with.
EXTENSIONS = {
    "pdf": "application/pdf", "docx": DOCX, "doc": DOC, "odt": ODT, "xlsx": XLSX, "pptx": PPTX,
    "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
}
ACCEPTED_SENTENCE = (
    "a PDF, Word (DOC or DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument text (ODT) "
    "or image (PNG or JPEG) file"
)

# The first bytes of an OLE2 compound file (Word 97-2003 and other old
# Office files) and the name of the stream only a Word document has.
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
WORD_STREAM = "WordDocument".encode("utf-16-le")
# Members whose presence tells the kind of an Office Open XML package.
OOXML_MEMBERS = (("word/document.xml", DOCX), ("xl/workbook.xml", XLSX), ("ppt/presentation.xml", PPTX))

# Guard against zip bombs when reading office documents' XML.
MAX_XML_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class CheckedUpload:
    content_type: str
    extension: str

    @property
    def suggested_name(self):
        return f"upload.{self.extension}"


def describe_type(content_type):
    return ACCEPTED_TYPES.get(content_type, ("", "File"))[1]


def upload_hint():
    """What may be uploaded, said beside the upload box before the clerk chooses a file."""
    limit = filesizeformat(settings.DOCUMENT_MAX_UPLOAD_BYTES)
    return f"{ACCEPTED_SENTENCE[0].upper()}{ACCEPTED_SENTENCE[1:]}, up to {limit}."


def check_upload(uploaded_file):
    """
    The upload's real type, read from its bytes; refused when it is none of
    the accepted types, or when its name says one type and its bytes another.
    """
    limit = settings.DOCUMENT_MAX_UPLOAD_BYTES
    if uploaded_file.size == 0:
        raise ValidationError({"file": "The selected file is empty."})
    if uploaded_file.size > limit:
        raise ValidationError({"file": f"The selected file must be smaller than {filesizeformat(limit)}."})
    named = PurePath(uploaded_file.name or "").suffix.lower().lstrip(".")
    mime = _sniff(uploaded_file)
    if mime is None:
        if named in EXTENSIONS:
            raise ValidationError({"file": (
                f"The selected file is named .{named} but its contents do not match: it may be damaged, "
                f"or another kind of file renamed. The file must be {ACCEPTED_SENTENCE}."
            )})
        raise ValidationError({"file": f"The selected file must be {ACCEPTED_SENTENCE}."})
    if named and EXTENSIONS.get(named) != mime:
        extension, label = ACCEPTED_TYPES[mime]
        raise ValidationError({"file": (
            f"The selected file is named .{named} but it is {_a(label)}. Rename it to end in .{extension}, "
            "or choose the file you meant."
        )})
    return CheckedUpload(content_type=mime, extension=ACCEPTED_TYPES[mime][0])


def _a(label):
    return f"{'an' if label[0] in 'AEIOU' else 'a'} {label}"


def _sniff(uploaded_file):
    """The accepted type the file's bytes show, or None."""
    uploaded_file.seek(0)
    head = uploaded_file.read(8192)
    uploaded_file.seek(0)
    if head.startswith(b"PK\x03\x04"):
        return _office_zip_type(uploaded_file)
    if head.startswith(OLE2_MAGIC):
        return DOC if _has_word_stream(uploaded_file) else None
    kind = filetype.guess(head)
    if kind is None:
        return None
    if kind.mime == "application/pdf":
        return kind.mime if _is_readable_pdf(uploaded_file) else None
    if kind.mime in {"image/png", "image/jpeg"}:
        return kind.mime
    return None


def _has_word_stream(uploaded_file):
    """An OLE2 file is a Word document when it holds a "WordDocument" stream (an .xls does not)."""
    try:
        uploaded_file.seek(0)
        return WORD_STREAM in uploaded_file.read()
    finally:
        uploaded_file.seek(0)


# Markup that a browser could take for a web page, if ever it sniffed a file.
MARKUP = re.compile(rb"<\s*(?:html|script|body|head|iframe|svg|!doctype)\b", re.IGNORECASE)


def _is_readable_pdf(uploaded_file):
    """
    A PDF by more than its first bytes: PDF readers find a file's cross-
    reference table from the ``%%EOF`` at its end, so a real PDF has one
    there and pypdf can read at least one page from it; and no markup that
    a browser could run sits near its start (an HTML page that merely begins
    ``%PDF-`` is refused).
    """
    from pypdf import PdfReader

    try:
        uploaded_file.seek(0)
        head = uploaded_file.read(4096)
        uploaded_file.seek(max(uploaded_file.size - 1024, 0))
        tail = uploaded_file.read()
        uploaded_file.seek(0)
        if b"%%EOF" not in tail or MARKUP.search(head):
            return False
        return len(PdfReader(uploaded_file, strict=False).pages) > 0
    except Exception:  # noqa: BLE001 - whatever the reader trips on, it is not a PDF we can vouch for
        return False
    finally:
        uploaded_file.seek(0)


def _office_zip_type(uploaded_file):
    """
    The kind of an Office Open XML or OpenDocument package, from its members:
    a .docx holds word/document.xml, an .xlsx xl/workbook.xml, a .pptx
    ppt/presentation.xml, and an .odt a "mimetype" member naming it.
    """
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                return ODT if declared == ODT else None
            for member, mime in OOXML_MEMBERS:
                if member in names:
                    return mime
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, NotImplementedError):
        return None
    finally:
        uploaded_file.seek(0)
    return None


def title_from_filename(name):
    stem = PurePath(name).stem
    return re.sub(r"[_\-]+", " ", stem).strip()[:300] or "Document"


def extract_text(uploaded_file, content_type):
    """
    The document's text for search, or "" when it cannot be read (a scanned
    PDF, a damaged file, an old .doc or an image, for which no library
    here reads text). Extraction never blocks an upload.
    """
    uploaded_file.seek(0)
    data = uploaded_file.read()
    uploaded_file.seek(0)
    try:
        if content_type == "application/pdf":
            return _pdf_text(data)
        if content_type == DOCX:
            return _word_text(data)
        if content_type == ODT:
            return _zip_xml_text(data, ["content.xml"])
        if content_type == XLSX:
            return _zip_xml_text(data, ["xl/sharedStrings.xml"])
        if content_type == PPTX:
            return _zip_xml_text(data, _slide_members(data))
    except Exception:  # noqa: BLE001 - any parser failure means "no text", never a failed upload
        logger.warning("Could not extract text from an uploaded %s", content_type, exc_info=True)
    return ""


def _pdf_text(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return _tidy("\n".join(page.extract_text() or "" for page in reader.pages))


def _word_text(data):
    """A Word document's paragraphs and table cells, read with python-docx."""
    from docx import Document

    document = Document(io.BytesIO(data))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text for cell in row.cells))
    return _tidy("\n".join(lines))


def _slide_members(data):
    """A presentation's slides, in slide order (slide2 before slide10)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        slides = [n for n in archive.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
    return sorted(slides, key=lambda name: int(re.search(r"(\d+)\.xml$", name).group(1)))


def _zip_xml_text(data, members):
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in members:
            if member not in archive.namelist():
                continue
            if archive.getinfo(member).file_size > MAX_XML_BYTES:
                continue
            root = ElementTree.fromstring(archive.read(member))
            for element in root.iter():
                tag = element.tag.rsplit("}", 1)[-1]
                if element.text and tag in {"t", "p", "h", "span"}:
                    parts.append(element.text)
                if tag in {"p", "h"}:
                    parts.append("\n")
    return _tidy(" ".join(parts))


def _tidy(text):
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
