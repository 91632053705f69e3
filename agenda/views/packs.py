"""
The agenda pack, a supplementary pack and the minutes as PDFs, for anyone.

Each is the public record, the same for every visitor: what an anonymous
visitor may read on the public pages and nothing more, so a councillor or
clerk signed in is sent the same PDF (exempt papers are never in a pack).
A pack exists once its agenda is published, a supplementary pack once that
supplementary agenda is, and the minutes' PDF once the minutes are; until
then each answers 404, whoever asks. Built PDFs are kept for the current
version of the public record (agenda/pack/store.py).
"""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify

from meetings.models import Meeting

from ..models import AgendaPublication
from ..pack.assemble import build_pack
from ..pack.contents import gather
from ..pack.minutes import build_minutes
from ..pack.store import kept_or_built


def _site_url(request):
    """The site's address, for the links printed in a pack."""
    return request.build_absolute_uri("/").rstrip("/")


def _public_meeting(pk):
    """
    The meeting, if it is announced. A pack is the public record, so a
    meeting taken back to draft (in the admin) has none, like its page.
    """
    return get_object_or_404(Meeting.objects.public().select_related("committee"), pk=pk)


def _meeting_with_published_agenda(pk):
    meeting = _public_meeting(pk)
    if not meeting.is_agenda_published:
        raise Http404("This meeting's agenda has not been published.")
    return meeting


def _pdf_response(pdf, meeting, what):
    """A PDF shown in the browser, saved under a name saying what and when."""
    name = f"{slugify(meeting.committee.name)}-{timezone.localdate(meeting.start):%Y-%m-%d}-{what}.pdf"
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def agenda_pack(request, pk):
    """The summons, the agenda and every published paper, as one PDF."""
    meeting = _meeting_with_published_agenda(pk)
    site_url = _site_url(request)
    pdf = kept_or_built(
        ("agenda-pack", meeting.pk, site_url), lambda: build_pack(gather(meeting), site_url)
    )
    return _pdf_response(pdf, meeting, "agenda-pack")


def supplementary_pack(request, pk, publication_pk):
    """The front sheet and the items of one supplementary agenda, with their papers."""
    meeting = _meeting_with_published_agenda(pk)
    publication = get_object_or_404(
        AgendaPublication.objects.select_related("published_by"),
        pk=publication_pk,
        meeting=meeting,
        is_supplementary=True,
    )
    site_url = _site_url(request)
    pdf = kept_or_built(
        ("supplementary-pack", meeting.pk, publication.pk, site_url),
        lambda: build_pack(gather(meeting, publication), site_url),
    )
    return _pdf_response(pdf, meeting, f"supplementary-agenda-{publication.pk}")


def minutes_pdf(request, pk):
    """The printable minutes as a PDF, once they are published."""
    meeting = _public_meeting(pk)
    if not meeting.are_minutes_published:
        raise Http404("These minutes have not been published.")
    site_url = _site_url(request)
    pdf = kept_or_built(("minutes", meeting.pk, site_url), lambda: build_minutes(request, meeting))
    return _pdf_response(pdf, meeting, "minutes")
