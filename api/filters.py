"""
The API's filters: the public pages' own (committee by slug, a range of
meeting dates) and a few more, refused with a 400 and a message when they
make no sense.

``modified_since`` (an ISO 8601 date and time): a record counts as changed
when what the visitor may see of it changed at or after then, read from the
audit history (see api/changes.py): its own shown fields, and those of the
records its answer shows (a resolution is changed when its meeting's
decisions are published, an item when a public paper is added to it).
Editing draft minutes, an exempt paper or a meeting not yet announced
changes nothing here, so the list never tells when a hidden record was
touched. A deleted record is simply no longer listed.

Records are named by id (``meeting=12``), never chosen from a list of every
record: "no such choice" for a draft's id would tell that it exists.
"""

from datetime import timezone as dt_timezone

import django_filters
from django.utils import timezone

from agenda.filters import DecisionFilter
from agenda.models import AgendaItem, MinutesCorrection, Resolution, SupportingDocument
from meetings.dates import COMPUTABLE_FIRST, COMPUTABLE_LAST
from meetings.filters import DATE_FROM_INVALID, DATE_TO_INVALID, MeetingDateRangeMethods
from meetings.models import Committee, Meeting, Membership, Person

from . import changes
from . import sources as shown
from .sources import PEOPLE_WITH_PAGES

MODIFIED_INVALID = "Enter modified_since as an ISO 8601 date and time, for example 2026-03-27T09:30:00Z."


class ModifiedSinceMixin(django_filters.FilterSet):
    modified_since = django_filters.IsoDateTimeFilter(
        method="by_modified_since",
        label="Changed at or after this moment (ISO 8601)",
        error_messages={"invalid": MODIFIED_INVALID},
    )
    # What the record's answer shows (api/sources.py).
    sources = None

    def by_modified_since(self, queryset, name, value):
        user = getattr(self.request, "user", None)
        return changes.changed_since(self.sources, queryset, user, _in_utc(value))


def _in_utc(moment):
    """
    The moment in UTC, within the years the site computes with. ISO 8601
    allows offsets (-18:02) and years (0001) that PostgreSQL refuses when
    sent as they are.
    """
    try:
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        moment = moment.astimezone(dt_timezone.utc)
    except (OverflowError, ValueError):
        return COMPUTABLE_FIRST if moment.year < 5000 else COMPUTABLE_LAST
    return min(max(moment, COMPUTABLE_FIRST), COMPUTABLE_LAST)


# The largest id a database column holds: a larger one is refused with a
# message rather than sent to the database, which would fail on it.
MAX_ID = 2**63 - 1


def id_filter(field_name):
    return django_filters.NumberFilter(
        field_name=field_name, label=f"The {field_name.removesuffix('_id')}'s id", min_value=1, max_value=MAX_ID,
        decimal_places=0,
    )


def committee_filter(field_name):
    return django_filters.ModelChoiceFilter(
        field_name=field_name,
        to_field_name="slug",
        queryset=Committee.objects.all(),
        label="Committee (its slug, as in /committees/<slug>/)",
        error_messages={"invalid_choice": "There is no committee with that name."},
    )


def date_filters(field_name):
    return (
        django_filters.DateFilter(
            field_name=field_name, method="meetings_from", label="Meetings on or after this date",
            error_messages={"invalid": DATE_FROM_INVALID},
        ),
        django_filters.DateFilter(
            field_name=field_name, method="meetings_to", label="Meetings on or before this date",
            error_messages={"invalid": DATE_TO_INVALID},
        ),
    )


class CommitteeFilter(ModifiedSinceMixin):
    sources = shown.COMMITTEES
    class Meta:
        model = Committee
        fields = ["kind", "is_active", "modified_since"]


class PersonFilter(ModifiedSinceMixin):
    sources = shown.PEOPLE
    class Meta:
        model = Person
        fields = ["kind", "modified_since"]


class MembershipFilter(ModifiedSinceMixin):
    sources = shown.MEMBERSHIPS
    committee = committee_filter("committee")
    person = django_filters.ModelChoiceFilter(
        field_name="person", to_field_name="slug", queryset=Person.objects.filter(kind__in=PEOPLE_WITH_PAGES),
        label="Person (their slug)", error_messages={"invalid_choice": "There is no person with that name."},
    )

    class Meta:
        model = Membership
        fields = ["committee", "person", "role", "modified_since"]


class MeetingFilter(MeetingDateRangeMethods, ModifiedSinceMixin):
    sources = shown.MEETINGS
    committee = committee_filter("committee")
    date_from, date_to = date_filters("start")

    class Meta:
        model = Meeting
        fields = ["committee", "date_from", "date_to", "status", "modified_since"]


class AgendaItemFilter(MeetingDateRangeMethods, ModifiedSinceMixin):
    sources = shown.ITEMS
    meeting = id_filter("meeting_id")
    committee = committee_filter("meeting__committee")
    date_from, date_to = date_filters("meeting__start")

    class Meta:
        model = AgendaItem
        fields = ["meeting", "committee", "date_from", "date_to", "is_exempt", "modified_since"]


class ResolutionFilter(DecisionFilter, ModifiedSinceMixin):
    """The decisions list's filters, with the kind of resolution and modified_since."""

    sources = shown.RESOLUTIONS
    item = id_filter("item_id")

    class Meta:
        model = Resolution
        fields = ["committee", "date_from", "date_to", "item", "kind", "outcome", "modified_since"]
        form = DecisionFilter.Meta.form


class SupportingDocumentFilter(MeetingDateRangeMethods, ModifiedSinceMixin):
    sources = shown.DOCUMENTS
    item = id_filter("item_id")
    committee = committee_filter("item__meeting__committee")
    date_from, date_to = date_filters("item__meeting__start")

    class Meta:
        model = SupportingDocument
        fields = ["item", "committee", "date_from", "date_to", "modified_since"]


class MinutesCorrectionFilter(MeetingDateRangeMethods, ModifiedSinceMixin):
    sources = shown.CORRECTIONS
    meeting = id_filter("meeting_id")
    item = id_filter("item_id")
    resolution = id_filter("resolution_id")
    committee = committee_filter("meeting__committee")
    date_from, date_to = date_filters("meeting__start")

    class Meta:
        model = MinutesCorrection
        fields = ["meeting", "item", "resolution", "committee", "date_from", "date_to", "modified_since"]
