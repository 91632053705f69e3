"""
The figures a council's annual scrutiny report quotes, for each committee
and municipal year: recommendations made, responded to within two months
(by the due date: two months under section 9FE of the Local Government Act
2000 for the executive, the date the clerk set for others), accepted
(wholly or in part) and implemented.

Counted in one aggregate query, over only the recommendations the visitor
may see, so that the figures never reveal an exempt recommendation's
existence.
"""

from dataclasses import dataclass

from django.db.models import Count, F, Q

from . import dates, queries
from .models import Recommendation


@dataclass(frozen=True)
class YearFigures:
    year: int
    made: int
    responded_in_time: int
    accepted: int
    implemented: int

    @property
    def label(self):
        return dates.municipal_year_label(self.year)


def committee_figures(user, committee):
    """The figures for each municipal year of ``committee``'s recommendations, latest year first."""
    rows = (
        Recommendation.objects.visible_to(user)
        .filter(resolution__item__meeting__committee=committee)
        .annotate(municipal_year=queries.municipal_year_expression())
        .order_by()
        .values("municipal_year")
        .annotate(
            made=Count("pk"),
            responded_in_time=Count(
                "pk",
                filter=Q(response__isnull=False, response_due_on__isnull=False,
                         response__responded_on__lte=F("response_due_on")),
            ),
            accepted=Count(
                "pk",
                filter=Q(outcome__in=[Recommendation.Outcome.ACCEPTED, Recommendation.Outcome.PARTLY_ACCEPTED]),
            ),
            implemented=Count("pk", filter=Q(implementation=Recommendation.Implementation.IMPLEMENTED)),
        )
        .order_by("-municipal_year")
    )
    return [YearFigures(year=row["municipal_year"], **{k: row[k] for k in (
        "made", "responded_in_time", "accepted", "implemented")}) for row in rows]
