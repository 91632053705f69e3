"""
Checks and text extraction for uploaded supporting documents.

The type is read from the file's bytes, never from its name or the browser's
claim, so a renamed executable is refused.
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

ACCEPTED_TYPES = {
    "application/pdf": ("pdf", "PDF"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ("docx", "Word document"),
    "application/vnd.oasis.opendocument.text": ("odt", "OpenDocument text"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ("xlsx", "Excel spreadsheet"),
}

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


def check_upload(uploaded_file):
    limit = settings.DOCUMENT_MAX_UPLOAD_BYTES
    if uploaded_file.size == 0:
        raise ValidationError({"file": "The selected file is empty."})
    if uploaded_file.size > limit:
        raise ValidationError({"file": f"The selected file must be smaller than {filesizeformat(limit)}."})
    uploaded_file.seek(0)
    head = uploaded_file.read(8192)
    uploaded_file.seek(0)
    kind = filetype.guess(head)
    if kind is None and head.startswith(b"PK"):
        kind = _guess_office_zip(uploaded_file)
    if kind is not None and kind.mime == "application/pdf" and not _is_readable_pdf(uploaded_file):
        kind = None
    if kind is None or kind.mime not in ACCEPTED_TYPES:
        raise ValidationError(
            {"file": "The selected file must be a PDF, Word (DOCX), OpenDocument text (ODT) or Excel (XLSX) file."}
        )
    return CheckedUpload(content_type=kind.mime, extension=ACCEPTED_TYPES[kind.mime][0])


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


@dataclass(frozen=True)
class _Kind:
    mime: str


def _guess_office_zip(uploaded_file):
    """Office files whose first entry is not the one `filetype` looks for."""
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                return _Kind(archive.read("mimetype").decode("ascii", "replace").strip())
            if "word/document.xml" in names:
                return _Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            if "xl/workbook.xml" in names:
                return _Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    except (zipfile.BadZipFile, OSError, KeyError):
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
    PDF, a damaged file). Extraction never blocks an upload.
    """
    uploaded_file.seek(0)
    data = uploaded_file.read()
    uploaded_file.seek(0)
    try:
        if content_type == "application/pdf":
            return _pdf_text(data)
        if content_type.endswith("wordprocessingml.document"):
            return _zip_xml_text(data, ["word/document.xml"])
        if content_type == "application/vnd.oasis.opendocument.text":
            return _zip_xml_text(data, ["content.xml"])
        if content_type.endswith("spreadsheetml.sheet"):
            return _zip_xml_text(data, ["xl/sharedStrings.xml"])
    except Exception:  # noqa: BLE001 - any parser failure means "no text", never a failed upload
        logger.warning("Could not extract text from an uploaded %s", content_type, exc_info=True)
    return ""


def _pdf_text(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return _tidy("\n".join(page.extract_text() or "" for page in reader.pages))


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
