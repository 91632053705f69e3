"""
What the tracker adds to the pages of ``agenda`` and ``meetings`` (registered
in apps.py): a link from each resolution to the recommendation it became,
the figures on a committee's page and the recommendations made at a meeting
on the meeting's page. Each reads through ``visible_to`` in one query.
"""

from django.urls import reverse

from scrutiny.page_sections import Link, Section

from . import queries
from .figures import committee_figures
from .models import Recommendation


def resolution_links(request, resolutions):
    """{resolution pk: [Link]}: the recommendation each resolution became, where the visitor may see it."""
    rows = queries.with_state(
        Recommendation.objects.visible_to(request.user).filter(resolution__in=[r.pk for r in resolutions])
    ).values_list("pk", "resolution_id", "current_state")
    return {
        resolution_id: [
            Link(
                f"Recommendation tracker: {Recommendation.State(state).label.lower()}",
                reverse("recommendations:detail", args=[pk]),
            )
        ]
        for pk, resolution_id, state in rows
    }


def committee_section(request, committee):
    """The committee's figures by municipal year, and a link to its recommendations."""
    figures = committee_figures(request.user, committee)
    if not figures:
        return None
    return Section(
        "recommendations/public/_committee_section.html",
        {"committee": committee, "figures": figures},
    )


def meeting_section(request, meeting):
    """The recommendations the meeting made, each linked to its page."""
    recommendations = list(
        queries.with_state(
            Recommendation.objects.visible_to(request.user)
            .filter(resolution__item__meeting=meeting)
            .select_related("resolution__item")
            .order_by("resolution__item__order", "resolution__item_id", "resolution__order", "id")
        )
    )
    if not recommendations:
        return None
    for recommendation in recommendations:
        recommendation.current = Recommendation.State(recommendation.current_state)
    return Section("recommendations/public/_meeting_section.html", {"recommendations": recommendations})
