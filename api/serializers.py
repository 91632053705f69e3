"""
How each record is written out. Related records are linked by their API
URL; ``web_url`` is the record's page on the site.

What may be read of an agenda item follows the item page exactly
(``AgendaItem.can_read_content`` / ``can_read_minutes`` /
``can_read_resolutions``): a field the page would not show is ``null``.
The lists of an item's resolutions and papers, and of a resolution's
corrections, come from the views' prefetches, which start from the
``visible_to(user)`` querysets.
"""

from functools import lru_cache
from urllib.parse import quote

from django.urls import get_script_prefix, reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from agenda.models import AgendaItem, MinutesCorrection, Resolution, SupportingDocument
from meetings.models import Committee, Meeting, Membership, Person


def absolute(request, path):
    """The absolute address of a path on this site; the site's own part is worked out once a request."""
    site = getattr(request, "_api_site", None)
    if site is None:
        site = request._api_site = request.build_absolute_uri("/")[:-1]
    return site + path


@lru_cache(maxsize=512)
def _address_template(view_name, kinds, prefix):
    """``reverse`` once with a placeholder for each argument; filling it in is then string work."""
    placeholders = [f"{7_000_000_000 + n}" if kind == "int" else f"zqarg{n}zq" for n, kind in enumerate(kinds)]
    return reverse(view_name, args=placeholders), placeholders


def address(view_name, args=()):
    """``reverse(view_name, args=args)``, a page of a list costing one real ``reverse`` a kind of link, not one a row."""
    kinds = tuple("int" if isinstance(arg, int) else "str" for arg in args)
    path, placeholders = _address_template(view_name, kinds, get_script_prefix())
    for placeholder, arg in zip(placeholders, args):
        path = path.replace(placeholder, quote(str(arg), safe=""), 1)
    return path


class QuickLinkMixin:
    """DRF's hyperlinked fields, built with ``address`` instead of a ``reverse`` for every row."""

    def get_url(self, obj, view_name, request, format):
        value = getattr(obj, self.lookup_field)
        if value in (None, ""):
            return None
        if format:
            return super().get_url(obj, view_name, request, format)
        return absolute(request, address(view_name, [value]))


class HyperlinkedRelatedField(QuickLinkMixin, serializers.HyperlinkedRelatedField):
    pass


class HyperlinkedIdentityField(QuickLinkMixin, serializers.HyperlinkedIdentityField):
    pass


class WebUrlField(serializers.Field):
    """The absolute address of the record's page on the site, given the URL name and a function of the record."""

    def __init__(self, view_name, args, **kwargs):
        self.view_name, self.args = view_name, args
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return absolute(self.context["request"], address(self.view_name, self.args(value)))


extend_schema_field(OpenApiTypes.URI)(WebUrlField)


def link(view_name, **kwargs):
    return HyperlinkedRelatedField(view_name=f"api:{view_name}", read_only=True, **kwargs)


def links(view_name, **kwargs):
    return link(view_name, many=True, **kwargs)


class CommitteeSerializer(serializers.ModelSerializer):
    url = HyperlinkedIdentityField(view_name="api:committee-detail", lookup_field="slug")
    parent = link("committee-detail", lookup_field="slug", allow_null=True)
    web_url = WebUrlField("meetings:committee", lambda committee: [committee.slug])

    class Meta:
        model = Committee
        fields = ["url", "id", "slug", "name", "abbreviation", "kind", "parent", "terms_of_reference",
                  "is_active", "web_url"]


class PersonSerializer(serializers.ModelSerializer):
    url = HyperlinkedIdentityField(view_name="api:person-detail", lookup_field="slug")
    web_url = WebUrlField("agenda:councillor", lambda person: [person.slug])

    class Meta:
        model = Person
        fields = ["url", "id", "slug", "name", "honorific", "kind", "party", "ward", "web_url"]


class MembershipSerializer(serializers.ModelSerializer):
    url = HyperlinkedIdentityField(view_name="api:membership-detail")
    person = link("person-detail", lookup_field="slug")
    committee = link("committee-detail", lookup_field="slug")

    class Meta:
        model = Membership
        fields = ["url", "id", "person", "committee", "role", "start_date", "end_date"]


class MeetingSerializer(serializers.ModelSerializer):
    url = HyperlinkedIdentityField(view_name="api:meeting-detail")
    committee = link("committee-detail", lookup_field="slug")
    minutes_approved_at_meeting = serializers.SerializerMethodField()
    web_url = WebUrlField("agenda:meeting", lambda meeting: [meeting.pk])
    agenda_pack_url = serializers.SerializerMethodField()
    minutes_url = serializers.SerializerMethodField()
    items_url = serializers.SerializerMethodField()

    class Meta:
        model = Meeting
        fields = ["url", "id", "committee", "start", "end", "venue", "status", "status_reason",
                  "announced_at", "agenda_published_at", "decisions_published_at", "minutes_status",
                  "minutes_published_at", "minutes_approved_at_meeting", "web_url", "agenda_pack_url",
                  "minutes_url", "items_url"]

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_minutes_approved_at_meeting(self, meeting):
        approving = meeting.minutes_approved_at_meeting
        if approving is None or approving.announced_at is None:
            return None
        return absolute(self.context["request"], address("api:meeting-detail", [approving.pk]))

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_agenda_pack_url(self, meeting):
        if not meeting.is_agenda_published:
            return None
        return absolute(self.context["request"], address("agenda:agenda_pack", [meeting.pk]))

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_minutes_url(self, meeting):
        if not meeting.are_minutes_published:
            return None
        return absolute(self.context["request"], address("agenda:minutes", [meeting.pk]))

    @extend_schema_field(OpenApiTypes.URI)
    def get_items_url(self, meeting):
        return absolute(self.context["request"], f"{address('api:item-list')}?meeting={meeting.pk}")


class AgendaItemSerializer(serializers.ModelSerializer):
    """An item, with its content only where the item page shows it."""

    url = HyperlinkedIdentityField(view_name="api:item-detail")
    meeting = link("meeting-detail")
    web_url = WebUrlField("agenda:item", lambda item: [item.meeting_id, item.pk])
    minute_reference = serializers.CharField(read_only=True, help_text='For example "CYP/2026-27/12"')
    presenter = serializers.SerializerMethodField()
    description = serializers.SerializerMethodField()
    minutes = serializers.SerializerMethodField()
    preamble = serializers.SerializerMethodField()
    reason_for_decision = serializers.SerializerMethodField()
    resolutions = serializers.SerializerMethodField()
    documents = serializers.SerializerMethodField()

    class Meta:
        model = AgendaItem
        fields = ["url", "id", "meeting", "number", "order", "title", "is_exempt", "exempt_paragraph",
                  "published_at", "withdrawn_at", "withdrawn_reason", "minute_reference", "presenter",
                  "description", "minutes", "preamble", "reason_for_decision", "resolutions", "documents",
                  "web_url"]

    @property
    def user(self):
        return self.context["request"].user

    def _content(self, item, value):
        return value if item.can_read_content(self.user) else None

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_presenter(self, item):
        return self._content(item, item.presenter)

    @extend_schema_field(serializers.CharField(allow_null=True, help_text="HTML, as on the item page"))
    def get_description(self, item):
        return self._content(item, item.description)

    @extend_schema_field(serializers.CharField(allow_null=True, help_text="HTML; null until the public may read it"))
    def get_minutes(self, item):
        if item.is_withdrawn or not item.can_read_minutes(self.user):
            return None
        return item.minutes

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_preamble(self, item):
        return item.preamble if item.can_read_resolutions(self.user) and not item.is_withdrawn else None

    @extend_schema_field(serializers.CharField(allow_null=True, help_text="HTML"))
    def get_reason_for_decision(self, item):
        return item.reason_for_decision if item.can_read_resolutions(self.user) and not item.is_withdrawn else None

    @extend_schema_field(serializers.ListField(child=serializers.URLField()))
    def get_resolutions(self, item):
        # A withdrawn item takes no decisions; its page shows none.
        if item.is_withdrawn or not item.can_read_resolutions(self.user):
            return []
        request = self.context["request"]
        return [absolute(request, address("api:resolution-detail", [r.pk])) for r in item.visible_resolutions]

    @extend_schema_field(serializers.ListField(child=serializers.URLField()))
    def get_documents(self, item):
        if not item.can_read_content(self.user):
            return []
        request = self.context["request"]
        return [absolute(request, address("api:document-detail", [d.pk])) for d in item.visible_documents]


class ResolutionSerializer(serializers.ModelSerializer):
    url = HyperlinkedIdentityField(view_name="api:resolution-detail")
    item = link("item-detail")
    meeting = link("meeting-detail", source="item.meeting")
    committee = link("committee-detail", source="item.meeting.committee", lookup_field="slug")
    corrections = links("correction-detail", source="visible_corrections")
    web_url = WebUrlField("agenda:resolution", lambda resolution: [resolution.pk])

    class Meta:
        model = Resolution
        fields = ["url", "id", "reference", "item", "meeting", "committee", "order", "label", "text", "kind",
                  "outcome", "votes_for", "votes_against", "votes_abstained", "corrections", "web_url"]


class SupportingDocumentSerializer(serializers.ModelSerializer):
    url = HyperlinkedIdentityField(view_name="api:document-detail")
    item = link("item-detail")
    has_file = serializers.BooleanField(read_only=True)
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = SupportingDocument
        fields = ["url", "id", "item", "order", "title", "original_filename", "content_type", "size",
                  "has_file", "download_url", "source_url", "uploaded_at"]

    @extend_schema_field(serializers.URLField(allow_null=True, help_text="The paper itself, from the site"))
    def get_download_url(self, document):
        if not document.has_file:
            return None
        return absolute(self.context["request"], address("agenda:document", [document.pk]))


class MinutesCorrectionSerializer(serializers.ModelSerializer):
    url = HyperlinkedIdentityField(view_name="api:correction-detail")
    meeting = link("meeting-detail")
    item = link("item-detail", allow_null=True)
    resolution = link("resolution-detail", allow_null=True)

    class Meta:
        model = MinutesCorrection
        fields = ["url", "id", "meeting", "item", "resolution", "text", "reason", "recorded_at"]
