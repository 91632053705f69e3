"""
Drawing and joining a pack.

WeasyPrint draws the front sheet and agenda from HTML as a tagged PDF
(a structure tree, the document's title and language), followed
by one blank page for each page of each joined paper, sized like it, so
that CSS numbers every page of the pack "Page n of N" in one pass. pypdf
then lays each paper's page under its numbered blank page and adds the
outline: the summons, the agenda, each item, and under it each paper.
"""

import io
import logging
from contextlib import ExitStack

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from pypdf import PdfReader, PdfWriter, Transformation
from weasyprint import HTML

from .fetching import OwnSiteOnly
from .papers import open_papers, unjoin

logger = logging.getLogger(__name__)

# What WeasyPrint is asked for: tagged text (a structure tree), with the
# title and language screen readers announce. A PDF drawn here alone also
# declares itself PDF/UA-1; a pack with papers joined on does not, since the
# papers' pages keep whatever tagging their authors gave them.
TAGGED = {"pdf_tags": True}
UNIVERSALLY_ACCESSIBLE = {"pdf_variant": "pdf/ua-1", "pdf_tags": True}


class PaperDamaged(Exception):
    """A paper opened but failed while its pages were copied."""

    def __init__(self, paper):
        super().__init__(paper.document.pk)
        self.paper = paper


def draw(html, base_url=None, static_url=None, stylesheets=None, options=UNIVERSALLY_ACCESSIBLE):
    """Draw HTML with WeasyPrint, fetching nothing: (its Document, the PDF bytes)."""
    source = HTML(string=html, base_url=base_url, url_fetcher=OwnSiteOnly(static_url))
    document = source.render(stylesheets=stylesheets, **options)
    return document, document.write_pdf(**options)


def _title(contents):
    meeting = contents.meeting
    kind = "Supplementary agenda" if contents.kind == "supplementary" else "Agenda"
    return f"{kind} – {meeting.committee.name}, {format_date(timezone.localtime(meeting.start), 'j F Y')}"


def _anchor_pages(document):
    """{element id: page index} for every id WeasyPrint placed."""
    pages = {}
    for index, page in enumerate(document.pages):
        for anchor in page.anchors:
            pages.setdefault(anchor, index)
    return pages


def _page_sizes(contents):
    sizes = {}
    for paper in contents.joined_papers:
        for size in paper.page_sizes:
            sizes.setdefault(size.name, size)
    return list(sizes.values())


def _draw_pages(contents, site_url):
    """The pack's own pages, with a blank numbered page for each joined paper page."""
    meeting = contents.meeting
    for paper in contents.papers:
        paper.url = site_url + reverse("agenda:document", args=[paper.document.pk])
    context = {
        "pack": contents,
        "title": _title(contents),
        "description": f"The summons, agenda and published papers of the meeting of the "
        f"{meeting.committee.name}, published by {contents.council_name}.",
        "meeting_url": site_url + reverse("agenda:meeting", args=[meeting.pk]),
        "page_sizes": _page_sizes(contents),
    }
    options = TAGGED if contents.joined_papers else UNIVERSALLY_ACCESSIBLE
    return draw(render_to_string("agenda/pack/pack.html", context), options=options)


def _upright(page, size):
    """
    The transformation that puts a paper's page, as it is shown (its crop
    box, turned by its /Rotate), on a blank page of ``size`` whose lower
    left corner is at the origin. The paper is read-only, so its page is not
    turned in place.
    """
    box = page.cropbox
    centre_x = float(box.left) + float(box.width) / 2
    centre_y = float(box.bottom) + float(box.height) / 2
    return (
        Transformation()
        .translate(-centre_x, -centre_y)
        .rotate(-page.rotation)
        .translate(size.width / 2, size.height / 2)
    )


def _lay_papers_under(writer, contents, readers, first_paper_page):
    """Lay each joined paper's pages under the blank numbered pages drawn for them."""
    index = first_paper_page
    for paper in contents.joined_papers:
        try:
            for page, size in zip(readers[paper.document.pk].pages, paper.page_sizes):
                writer.pages[index].merge_transformed_page(page, _upright(page, size), over=False)
                index += 1
        except Exception as exc:
            raise PaperDamaged(paper) from exc


def _add_outline(writer, contents, anchors):
    """Bookmarks: the summons, the agenda, each item under it, and each joined paper under its item."""
    writer.add_outline_item(title="Summons", page_number=anchors.get("summons", 0))
    agenda_title = "Supplementary agenda" if contents.kind == "supplementary" else "Agenda"
    agenda = writer.add_outline_item(title=agenda_title, page_number=anchors.get("agenda", 0))
    for pack_item in contents.items:
        item_mark = writer.add_outline_item(
            title=pack_item.bookmark_title, page_number=anchors.get(pack_item.anchor, 0), parent=agenda
        )
        for paper in pack_item.papers:
            if paper.is_joined and paper.anchor in anchors:
                writer.add_outline_item(
                    title=paper.document.title, page_number=anchors[paper.anchor], parent=item_mark
                )
    writer.page_mode = "/UseOutlines"


def _join(contents, readers, site_url):
    document, drawn = _draw_pages(contents, site_url)
    anchors = _anchor_pages(document)
    first_paper_page = len(document.pages) - sum(paper.page_count for paper in contents.joined_papers)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(drawn)))
    writer.pdf_header = b"%PDF-1.7"  # as WeasyPrint wrote it for PDF/UA-1
    _lay_papers_under(writer, contents, readers, first_paper_page)
    _add_outline(writer, contents, anchors)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def build_pack(contents, site_url):
    """
    The pack's PDF bytes. A paper that fails while being joined is listed
    as available separately and the pack drawn again without it.
    """
    with ExitStack() as files:
        readers = open_papers(contents, files)
        while True:
            try:
                return _join(contents, readers, site_url)
            except PaperDamaged as damaged:
                logger.warning(
                    "Paper %s could not be joined to the agenda pack.", damaged.paper.document.pk, exc_info=True
                )
                unjoin(damaged.paper)
