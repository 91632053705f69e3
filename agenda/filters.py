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
    committee_filter,
    meeting_date_filters,
)
from scrutiny.forms import GovukFormMixin

from .models import Resolution

__all__ = ["DATE_FROM_INVALID", "DATE_HINT", "DATE_TO_INVALID", "DateRangeFormMixin", "DecisionFilter"]


class DecisionFilterForm(DateRangeFormMixin, GovukFormMixin, forms.Form):
    pass


class DecisionFilter(MeetingDateRangeMethods, django_filters.FilterSet):
    committee = committee_filter("item__meeting__committee")
    date_from, date_to = meeting_date_filters("item__meeting__start", labels=("Meetings from", "Meetings to"))

    class Meta:
        model = Resolution
        fields = ["committee", "date_from", "date_to"]
        form = DecisionFilterForm
