"""
What the public can see of each kind of record, for ``api/changes.py``:
the fields each API answer shows, the conditions the item page puts on an
item's report, minutes and decisions, and what each answer takes from other
records. Kept beside the serializers: a field added there is added here.
"""

from django.db.models import Q

from agenda.models import AgendaItem, MinutesCorrection, Resolution, SupportingDocument
from meetings.models import Committee, Meeting, Membership, Person
from meetings.roles import can_see_exempt, is_clerk

from .changes import Kind, Sources

PEOPLE_WITH_PAGES = (Person.Kind.COUNCILLOR, Person.Kind.CO_OPTED)


def everyone_sees(user):
    return Q()


def items_readable(user, **meeting_state):
    """Items whose report (and, with ``meeting_state``, minutes or decisions) ``user`` may read."""
    if is_clerk(user):
        return AgendaItem.objects.all()
    items = AgendaItem.objects.published().filter(**meeting_state)
    return items if can_see_exempt(user) else items.filter(is_exempt=False)


MINUTES_OUT = {"meeting__minutes_status__in": [Meeting.MinutesStatus.DRAFT, Meeting.MinutesStatus.APPROVED]}


def items_with_decisions(user):
    if is_clerk(user):
        return AgendaItem.objects.all()
    return items_readable(user).filter(
        Q(meeting__decisions_published_at__isnull=False) | ~Q(meeting__minutes_status=Meeting.MinutesStatus.NONE)
    )


def unless_clerk(condition):
    return lambda user: Q() if is_clerk(user) else condition(user)


COMMITTEE = Kind(
    Committee, ("name", "slug", "abbreviation", "kind", "parent_id", "terms_of_reference", "is_active"),
    visible=lambda user: Committee.objects.all(), seen_as=everyone_sees,
)
PERSON = Kind(
    Person, ("name", "slug", "honorific", "kind", "party", "ward"),
    visible=lambda user: Person.objects.filter(kind__in=PEOPLE_WITH_PAGES),
    markers=("kind",), seen_as=lambda user: Q(kind__in=PEOPLE_WITH_PAGES),
)
MEMBERSHIP = Kind(
    Membership, ("person_id", "committee_id", "role", "start_date", "end_date"),
    visible=lambda user: Membership.objects.filter(person__kind__in=PEOPLE_WITH_PAGES),
    seen_as=lambda user: Q(person__kind__in=PEOPLE_WITH_PAGES),
)
MEETING = Kind(
    Meeting,
    ("committee_id", "start", "end", "venue", "status", "status_reason", "announced_at", "agenda_published_at",
     "decisions_published_at", "minutes_status", "minutes_published_at", "minutes_approved_at_meeting_id"),
    visible=lambda user: Meeting.objects.visible_to(user),
    markers=("announced_at",), seen_as=unless_clerk(lambda user: Q(announced_at__isnull=False)),
)
ITEM = Kind(
    AgendaItem,
    ("meeting_id", "number", "order", "title", "is_exempt", "exempt_paragraph", "published_at", "withdrawn_at",
     "withdrawn_reason", "minute_year", "minute_year_label", "minute_number"),
    visible=lambda user: AgendaItem.objects.visible_to(user).filter(meeting__in=Meeting.objects.visible_to(user)),
    guarded=(
        (items_readable, ("presenter", "description")),
        (lambda user: items_readable(user, **MINUTES_OUT), ("minutes",)),
        (items_with_decisions, ("preamble", "reason_for_decision")),
    ),
    markers=("published_at",),
    seen_as=unless_clerk(lambda user: Q(
        published_at__isnull=False, meeting__agenda_published_at__isnull=False, meeting__announced_at__isnull=False
    )),
)
RESOLUTION = Kind(
    Resolution,
    ("item_id", "order", "label", "text", "kind", "outcome", "votes_for", "votes_against", "votes_abstained",
     "reference"),
    visible=lambda user: Resolution.objects.visible_to(user),
    seen_as=unless_clerk(lambda user: Q(item__in=items_with_decisions(user))),
)


def _paper_seen(user):
    seen = Q(item__in=AgendaItem.objects.published())
    return seen if can_see_exempt(user) else seen & Q(is_exempt=False, item__is_exempt=False)


DOCUMENT = Kind(
    SupportingDocument,
    ("item_id", "order", "title", "file", "original_filename", "content_type", "size", "source_url", "uploaded_at"),
    visible=lambda user: SupportingDocument.objects.visible_to(user),
    markers=("is_exempt",), seen_as=unless_clerk(_paper_seen),
)


def _correction_seen(user):
    seen = Q(meeting__minutes_status=Meeting.MinutesStatus.APPROVED, meeting__announced_at__isnull=False)
    return seen & (Q(item__isnull=True) | Q(item__in=items_readable(user)))


CORRECTION = Kind(
    MinutesCorrection, ("meeting_id", "item_id", "resolution_id", "text", "reason", "recorded_at"),
    visible=lambda user: MinutesCorrection.objects.visible_to(user), seen_as=unless_clerk(_correction_seen),
)

COMMITTEES = Sources(COMMITTEE, parents={"parent": COMMITTEE})
PEOPLE = Sources(PERSON)
MEMBERSHIPS = Sources(MEMBERSHIP, parents={"person": PERSON, "committee": COMMITTEE})
MEETINGS = Sources(MEETING, parents={"committee": COMMITTEE, "minutes_approved_at_meeting": MEETING})
ITEMS = Sources(
    ITEM, parents={"meeting": MEETING, "meeting__committee": COMMITTEE},
    children=(("item_id", RESOLUTION), ("item_id", DOCUMENT)),
)
RESOLUTIONS = Sources(
    RESOLUTION, parents={"item": ITEM, "item__meeting": MEETING, "item__meeting__committee": COMMITTEE},
    children=(("resolution_id", CORRECTION),),
)
DOCUMENTS = Sources(DOCUMENT, parents={"item": ITEM, "item__meeting": MEETING})
CORRECTIONS = Sources(CORRECTION, parents={"meeting": MEETING, "item": ITEM, "resolution": RESOLUTION})
