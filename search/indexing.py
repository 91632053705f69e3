"""
What goes into the search index, and keeping it in step with the records.

An agenda item is indexed once its agenda is published; its decisions once
the meeting's decisions (or minutes) are published; its minutes once the
minutes are published; its papers with the agenda. Exempt items and exempt
papers are indexed but flagged, so that only councillors and clerks find
them. Drafts are never indexed, so nothing unpublished can be found.

``index_items`` rewrites the entries of some items from the records and is
called from the record's signals (``search.signals``), inside the
transaction that changed them: a publication, an edit, an item marked
exempt or a deletion is searchable, or not, as soon as it is committed,
and never before. ``rebuild`` writes the whole index afresh.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.page_cache import bump_record_version
from scrutiny import richtext

from . import engines
from .models import SearchEntry
from .query import words_of

Kind = SearchEntry.Kind

# ts_headline and snippets read at most this much of a long paper.
MAX_DOCUMENT_TEXT = 1_000_000


@dataclass
class EntryText:
    """One index entry: where it points, and its text in four weighted parts."""

    kind: int
    item_id: int
    meeting_id: int
    committee_id: int
    held_on: object
    is_exempt: bool
    title: str
    resolutions: str = ""
    minutes: str = ""
    documents: str = ""
    resolution_id: int = None
    document_id: int = None

    @property
    def body(self):
        """The text a snippet is taken from (the title is shown on its own)."""
        return "\n".join(part for part in (self.resolutions, self.minutes, self.documents) if part)


def _join(*parts):
    return "\n".join(part.strip() for part in parts if part and part.strip())


def entries_for(item):
    """
    The index entries an item should have now. ``item`` comes with its
    meeting, and its resolutions and documents prefetched.
    """
    meeting = item.meeting
    if item.published_at is None or meeting.agenda_published_at is None or not meeting.is_announced:
        return []
    common = dict(
        item_id=item.pk,
        meeting_id=meeting.pk,
        committee_id=meeting.committee_id,
        held_on=timezone.localtime(meeting.start).date(),
    )
    decisions_published = meeting.are_decisions_published
    entries = [
        EntryText(
            kind=Kind.ITEM,
            is_exempt=item.is_exempt,
            title=item.title,
            # The words, not the stored markup: neither snippets nor suggestions learn "li" or "td".
            minutes=_join(
                richtext.to_text(item.description),
                richtext.to_text(item.minutes) if meeting.are_minutes_published else "",
                richtext.to_text(item.reason_for_decision) if decisions_published else "",
            ),
            **common,
        )
    ]
    if decisions_published:
        for resolution in item.resolutions.all():
            entries.append(
                EntryText(
                    kind=Kind.RESOLUTION,
                    resolution_id=resolution.pk,
                    is_exempt=item.is_exempt,
                    title=item.title,
                    resolutions=_join(item.preamble, resolution.text),
                    **common,
                )
            )
    for document in item.documents.all():
        entries.append(
            EntryText(
                kind=Kind.DOCUMENT,
                document_id=document.pk,
                is_exempt=item.is_exempt or document.is_exempt,
                title=document.title,
                documents=document.extracted_text[:MAX_DOCUMENT_TEXT],
                **common,
            )
        )
    return entries


def items_with_records():
    return AgendaItem.objects.select_related("meeting").prefetch_related(
        Prefetch("resolutions", queryset=Resolution.objects.order_by("order", "id")),
        Prefetch(
            "documents",
            queryset=SupportingDocument.objects.order_by("order", "id").defer(
                "file", "original_filename", "content_type", "uploaded_by"
            ),
        ),
    )


def suggestible_words(text):
    """The words of some text that the list for suggestions keeps."""
    return {word for word in words_of(text) if 3 <= len(word) <= 40 and not word.isdigit()}


def new_words(entries):
    """The words of these entries, as (the public's, those of exempt entries only)."""
    public, exempt = set(), set()
    for entry in entries:
        words = exempt if entry.is_exempt else public
        for text in (entry.title, entry.resolutions, entry.minutes, entry.documents):
            words |= suggestible_words(text)
    return public, exempt - public


# The items changed inside ``deferred()`` blocks, waiting to be indexed at their end.
_pending = ContextVar("search_pending_items", default=None)


@contextmanager
def deferred():
    """
    Index the items changed inside the block once, when it ends. An import
    saves an item, then each of its resolutions and papers, and every save
    would otherwise rewrite the item's entries again. Use it inside the
    transaction that makes the changes, so the index is written in it too.
    """
    pending = set()
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    index_items(pending)


@transaction.atomic
def index_items(item_ids):
    """Rewrite the index entries of these items from the records."""
    pending = _pending.get()
    if pending is not None:
        pending.update(item_ids)
        return
    item_ids = sorted(set(item_ids))
    if not item_ids:
        return
    engine = engines.get()
    engine.delete_items(item_ids)
    entries = [entry for item in items_with_records().filter(pk__in=item_ids) for entry in entries_for(item)]
    if entries:
        engine.write(entries)
        engine.add_words(*new_words(entries))


# The order a rebuild writes the index in: by committee, then date, so that
# the entries of one committee's years lie together in the table, and a
# search filtered by committee and dates reads few of its pages.
REBUILD_ORDER = ("meeting__committee_id", "meeting__start", "pk")


def rebuild(batch_size=500, progress=None):
    """
    Write the whole index afresh from the records, in one transaction, so
    searches see the old index until the new one is complete. ``progress``
    is called with the number of items done after each batch.
    """
    engine = engines.get()
    with transaction.atomic():
        engine.clear()
        public_words, exempt_words = set(), set()
        ids = list(AgendaItem.objects.published().order_by(*REBUILD_ORDER).values_list("pk", flat=True))
        for start in range(0, len(ids), batch_size):
            batch = ids[start : start + batch_size]
            entries = [
                entry
                for item in items_with_records().filter(pk__in=batch).order_by(*REBUILD_ORDER)
                for entry in entries_for(item)
            ]
            engine.write(entries)
            public, exempt = new_words(entries)
            public_words |= public
            exempt_words |= exempt
            if progress:
                progress(len(batch))
        engine.add_words(public_words, exempt_words - public_words)
        # The engine writes without signals: retire the kept search pages.
        bump_record_version()
    engine.optimise()
    return len(ids)
