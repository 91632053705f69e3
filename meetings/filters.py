"""
The filters of the clerks' list of every meeting: committee, a range of
dates, where the meeting stands, and words from its committee or venue.

A query string that does not make sense (an unknown committee or status, a
date that is not a date, a range that ends before it starts) is shown as an
error beside its field rather than quietly ignored or answered with a 500.
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone

from scrutiny.forms import GovukFormMixin

from .dates import end_of_day, start_of_day
from .models import Committee, Meeting

DATE_HINT = "For example, 27/3/2026"
DATE_FROM_INVALID = "Enter the “from” date as day/month/year, for example 27/3/2026."
DATE_TO_INVALID = "Enter the “to” date as day/month/year, for example 27/3/2026."

# Longer than any committee name or venue: more is a pasted page, not a search.
MAX_SEARCH_LENGTH = 200


def standing(name, now=None):
    """A Q object for one state of STANDINGS, evaluated at ``now``."""
    now = now or timezone.now()
    scheduled = Q(status=Meeting.Status.SCHEDULED)
    return {
        "draft": Q(announced_at__isnull=True),
        "upcoming": scheduled & Q(announced_at__isnull=False, start__gte=now),
        "held": scheduled & Q(start__lt=now),
        "awaiting_minutes": scheduled & Q(start__lt=now, minutes_status=Meeting.MinutesStatus.NONE),
        "cancelled": Q(status=Meeting.Status.CANCELLED),
        "postponed": Q(status=Meeting.Status.POSTPONED),
    }[name]


STANDINGS = [
    ("draft", "Draft (not announced)"),
    ("upcoming", "Announced, still to come"),
    ("held", "Held"),
    ("awaiting_minutes", "Held, minutes not published"),
    ("cancelled", "Cancelled"),
    ("postponed", "Postponed"),
]


def committee_filter(field_name, queryset=None):
    """A committee chosen by its slug, "All committees" when none is."""
    return django_filters.ModelChoiceFilter(
        field_name=field_name,
        to_field_name="slug",
        queryset=queryset if queryset is not None else Committee.objects.order_by("name"),
        empty_label="All committees",
        label="Committee",
        error_messages={"invalid_choice": "There is no committee with that name."},
    )


def meeting_date_filters(field_name, labels=("From", "To")):
    """The "from" and "to" filters on a meeting's start (see MeetingDateRangeMethods)."""
    return (
        django_filters.DateFilter(field_name=field_name, method="meetings_from", label=labels[0],
                                  help_text=DATE_HINT, error_messages={"invalid": DATE_FROM_INVALID}),
        django_filters.DateFilter(field_name=field_name, method="meetings_to", label=labels[1],
                                  help_text=DATE_HINT, error_messages={"invalid": DATE_TO_INVALID}),
    )


class DateRangeFormMixin:
    """Refuses a "date_from" to "date_to" range that ends before it starts."""

    def clean(self):
        cleaned_data = super().clean()
        date_from, date_to = cleaned_data.get("date_from"), cleaned_data.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", "The “to” date must be the same as or after the “from” date.")
        return cleaned_data


class MeetingDateRangeMethods:
    """
    The ``method`` of a "from" and a "to" date filter on a meeting's start
    (``field_name`` names it). They compare the stored moments with the day's
    bounds in the council's time zone, rather than turning every stored
    moment into a date in SQL: that uses the index on the start, and cannot
    fail on a far-off date.
    """

    def meetings_from(self, queryset, name, value):
        moment = start_of_day(value)
        return queryset if moment is None else queryset.filter(**{f"{name}__gte": moment})

    def meetings_to(self, queryset, name, value):
        moment = end_of_day(value)
        return queryset if moment is None else queryset.filter(**{f"{name}__lt": moment})


class MeetingFilterForm(DateRangeFormMixin, GovukFormMixin, forms.Form):
    pass


class MeetingFilter(MeetingDateRangeMethods, django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="search",
        label="Committee or venue",
        max_length=MAX_SEARCH_LENGTH,
        error_messages={"max_length": f"Enter at most {MAX_SEARCH_LENGTH} characters."},
    )
    committee = committee_filter("committee", Committee.objects.order_by("-is_active", "name"))
    status = django_filters.ChoiceFilter(
        method="by_standing",
        choices=STANDINGS,
        empty_label="Any",
        label="Status",
        error_messages={"invalid_choice": "Choose a status from the list."},
    )
    date_from, date_to = meeting_date_filters("start")

    class Meta:
        model = Meeting
        fields = ["q", "committee", "status", "date_from", "date_to"]
        form = MeetingFilterForm

    def search(self, queryset, name, value):
        # A NUL cannot be stored or searched for in PostgreSQL; nobody types one.
        words = value.replace("\x00", " ").split()
        for word in words:
            queryset = queryset.filter(Q(committee__name__icontains=word) | Q(venue__icontains=word))
        return queryset

    def by_standing(self, queryset, name, value):
        return queryset.filter(standing(value))


class PublicMeetingFilter(MeetingDateRangeMethods, django_filters.FilterSet):
    """The filters of the public meetings download: committee and a range of dates."""

    committee = committee_filter("committee")
    date_from, date_to = meeting_date_filters("start")

    class Meta:
        model = Meeting
        fields = ["committee", "date_from", "date_to"]
        form = MeetingFilterForm
