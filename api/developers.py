"""
``/developers/``: every way a program can read the public record, with
example requests built from this site's own address and records.
"""

from django.shortcuts import render
from django.urls import reverse

from meetings.models import Committee, Meeting


def developers(request):
    site = request.build_absolute_uri("/").rstrip("/")
    committee = Committee.objects.filter(is_active=True).order_by("name", "pk").first()
    meeting = Meeting.objects.public().order_by("-start", "-pk").first()
    committee_id = committee.pk if committee else 1
    committee_slug = committee.slug if committee else "children-and-young-people"
    meeting_id = meeting.pk if meeting else 1
    service = f"{site}/mgWebService.asmx"
    context = {
        "site": site,
        "api_root": site + reverse("api:root"),
        "api_docs": site + reverse("api-docs"),
        "api_schema": site + reverse("api-schema"),
        "api_examples": [
            f"{site}{reverse('api:meeting-list')}?committee={committee_slug}&date_from=2024-05-01",
            f"{site}{reverse('api:resolution-list')}?committee={committee_slug}",
            f"{site}{reverse('api:recommendation-list')}?committee={committee_slug}&state=response_overdue",
            f"{site}{reverse('api:search')}?q=%22foster+carers%22",
        ],
        "oparl_system": site + reverse("oparl:system"),
        "oparl_examples": [
            site + reverse("oparl:meeting_list") + "?modified_since=2026-01-01T00:00:00Z",
            site + reverse("oparl:meeting", args=[meeting_id]),
            site + reverse("oparl:paper_list") + "?limit=20",
        ],
        "moderngov_examples": [
            f"{service}/GetCommittees",
            f"{service}/GetMeetings?lCommitteeId={committee_id}&sFromDate=01/05/2024&sToDate=30/04/2025",
            f"{service}/GetMeeting?lMeetingId={meeting_id}",
            f"{service}/GetAllMeetingsByDate?sFromDate=01/01/2026&sToDate=31/12/2026",
            f"{service}/GetCouncillorsByWard",
        ],
        "feeds": [
            ("New decisions (Atom)", site + reverse("feed_decisions")),
            ("Published agendas (Atom)", site + reverse("feed_agendas")),
            ("New recommendations (Atom)", site + reverse("recommendations:feed")),
            ("Responses to recommendations (Atom)", site + reverse("recommendations:feed_responses")),
            ("Every meeting (iCalendar)", site + reverse("ical_meetings")),
        ],
        "downloads": [
            ("Decisions, with the decisions list's filters", site + reverse("agenda:decisions_csv") + f"?committee={committee_slug}"),
            ("Meetings, by committee and dates", site + reverse("meetings:meetings_csv") + f"?committee={committee_slug}"),
            ("Recommendations, with their filters", site + reverse("recommendations:csv") + "?state=response_overdue"),
        ],
        "committee_slug": committee_slug,
    }
    return render(request, "api/developers.html", context)
