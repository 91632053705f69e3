"""
The recommendations tracker in the API: recommendations (with where each
stands today, the response and the updates on implementing it), the actions
committees ask for, and the work programmes.

Each starts from the same queryset as the tracker's own pages (``queries.listed``,
``Action.objects.visible_to``, ``WorkProgrammeEntry.objects.visible_to``)
and shows what they show, no more: a recommendation where its resolution is
seen, an action where the minutes that record it are, the meeting that
closed either only where that meeting is, and a work programme topic's
planned meeting and agenda item only where those are.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import django_filters
from django.conf import settings
from django.db.models import Exists, Max, OuterRef, Q
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from agenda.filters import DecisionFilter
from agenda.models import AgendaItem, Resolution
from meetings.filters import MeetingDateRangeMethods
from meetings.models import Meeting
from recommendations import dates, queries
from recommendations.filters import RecommendationFilter
from recommendations.models import (
    Action,
    Recommendation,
    RecommendationResponse,
    RecommendationUpdate,
    WorkProgrammeEntry,
)
from recommendations.programme import DEFERRED_OR_DROPPED

from . import pagination
from .changes import ClockChanges, Kind, Sources
from .filters import ModifiedSinceMixin, committee_filter, date_filters, id_filter
from .serializers import HyperlinkedIdentityField, WebUrlField, absolute, address, link
from .sources import COMMITTEE, ITEM, MEETING, RESOLUTION, unless_clerk, items_readable
from .views import ReadOnlyViewSet

# --- What the public can see of each (api/changes.py) ----------------------------------


def _of_visible_resolution(path):
    return unless_clerk(lambda user: Q(**{f"{path}__in": Resolution.objects.visible_to(user).values("pk")}))


RECOMMENDATION = Kind(
    Recommendation,
    ("resolution_id", "addressed_to", "addressee_name", "sent_on", "response_due_on", "outcome", "implementation",
     "closed_at_meeting_id", "closing_note"),
    visible=lambda user: Recommendation.objects.visible_to(user), seen_as=_of_visible_resolution("resolution"),
)
RESPONSE = Kind(
    RecommendationResponse,
    ("recommendation_id", "outcome", "responded_on", "responded_by", "text", "document_title", "document_url"),
    visible=lambda user: RecommendationResponse.objects.visible_to(user),
    seen_as=_of_visible_resolution("recommendation__resolution"),
)
UPDATE = Kind(
    RecommendationUpdate, ("recommendation_id", "written_on", "status", "text"),
    visible=lambda user: RecommendationUpdate.objects.visible_to(user),
    seen_as=_of_visible_resolution("recommendation__resolution"),
)


def _action_seen(user):
    seen = Q(meeting__announced_at__isnull=False) & ~Q(meeting__minutes_status=Meeting.MinutesStatus.NONE)
    return seen & (Q(item__isnull=True) | Q(item__in=items_readable(user)))


ACTION = Kind(
    Action, ("meeting_id", "item_id", "text", "owner", "due_on", "status", "closed_at_meeting_id"),
    visible=lambda user: Action.objects.visible_to(user), seen_as=unless_clerk(_action_seen),
)
TOPIC = Kind(
    WorkProgrammeEntry,
    ("committee_id", "municipal_year", "title", "purpose", "planned_meeting_id", "kind", "lead_officer", "status",
     "status_reason", "agenda_item_id"),
    visible=lambda user: WorkProgrammeEntry.objects.visible_to(user), seen_as=lambda user: Q(),
)


def _start_of(day):
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(settings.TIME_ZONE))


AWAITING = Q(outcome="", closed_at_meeting__isnull=True)


def _overdue_since(since):
    """Recommendations that fell overdue (at the start of the day after the due date) at or after ``since``."""
    try:
        first_due = timezone.localdate(since) - timedelta(days=1)
    except (OverflowError, ValueError):
        return AWAITING & Q(response_due_on__lt=dates.today())
    return AWAITING & Q(response_due_on__gte=first_due, response_due_on__lt=dates.today())


def _overdue_moment(recommendation):
    due = recommendation.response_due_on
    if due is None or due >= dates.today():
        return None
    return _start_of(due + timedelta(days=1))


def _newest_overdue(user):
    due = (Recommendation.objects.visible_to(user).filter(AWAITING, response_due_on__lt=dates.today())
           .aggregate(due=Max("response_due_on"))["due"])
    return _start_of(due + timedelta(days=1)) if due else None


RECOMMENDATIONS = Sources(
    RECOMMENDATION,
    parents={"resolution": RESOLUTION, "resolution__item": ITEM, "resolution__item__meeting": MEETING,
             "resolution__item__meeting__committee": COMMITTEE, "closed_at_meeting": MEETING},
    children=(("recommendation_id", RESPONSE), ("recommendation_id", UPDATE)),
    # "Response overdue" begins with a day, not with a change.
    clock=ClockChanges(changed_since=_overdue_since, of_record=_overdue_moment, of_list=_newest_overdue),
)
ACTIONS = Sources(ACTION, parents={"meeting": MEETING, "meeting__committee": COMMITTEE, "item": ITEM,
                                   "closed_at_meeting": MEETING})
TOPICS = Sources(TOPIC, parents={"committee": COMMITTEE, "planned_meeting": MEETING, "agenda_item": ITEM})


# --- How each is written out --------------------------------------------------------


def _meeting_link(request, meeting, shown):
    return absolute(request, address("api:meeting-detail", [meeting.pk])) if meeting and shown else None


class ResponseSerializer(serializers.ModelSerializer):
    class Meta:
        model = RecommendationResponse
        fields = ["outcome", "responded_on", "responded_by", "text", "document_title", "document_url"]


class UpdateSerializer(serializers.ModelSerializer):
    class Meta:
        model = RecommendationUpdate
        fields = ["written_on", "status", "text"]


class RecommendationSerializer(serializers.ModelSerializer):
    """A recommendation as its page shows it: where it stands today, the response and the updates."""

    url = HyperlinkedIdentityField(view_name="api:recommendation-detail")
    reference = serializers.CharField(read_only=True, help_text='The resolution\'s, for example "CYP/2026-27/12(a)"')
    resolution = link("resolution-detail")
    item = link("item-detail", source="resolution.item")
    meeting = link("meeting-detail", source="resolution.item.meeting")
    committee = link("committee-detail", source="resolution.item.meeting.committee", lookup_field="slug")
    text = serializers.CharField(source="resolution.text", read_only=True)
    addressee = serializers.CharField(read_only=True, help_text="Whom it went to, as the page names them")
    is_statutory = serializers.BooleanField(read_only=True, help_text="A response is due within two months by law")
    state = serializers.ChoiceField(source="current_state", choices=Recommendation.State.choices, read_only=True,
                                    help_text="Where it stands today")
    response = serializers.SerializerMethodField()
    updates = UpdateSerializer(many=True, read_only=True, source="visible_updates")
    closed_at_meeting = serializers.SerializerMethodField()
    closing_note = serializers.SerializerMethodField()
    web_url = WebUrlField("recommendations:detail", lambda recommendation: [recommendation.pk])

    class Meta:
        model = Recommendation
        fields = ["url", "id", "reference", "resolution", "item", "meeting", "committee", "text", "addressed_to",
                  "addressee", "is_statutory", "sent_on", "response_due_on", "state", "outcome", "implementation",
                  "response", "updates", "closed_at_meeting", "closing_note", "web_url"]

    @extend_schema_field(ResponseSerializer(allow_null=True))
    def get_response(self, recommendation):
        response = getattr(recommendation, "response", None)
        return ResponseSerializer(response).data if response is not None else None

    @extend_schema_field(serializers.URLField(allow_null=True, help_text="Null until closed, or where that meeting is not public"))
    def get_closed_at_meeting(self, recommendation):
        return _meeting_link(self.context["request"], recommendation.closed_at_meeting,
                             recommendation.shows_closing_meeting)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_closing_note(self, recommendation):
        return recommendation.closing_note if self.get_closed_at_meeting(recommendation) else None


class ActionSerializer(serializers.ModelSerializer):
    """An action, as the meeting's page and minutes list it."""

    url = HyperlinkedIdentityField(view_name="api:action-detail")
    meeting = link("meeting-detail")
    committee = link("committee-detail", source="meeting.committee", lookup_field="slug")
    item = link("item-detail", allow_null=True)
    closed_at_meeting = serializers.SerializerMethodField()
    web_url = WebUrlField("agenda:meeting", lambda action: [action.meeting_id])

    class Meta:
        model = Action
        fields = ["url", "id", "meeting", "committee", "item", "text", "owner", "due_on", "status",
                  "closed_at_meeting", "web_url"]

    @extend_schema_field(serializers.URLField(allow_null=True, help_text="Null while open, or where that meeting is not public"))
    def get_closed_at_meeting(self, action):
        return _meeting_link(self.context["request"], action.closed_at_meeting, action.shows_closing_meeting)


class TopicSerializer(serializers.ModelSerializer):
    """A topic of a committee's work programme, as its page shows it."""

    url = HyperlinkedIdentityField(view_name="api:work-programme-detail")
    committee = link("committee-detail", lookup_field="slug")
    municipal_year_label = serializers.CharField(read_only=True, help_text='For example "2026/27"')
    status_reason = serializers.SerializerMethodField()
    planned_meeting = serializers.SerializerMethodField()
    agenda_item = serializers.SerializerMethodField()
    web_url = WebUrlField("recommendations:work_programme", lambda topic: [topic.committee.slug, topic.municipal_year])

    class Meta:
        model = WorkProgrammeEntry
        fields = ["url", "id", "committee", "municipal_year", "municipal_year_label", "title", "purpose", "kind",
                  "lead_officer", "status", "status_reason", "planned_meeting", "agenda_item", "web_url"]

    def get_status_reason(self, topic) -> str:
        return topic.status_reason if topic.status in DEFERRED_OR_DROPPED else ""

    @extend_schema_field(serializers.URLField(allow_null=True, help_text='Null for "to be scheduled"'))
    def get_planned_meeting(self, topic):
        return _meeting_link(self.context["request"], topic.planned_meeting, topic.is_meeting_shown)

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_agenda_item(self, topic):
        if topic.agenda_item_id is None or not topic.is_item_shown:
            return None
        return absolute(self.context["request"], address("api:item-detail", [topic.agenda_item_id]))


# --- Filters -----------------------------------------------------------------------


class RecommendationApiFilter(MeetingDateRangeMethods, RecommendationFilter, ModifiedSinceMixin):
    """The tracker list's filters (committee, addressed_to, state, year), meeting dates and modified_since."""

    date_from, date_to = date_filters("resolution__item__meeting__start")
    sources = RECOMMENDATIONS

    class Meta:
        model = Recommendation
        fields = ["committee", "addressed_to", "state", "year", "date_from", "date_to", "modified_since"]
        form = DecisionFilter.Meta.form


class ActionFilter(MeetingDateRangeMethods, ModifiedSinceMixin):
    meeting = id_filter("meeting_id")
    committee = committee_filter("meeting__committee")
    date_from, date_to = date_filters("meeting__start")
    sources = ACTIONS

    class Meta:
        model = Action
        fields = ["meeting", "committee", "date_from", "date_to", "status", "modified_since"]
        form = DecisionFilter.Meta.form


class TopicFilter(ModifiedSinceMixin):
    committee = committee_filter("committee")
    year = django_filters.NumberFilter(
        field_name="municipal_year", label="Municipal year (the year it starts: 2026 for 2026/27)",
        min_value=1900, max_value=2100, decimal_places=0,
    )
    sources = TOPICS

    class Meta:
        model = WorkProgrammeEntry
        fields = ["committee", "year", "kind", "status", "modified_since"]


# --- Views ---------------------------------------------------------------------------


def _meeting_shown(user, column):
    return Exists(Meeting.objects.visible_to(user).filter(pk=OuterRef(column)))


class RecommendationViewSet(ReadOnlyViewSet):
    """Recommendations to the executive and others, where each stands today; seen where their resolution is."""

    serializer_class = RecommendationSerializer
    filterset_class = RecommendationApiFilter
    pagination_class = pagination.LongListPagination
    sources = RECOMMENDATIONS

    def get_queryset(self):
        user = self.request.user
        return queries.listed(user).select_related("closed_at_meeting").prefetch_related(queries.updates_prefetch(user))


class ActionViewSet(ReadOnlyViewSet):
    """Actions asked for at meetings: seen once the minutes that record them are published."""

    serializer_class = ActionSerializer
    filterset_class = ActionFilter
    pagination_class = pagination.LongListPagination
    sources = ACTIONS

    def get_queryset(self):
        user = self.request.user
        return (Action.objects.visible_to(user).select_related("meeting__committee", "closed_at_meeting")
                .annotate(shows_closing_meeting=_meeting_shown(user, "closed_at_meeting_id")))


class TopicViewSet(ReadOnlyViewSet):
    """Committees' work programmes, every year's: the topics they plan to look at."""

    serializer_class = TopicSerializer
    filterset_class = TopicFilter
    pagination_class = pagination.LongListPagination
    sources = TOPICS

    def get_queryset(self):
        user = self.request.user
        visible_item = AgendaItem.objects.visible_to(user).filter(pk=OuterRef("agenda_item_id"))
        return (WorkProgrammeEntry.objects.visible_to(user).select_related("committee", "planned_meeting")
                .annotate(is_meeting_shown=_meeting_shown(user, "planned_meeting_id"),
                          is_item_shown=Exists(visible_item)))

