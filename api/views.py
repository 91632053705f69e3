"""
The API's views: a list and a detail for each kind of record, and search.

Every queryset starts from the record's ``visible_to(user)`` (or, for
meetings, ``Meeting.objects.visible_to``; committees and councillors are
public as soon as they are recorded, as on their pages), so the API shows
exactly what the site shows the same visitor. Each list runs a fixed number
of queries whatever its length (``select_related`` and ordered
``Prefetch``es built on the same querysets).
"""

from datetime import timedelta

from django.core.paginator import InvalidPage
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.reverse import reverse as api_reverse
from rest_framework.views import APIView

from agenda.models import AgendaItem, MinutesCorrection, Resolution, SupportingDocument
from meetings.models import Committee, Meeting, Membership, Person
from search import service
from search.forms import SearchForm
from search.models import SearchEntry

from . import changes, filters, pagination
from . import sources as shown
from . import serializers as api_serializers

# How long after its newest change an answer is given a Last-Modified (see set_last_modified).
SETTLE = timedelta(seconds=60)


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """
    Every answer carries an ETag (ConditionalGetMiddleware) and, once its
    newest change has settled, a Last-Modified (api/changes.py), so a
    repeat request with If-None-Match or If-Modified-Since answers 304.
    """

    http_method_names = ["get", "head", "options"]
    # What the answers show (api/sources.py), for Last-Modified.
    sources = None

    def retrieve(self, request, *args, **kwargs):
        record = self.get_object()
        response = Response(self.get_serializer(record).data)
        set_last_modified(response, changes.remembered(
            f"{record._meta.label} {record.pk}", request.user, lambda: self.record_changed(record)))
        return response

    def record_changed(self, record):
        clock = self.sources.clock
        moments = changes.record_moments(self.sources, record, self.request.user)
        return changes.newest(moments, [clock.of_record(record)] if clock else [])

    def list(self, request, *args, **kwargs):
        response = super().list(request, *args, **kwargs)
        if response.status_code == 200:
            set_last_modified(response, changes.remembered(
                f"{self.sources.kind.model._meta.label} list", request.user, self.list_changed))
        return response

    def list_changed(self):
        clock = self.sources.clock
        moments = changes.list_moments(self.sources, self.request.user)
        return changes.newest(moments, [clock.of_list(self.request.user)] if clock else [])

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        # A signed-in councillor's answer may hold exempt business: never
        # for a shared cache (the site's own pages do the same).
        if request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response


def set_last_modified(response, moment):
    """
    Last-Modified, to the second, once no change dated at or before it can
    still be coming: a change is dated when it is saved and seen when its
    transaction commits, so the header is left off (the ETag still serves)
    until the newest change is SETTLE old. Without that, a change dated in
    the same second as the header, or committed late, would be missed by a
    client asking If-Modified-Since.
    """
    if moment is not None and moment <= timezone.now() - SETTLE:
        response["Last-Modified"] = http_date(moment.timestamp())


class CommitteeViewSet(ReadOnlyViewSet):
    """Committees, panels and other bodies: public as soon as they are recorded."""

    serializer_class = api_serializers.CommitteeSerializer
    sources = shown.COMMITTEES
    filterset_class = filters.CommitteeFilter
    pagination_class = pagination.ShortListPagination
    lookup_field = "slug"

    def get_queryset(self):
        return Committee.objects.select_related("parent").order_by("name", "id")


class PersonViewSet(ReadOnlyViewSet):
    """Councillors and co-opted members: those with a page on the site."""

    serializer_class = api_serializers.PersonSerializer
    sources = shown.PEOPLE
    filterset_class = filters.PersonFilter
    pagination_class = pagination.ShortListPagination
    lookup_field = "slug"

    def get_queryset(self):
        return Person.objects.filter(kind__in=filters.PEOPLE_WITH_PAGES).order_by("name", "id")


class MembershipViewSet(ReadOnlyViewSet):
    """Who sits (and sat) on which committee, in which role."""

    serializer_class = api_serializers.MembershipSerializer
    sources = shown.MEMBERSHIPS
    filterset_class = filters.MembershipFilter
    pagination_class = pagination.ShortListPagination

    def get_queryset(self):
        return (
            Membership.objects.filter(person__kind__in=filters.PEOPLE_WITH_PAGES)
            .select_related("person", "committee")
            .order_by("committee__name", "committee_id", "start_date", "id")
        )


class MeetingViewSet(ReadOnlyViewSet):
    """Announced meetings (a draft meeting is seen by clerks alone), newest first."""

    serializer_class = api_serializers.MeetingSerializer
    sources = shown.MEETINGS
    filterset_class = filters.MeetingFilter
    pagination_class = pagination.MeetingPagination

    def get_queryset(self):
        return Meeting.objects.visible_to(self.request.user).select_related(
            "committee", "minutes_approved_at_meeting"
        )


class AgendaItemViewSet(ReadOnlyViewSet):
    """Published agenda items; their content only where the item page shows it."""

    serializer_class = api_serializers.AgendaItemSerializer
    sources = shown.ITEMS
    filterset_class = filters.AgendaItemFilter
    pagination_class = pagination.LongListPagination

    def get_queryset(self):
        user = self.request.user
        return (
            AgendaItem.objects.visible_to(user)
            .filter(meeting__in=Meeting.objects.visible_to(user))
            .select_related("meeting__committee")
            .prefetch_related(
                Prefetch(
                    "resolutions",
                    queryset=Resolution.objects.visible_to(user).only("id", "item_id").order_by("order", "id"),
                    to_attr="visible_resolutions",
                ),
                Prefetch(
                    "documents",
                    queryset=SupportingDocument.objects.visible_to(user).only("id", "item_id").order_by("order", "id"),
                    to_attr="visible_documents",
                ),
            )
        )


class ResolutionViewSet(ReadOnlyViewSet):
    """Published decisions, with the decisions list's filters."""

    serializer_class = api_serializers.ResolutionSerializer
    sources = shown.RESOLUTIONS
    filterset_class = filters.ResolutionFilter
    pagination_class = pagination.LongListPagination

    def get_queryset(self):
        user = self.request.user
        return (
            Resolution.objects.visible_to(user)
            .select_related("item__meeting__committee")
            .prefetch_related(
                Prefetch(
                    "corrections",
                    queryset=MinutesCorrection.objects.visible_to(user).only("id", "resolution_id")
                    .order_by("recorded_at", "id"),
                    to_attr="visible_corrections",
                )
            )
        )


class SupportingDocumentViewSet(ReadOnlyViewSet):
    """Published papers, each with the address of its file on the site."""

    serializer_class = api_serializers.SupportingDocumentSerializer
    sources = shown.DOCUMENTS
    filterset_class = filters.SupportingDocumentFilter
    pagination_class = pagination.LongListPagination

    def get_queryset(self):
        return SupportingDocument.objects.visible_to(self.request.user).defer("extracted_text")


class MinutesCorrectionViewSet(ReadOnlyViewSet):
    """Corrections recorded beside approved minutes."""

    serializer_class = api_serializers.MinutesCorrectionSerializer
    sources = shown.CORRECTIONS
    filterset_class = filters.MinutesCorrectionFilter
    pagination_class = pagination.LongListPagination

    def get_queryset(self):
        return MinutesCorrection.objects.visible_to(self.request.user)


# --- Search -------------------------------------------------------------------------

KIND_NAMES = {SearchEntry.Kind.RESOLUTION: "decision", SearchEntry.Kind.ITEM: "item",
              SearchEntry.Kind.DOCUMENT: "document"}

class SearchResultSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=sorted(KIND_NAMES.values()))
    title_html = serializers.CharField(help_text="Escaped, with the words found in <mark>")
    snippet_html = serializers.CharField(help_text="Escaped, with the words found in <mark>")
    url = serializers.URLField(help_text="The record in the API")
    web_url = serializers.URLField(help_text="The record's page on the site")
    item = serializers.URLField()
    meeting = serializers.URLField()
    committee = serializers.URLField()


class SearchResultsSerializer(serializers.Serializer):
    query = serializers.CharField()
    count = serializers.IntegerField()
    more_than_count = serializers.BooleanField()
    page = serializers.IntegerField()
    pages = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    suggestion = serializers.CharField(help_text='A respelling that finds something, or ""')
    results = SearchResultSerializer(many=True)


class SearchView(APIView):
    """
    The site's search (/search/): the same syntax ("quoted phrases", OR,
    -word), ranking, filters and visibility, as JSON.
    """

    http_method_names = ["get", "head", "options"]

    @extend_schema(
        operation_id="search",
        parameters=[
            OpenApiParameter("q", str, description="Words to find, in the site's search syntax"),
            OpenApiParameter("committee", str, description="A committee's slug"),
            OpenApiParameter("date_from", OpenApiTypes.DATE),
            OpenApiParameter("date_to", OpenApiTypes.DATE),
            OpenApiParameter("type", str, enum=["decisions", "items", "documents"]),
            OpenApiParameter("sort", str, enum=["relevance", "newest", "oldest"]),
            OpenApiParameter("page", int),
        ],
        responses=SearchResultsSerializer,
    )
    def get(self, request):
        form = SearchForm(request.GET)
        if not form.is_valid():
            raise exceptions.ValidationError(
                {name: [error["message"] for error in errors] for name, errors in form.errors.get_json_data().items()}
            )
        page = request.GET.get("page", "1")
        try:
            outcome = service.search(form.cleaned_data["q"], user=request.user, page_number=page,
                                     **form.search_arguments())
        except InvalidPage:
            raise exceptions.NotFound("There is no such page of results.")
        response = Response(self._body(request, form.cleaned_data["q"], outcome))
        if request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response

    def _body(self, request, text, outcome):
        number = outcome.page.number if outcome.page else 1
        pages = outcome.page.paginator.num_pages if outcome.page else 0

        def page_link(n):
            query = request.GET.copy()
            query["page"] = n
            return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

        return {
            "query": text,
            "count": outcome.count,
            "more_than_count": outcome.more_than_count,
            "page": number,
            "pages": pages,
            "next": page_link(number + 1) if outcome.page and outcome.page.has_next() else None,
            "previous": page_link(number - 1) if outcome.page and outcome.page.has_previous() else None,
            "suggestion": outcome.suggestion,
            "results": [self._result(request, result) for result in outcome.results],
        }

    @staticmethod
    def _result(request, result):
        entry = result.entry
        if result.kind == SearchEntry.Kind.RESOLUTION:
            url = reverse("api:resolution-detail", args=[entry.resolution_id])
        elif result.kind == SearchEntry.Kind.DOCUMENT:
            url = reverse("api:document-detail", args=[entry.document_id])
        else:
            url = reverse("api:item-detail", args=[entry.item_id])
        return {
            "kind": KIND_NAMES[result.kind],
            "title_html": str(result.title),
            "snippet_html": str(result.snippet),
            "url": request.build_absolute_uri(url),
            "web_url": request.build_absolute_uri(result.url),
            "item": request.build_absolute_uri(reverse("api:item-detail", args=[entry.item_id])),
            "meeting": request.build_absolute_uri(reverse("api:meeting-detail", args=[entry.meeting_id])),
            "committee": request.build_absolute_uri(reverse("api:committee-detail", args=[entry.committee.slug])),
        }


@extend_schema(exclude=True)
@api_view(["GET", "HEAD"])
def root(request):
    """Where each list is."""
    names = ["committee", "person", "membership", "meeting", "item", "resolution", "document", "correction"]
    body = {f"{name}s" if name != "person" else "people": api_reverse(f"api:{name}-list", request=request)
            for name in names}
    body["recommendations"] = api_reverse("api:recommendation-list", request=request)
    body["actions"] = api_reverse("api:action-list", request=request)
    body["work_programme"] = api_reverse("api:work-programme-list", request=request)
    body["search"] = api_reverse("api:search", request=request)
    body["schema"] = api_reverse("api-schema", request=request)
    body["docs"] = api_reverse("api-docs", request=request)
    return Response(body)
