"""
Atom feeds of decisions and agendas, and the iCalendar feeds of meetings.

Feeds are always built as the anonymous visitor, whoever asks: a feed URL
is shared, pasted into readers and cached along the way, so it must never
carry what only a signed-in councillor may read (Schedule 12A exempt items).
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.db.models import Exists, F, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join

from meetings import ical
from meetings.models import Committee, Meeting
from meetings.text import clean_text

from .models import AgendaItem, AgendaPublication, MinutesCorrection, Resolution
from .publications import URGENCY_PROVISION

PUBLIC = AnonymousUser()
FEED_LENGTH = 50
# Subscribers see the meetings ahead and the last year's, which is what a
# calendar app shows; older meetings are on the committee pages.
CALENDAR_HISTORY = timedelta(days=365)


def _date(moment):
    return f"{timezone.localtime(moment):%-d %B %Y}"


class AtomWithContent(Atom1Feed):
    """
    Atom 1.0 with each entry's full text in <content>, and entry ids that
    never change: tag URIs (RFC 4151) on the site's host, dated by the first
    publication and naming the record, for example
    ``tag:council.example,2026-03-02:resolution/12``. A link cannot be the id
    here, because an agenda and its supplementary agenda share one page.
    """

    def __init__(self, *args, **kwargs):
        # Text saved before it was cleaned at entry must not break the XML.
        super().__init__(*[clean_text(arg) for arg in args], **_cleaned(kwargs))

    def add_item(self, *, tag, content, **kwargs):
        kwargs = _cleaned(kwargs)
        content = clean_text(content)
        host = urlsplit(kwargs["link"]).hostname
        day = timezone.localtime(kwargs["pubdate"]).date()
        kwargs["unique_id"] = f"tag:{host},{day:%Y-%m-%d}:{tag}"
        super().add_item(content=content, **kwargs)

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content", item["content"], {"type": "html"})


def _cleaned(values):
    """Text arguments of a feed or an entry with the characters XML 1.0 cannot carry removed."""
    return {
        key: [clean_text(v) for v in value] if isinstance(value, (list, tuple)) else clean_text(value)
        for key, value in values.items()
    }


class PublicFeed(Feed):
    feed_type = AtomWithContent

    def author_name(self):
        return settings.COUNCIL_NAME

    def item_description(self, item):
        # The full text goes in <content>; a <summary> would only repeat it.
        return None

    def item_updateddate(self, item):
        return self.item_pubdate(item)


# --- Decisions -----------------------------------------------------------------


class DecisionsFeed(PublicFeed):
    """The latest resolutions, newest first, as soon as their decisions or minutes are published."""

    def title(self):
        return f"Decisions: {settings.COUNCIL_NAME}"

    def subtitle(self):
        return "Resolutions of the council's committees, newest first."

    def link(self):
        return reverse("agenda:decisions")

    def feed_url(self):
        return reverse("feed_decisions")

    def items(self):
        return self.resolutions()[:FEED_LENGTH]

    def resolutions(self):
        meeting = "item__meeting__"
        return (
            Resolution.objects.visible_to(PUBLIC)
            .select_related("item__meeting__committee")
            .prefetch_related(
                Prefetch(
                    "corrections",
                    queryset=MinutesCorrection.objects.visible_to(PUBLIC).order_by("recorded_at", "id"),
                    to_attr="public_corrections",
                )
            )
            .annotate(
                # Decisions published ahead of the minutes were public first.
                published=Coalesce(
                    F(f"{meeting}decisions_published_at"), F(f"{meeting}minutes_published_at")
                )
            )
            .order_by("-published", f"-{meeting}start", "item__order", "item_id", "order", "id")
        )

    def item_title(self, resolution):
        title = resolution.item.title
        return f"{resolution.reference}: {title}" if resolution.reference else title

    def item_link(self, resolution):
        return reverse("agenda:resolution", args=[resolution.pk])

    def item_pubdate(self, resolution):
        return resolution.published

    def item_updateddate(self, resolution):
        """A correction updates the entry, so that readers see it again."""
        corrections = getattr(resolution, "public_corrections", [])
        return corrections[-1].recorded_at if corrections else resolution.published

    def item_author_name(self, resolution):
        return resolution.item.meeting.committee.name

    def item_extra_kwargs(self, resolution):
        item = resolution.item
        text = "\n\n".join(part for part in (item.preamble, resolution.text) if part)
        meeting = resolution.item.meeting
        corrections = format_html_join(
            "",
            "<p><strong>Corrected on {}:</strong></p>{}<p>Reason: {}</p>",
            (
                (_date(correction.recorded_at), linebreaks_filter(correction.text, autoescape=True),
                 correction.reason)
                for correction in getattr(resolution, "public_corrections", [])
            ),
        )
        return {
            "tag": f"resolution/{resolution.pk}",
            "content": format_html(
                "{}<p>{}, {}, item {}.</p>{}",
                linebreaks_filter(text, autoescape=True),
                meeting.committee.name,
                _date(meeting.start),
                item.number,
                corrections,
            ),
        }


class CommitteeDecisionsFeed(DecisionsFeed):
    """The same, for one committee."""

    def get_object(self, request, slug):
        return get_object_or_404(Committee, slug=slug)

    def title(self, committee):
        return f"Decisions: {committee.name}"

    def subtitle(self, committee):
        return f"Resolutions of the {committee.name}, newest first."

    def link(self, committee):
        return reverse("meetings:committee", args=[committee.slug])

    def feed_url(self, committee):
        return reverse("feed_committee_decisions", args=[committee.slug])

    def items(self, committee):
        return self.resolutions().filter(item__meeting__committee=committee)[:FEED_LENGTH]


# --- Agendas -------------------------------------------------------------------


class AgendasFeed(PublicFeed):
    """Each publication of an agenda or a supplementary agenda, newest first."""

    def title(self):
        return f"Agendas: {settings.COUNCIL_NAME}"

    def subtitle(self):
        return "Agendas of the council's committees as they are published."

    def link(self):
        return reverse("meetings:calendar")

    def feed_url(self):
        return reverse("feed_agendas")

    def items(self):
        public_items = AgendaItem.objects.visible_to(PUBLIC).order_by("order", "id")
        # A publication whose items have all since been deleted announces
        # nothing, and is left out.
        has_public_item = Exists(public_items.filter(publications=OuterRef("pk")))
        return (
            AgendaPublication.objects.filter(has_public_item, meeting__agenda_published_at__isnull=False)
            .select_related("meeting__committee")
            .prefetch_related(Prefetch("items", queryset=public_items, to_attr="public_items"))
            .order_by("-published_at", "-id")[:FEED_LENGTH]
        )

    def item_title(self, publication):
        kind = "Supplementary agenda" if publication.is_supplementary else "Agenda"
        meeting = publication.meeting
        return f"{kind} published: {meeting.committee.name}, {_date(meeting.start)}"

    def item_link(self, publication):
        return reverse("agenda:meeting", args=[publication.meeting_id])

    def item_pubdate(self, publication):
        return publication.published_at

    def item_author_name(self, publication):
        return publication.meeting.committee.name

    def item_updateddate(self, publication):
        """An item withdrawn since the publication updates its entry."""
        withdrawals = [item.withdrawn_at for item in publication.public_items if item.withdrawn_at]
        return max([publication.published_at, *withdrawals])

    def item_extra_kwargs(self, publication):
        # An exempt item's title is public (Schedule 12A withholds the
        # report, not the fact that the matter is considered).
        rows = format_html_join(
            "",
            "<li>{}. {}{}{}</li>",
            (
                (item.number, item.title, " (exempt)" if item.is_exempt else "", _withdrawal(item))
                for item in publication.public_items
            ),
        )
        meeting = publication.meeting
        return {
            "tag": f"agenda-publication/{publication.pk}",
            "content": format_html(
                "<p>{}, {}, {}.</p><ul>{}</ul>{}",
                meeting.committee.name,
                f"{timezone.localtime(meeting.start):%-d %B %Y at %H:%M}",
                meeting.venue or "venue to be confirmed",
                rows,
                _urgency(publication),
            ),
        }


def _withdrawal(item):
    if item.withdrawn_at is None:
        return ""
    return format_html(" (withdrawn on {}: {})", _date(item.withdrawn_at), item.withdrawn_reason)


def _urgency(publication):
    """A late publication's reason for urgency, which the public is owed."""
    if not publication.is_late:
        return ""
    return format_html(
        "<p>Published late, with {} clear working {} notice. Reason for urgency ({}):</p>{}",
        publication.clear_working_days,
        "day's" if publication.clear_working_days == 1 else "days'",
        URGENCY_PROVISION,
        linebreaks_filter(publication.late_reason, autoescape=True),
    )


# --- Meetings calendar (iCalendar) -----------------------------------------------


def _calendar_response(request, meetings, *, name, uid):
    def meeting_url(meeting):
        return request.build_absolute_uri(reverse("agenda:meeting", args=[meeting.pk]))

    body = ical.build_calendar(meetings, name=name, uid=uid, meeting_url=meeting_url)
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


def _calendar_meetings():
    """
    Meetings are public once announced; cancelled and postponed ones stay
    in, so subscribers' calendars show the change.
    """
    history = Meeting.history.model.objects.filter(id=OuterRef("pk")).order_by("-history_date")
    return (
        Meeting.objects.public()
        .filter(start__gte=timezone.now() - CALENDAR_HISTORY)
        .select_related("committee")
        .annotate(last_modified=Subquery(history.values("history_date")[:1]))
        .order_by("start", "id")
    )


def meetings_ical(request):
    return _calendar_response(
        request,
        _calendar_meetings(),
        name=f"{settings.COUNCIL_NAME}: committee meetings",
        uid="meetings@scrutiny",
    )


def committee_meetings_ical(request, slug):
    committee = get_object_or_404(Committee, slug=slug)
    return _calendar_response(
        request,
        _calendar_meetings().filter(committee=committee),
        name=f"{committee.name}: meetings",
        uid=f"committee-{committee.pk}-meetings@scrutiny",
    )
