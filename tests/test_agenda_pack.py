"""
The agenda pack: one PDF of the summons, the agenda and every public paper,
numbered on every page, with an outline and tagged text; a supplementary
pack for a later publication; and the minutes as a PDF. Each holds what the
public may read and nothing more, and a damaged paper is listed, never fatal.

The meeting is the demo council's next Children and Young People meeting
(``manage.py load_demo``), given papers of every kind.
"""

import functools
import io
import shutil
import subprocess

import docx
import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from pypdf import PdfReader, PdfWriter
from weasyprint import HTML

from agenda import services
from agenda.models import AgendaPublication, ExemptParagraph, SupportingDocument
from meetings.dates import meeting_time
from meetings.models import Meeting
from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db

PDFTOPPM = shutil.which("pdftoppm")
REPORT_TEXT = "Recruitment rose by a fifth"
APPENDIX_TEXT = "Figures by ward"
ROTATED_TEXT = "Turned on its side"
EXEMPT_PAPER_TEXT = "WOMBATSECRET"
EXEMPT_ITEM_PURPOSE = "To consider the PANGOLINPRIVATE bids"
BRAND = (0x1D, 0x4F, 0x5B)


# --- Papers of every kind -------------------------------------------------------------


@functools.cache
def pdf_of(text, pages=1, size="A4"):
    body = "".join(f"<h1>{text}</h1><p>Page {n + 1} of the paper.</p>"
                   f"<div style='break-after: page'></div>" for n in range(pages))
    return HTML(string=f"<style>@page {{ size: {size} }}</style>{body}").write_pdf()


@functools.cache
def rotated_pdf(text):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_of(text))))
    writer.pages[0].rotate(90)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


@functools.cache
def locked_pdf(text):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_of(text))))
    writer.encrypt("a-password-nobody-has")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


@functools.cache
def word_document(text):
    document = docx.Document()
    document.add_paragraph(text)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def upload(item, clerk, name, data, title, is_exempt=False):
    return services.add_document(
        item=item, user=clerk, uploaded_file=SimpleUploadedFile(name, data), title=title, is_exempt=is_exempt
    )


def stored_paper(item, name, data, title):
    """A PDF paper put straight into the record, past the upload's checks."""
    return SupportingDocument.objects.create(
        item=item, order=99, title=title, content_type="application/pdf",
        file=ContentFile(data, name=name), size=len(data),
    )


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())
    clerk = User.objects.get(username="clerk")
    meeting = Meeting.objects.filter(
        committee__slug="children-and-young-people", start__gt=timezone.now()
    ).get()
    item = meeting.items.get()
    upload(item, clerk, "report.pdf", pdf_of(REPORT_TEXT, pages=3), "Report of the Director")
    upload(item, clerk, "appendix.pdf", pdf_of(APPENDIX_TEXT, size="A4 landscape"), "Appendix A: figures")
    upload(item, clerk, "rotated.pdf", rotated_pdf(ROTATED_TEXT), "Appendix B: a turned page")
    upload(item, clerk, "plan.docx", word_document("The plan"), "Recruitment plan")
    # Uploads refuse a PDF that cannot be read; one damaged in storage, or
    # kept from before that check, is still in the record.
    stored_paper(item, "broken.pdf", b"%PDF-1.7\nthis is not really a PDF\n%%EOF\n", "Damaged appendix")
    stored_paper(item, "locked.pdf", locked_pdf("Locked"), "Password-protected appendix")
    upload(item, clerk, "exempt.pdf", pdf_of(EXEMPT_PAPER_TEXT), "Provider prices", is_exempt=True)
    return {"meeting": meeting, "item": item, "clerk": clerk}


def fetch_pdf(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content)), response.content


def page_texts(reader):
    return [page.extract_text() for page in reader.pages]


def outline(reader, entries=None, depth=0):
    """[(depth, title, page number from 1)] for the whole outline."""
    rows = []
    for entry in reader.outline if entries is None else entries:
        if isinstance(entry, list):
            rows.extend(outline(reader, entry, depth + 1))
        else:
            rows.append((depth, entry.title, reader.get_destination_page_number(entry) + 1))
    return rows


def pack_url(meeting):
    return reverse("agenda:agenda_pack", args=[meeting.pk])


# --- The agenda pack ------------------------------------------------------------------


def test_pack_numbers_every_page_of_front_sheet_agenda_and_papers(client, demo):
    reader, _ = fetch_pdf(client, pack_url(demo["meeting"]))
    texts = page_texts(reader)
    total = len(texts)
    # Summons, agenda, the report's three pages, the appendix and the turned page.
    assert total == 2 + 3 + 1 + 1
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text


def test_pack_opens_with_the_summons(client, demo):
    meeting = demo["meeting"]
    reader, _ = fetch_pdf(client, pack_url(meeting))
    summons = " ".join(reader.pages[0].extract_text().split())
    for expected in [
        "Demo Borough Council",
        "Agenda and summons",
        "Children and Young People Scrutiny Committee",
        meeting_time(meeting.start),
        "Council Chamber, Civic Centre",
        "Dana Okafor, Democratic Services",  # the clerk who published it
        "Councillor Priya Patel (Chair)",
        "Councillor Tom Hughes (Vice-chair)",
        "Reverend Mark Ellis (Co-opted member)",
        "you are summoned to attend",
    ]:
        assert expected.lower() in summons.lower(), expected
    # A substitute is not summoned.
    assert "Owen Price" not in summons


def test_pack_papers_follow_the_agenda_in_order_each_bookmarked(client, demo):
    reader, _ = fetch_pdf(client, pack_url(demo["meeting"]))
    texts = page_texts(reader)
    rows = outline(reader)
    item = demo["item"]
    assert [(depth, title) for depth, title, _ in rows] == [
        (0, "Summons"),
        (0, "Agenda"),
        (1, f"{item.number}. {item.title}"),
        (2, "Report of the Director"),
        (2, "Appendix A: figures"),
        (2, "Appendix B: a turned page"),
    ]
    pages = {title: page for _, title, page in rows}
    assert pages["Summons"] == 1
    assert "Agenda" in texts[pages["Agenda"] - 1]
    assert REPORT_TEXT in texts[pages["Report of the Director"] - 1]
    assert APPENDIX_TEXT in texts[pages["Appendix A: figures"] - 1]
    assert ROTATED_TEXT in texts[pages["Appendix B: a turned page"] - 1]
    # The agenda gives each joined paper's page in the pack.
    agenda = " ".join(texts[pages["Agenda"] - 1].split())
    assert f"Report of the Director, page {pages['Report of the Director']}" in agenda


def test_turned_and_landscape_papers_keep_their_shape(client, demo):
    reader, _ = fetch_pdf(client, pack_url(demo["meeting"]))
    pages = {title: page for _, title, page in outline(reader)}
    landscape = reader.pages[pages["Appendix A: figures"] - 1].mediabox
    turned = reader.pages[pages["Appendix B: a turned page"] - 1].mediabox
    assert landscape.width > landscape.height
    assert turned.width > turned.height  # a portrait page turned a quarter is shown landscape


def test_papers_that_cannot_be_joined_are_listed_with_their_address(client, demo):
    reader, _ = fetch_pdf(client, pack_url(demo["meeting"]))
    agenda = " ".join(" ".join(page_texts(reader)[1:2]).split()).replace(" ", "")
    for title in ["Recruitment plan", "Damaged appendix", "Password-protected appendix"]:
        document = SupportingDocument.objects.get(title=title)
        address = "http://testserver" + reverse("agenda:document", args=[document.pk])
        assert title.replace(" ", "") in agenda
        assert address in agenda, title
    assert "availableseparately" in agenda


def test_pack_is_a_tagged_pdf_with_title_and_language(client, demo):
    reader, _ = fetch_pdf(client, pack_url(demo["meeting"]))
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]
    assert catalog["/Lang"] == "en-GB"
    assert reader.metadata.title.startswith("Agenda – Children and Young People Scrutiny Committee")
    # The papers joined on keep their authors' tagging, so the pack does not claim PDF/UA.
    assert "pdfuaid" not in xmp(reader)


def xmp(reader):
    metadata = reader.trailer["/Root"].get("/Metadata")
    return metadata.get_object().get_data().decode() if metadata else ""


def test_pack_never_holds_an_exempt_paper_or_exempt_item_content(client, demo):
    meeting, clerk = demo["meeting"], demo["clerk"]
    services.create_item(
        meeting=meeting, user=clerk,
        fields={"title": "Residential placements: contract award", "description": EXEMPT_ITEM_PURPOSE,
                "is_exempt": True, "exempt_paragraph": ExemptParagraph.FINANCIAL},
    )
    exempt_item = meeting.items.get(is_exempt=True)
    upload(exempt_item, clerk, "bids.pdf", pdf_of(EXEMPT_PAPER_TEXT), "Tender scores")
    services.publish_agenda(meeting=meeting, user=clerk)
    for url in [pack_url(meeting), supplementary_url(meeting)]:
        for who in ("public", "councillor"):
            if who == "councillor":
                client.force_login(User.objects.get(username="councillor"))
            reader, raw = fetch_pdf(client, url)
            everything = " ".join(page_texts(reader)) + " ".join(title for _, title, _ in outline(reader))
            assert EXEMPT_PAPER_TEXT not in everything
            assert EXEMPT_PAPER_TEXT.encode() not in raw
            assert "PANGOLINPRIVATE" not in everything
            assert "Provider prices" not in everything and "Tender scores" not in everything
            assert "Residential placements: contract award" in everything
            assert "Exempt – not for publication (paragraph 3" in " ".join(everything.split())
            client.logout()


def test_first_page_renders_as_a_council_summons(client, demo, tmp_path):
    if PDFTOPPM is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed, so the page cannot be rendered")
    _, raw = fetch_pdf(client, pack_url(demo["meeting"]))
    (tmp_path / "pack.pdf").write_bytes(raw)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / "agenda-pack-first-page"
    subprocess.run([PDFTOPPM, "-f", "1", "-l", "1", "-r", "80", "-png", "-singlefile",
                    str(tmp_path / "pack.pdf"), str(target)], check=True, timeout=120)
    image = Image.open(f"{target}.png").convert("RGB")
    width, height = image.size
    assert height > width  # A4 portrait
    # The council's band across the top of the summons.
    assert image.getpixel((width // 2, height // 12)) == BRAND
    # Text below it: dark pixels in the body of the page.
    darkest = [low for low, _ in image.crop((0, height // 4, width, height // 2)).getextrema()]
    assert max(darkest) < 80


# --- When there is no pack --------------------------------------------------------------


def test_no_pack_before_the_agenda_is_published_whoever_asks(client, demo):
    draft = Meeting.objects.filter(agenda_published_at__isnull=True).first()
    assert client.get(pack_url(draft)).status_code == 404
    client.force_login(demo["clerk"])
    assert client.get(pack_url(draft)).status_code == 404


def test_no_pack_for_a_meeting_taken_back_to_draft(client, demo):
    """A meeting with a published agenda, its announcement cleared in the admin, has no public pack."""
    meeting, clerk = demo["meeting"], demo["clerk"]
    services.create_item(meeting=meeting, user=clerk, fields={"title": "Added later"})
    services.publish_agenda(meeting=meeting, user=clerk)
    supplement = AgendaPublication.objects.get(meeting=meeting, is_supplementary=True)
    meeting.announced_at = None
    meeting.save()
    for url in (pack_url(meeting), reverse("agenda:supplementary_pack", args=[meeting.pk, supplement.pk])):
        assert client.get(url).status_code == 404, url
        client.force_login(clerk)
        assert client.get(url).status_code == 404, url
        client.logout()



def test_a_draft_item_is_not_in_the_pack(client, demo):
    services.create_item(meeting=demo["meeting"], user=demo["clerk"],
                         fields={"title": "Late item about GIRAFFEDRAFT"})
    reader, _ = fetch_pdf(client, pack_url(demo["meeting"]))
    assert "GIRAFFEDRAFT" not in " ".join(page_texts(reader))


# --- Supplementary packs ----------------------------------------------------------------


def supplementary_url(meeting):
    publication = AgendaPublication.objects.filter(meeting=meeting, is_supplementary=True).latest("published_at")
    return reverse("agenda:supplementary_pack", args=[meeting.pk, publication.pk])


def test_supplementary_pack_holds_only_its_own_items(client, demo):
    meeting, clerk = demo["meeting"], demo["clerk"]
    services.create_item(meeting=meeting, user=clerk, fields={"title": "Adoption support update"})
    late = meeting.items.get(title="Adoption support update")
    upload(late, clerk, "adoption.pdf", pdf_of("Adoption figures"), "Adoption report")
    services.publish_agenda(meeting=meeting, user=clerk)

    reader, _ = fetch_pdf(client, supplementary_url(meeting))
    texts = page_texts(reader)
    assert "supplementary agenda" in texts[0].lower()
    everything = " ".join(texts)
    assert "Adoption figures" in everything
    assert REPORT_TEXT not in everything and demo["item"].title not in everything
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
    assert [title for _, title, _ in outline(reader)] == [
        "Summons", "Supplementary agenda", f"{late.number}. Adoption support update", "Adoption report",
    ]
    # The full pack now holds both items.
    assert "Adoption figures" in " ".join(page_texts(fetch_pdf(client, pack_url(meeting))[0]))


def test_supplementary_pack_only_for_its_own_meeting_and_a_supplementary_publication(client, demo):
    meeting = demo["meeting"]
    first = AgendaPublication.objects.get(meeting=meeting, is_supplementary=False)
    other = Meeting.objects.exclude(pk=meeting.pk).filter(agenda_published_at__isnull=False).first()
    assert client.get(reverse("agenda:supplementary_pack", args=[meeting.pk, first.pk])).status_code == 404
    services.create_item(meeting=meeting, user=demo["clerk"], fields={"title": "Added later"})
    services.publish_agenda(meeting=meeting, user=demo["clerk"])
    supplement = AgendaPublication.objects.get(meeting=meeting, is_supplementary=True)
    assert client.get(reverse("agenda:supplementary_pack", args=[other.pk, supplement.pk])).status_code == 404
    assert client.get(reverse("agenda:supplementary_pack", args=[meeting.pk, supplement.pk])).status_code == 200


# --- Robustness and the cache -----------------------------------------------------------------


def test_a_paper_that_fails_while_being_joined_is_listed_not_fatal(client, demo, monkeypatch):
    from agenda.pack import assemble

    real_upright = assemble._upright

    def fail_on_the_report(page, size):
        if REPORT_TEXT in page.extract_text():
            raise ValueError("a damaged content stream")
        return real_upright(page, size)

    monkeypatch.setattr(assemble, "_upright", fail_on_the_report)
    reader, _ = fetch_pdf(client, pack_url(demo["meeting"]))
    texts = page_texts(reader)
    assert len(texts) == 2 + 1 + 1
    agenda = " ".join(texts[1].split())
    assert "Report of the Director (PDF that could not be included in this pack)" in agenda
    assert "Report of the Director" not in [title for _, title, _ in outline(reader)]


def test_a_pack_is_built_once_for_each_version_of_the_record(client, demo, settings, monkeypatch):
    from agenda.views import packs

    settings.PAGE_CACHE_ENABLED = False  # so that every request reaches the view
    builds = []
    real_build = packs.build_pack
    monkeypatch.setattr(packs, "build_pack", lambda *args: builds.append(1) or real_build(*args))
    url = pack_url(demo["meeting"])
    first = client.get(url).content
    assert client.get(url).content == first
    assert len(builds) == 1
    item = demo["item"]
    item.title = "Foster carer recruitment, retention and support"
    item.save()
    assert b"%PDF" in client.get(url).content[:8]
    assert len(builds) == 2
    assert "retention and support" in " ".join(page_texts(fetch_pdf(client, url)[0]))


def test_a_failing_cache_only_means_the_pack_is_drawn_again(client, demo, settings, monkeypatch):
    from agenda.pack import store

    def broken(*args, **kwargs):
        raise ConnectionError("the cache is down")

    monkeypatch.setattr(store.cache, "get", broken)
    monkeypatch.setattr(store.cache, "set", broken)
    settings.PAGE_CACHE_ENABLED = False
    reader, _ = fetch_pdf(client, pack_url(demo["meeting"]))
    assert len(reader.pages) == 7


# --- The minutes as a PDF and the links to it all ------------------------------------------------


def test_minutes_pdf_is_the_public_minutes_numbered_and_tagged(client, demo):
    meeting = Meeting.objects.get(items__title="Residential placements: contract award")
    reader, _ = fetch_pdf(client, reverse("agenda:minutes_pdf", args=[meeting.pk]))
    texts = page_texts(reader)
    everything = " ".join(" ".join(texts).split())
    assert "Minutes of the meeting of the Children and Young People Scrutiny Committee" in everything
    assert "Draft minutes, subject to approval" in everything
    assert "Exempt — not for publication (paragraph 3" in everything
    # The exempt item's minutes and decision stay out, as on the page.
    assert "tender evaluation and the proposed award" not in everything
    assert "preferred bidder" not in everything
    # No page frame.
    assert "Sign in" not in everything and "Skip to main content" not in everything
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert "pdfuaid" in xmp(reader)  # drawn here whole, it is PDF/UA-1


def test_no_minutes_pdf_before_the_minutes_are_published(client, demo):
    meeting = demo["meeting"]
    assert client.get(reverse("agenda:minutes_pdf", args=[meeting.pk])).status_code == 404
    client.force_login(demo["clerk"])
    assert client.get(reverse("agenda:minutes_pdf", args=[meeting.pk])).status_code == 404


def test_meeting_page_and_minutes_link_to_the_pdfs(client, demo):
    meeting, clerk = demo["meeting"], demo["clerk"]
    services.create_item(meeting=meeting, user=clerk, fields={"title": "Added later"})
    services.publish_agenda(meeting=meeting, user=clerk)
    page = client.get(reverse("agenda:meeting", args=[meeting.pk])).content.decode()
    assert f'href="{pack_url(meeting)}"' in page
    assert f'href="{supplementary_url(meeting)}"' in page

    minuted = Meeting.objects.get(items__title="Residential placements: contract award")
    minutes_pdf = reverse("agenda:minutes_pdf", args=[minuted.pk])
    assert f'href="{minutes_pdf}"' in client.get(reverse("agenda:meeting", args=[minuted.pk])).content.decode()
    assert f'href="{minutes_pdf}"' in client.get(reverse("agenda:minutes", args=[minuted.pk])).content.decode()

    draft = Meeting.objects.filter(agenda_published_at__isnull=True).first()
    assert "agenda-pack.pdf" not in client.get(reverse("agenda:meeting", args=[draft.pk])).content.decode()
