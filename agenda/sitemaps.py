"""
/sitemap.xml and /robots.txt: what search engines may index.

Every section starts from what the anonymous visitor may see, so the
sitemap never names a draft item or an exempt decision.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.db.models import F
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse

from meetings.models import Committee, Meeting, Person

from .models import AgendaItem, Resolution

PUBLIC = AnonymousUser()


def _latest(*moments):
    return max((moment for moment in moments if moment), default=None)


def _meeting_lastmod(meeting):
    return _latest(
        meeting.agenda_published_at, meeting.decisions_published_at, meeting.minutes_published_at
    )


class PagesSitemap(Sitemap):
    def items(self):
        return ["agenda:decisions", "meetings:committee_list", "meetings:calendar"]

    def location(self, name):
        return reverse(name)


class CommitteeSitemap(Sitemap):
    def items(self):
        return Committee.objects.order_by("slug")

    def location(self, committee):
        return reverse("meetings:committee", args=[committee.slug])


class MeetingSitemap(Sitemap):
    """Meetings are public once announced (see MeetingQuerySet)."""

    def items(self):
        return Meeting.objects.public().order_by("pk")

    def location(self, meeting):
        return reverse("agenda:meeting", args=[meeting.pk])

    def lastmod(self, meeting):
        return _meeting_lastmod(meeting)


class AgendaItemSitemap(Sitemap):
    def items(self):
        return AgendaItem.objects.visible_to(PUBLIC).select_related("meeting").order_by("pk")

    def location(self, item):
        return reverse("agenda:item", args=[item.meeting_id, item.pk])

    def lastmod(self, item):
        return _latest(item.published_at, _meeting_lastmod(item.meeting))


class ResolutionSitemap(Sitemap):
    def items(self):
        return (
            Resolution.objects.visible_to(PUBLIC)
            .annotate(
                published=Coalesce(
                    F("item__meeting__decisions_published_at"),
                    F("item__meeting__minutes_published_at"),
                )
            )
            .order_by("pk")
        )

    def location(self, resolution):
        return reverse("agenda:resolution", args=[resolution.pk])

    def lastmod(self, resolution):
        return resolution.published


class CouncillorSitemap(Sitemap):
    def items(self):
        return Person.objects.filter(
            kind__in=[Person.Kind.COUNCILLOR, Person.Kind.CO_OPTED]
        ).order_by("slug")

    def location(self, person):
        return reverse("agenda:councillor", args=[person.slug])


SITEMAPS = {
    "pages": PagesSitemap,
    "committees": CommitteeSitemap,
    "meetings": MeetingSitemap,
    "items": AgendaItemSitemap,
    "resolutions": ResolutionSitemap,
    "councillors": CouncillorSitemap,
}


def robots_txt(request):
    # Rendered without the request, so that the context processors do not
    # read the session and the answer is the same (and cacheable) for all.
    body = render_to_string(
        "robots.txt", {"sitemap_url": request.build_absolute_uri(reverse("sitemap"))}
    )
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
