"""
The filters of the public lists of recommendations: committee, to whom they
were addressed, where they stand and the municipal year of the meeting that
made them, read from the query string.

As on the decisions list (agenda/filters.py), a query string that makes no
sense is refused with a 400 rather than quietly ignored.
"""

import django_filters
from django import forms

from meetings.filters import committee_filter
from scrutiny.forms import GovukFormMixin

from . import dates, queries
from .models import Recommendation

FIRST_YEAR, LAST_YEAR = 1900, 2100


class RecommendationFilterForm(GovukFormMixin, forms.Form):
    pass


class RecommendationFilter(django_filters.FilterSet):
    """Filters a queryset from ``queries.listed`` (which gives it ``current_state``)."""

    committee = committee_filter("resolution__item__meeting__committee")
    addressed_to = django_filters.ChoiceFilter(
        choices=Recommendation.Addressee.choices,
        empty_label="Anyone",
        label="Addressed to",
        error_messages={"invalid_choice": "Choose who the recommendations were addressed to from the list."},
    )
    state = django_filters.ChoiceFilter(
        choices=Recommendation.State.choices,
        empty_label="Any state",
        label="State",
        method="filter_state",
        error_messages={"invalid_choice": "Choose a state from the list."},
    )
    year = django_filters.NumberFilter(
        label="Municipal year",
        help_text="The year it starts, for example 2026 for May 2026 to April 2027",
        method="filter_year",
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        decimal_places=0,
        error_messages={
            "invalid": "Enter the municipal year as the year it starts, for example 2026.",
            "min_value": f"Enter a municipal year from {FIRST_YEAR} to {LAST_YEAR}.",
            "max_value": f"Enter a municipal year from {FIRST_YEAR} to {LAST_YEAR}.",
            "max_decimal_places": "Enter the municipal year as the year it starts, for example 2026.",
            "max_digits": "Enter the municipal year as the year it starts, for example 2026.",
        },
    )

    class Meta:
        model = Recommendation
        fields = ["committee", "addressed_to", "state", "year"]
        form = RecommendationFilterForm

    def __init__(self, *args, committee=None, **kwargs):
        super().__init__(*args, **kwargs)
        # On a committee's own list the committee is fixed by the address.
        if committee is not None:
            self.filters.pop("committee")
            self.queryset = self.queryset.filter(resolution__item__meeting__committee=committee)

    def filter_state(self, queryset, name, value):
        return queryset.filter(current_state=value)

    def filter_year(self, queryset, name, value):
        return queries.in_municipal_year(queryset, int(value))

    @property
    def year_label(self):
        year = self.form.cleaned_data.get("year")
        return dates.municipal_year_label(int(year)) if year is not None else ""
