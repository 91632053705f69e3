"""
The search index: one entry for each published thing a visitor can find, a
decision (resolution), an agenda item or a supporting document.

The entry holds what the result list filters and sorts on; the words live
in an engine-specific index beside it (see ``search.engines``): a weighted
``tsvector`` column with a GIN index on PostgreSQL, an FTS5 table on SQLite.
Entries are written by ``search.indexing`` in the same transaction as the
records they describe, and only for material the public or councillors may
read: drafts are never indexed, and exempt material is flagged so that the
public's searches leave it out.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Committee, Meeting


class SearchEntry(models.Model):
    class Kind(models.IntegerChoices):
        RESOLUTION = 1, "Decision"
        ITEM = 2, "Agenda item"
        DOCUMENT = 3, "Document"

    kind = models.PositiveSmallIntegerField(choices=Kind.choices)
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="+")
    resolution = models.ForeignKey(
        Resolution, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    document = models.ForeignKey(
        SupportingDocument, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="+", db_index=False)
    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="+", db_index=False)
    held_on = models.DateField()
    is_exempt = models.BooleanField(default=False)
    # PostgreSQL only: title (A), resolutions (B), purpose and minutes (C)
    # and document text (D), and the filters as words ("#c5" for committee
    # 5). The GIN indexes are made by migrations 0002 and 0003.
    vector = SearchVectorField(null=True, editable=False)
    # PostgreSQL only: the title alone; and each word that occurs more than
    # once in the entry, alone and with its ts_rank ("servic 3f2b1c4d"), so
    # that a one-word search reads its best matches first (see
    # search.engines.PostgresEngine). Both carry the filter words too.
    title_vector = SearchVectorField(null=True, editable=False)
    rank_vector = SearchVectorField(null=True, editable=False)
    # PostgreSQL only: each run of two to four words next to each other in
    # the entry ("care leaver", "care #_of leaver": stop words inside it,
    # never at its ends), each run in the title or occurring more
    # than once with its score ("care leaver  3f2b1c4d"), and the filter
    # words: a short phrase is read from this, best first, as one word is
    # from the rank vector.
    phrase_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["item"], condition=Q(kind=2), name="search_one_entry_per_item"
            ),
            models.UniqueConstraint(fields=["resolution"], name="search_one_entry_per_resolution"),
            models.UniqueConstraint(fields=["document"], name="search_one_entry_per_document"),
            models.CheckConstraint(
                condition=Q(kind=1, resolution__isnull=False, document__isnull=True)
                | Q(kind=2, resolution__isnull=True, document__isnull=True)
                | Q(kind=3, resolution__isnull=True, document__isnull=False),
                name="search_entry_kind_matches_target",
            ),
        ]
        indexes = [
            models.Index(fields=["committee", "held_on"], name="search_committee_date_idx"),
            models.Index(fields=["held_on"], name="search_date_idx"),
        ]
        verbose_name_plural = "search entries"

    def __str__(self):
        return f"{self.get_kind_display()} {self.resolution_id or self.document_id or self.item_id}"


class SearchWord(models.Model):
    """
    Words seen in indexed text, for "Did you mean" suggestions: the public
    are offered only words seen in what the public may read (``is_public``),
    councillors and clerks also those of exempt entries. A list of words
    says nothing of where they were, and a word stays in it when the text
    it came from is deleted or made exempt, so each suggested word is also
    checked to be, as typed, in something the visitor may read now.
    """

    word = models.CharField(max_length=40, primary_key=True)
    is_public = models.BooleanField(default=False)

    def __str__(self):
        return self.word


class SearchScore(models.Model):
    """
    PostgreSQL only: every ts_rank a word has in some entry where it is in
    the title or occurs more than once, as the hex of the float ("3f2b1c4d",
    whose order is the number's order); and likewise every score a run of
    two to four words ("care leaver") has. A search of one word, or of a
    short phrase, reads its matches score by score, best first, from this
    list. Rows are only ever added: a score no entry has any more finds
    nothing and costs one index lookup.
    """

    word = models.TextField()
    score = models.CharField(max_length=8)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["word", "score"], name="search_one_score_per_word")]

    def __str__(self):
        return f"{self.word} {self.score}"
