"""
Opening the papers a pack joins on. A paper's PDF is read from storage as a
stream (pypdf reads the objects it needs as it needs them), so a long paper
is never held in memory whole. A paper that is not a PDF is listed as
available separately; one pypdf cannot read (broken, or locked with a
password) is listed the same way, never fatal: one bad upload must not
stop the whole pack being published.
"""

import logging
from contextlib import ExitStack
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf import PasswordType

logger = logging.getLogger(__name__)

PDF = "application/pdf"


@dataclass(frozen=True)
class PageSize:
    """A page as it is shown (after its /Rotate), in PDF points."""

    width: float
    height: float

    @property
    def name(self):
        """A CSS page name for pages of this size, for example ``paper-595x842``."""
        return f"paper-{round(self.width)}x{round(self.height)}"


def shown_size(page):
    """The size a page is shown at: its crop box, turned by its /Rotate."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    if page.rotation % 180:
        width, height = height, width
    return PageSize(width, height)


def _open_reader(document, files):
    """A PdfReader on the paper's file, opened on ``files`` (an ExitStack), or None if unreadable."""
    handle = files.enter_context(document.file.storage.open(document.file.name, "rb"))
    reader = PdfReader(handle)
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        return None
    return reader


def open_papers(contents, files: ExitStack):
    """
    Open each public paper's PDF and note its pages; set each paper's
    ``carried``. Returns {document pk: PdfReader} for the papers to join,
    whose files stay open on ``files`` until the pack is written.
    """
    readers = {}
    for paper in contents.papers:
        document = paper.document
        if not document.has_file:
            paper.carried = "missing"
            continue
        if document.content_type != PDF:
            paper.carried = "separate"
            continue
        try:
            reader = _open_reader(document, files)
            sizes = [shown_size(page) for page in reader.pages] if reader else []
        except FileNotFoundError:
            paper.carried = "missing"
            continue
        except Exception:
            # pypdf raises many kinds of error on a damaged file.
            logger.warning("Paper %s could not be read for the agenda pack.", document.pk, exc_info=True)
            sizes = []
        if not sizes:
            paper.carried = "unreadable"
            continue
        paper.carried = "pdf"
        paper.page_count = len(sizes)
        paper.page_sizes = sizes
        readers[document.pk] = reader
    return readers


def unjoin(paper):
    """Stop joining a paper found to be damaged while its pages were copied."""
    paper.carried = "unreadable"
    paper.page_count = 0
    paper.page_sizes = []
