"""
The filters of the public decisions list: committee and a range of meeting
dates, read from the query string.

A query string that does not make sense (a committee that does not exist, a
date that is not a date, a range that ends before it starts) is refused with
a 400 by the view rather than quietly ignored, so that a visitor never
mistakes an unfiltered list for the answer to their question.
"""

import django_filters
from django import forms

from meetings.filters import (
    DATE_FROM_INVALID,
    DATE_HINT,
    DATE_TO_INVALID,
    DateRangeFormMixin,
    MeetingDateRangeMethods,
)
from meetings.models import Committee
from scrutiny.forms import GovukFormMixin

from .models import Resolution

__all__ = ["DATE_FROM_INVALID", "DATE_HINT", "DATE_TO_INVALID", "DateRangeFormMixin", "DecisionFilter"]


class DecisionFilterForm(DateRangeFormMixin, GovukFormMixin, forms.Form):
    pass


class DecisionFilter(MeetingDateRangeMethods, django_filters.FilterSet):
    committee = django_filters.ModelChoiceFilter(
        field_name="item__meeting__committee",
        to_field_name="slug",
        queryset=Committee.objects.order_by("name"),
        empty_label="All committees",
        label="Committee",
        error_messages={"invalid_choice": "There is no committee with that name."},
    )
    date_from = django_filters.DateFilter(
        field_name="item__meeting__start",
        method="meetings_from",
        label="Meetings from",
        help_text=DATE_HINT,
        error_messages={"invalid": DATE_FROM_INVALID},
    )
    date_to = django_filters.DateFilter(
        field_name="item__meeting__start",
        method="meetings_to",
        label="Meetings to",
        help_text=DATE_HINT,
        error_messages={"invalid": DATE_TO_INVALID},
    )

    class Meta:
        model = Resolution
        fields = ["committee", "date_from", "date_to"]
        form = DecisionFilterForm
