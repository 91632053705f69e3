"""
One search on PostgreSQL (``_PostgresSearch``): its query and filters as
SQL, and the ways to read its matches that the strategies in
``strategies`` are built from; and the helpers for tsquery text.
"""

import math
import re
from datetime import date, timedelta

from ...query import STOP_LEXEME
from ..base import Filters


def _quoted(lexeme):
    """A lexeme as a tsquery or tsvector of that lexeme alone."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _unquoted(text):
    """A lexeme as PostgreSQL writes it within quotes in a tsquery, unescaped."""
    return text.replace("''", "'").replace("\\\\", "\\")


# A phrase of two to four words next to each other, as PostgreSQL writes its tsquery.
LEXEME = r"'((?:[^']|'')+)'"
PHRASE_QUERY = re.compile(rf"{LEXEME}(?: <-> {LEXEME}){{1,3}}")


def _phrase(tsquery):
    """
    The words ("care leaver", "care #_of leaver") of a tsquery that is a
    phrase of two to four words, as the phrase vector holds it, or None.
    Stop words may be inside the phrase, as their marked lexemes ("#_of"),
    never at its ends: the phrase vector holds no run starting or ending
    with one.
    """
    if not PHRASE_QUERY.fullmatch(tsquery):
        return None
    words = [_unquoted(word) for word in re.findall(LEXEME, tsquery)]
    if words[0].startswith(STOP_LEXEME) or words[-1].startswith(STOP_LEXEME):
        return None
    return " ".join(words)


EITHER_QUERY = re.compile(rf"{LEXEME} \| {LEXEME}")


def _either(tsquery):
    """
    The two words ("care", "foster") of a tsquery that is "a OR b" of two
    different words, neither of them a stop word, or None.
    """
    if not EITHER_QUERY.fullmatch(tsquery):
        return None
    words = [_unquoted(word) for word in re.findall(LEXEME, tsquery)]
    if words[0] == words[1] or any(word.startswith(STOP_LEXEME) for word in words):
        return None
    return words


def _fed(generator, progress):
    """Iterate over ``generator``, sending it ``progress()`` after each item."""
    try:
        item = next(generator)
        while True:
            yield item
            item = generator.send(progress())
    except StopIteration:
        return


class _PostgresSearch:
    """One search on PostgreSQL: its query, filters, and the ways to read its matches."""

    # Groups of entries sharing a score counted in the first statement.
    FIRST_BATCH = 4
    # A group known to have at most this many entries is read whole, newest
    # first; a larger one a span of years at a time.
    SMALL_GROUP = 10_000

    def __init__(self, engine, cursor, filters, bounds, dates, queries, wanted, phrase=None):
        """
        ``dates`` are the dates searched, as ``PostgresEngine._facet_query``
        takes them; ``queries`` are the tsquery texts of the whole query, of
        the query without its exclusions (what is ranked), and of the
        exclusions alone (any of them; empty if none). ``phrase`` is the
        words of a query that is a phrase of two to four words (and
        exclusions).
        """
        q, rq, xq = queries
        self.engine, self.cursor, self.filters, self.bounds = engine, cursor, filters, bounds
        self.wanted = wanted
        # The filters go to the GIN index as facet words, except where a
        # committee is chosen: its entries lie together in the table (see
        # search.indexing.rebuild), and the GIN index would spend more on
        # intersecting the long lists of years and of public entries than
        # testing them on the entries read costs. The rule on exempt
        # entries is always tested on the entries read: the list of public
        # entries is the longest of all, and intersecting it made a search
        # several times slower than testing the one in a hundred exempt.
        self.by_table = filters.committee_id is not None
        # The dates searched, as a test on the entries read.
        self.dates_tested = "".join(
            f" AND held_on {operator} '{day.isoformat()}'"
            for operator, day in ((">=", filters.date_from), ("<=", filters.date_to))
            if day is not None
        )
        if self.by_table:
            self.facets = engine._facet_query(filters)
            self.dates = self.dates_tested
        else:
            self.facets = engine._facet_query(filters, dates)
            self.dates = ""
        self.exempt = "" if filters.include_exempt else " AND NOT is_exempt"
        # What the table is to test of the filters.
        self.in_table = self.exempt + self.dates
        self.params = {"q": q, "rq": rq, "xq": xq, "fq": self.facets or ""}
        # The exclusions, for entries known to match the rest of the query:
        # a condition no index can answer, so that PostgreSQL tests it on
        # the few entries read rather than finding every entry having an
        # excluded word.
        self.excluding = " AND NOT vector @@ %(xq)s::tsquery" if q != rq else ""
        # Which vector answers the query, ranks it, and what it is asked. A
        # short phrase is one word of the phrase vector, which knows nothing
        # of the exclusions: they are tested on the entries read.
        self.phrase = phrase is not None
        if self.phrase:
            # The phrase, and any of its scores ("care leaver  3f2b1c4d").
            self.params.update(phrase=_quoted(phrase), scored=_quoted(f"{phrase}  ") + ":*")
            self.index, self.scored, self.matching = "phrase_vector", "phrase_vector", "%(phrase)s::tsquery"
            self.match_excluding = self.excluding
        else:
            self.index, self.scored, self.matching = "vector", "rank_vector", "%(q)s::tsquery"
            self.match_excluding = ""
        facets = " && %(fq)s::tsquery" if self.facets else ""
        # The matches within the filters (those the index knows of).
        self.matches = f"{self.index} @@ ({self.matching}{facets}){self.in_table}{self.match_excluding}"
        self.rank_and_facets = f"(%(rq)s::tsquery{facets})"

    def _span(self, start, end, vector, filters):
        """The condition that an entry's date is within ``start`` and ``end``, and its parameters."""
        if self.by_table:
            return f" AND held_on BETWEEN '{start.isoformat()}' AND '{end.isoformat()}'", {}
        facets, tested = self._span_facets(start, end, filters)
        return (f" AND {vector} @@ %(span)s::tsquery" if facets else "") + tested, {"span": facets or ""}

    def _span_facets(self, start, end, filters):
        """
        The facet words of ``filters`` over a span of dates, without the
        rule on exempt entries, and what is to be tested on the entries
        read. A span of less than half the dates searched goes to the
        index as its years' (and months' and days') words; a longer one is
        tested on the entries read, as the index would spend more on
        intersecting the lists of most years than reading the few matches
        outside the span costs.
        """
        first, last = self.bounds
        if (end - start).days * 2 < (last - first).days:
            return self.engine._facet_query(filters, (start, end)), ""
        # No test where the span reaches the end of the index's own dates.
        tests = []
        if start > first or filters.date_from is not None:
            tests.append(f" AND held_on >= '{start.isoformat()}'")
        if end < last or filters.date_to is not None:
            tests.append(f" AND held_on <= '{end.isoformat()}'")
        tested = "".join(tests)
        return self.engine._facet_query(filters, None), tested

    RANK = "ts_rank(vector, %(rq)s::tsquery)"

    def best_of(self, found, wanted):
        """The best ``wanted`` of the entries ``found`` (ids), ranked, ties newest first."""
        if not found:
            return []
        return [row[0] for row in self._fetch(
            f"SELECT id FROM search_searchentry WHERE id = ANY(%(found)s) "
            f"ORDER BY {self.RANK} DESC, held_on DESC, id DESC LIMIT {int(wanted)}",
            {**self.params, "found": list(found)},
        )]

    def _fetch(self, sql, params=None):
        self.cursor.execute(sql, params or self.params)
        return self.cursor.fetchall()

    def _spans(self, wanted):
        """
        Spans of years (start, end), newest first, covering the dates
        searched. Send the number found so far after each: the next span is
        then sized to find what is still ``wanted`` at the rate seen so far
        (a quarter more), or twice the last where nothing was found yet.
        """
        if self.bounds is None:
            return
        first, end = self.bounds
        span, years, found = 1, 0, 0
        while end >= first and found < wanted:
            start = max(first, date(max(end.year - span + 1, first.year), 1, 1))
            found = yield start, end
            years += end.year - start.year + 1
            if start == date.min:
                return
            end = start - timedelta(days=1)
            span = span * 2 if not found else max(1, math.ceil((wanted - found) * years / found * 1.25))

    def count(self, cap):
        """
        The number of matches, up to ``cap``. A common word matches hundreds
        of thousands of entries, and building the bitmap of them all costs
        more than the rest of the search, so the matches are counted a span
        of years at a time, newest first, stopping once the cap is reached.
        """
        if self.by_table:
            # One committee's entries lie together in date order: read them
            # in the table's order, stopping once the cap is reached.
            return self._fetch(
                f"SELECT count(*) FROM (SELECT FROM search_searchentry WHERE {self.matches} LIMIT {int(cap)}) s"
            )[0][0]
        total, spans = 0, self._spans(cap)
        for start, end in _fed(spans, lambda: total):
            facets, tested = self._span_facets(start, end, self.filters)
            total += self._fetch(
                "SELECT count(*) FROM (SELECT FROM search_searchentry "
                f"WHERE {self.index} @@ ({self.matching}{' && %(span)s::tsquery' if facets else ''})"
                f"{tested}{self.exempt}{self.match_excluding} LIMIT {int(cap - total)}) s",
                {**self.params, "span": facets or ""},
            )[0][0]
        return total

    def newest(self, where, params, wanted, vector="vector"):
        """
        The ids of up to ``wanted`` entries meeting ``where``,
        newest first, read a span of years at a time so that a large group
        reads only its newest entries. The span's dates are looked up in
        ``vector``, the one ``where`` searches.
        """
        found = []
        for start, end in _fed(self._spans(wanted), lambda: len(found)):
            span, span_params = self._span(start, end, vector, Filters(include_exempt=True))
            found.extend(row[0] for row in self._fetch(
                # "+ 0" keeps the planner from walking the date index and
                # testing every entry for a rare word's few matches.
                f"SELECT id FROM search_searchentry WHERE {where}{span} "
                f"ORDER BY held_on + 0 DESC, id DESC LIMIT {int(wanted - len(found))}",
                {**params, **span_params},
            ))
        return found

    def _group(self, group, number):
        """
        The WHERE clause (without the exclusions) of one group of entries
        sharing a score, and its parameters (named for its ``number``).
        """
        facets = " && %(fq)s::tsquery" if self.facets else ""
        if isinstance(group, int):
            # The word (or phrase) once, in the text of an entry of this kind:
            # a large group, whose kind and visibility are tested on the
            # entries read (the GIN index would intersect long lists to find
            # them).
            tested = f" AND kind = {int(group)}{self.in_table}"
            if self.phrase:
                # Without a score: once, in the kind's own text.
                return f"phrase_vector @@ (%(phrase)s::tsquery && !!%(scored)s::tsquery{facets}){tested}", {}
            return (
                f"vector @@ (%(rq)s::tsquery{facets}){tested} "
                "AND NOT title_vector @@ %(rq)s::tsquery AND NOT rank_vector @@ %(rq)s::tsquery"
            ), {}
        # The word anywhere else (in the title, say, or more than once), with this score.
        return (
            f"{self.scored} @@ (%(token{number})s::tsquery{facets}){self.in_table}",
            {f"token{number}": _quoted(group)},
        )

    def _sizes(self, groups, cap):
        """The number of entries in each group (up to ``cap``), in one statement."""
        wheres = [self._group(group, number) for number, group in enumerate(groups)]
        return self._fetch(
            "SELECT " + ", ".join(
                f"(SELECT count(*) FROM (SELECT FROM search_searchentry WHERE {where}{self.excluding} "
                f"LIMIT {int(cap)}) s)"
                for where, _ in wheres
            ),
            {**self.params, **{name: value for _, params in wheres for name, value in params.items()}},
        )[0]
