"""
Feeds, the sitemap and robots.txt, mounted at the site root without a
namespace (scrutiny/urls.py).
"""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from .. import feeds
from ..sitemaps import SITEMAPS, robots_txt

feed_patterns = [
    path("feeds/decisions.atom", feeds.DecisionsFeed(), name="feed_decisions"),
    path(
        "feeds/committees/<slug:slug>/decisions.atom",
        feeds.CommitteeDecisionsFeed(),
        name="feed_committee_decisions",
    ),
    path("feeds/agendas.atom", feeds.AgendasFeed(), name="feed_agendas"),
    path("feeds/meetings.ics", feeds.meetings_ical, name="ical_meetings"),
    path(
        "feeds/committees/<slug:slug>/meetings.ics",
        feeds.committee_meetings_ical,
        name="ical_committee_meetings",
    ),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
