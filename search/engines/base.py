"""
What both engines share: the filters of a search as SQL, the base engine
(the list of known words and the search as a count and a page), and the
date facet words.
"""

import difflib
from contextlib import contextmanager
from datetime import date, timedelta

from django.db.models.functions import Length

from ..models import SearchEntry, SearchWord

Kind = SearchEntry.Kind

# Relative weights of title, resolutions, minutes and papers: PostgreSQL's
# defaults for A, B, C and D, used for FTS5's bm25 too.
WEIGHTS = (1.0, 0.4, 0.2, 0.1)
# The sorts by meeting date, as ORDER BY clauses of the entries' table:
# among entries of one day, the latest written first when newest first.
DATE_ORDERS = {"newest": "held_on DESC, id DESC", "oldest": "held_on, id"}

# Snippet markers: control characters that cannot be in the indexed text,
# turned into <mark> once the snippet has been escaped.
MARK_START, MARK_END = "\x02", "\x03"

ENTRY_COLUMNS = [
    "kind", "item_id", "resolution_id", "document_id", "meeting_id", "committee_id", "held_on",
    "is_exempt",
]


class Filters:
    """The WHERE clause shared by the page of results and the count."""

    def __init__(self, *, include_exempt, committee_id=None, date_from=None, date_to=None, kind=None):
        self.conditions, self.params = [], []
        self.include_exempt, self.committee_id, self.kind = include_exempt, committee_id, kind
        self.date_from, self.date_to = date_from, date_to
        # Filters the visitor chose, as against the exempt rule alone.
        self.narrows = any(value is not None for value in (committee_id, date_from, date_to, kind))
        if not include_exempt:
            self.conditions.append("NOT e.is_exempt")
        for condition, value in (
            ("e.committee_id = %s", committee_id),
            ("e.held_on >= %s", date_from),
            ("e.held_on <= %s", date_to),
            ("e.kind = %s", kind),
        ):
            if value is not None:
                self.conditions.append(condition)
                self.params.append(value)

    def sql(self):
        return "".join(f" AND {condition}" for condition in self.conditions)


class Engine:
    def delete_items(self, item_ids):
        SearchEntry.objects.filter(item_id__in=item_ids).delete()

    def add_words(self, public_words, other_words=()):
        """
        Add words to the list for suggestions: ``public_words`` seen in what
        the public may read, ``other_words`` only in exempt entries.
        """
        public_words = set(public_words)
        SearchWord.objects.bulk_create(
            [SearchWord(word=word, is_public=True) for word in sorted(public_words)],
            batch_size=1000,
            update_conflicts=True,
            unique_fields=["word"],
            update_fields=["is_public"],
        )
        SearchWord.objects.bulk_create(
            [SearchWord(word=word, is_public=False) for word in sorted(set(other_words) - public_words)],
            batch_size=1000,
            ignore_conflicts=True,
        )

    def close_words(self, word, *, public_only):
        """Known words spelt like ``word``, closest first; only the public's when ``public_only``."""
        candidates = (
            SearchWord.objects.filter(word__startswith=word[0])
            .filter(**({"is_public": True} if public_only else {}))
            .annotate(length=Length("word"))
            .filter(length__gte=len(word) - 2, length__lte=len(word) + 2)
            .values_list("word", flat=True)
        )
        return difflib.get_close_matches(word, list(candidates[:20000]), n=3, cutoff=0.75)

    # Whether ``rewriting(shared=True)`` lets several connections write at once.
    shares_rewriting = False

    @contextmanager
    def rewriting(self, stage=None, shared=False):
        """
        Write the whole index afresh: the block is given the function that
        writes entries, and the entries it writes replace all there were.
        ``stage`` is called with a line telling each step after the block.
        ``shared`` is for engines that ``shares_rewriting``; others write
        on the one connection.
        """
        self.clear()
        yield self.write

    def discard_rewriting(self):
        """Drop what a shared rewrite that failed left outside its transaction."""

    def optimise(self):
        pass

    def search(self, query, filters, *, sort, offset, limit, cap):
        """The ids of one page of results, best first, and the count of all (up to ``cap``)."""
        count = self.count(query, filters, cap)
        if count <= offset:
            return [], count
        return self.ranked_ids(query, filters, sort=sort, offset=offset, limit=limit), count

    @staticmethod
    def entry_row(entry):
        return [
            entry.kind, entry.item_id, entry.resolution_id, entry.document_id, entry.meeting_id,
            entry.committee_id, entry.held_on, entry.is_exempt,
        ]


def date_cover(first, last):
    """
    The fewest facet words that cover the dates first to last exactly:
    whole years, then whole months, then days. Safe up to the last date a
    date can hold.
    """
    words, day = [], first
    while day is not None and day <= last:
        month_end = _month_end(day)
        if day.month == 1 and day.day == 1 and date(day.year, 12, 31) <= last:
            words.append(f"#y{day.year}")
            day = _day_after(date(day.year, 12, 31))
        elif day.day == 1 and month_end <= last:
            words.append(f"#m{day:%Y%m}")
            day = _day_after(month_end)
        else:
            words.append(f"#d{day:%Y%m%d}")
            day = _day_after(day)
    return words


def _month_end(day):
    return date(day.year, 12, 31) if day.month == 12 else date(day.year, day.month + 1, 1) - timedelta(days=1)


def _day_after(day):
    """The next day, or None after the last date a date can hold."""
    return None if day == date.max else day + timedelta(days=1)
