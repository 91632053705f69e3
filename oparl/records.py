"""
Which records OParl shows, which it shows as deleted, and when each was
created and last changed.

OParl is the public record: every answer is what an anonymous visitor may
see, whoever asks (a councillor reads exempt business on the site, never
here), so no answer is ever private to one person. The live records start
from the same visibility querysets as the site's pages and the API; exempt
items, and the papers and files of exempt items, are left out altogether.

The records keep no timestamps of their own, so ``created`` is the first
entry of a record's audit history (django-simple-history) and ``modified``
the latest entry of its own history or of the records shown inside it (a
meeting's items and attendance; an item's meeting, decisions and papers).
A record with no history (entered before history was kept) counts as
created and changed at ``EPOCH``.

Deleted objects (OParl's "soft delete", shown as ``deleted: true``): a
record is shown as deleted when it is no longer public (deleted, or hidden
again: an item made exempt, a councillor recorded as an officer) **and its
history shows it was once public by the same rule**: an announced meeting,
a published item that was not exempt on a published agenda, a paper that
was not exempt on such an item. A draft that is deleted, or a paper that
was always exempt, was never public and so never shows, not even as
deleted. A deleted object gives its ``id``, ``type``, ``created`` and
``modified`` (its last history entry) and nothing else.

The deleted objects are looked for among few records, not the whole
history: those gone from their table whose history records the deletion
(a "-" entry, which every deletion leaves), and those kept but hidden
(``Kind.hidden``: exactly the rest of the table beside the live records,
each part read through a partial index). The same hidden parts count the
live items and papers of a list with no filter: the table's count less
theirs.
"""

from dataclasses import dataclass, field
from datetime import datetime, timezone as dt_timezone
from typing import Callable

from django.contrib.auth.models import AnonymousUser
from django.db.models import DateTimeField, Exists, Max, Min, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Greatest

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Attendance, Committee, Meeting, Membership, Person

ANONYMOUS = AnonymousUser()
EPOCH = datetime(2000, 1, 1, tzinfo=dt_timezone.utc)

# Councillors and co-opted members: the people with a page on the site.
PEOPLE_WITH_PAGES = (Person.Kind.COUNCILLOR, Person.Kind.CO_OPTED)


def history(model):
    return model.history.model.objects


def _epoch():
    return Value(EPOCH, output_field=DateTimeField())


def _change(model, field_name, outer, latest):
    """The first (or latest) history entry of ``model`` whose ``field_name`` is the outer row's ``outer``."""
    order = "-history_date" if latest else "history_date"
    rows = history(model).filter(**{field_name: OuterRef(outer)}).order_by(order).values("history_date")[:1]
    return Coalesce(Subquery(rows, output_field=DateTimeField()), _epoch())


@dataclass(frozen=True)
class Kind:
    """One OParl object type and the records behind it."""

    name: str  # the URL name's stem: "meeting"
    type: str  # OParl's type name: "Meeting"
    model: type
    live: Callable[[], QuerySet]  # the records shown, as the public sees them
    # The records kept but not shown, as a union of querysets, each small
    # and read through an index: exactly the rest of the table beside live().
    hidden: Callable[[], tuple]
    was_public: Callable[[], QuerySet]  # history rows that show a record as the public saw it
    # (history model, its field, the outer row's field): entries that change the object.
    changes: tuple = field(default=())

    @property
    def type_url(self):
        return f"https://schema.oparl.org/1.1/{self.type}"

    def annotated(self):
        """The live records with ``oparl_created`` and ``oparl_modified``, in a stable order."""
        own = _change(self.model, "id", "pk", latest=True)
        others = [_change(model, name, outer, latest=True) for model, name, outer in self.changes]
        return (
            self.live()
            .annotate(
                oparl_created=_change(self.model, "id", "pk", latest=False),
                oparl_modified=Greatest(own, *others) if others else own,
            )
            .order_by("pk")
        )

    def _hidden_ids(self):
        return [part.order_by().values("pk") for part in self.hidden()]

    def live_count(self):
        """
        How many records are live. Where being public takes the rows of
        other tables (an item's meeting, a paper's item), the table's count
        less the hidden ones' is cheaper than counting through those joins.
        """
        hidden = self._hidden_ids()
        if len(hidden) < 2:
            return self.live().count()
        return self.model.objects.count() - hidden[0].union(*hidden[1:]).count()

    def deleted(self):
        """
        Rows ``{"id", "created", "modified"}`` for the records shown as
        deleted: once public (by their history), public no longer.
        """
        # A record not live now is either gone from its table (every
        # deletion leaves a "-" entry in its history) or kept but hidden.
        # Both sets are small beside the record, and are read through
        # indexes, so that the history is searched only for them.
        model = self.model
        removed = (
            history(model).filter(history_type="-")  # the history's *_removed_idx
            .order_by().filter(~Exists(model.objects.filter(pk=OuterRef("id")))).values("id")
        )
        gone = self.was_public().filter(id__in=removed.union(*self._hidden_ids())).values("id")
        return (
            history(model)
            .filter(id__in=gone)
            .values("id")
            .annotate(created=Min("history_date"), modified=Max("history_date"))
            .order_by("id")
        )


# --- What the public sees, now and once -------------------------------------------------------------


def _public_people_once():
    return history(Person).filter(kind__in=PEOPLE_WITH_PAGES).values("id")


def _announced_once():
    return history(Meeting).filter(announced_at__isnull=False, agenda_published_at__isnull=False).values("id")


def _public_items_once():
    """History rows of items published, not exempt, on an agenda that was published."""
    return history(AgendaItem).filter(published_at__isnull=False, is_exempt=False, meeting_id__in=_announced_once())


def public_items():
    """Published items on announced meetings, exempt ones left out."""
    return AgendaItem.objects.visible_to(ANONYMOUS).filter(is_exempt=False)


def public_documents():
    """Papers the public may read (neither they nor their item exempt)."""
    return SupportingDocument.objects.visible_to(ANONYMOUS).filter(item__is_exempt=False)


# What makes a record hidden, each read through a partial index of its table
# (see the migrations that add the indexes named here).
MEETING_HIDDEN = Q(announced_at__isnull=True) | Q(agenda_published_at__isnull=True)  # meeting_hidden_idx
ITEM_HIDDEN = Q(published_at__isnull=True) | Q(is_exempt=True)  # item_hidden_idx
DOCUMENT_HIDDEN = Q(is_exempt=True)  # document_exempt_idx
DOCUMENT_WITHOUT_FILE = Q(file="", source_url="")  # document_without_file_idx


def hidden_items():
    """
    The items kept but not public, as the union of these sets: exactly the
    rest of the table beside ``public_items()``.
    """
    hidden_meetings = Meeting.objects.filter(MEETING_HIDDEN).values("pk")
    return (
        AgendaItem.objects.filter(ITEM_HIDDEN),
        AgendaItem.objects.filter(meeting_id__in=hidden_meetings),
    )


def hidden_documents():
    """The papers kept but not public, as ``hidden_items()``: the rest beside ``public_documents()``."""
    return (
        SupportingDocument.objects.filter(DOCUMENT_HIDDEN),
        *(SupportingDocument.objects.filter(item_id__in=items.values("pk")) for items in hidden_items()),
    )


def _public_documents_once():
    return history(SupportingDocument).filter(is_exempt=False, item_id__in=_public_items_once().values("id"))


HAS_FILE = ~Q(file="") | ~Q(source_url="")

DOCUMENT_CHANGES = ((AgendaItem, "id", "item_id"), (Meeting, "id", "item__meeting_id"))

ORGANIZATION = Kind(
    "organization", "Organization", Committee,
    live=lambda: Committee.objects.all(),
    hidden=lambda: (),
    was_public=lambda: history(Committee).all(),
    changes=((Membership, "committee_id", "pk"),),
)
PERSON = Kind(
    "person", "Person", Person,
    live=lambda: Person.objects.filter(kind__in=PEOPLE_WITH_PAGES),
    hidden=lambda: (Person.objects.exclude(kind__in=PEOPLE_WITH_PAGES),),
    was_public=lambda: history(Person).filter(kind__in=PEOPLE_WITH_PAGES),
    changes=((Membership, "person_id", "pk"),),
)
MEMBERSHIP = Kind(
    "membership", "Membership", Membership,
    live=lambda: Membership.objects.filter(person__kind__in=PEOPLE_WITH_PAGES),
    hidden=lambda: (Membership.objects.exclude(person__kind__in=PEOPLE_WITH_PAGES),),
    was_public=lambda: history(Membership).filter(person_id__in=_public_people_once()),
)
MEETING = Kind(
    "meeting", "Meeting", Meeting,
    live=lambda: Meeting.objects.visible_to(ANONYMOUS),
    hidden=lambda: (Meeting.objects.drafts(),),
    was_public=lambda: history(Meeting).filter(announced_at__isnull=False),
    changes=((AgendaItem, "meeting_id", "pk"), (Attendance, "meeting_id", "pk")),
)
AGENDA_ITEM = Kind(
    "agenda_item", "AgendaItem", AgendaItem,
    live=public_items,
    hidden=hidden_items,
    was_public=_public_items_once,
    changes=(
        (Meeting, "id", "meeting_id"),
        (Resolution, "item_id", "pk"),
        (SupportingDocument, "item_id", "pk"),
    ),
)
PAPER = Kind(
    "paper", "Paper", SupportingDocument,
    live=public_documents,
    hidden=hidden_documents,
    was_public=_public_documents_once,
    changes=DOCUMENT_CHANGES,
)
CONSULTATION = Kind(
    "consultation", "Consultation", SupportingDocument,
    live=public_documents,
    hidden=hidden_documents,
    was_public=_public_documents_once,
    changes=DOCUMENT_CHANGES,
)
FILE = Kind(
    "file", "File", SupportingDocument,
    live=lambda: public_documents().filter(HAS_FILE),
    hidden=lambda: (*hidden_documents(), SupportingDocument.objects.filter(DOCUMENT_WITHOUT_FILE)),
    was_public=lambda: _public_documents_once().filter(HAS_FILE),
    changes=DOCUMENT_CHANGES,
)

KINDS = {kind.name: kind for kind in (
    ORGANIZATION, PERSON, MEMBERSHIP, MEETING, AGENDA_ITEM, PAPER, CONSULTATION, FILE
)}
