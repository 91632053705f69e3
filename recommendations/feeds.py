"""
Atom feeds of new recommendations and of the responses to them.

As the site's other feeds (agenda/feeds.py), they are built as the
anonymous visitor whoever asks, so that a shared feed never carries an
exempt recommendation.
"""

from django.conf import settings
from django.db.models import F
from django.db.models.functions import Coalesce
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse
from django.utils.html import format_html

from agenda.feeds import FEED_LENGTH, PUBLIC, PublicFeed, _date

from .models import Recommendation, RecommendationResponse

MEETING = "resolution__item__meeting__"


class RecommendationsFeed(PublicFeed):
    """Recommendations as soon as the decisions or minutes that record them are published, newest first."""

    def title(self):
        return f"Recommendations: {settings.COUNCIL_NAME}"

    def subtitle(self):
        return "Recommendations of the council's scrutiny committees, newest first."

    def link(self):
        return reverse("recommendations:list")

    def feed_url(self):
        return reverse("recommendations:feed")

    def items(self):
        return (
            Recommendation.objects.visible_to(PUBLIC)
            .select_related("resolution__item__meeting__committee")
            .annotate(
                published=Coalesce(F(f"{MEETING}decisions_published_at"), F(f"{MEETING}minutes_published_at"))
            )
            .order_by("-published", f"-{MEETING}start", "resolution__item__order", "resolution__order", "id")
            [:FEED_LENGTH]
        )

    def item_title(self, recommendation):
        return f"{recommendation.reference}: {recommendation.resolution.item.title}"

    def item_link(self, recommendation):
        return reverse("recommendations:detail", args=[recommendation.pk])

    def item_pubdate(self, recommendation):
        return recommendation.published

    def item_author_name(self, recommendation):
        return recommendation.resolution.item.meeting.committee.name

    def item_extra_kwargs(self, recommendation):
        meeting = recommendation.resolution.item.meeting
        return {
            "tag": f"recommendation/{recommendation.pk}",
            "content": format_html(
                "{}<p>To: {}. {}, {}.</p>",
                linebreaks_filter(recommendation.resolution.text, autoescape=True),
                recommendation.addressee,
                meeting.committee.name,
                _date(meeting.start),
            ),
        }


class ResponsesFeed(PublicFeed):
    """Responses to recommendations as they are recorded, newest first."""

    def title(self):
        return f"Responses to recommendations: {settings.COUNCIL_NAME}"

    def subtitle(self):
        return "What the executive and others answered to the scrutiny committees' recommendations."

    def link(self):
        return reverse("recommendations:list")

    def feed_url(self):
        return reverse("recommendations:feed_responses")

    def items(self):
        return (
            RecommendationResponse.objects.visible_to(PUBLIC)
            .select_related("recommendation__resolution__item__meeting__committee")
            .order_by("-created_at", "-id")[:FEED_LENGTH]
        )

    def item_title(self, response):
        recommendation = response.recommendation
        return f"Response to {recommendation.reference}: {response.get_outcome_display()}"

    def item_link(self, response):
        return reverse("recommendations:detail", args=[response.recommendation_id]) + "#response"

    def item_pubdate(self, response):
        return response.created_at

    def item_updateddate(self, response):
        return max(response.created_at, response.modified_at)

    def item_author_name(self, response):
        return response.responded_by

    def item_extra_kwargs(self, response):
        recommendation = response.recommendation
        return {
            "tag": f"recommendation-response/{response.pk}",
            "content": format_html(
                "<p>{} on {}: {}.</p>{}<p>The recommendation ({}, {}):</p>{}",
                response.responded_by,
                f"{response.responded_on:%-d %B %Y}",
                response.get_outcome_display(),
                linebreaks_filter(response.text, autoescape=True),
                recommendation.resolution.item.meeting.committee.name,
                _date(recommendation.resolution.item.meeting.start),
                linebreaks_filter(recommendation.resolution.text, autoescape=True),
            ),
        }
