"""
What a pack holds: the meeting's summons details, its membership, and the
items with their papers, read through the public visibility querysets as
an anonymous visitor sees them. Nothing here opens a file; ``papers`` does.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, Q
from django.utils import timezone

from meetings.dates import clock_time, meeting_time
from meetings.models import Membership, Person

from ..documents import describe_type
from ..models import AgendaItem, ExemptParagraph, SupportingDocument

# The order members are listed on a summons: chair, vice-chair, members,
# co-opted members. Substitutes are not summoned.
SUMMONED_ROLES = [
    Membership.Role.CHAIR,
    Membership.Role.VICE_CHAIR,
    Membership.Role.MEMBER,
    Membership.Role.CO_OPTED,
]


@dataclass
class PackPaper:
    """A public paper of an item, and how the pack carries it."""

    document: SupportingDocument
    type_name: str
    # "pdf" when its pages are joined on; otherwise why it is only listed:
    # "separate" (not a PDF), "unreadable" (a PDF pypdf cannot open) or
    # "missing" (listed in the record, no file uploaded).
    carried: str = ""
    page_count: int = 0
    page_sizes: list = field(default_factory=list)

    @property
    def anchor(self):
        return f"paper-{self.document.pk}"

    @property
    def is_joined(self):
        return self.carried == "pdf"


@dataclass
class PackItem:
    item: AgendaItem
    exempt_reason: str
    papers: list

    @property
    def anchor(self):
        return f"item-{self.item.pk}"

    @property
    def bookmark_title(self):
        return f"{self.item.number}. {self.item.title}"


@dataclass
class PackContents:
    """Everything a pack prints, gathered before any file is opened."""

    meeting: object
    kind: str  # "agenda" or "supplementary"
    publication: object  # the AgendaPublication printed, or None
    items: list
    members: list
    when: str
    ends: str
    council_name: str = ""
    contact: str = ""

    @property
    def papers(self):
        return [paper for pack_item in self.items for paper in pack_item.papers]

    @property
    def joined_papers(self):
        return [paper for paper in self.papers if paper.is_joined]


def exempt_reason(item):
    """The Schedule 12A paragraph's description, without its number."""
    if not item.is_exempt:
        return ""
    return ExemptParagraph(item.exempt_paragraph).label.split(" – ", 1)[-1]


def _public_items(meeting, publication=None):
    """The meeting's items an anonymous visitor may see, with the papers they may read."""
    public = AnonymousUser()
    items = AgendaItem.objects.visible_to(public).filter(meeting=meeting)
    if publication is not None:
        items = items.filter(publications=publication)
    papers = SupportingDocument.objects.visible_to(public).order_by("order", "id")
    items = items.prefetch_related(Prefetch("documents", queryset=papers, to_attr="public_documents"))
    return list(items.order_by("order", "id"))


def _pack_items(items):
    pack_items = []
    for item in items:
        papers = [
            PackPaper(document=document, type_name=describe_type(document.content_type))
            for document in item.public_documents
        ]
        pack_items.append(PackItem(item=item, exempt_reason=exempt_reason(item), papers=papers))
    return pack_items


def summoned_members(meeting):
    """The committee's members on the day of the meeting, chair first."""
    day = timezone.localdate(meeting.start)
    memberships = (
        Membership.objects.filter(committee_id=meeting.committee_id, role__in=SUMMONED_ROLES)
        .filter(start_date__lte=day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .select_related("person")
    )
    rank = {role: position for position, role in enumerate(SUMMONED_ROLES)}
    members = sorted(memberships, key=lambda m: (rank[m.role], m.person.name))
    for membership in members:
        membership.is_councillor = membership.person.kind == Person.Kind.COUNCILLOR
    return members


def _contact(publication):
    """Who to ask about the meeting: the clerk who published the agenda, and the council's team."""
    team = settings.DEMOCRATIC_SERVICES_CONTACT
    clerk = publication.published_by.get_full_name() if publication and publication.published_by else ""
    return f"{clerk}, {team}" if clerk else team


def gather(meeting, publication=None):
    """
    The contents of the agenda pack, or with a supplementary publication
    of that publication's pack. The caller has checked that the agenda is
    published.
    """
    first = meeting.publications.filter(is_supplementary=False).select_related("published_by").first()
    return PackContents(
        meeting=meeting,
        kind="supplementary" if publication else "agenda",
        publication=publication or first,
        items=_pack_items(_public_items(meeting, publication)),
        members=summoned_members(meeting),
        when=meeting_time(meeting.start),
        ends=clock_time(meeting.end) if meeting.end else "",
        council_name=settings.COUNCIL_NAME,
        contact=_contact(publication or first),
    )
