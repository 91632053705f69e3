"""
The two search engines behind one interface: PostgreSQL full-text search
for production, SQLite FTS5 for the embedded default.

Both index the same four weighted parts of each entry: the title above
the resolutions above the purpose and minutes above the papers, and
both read the query the same way (``search.query``).
"""

import difflib
import math
import re
from datetime import date, timedelta

from django.db import connection, transaction
from django.db.models import Max, Min
from django.db.models.functions import Length

from .models import SearchEntry, SearchWord

Kind = SearchEntry.Kind

# Relative weights of title, resolutions, minutes and papers: PostgreSQL's
# defaults for A, B, C and D, used for FTS5's bm25 too.
WEIGHTS = (1.0, 0.4, 0.2, 0.1)

# Snippet markers: control characters that cannot be in the indexed text,
# turned into <mark> once the snippet has been escaped.
MARK_START, MARK_END = "\x02", "\x03"

ENTRY_COLUMNS = [
    "kind", "item_id", "resolution_id", "document_id", "meeting_id", "committee_id", "held_on",
    "is_exempt",
]


def get():
    return PostgresEngine() if connection.vendor == "postgresql" else SqliteEngine()


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

    def add_words(self, words):
        existing = set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))
        SearchWord.objects.bulk_create(
            [SearchWord(word=word) for word in sorted(set(words) - existing)],
            batch_size=1000,
            ignore_conflicts=True,
        )

    def close_words(self, word):
        """Known words spelt like ``word``, closest first."""
        candidates = (
            SearchWord.objects.filter(word__startswith=word[0])
            .annotate(length=Length("word"))
            .filter(length__gte=len(word) - 2, length__lte=len(word) + 2)
            .values_list("word", flat=True)
        )
        return difflib.get_close_matches(word, list(candidates[:20000]), n=3, cutoff=0.75)

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
    whole years, then whole months, then days.
    """
    words, day = [], first
    while day <= last:
        next_month = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        if day.month == 1 and day.day == 1 and date(day.year, 12, 31) <= last:
            words.append(f"#y{day.year}")
            day = date(day.year + 1, 1, 1)
        elif day.day == 1 and next_month - timedelta(days=1) <= last:
            words.append(f"#m{day:%Y%m}")
            day = next_month
        else:
            words.append(f"#d{day:%Y%m%d}")
            day += timedelta(days=1)
    return words


class PostgresEngine(Engine):
    """
    A weighted tsvector column with a GIN index, English configuration,
    ``websearch_to_tsquery`` and ``ts_rank``.

    The work of a search is in reading the rows of the matches from the
    table, so the plan is to read as few as the ranking allows:

    - Filters are words in the vector too ("#c5" for committee 5, "#k1"
      for decisions, "#y2017", "#m201703" and "#d20170315" for the date,
      "#p" for what the public may find), which no query can contain, so
      the GIN index finds only the matches within the filters. Where a
      committee is chosen, only it (and the kind) goes to the index: its
      dates and the exempt rule are tested on the entries read, which lie
      together in the table (see ``_PostgresSearch``).
    - Titles have their own vector and index. A search of several words
      shows the entries whose title has the (positive) query first, then
      the rest, each by ts_rank: for one word this is exactly ts_rank's
      order anyway.
    - One word: ts_rank (default weights, no length normalisation) depends
      only on how often the word occurs in each part of the entry. Where
      it occurs once, in a decision, minutes or a paper, there are three
      scores only; where it is in the title or occurs again, the rank
      vector holds the word with its score, and ``search_searchscore``
      lists the scores the word has. So a search reads the entries score
      by score, best first, each score's group counted and read newest
      first (``by_score``): exactly ts_rank's order, ties newest first,
      without ranking any entry one by one.
    - A phrase of two or three words ("care leavers") is read the same
      way from the phrase vector, which holds each run of two or three
      words next to each other in an entry, and the scores of the runs in
      the title or repeated. It is ranked as one word occurring where the
      phrase does: how often, and how high, the phrase itself occurs. The
      phrase vector answers the phrase without rechecking any entry's
      positions.
    - The count stops at the cap, counting a span of years at a time,
      newest first.

    Each search runs in a transaction with JIT off, enough work_mem for an
    exact bitmap, and no sequential scans (PostgreSQL otherwise reads the
    whole table to count a common word's matches).

    What this does not yet make fast: other searches of several words
    (phrases of four words or more, or with a stop word inside, included)
    with fewer title matches than the page needs rank every other match one
    by one, and counting reads each match counted from the table (see the
    README's figures).
    """

    SEARCH_SETTINGS = (
        "SET LOCAL jit = off",
        "SET LOCAL work_mem = '64MB'",
        "SET LOCAL enable_seqscan = off",
        "SET LOCAL max_parallel_workers_per_gather = 0",
    )
    # Searches with at most this many matches are ranked in one query.
    SMALL_SEARCH = 500

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_searchentry")
            cursor.execute("DELETE FROM search_searchword")
            cursor.execute("DELETE FROM search_searchscore")

    @staticmethod
    def score_sql(spots):
        """
        The ts_rank of a word occurring at ``spots`` ("2A,7C", in order), as
        the hex of the float: what ts_rank gives a one-word query depends
        only on where the word is, so it is computed on those places alone.
        """
        return f"encode(float4send(ts_rank(('x:' || {spots})::tsvector, 'x')), 'hex')"

    @classmethod
    def rank_vector_sql(cls, text_vector, facets):
        """
        The rank vector of an entry: each word occurring more than once in
        ``text_vector`` ("servic"); each word in the title or occurring more
        than once with its ts_rank as the hex of the float ("servic
        3f2b1c4d"); and the filter words.
        """
        spots = "array_to_string(ARRAY(SELECT p || w FROM unnest(u.positions, u.weights) s(p, w)), ',')"
        return (
            "array_to_tsvector(ARRAY("
            f"SELECT t FROM unnest({text_vector}) u, LATERAL (VALUES "
            "(CASE WHEN cardinality(u.positions) > 1 THEN u.lexeme END), "
            f"(u.lexeme || ' ' || {cls.score_sql(spots)})) v(t) "
            f"WHERE (cardinality(u.positions) > 1 OR 'A' = ANY(u.weights)) AND t IS NOT NULL)) || {facets}"
        )

    # The scores in the rank and phrase vectors of the entries ``written``,
    # as (word, score): "servic 3f2b1c4d" in one, "care leaver  3f2b1c4d"
    # (two spaces before the score) in the other.
    SCORES_SQL = (
        "SELECT DISTINCT rtrim(left(t, -9)), right(t, 8) FROM written, LATERAL ("
        "SELECT lexeme FROM unnest(written.rank_vector) WHERE lexeme ~ ' ' UNION ALL "
        "SELECT lexeme FROM unnest(written.phrase_vector) WHERE lexeme ~ '  ') s(t)"
    )

    @classmethod
    def phrase_vector_sql(cls, text_vector, facets):
        """
        The phrase vector of an entry: each run of two or three words next to
        each other in ``text_vector`` ("care leaver", "youth offend team");
        each run in the title or occurring more than once with its score as
        the hex of the float, after two spaces ("care leaver  3f2b1c4d");
        and the filter words.

        A run's score is ts_rank's for one word occurring where the run
        does, a run being where its last word is (so that a run is in the
        title when all its words are): how often, and how high, the phrase
        itself occurs in the entry.
        """
        return (
            "array_to_tsvector(ARRAY("
            "SELECT t FROM ("
            "SELECT run, count(*) > 1 OR bool_or(last_weight = 'A') AS scored, "
            "string_agg(last_at::text || last_weight, ',' ORDER BY last_at) AS spots "
            "FROM (SELECT u.lexeme AS a, p.position, "
            "lead(u.lexeme) OVER o AS b, lead(p.position) OVER o AS b_at, lead(p.weight) OVER o AS b_weight, "
            "lead(u.lexeme, 2) OVER o AS c, lead(p.position, 2) OVER o AS c_at, "
            "lead(p.weight, 2) OVER o AS c_weight "
            f"FROM unnest({text_vector}) u, unnest(u.positions, u.weights) p(position, weight) "
            "WINDOW o AS (ORDER BY p.position)) w, "
            "LATERAL (VALUES (a || ' ' || b, b_at, b_weight, 1), (a || ' ' || b || ' ' || c, c_at, c_weight, 2)) "
            "r(run, last_at, last_weight, length) "
            "WHERE b_at = position + 1 AND last_at = position + length GROUP BY run) y, "
            f"LATERAL (VALUES (run), (CASE WHEN scored THEN run || '  ' || {cls.score_sql('spots')} END)) v(t) "
            f"WHERE t IS NOT NULL)) || {facets}"
        )

    def write(self, entries):
        if not entries:
            return
        from psycopg2.extras import execute_values

        columns = ", ".join(ENTRY_COLUMNS)
        # The entries, and the scores their rank and phrase vectors add to the list.
        sql = (
            "WITH written AS ("
            f"INSERT INTO search_searchentry ({columns}, vector, title_vector, rank_vector, phrase_vector) "
            f"SELECT {columns}, x.text_vector || x.facets, x.title_vector || x.facets, "
            f"{self.rank_vector_sql('x.text_vector', 'x.facets')}, "
            f"{self.phrase_vector_sql('x.text_vector', 'x.facets')} "
            f"FROM (VALUES %s) v({columns}, title, resolutions, minutes, documents, facets) "
            "CROSS JOIN LATERAL (SELECT "
            "setweight(to_tsvector('english', v.title), 'A') AS title_vector, "
            "setweight(to_tsvector('english', v.title), 'A') || "
            "setweight(to_tsvector('english', v.resolutions), 'B') || "
            "setweight(to_tsvector('english', v.minutes), 'C') || "
            "setweight(to_tsvector('english', v.documents), 'D') AS text_vector, "
            "array_to_tsvector(v.facets) AS facets) x "
            "RETURNING rank_vector, phrase_vector) "
            f"INSERT INTO search_searchscore (word, score) {self.SCORES_SQL} ON CONFLICT DO NOTHING"
        )
        template = (
            "(%s::smallint, %s::bigint, %s::bigint, %s::bigint, %s::bigint, %s::bigint, %s::date, "
            "%s::boolean, %s, %s, %s, %s, %s::text[])"
        )
        rows = [
            self.entry_row(entry)
            + [entry.title, entry.resolutions, entry.minutes, entry.documents, self.facets(entry)]
            for entry in entries
        ]
        with connection.cursor() as cursor:
            execute_values(cursor.cursor, sql, rows, template=template, page_size=500)

    @staticmethod
    def facets(entry):
        day = entry.held_on
        words = [
            f"#c{entry.committee_id}", f"#k{entry.kind}", f"#y{day.year}", f"#m{day:%Y%m}",
            f"#d{day:%Y%m%d}",
        ]
        if not entry.is_exempt:
            words.append("#p")  # what the public may find
        return words

    def optimise(self):
        """
        Statistics for the planner and, outside a transaction, the indexes
        built afresh and a VACUUM.

        GIN indexes grown entry by entry, or holding a whole index's
        entries deleted and written again (as a rebuild does), are larger
        and slower to search than ones built in one go: a broad search was
        two to four times slower after a rebuild at 100,000 resolutions.
        REINDEX CONCURRENTLY builds them again without blocking searches.
        """
        with connection.cursor() as cursor:
            if connection.in_atomic_block:
                cursor.execute("ANALYZE search_searchentry")
            else:
                cursor.execute("REINDEX TABLE CONCURRENTLY search_searchentry")
                cursor.execute("VACUUM ANALYZE search_searchentry")

    def _date_bounds(self, filters):
        """The dates the filters ask for, bounded by the dates in the index; None if none."""
        bounds = SearchEntry.objects.aggregate(first=Min("held_on"), last=Max("held_on"))
        if bounds["first"] is None:
            return None
        # Whole years where the visitor gave no date, as they take one facet
        # word each; no entry lies outside the index's dates anyway.
        first = max(filters.date_from or date.min, date(bounds["first"].year, 1, 1))
        last = min(filters.date_to or date.max, date(bounds["last"].year, 12, 31))
        return (first, last) if first <= last else None

    def _facet_query(self, filters, dates=None, *, exempt_rule=True):
        """
        The filters as a tsquery of facet words, or None; ``dates`` is a
        (first, last) pair, "none" for a range with no entries, or None.
        Without ``exempt_rule``, the visitor's own filters only.
        """
        parts = [] if filters.include_exempt or not exempt_rule else ["'#p'"]
        if filters.committee_id is not None:
            parts.append(f"'#c{int(filters.committee_id)}'")
        if filters.kind is not None:
            parts.append(f"'#k{int(filters.kind)}'")
        if dates == "none":
            parts.append("'#none'")  # no date in the index is in the range
        elif dates is not None:
            parts.append("(" + " | ".join(f"'{word}'" for word in date_cover(*dates)) + ")")
        return " & ".join(parts) or None

    def search(self, query, filters, *, sort, offset, limit, cap):
        match_sql, match_params = query.tsquery_sql()
        rank_sql, rank_params = query.tsquery_sql(exclusions=False)
        # The index's dates within the filters, read once for the whole search.
        bounds = self._date_bounds(filters)
        dated = filters.date_from is not None or filters.date_to is not None
        dates = (bounds or "none") if dated else None
        with transaction.atomic(), connection.cursor() as cursor:
            for setting in self.SEARCH_SETTINGS:
                cursor.execute(setting)
            excluded_sql, excluded_params = query.excluded_tsquery_sql()
            cursor.execute(
                f"SELECT ({match_sql})::text, ({rank_sql})::text, numnode({rank_sql}), ({excluded_sql})::text",
                [*match_params, *rank_params, *rank_params, *excluded_params],
            )
            q, rq, nodes, xq = cursor.fetchone()
            if not nodes:
                return [], 0  # only words too common to index
            phrase = _phrase(rq)
            plan = _PostgresSearch(self, cursor, filters, bounds, dates, (q, rq, xq), offset + limit, phrase)
            if sort == "relevance" and nodes > 1 and phrase is None:
                return plan.title_first(offset, cap)
            count = plan.count(cap)
            if count <= offset:
                return [], count
            # A one-word search with few matches is ranked in one query; the
            # plan below is for broad ones, and for short phrases. Both give
            # the same order.
            if sort == "newest" or (count <= self.SMALL_SEARCH and phrase is None):
                return plan.ranked(sort, offset, limit), count
            return plan.by_score(self._scores(cursor, phrase or _unquoted(rq[1:-1])), offset), count

    def _scores(self, cursor, word):
        """
        The ts_rank scores ``word`` (a lexeme, or a short phrase) has in
        some entry, best first, each with the group of entries it stands
        for: the scores where it is in the title or occurs more than once
        (from the list), and the three it has where it occurs once, in a
        decision, an item's purpose or minutes, or a paper (the kind of
        entry).
        """
        cursor.execute("SELECT score FROM search_searchscore WHERE word = %s", [word])
        # A phrase's words are apart by one space, its score by two.
        apart = "  " if " " in word else " "
        scores = [(score, f"{word}{apart}{score}") for (score,) in cursor.fetchall()]
        if PostgresEngine._once is None:
            cursor.execute(
                "SELECT " + ", ".join(
                    f"encode(float4send(ts_rank('x:1{weight}'::tsvector, 'x'::tsquery)), 'hex')"
                    for weight in "BCD"
                )
            )
            PostgresEngine._once = list(zip(cursor.fetchone(), Kind.values))
        return sorted(scores + self._once, key=lambda score: score[0], reverse=True)

    # The scores of a word occurring once in a decision, minutes or a paper
    # (and not in the title); read from PostgreSQL on the first search.
    _once = None

    def count(self, query, filters, cap):
        return self.search(query, filters, sort="newest", offset=0, limit=0, cap=cap)[1]

    def highlight(self, query, shown):
        """
        The marked-up title and snippet of each (entry, text) shown: ts_headline
        of the title and of the text, for the page shown only.
        """
        texts = [(text.title, text.body) for _, text in shown]
        if not texts:
            return []
        tsquery, query_params = query.tsquery_sql()
        options = f"StartSel={MARK_START}, StopSel={MARK_END}, "
        sql = (
            "SELECT ts_headline('english', t.title, q.q, %s), "
            "CASE WHEN t.body = '' THEN '' ELSE ts_headline('english', t.body, q.q, %s) END "
            "FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS t(title, body, n), "
            f"(SELECT ({tsquery}) AS q) q ORDER BY t.n"
        )
        params = [
            options + "HighlightAll=true",
            options + 'MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "',
            [title for title, _ in texts],
            [body for _, body in texts],
            *query_params,
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [tuple(row) for row in cursor.fetchall()]

    def close_words(self, word):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM search_searchword WHERE word %% %s "
                "ORDER BY similarity(word, %s) DESC, word LIMIT 3",
                [word, word],
            )
            return [row[0] for row in cursor.fetchall()]


def _quoted(lexeme):
    """A lexeme as a tsquery or tsvector of that lexeme alone."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _unquoted(text):
    """A lexeme as PostgreSQL writes it within quotes in a tsquery, unescaped."""
    return text.replace("''", "'").replace("\\\\", "\\")


# A phrase of two or three words next to each other, as PostgreSQL writes its tsquery.
LEXEME = r"'((?:[^']|'')+)'"
PHRASE_QUERY = re.compile(rf"{LEXEME} <-> {LEXEME}(?: <-> {LEXEME})?")


def _phrase(tsquery):
    """The words ("care leaver") of a tsquery that is a phrase of two or three words, or None."""
    match = PHRASE_QUERY.fullmatch(tsquery)
    return " ".join(_unquoted(word) for word in match.groups() if word is not None) if match else None


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
        words of a query that is a phrase of two or three words (and
        exclusions).
        """
        q, rq, xq = queries
        self.engine, self.cursor, self.filters, self.bounds = engine, cursor, filters, bounds
        self.wanted = wanted
        # The filters go to the GIN index as facet words, except where a
        # committee is chosen: its entries lie together in the table (see
        # search.indexing.rebuild), and the GIN index would spend more on
        # intersecting the long lists of years and of public entries than
        # testing them on the entries read costs.
        self.by_table = filters.committee_id is not None
        if self.by_table:
            self.facets = engine._facet_query(filters, exempt_rule=False)
            self.dates = "".join(
                f" AND held_on {operator} '{day.isoformat()}'"
                for operator, day in ((">=", filters.date_from), ("<=", filters.date_to))
                if day is not None
            )
            self.filter_facets = self.facets
        else:
            self.facets = engine._facet_query(filters, dates)
            self.dates = ""
            # The visitor's filters alone, without the rule on exempt entries.
            self.filter_facets = engine._facet_query(filters, dates, exempt_rule=False)
        self.exempt = "" if filters.include_exempt else " AND NOT is_exempt"
        # What the table is to test of the filters.
        self.in_table = (self.exempt + self.dates) if self.by_table else ""
        self.params = {"q": q, "rq": rq, "xq": xq, "fq": self.facets or "", "filters": self.filter_facets or ""}
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
        return f" AND {vector} @@ %(span)s::tsquery", {"span": self.engine._facet_query(filters, (start, end))}

    RANK = "ts_rank(vector, %(rq)s::tsquery)"

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
            total += self._fetch(
                "SELECT count(*) FROM (SELECT FROM search_searchentry "
                f"WHERE {self.index} @@ ({self.matching} && %(span)s::tsquery){self.match_excluding} "
                f"LIMIT {int(cap - total)}) s",
                {**self.params, "span": self.engine._facet_query(self.filters, (start, end))},
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

    def ranked(self, sort, offset, limit):
        """One page, ranked (or newest first) in one query: for searches with few matches."""
        order = (
            "held_on DESC, id DESC" if sort == "newest"
            else f"title_vector @@ %(rq)s::tsquery DESC, {self.RANK} DESC, held_on DESC, id DESC"
        )
        rows = self._fetch(
            f"SELECT id FROM search_searchentry WHERE {self.matches} "
            f"ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)}"
        )
        return [row[0] for row in rows]

    def _group(self, group, number):
        """
        The WHERE clause (without the exclusions) of one group of entries
        sharing a score, and its parameters (named for its ``number``).
        """
        if isinstance(group, int):
            # The word (or phrase) once, in the text of an entry of this kind:
            # a large group, whose kind and visibility are tested on the
            # entries read (the GIN index would intersect long lists to find
            # them).
            facets = " && %(filters)s::tsquery" if self.filter_facets else ""
            tested = f" AND kind = {int(group)}{self.exempt}{self.dates}"
            if self.phrase:
                # Without a score: neither in the title nor repeated.
                return f"phrase_vector @@ (%(phrase)s::tsquery && !!%(scored)s::tsquery{facets}){tested}", {}
            return (
                f"vector @@ (%(rq)s::tsquery{facets}){tested} "
                "AND NOT title_vector @@ %(rq)s::tsquery AND NOT rank_vector @@ %(rq)s::tsquery"
            ), {}
        # The word in the title or more than once, with this score.
        facets = " && %(fq)s::tsquery" if self.facets else ""
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

    def by_score(self, scores, offset):
        """
        The page of a one-word search (or a short phrase) from ``offset``
        on, in ts_rank's order (ties newest first), read a score at a time,
        best first.

        The groups of entries with a score from the rank (or phrase) vector are counted
        a few at a time (four, then eight...), up to what is still wanted:
        those wholly before the page are skipped, a group smaller than that
        is read whole, and a larger one newest first, a span of years at a
        time. The three large groups of entries having the word once are
        counted only when they might lie wholly before the page.
        """
        groups = [
            group for _, group in scores
            if not isinstance(group, int) or self.filters.kind in (None, group)
        ]
        ids, position, skipped, sizes, batch_size = [], 0, 0, {}, self.FIRST_BATCH
        for number, group in enumerate(groups):
            cap = self.wanted - position
            if group not in sizes and (not isinstance(group, int) or position < offset):
                batch = [group] if isinstance(group, int) else [
                    later for later in groups[number:number + batch_size] if not isinstance(later, int)
                ]
                batch_size *= 2
                sizes.update(zip(batch, self._sizes(batch, cap)))
            size = sizes.get(group)
            if size is not None and position + size <= offset:  # empty, or wholly before the page
                position += size
                skipped += size
                continue
            where, params = self._group(group, 0)
            where, params = where + self.excluding, {**self.params, **params}
            if size is not None and size < cap and size <= self.SMALL_GROUP:
                found = [row[0] for row in self._fetch(
                    f"SELECT id FROM search_searchentry WHERE {where} "
                    f"ORDER BY held_on + 0 DESC, id DESC LIMIT {int(cap)}",
                    params,
                )]
            else:
                found = self.newest(where, params, cap, self.index if isinstance(group, int) else self.scored)
            ids.extend(found)
            position += len(found)
            if position >= self.wanted:
                break
        return ids[offset - skipped:]

    def title_first(self, offset, cap):
        """
        The page of a search of several words, and the count: the entries
        whose title has the query first, ranked, then the rest, ranked.
        """
        ids = [
            row[0] for row in self._fetch(
                f"SELECT id FROM search_searchentry "
                f"WHERE title_vector @@ {self.rank_and_facets}{self.in_table}{self.excluding} "
                f"ORDER BY {self.RANK} DESC, held_on DESC, id DESC LIMIT {int(self.wanted)}"
            )
        ]
        if len(ids) >= self.wanted:
            return ids[offset:], self.count(cap)
        # Less than the pages asked for among the title matches: they are
        # all in hand, so the rest are ranked and counted in one go.
        above = len(ids)
        rows = self._fetch(
            f"SELECT id, count(*) OVER () FROM search_searchentry "
            f"WHERE {self.matches} AND NOT title_vector @@ %(rq)s::tsquery "
            f"ORDER BY {self.RANK} DESC, held_on DESC, id DESC LIMIT {int(self.wanted - above)}"
        )
        ids.extend(row[0] for row in rows)
        if rows:
            return ids[offset:], above + rows[0][1]
        # Nothing beyond the title matches (or the page asked for lies past
        # them all): count them.
        return ids[offset:], self.count(cap)


class SqliteEngine(Engine):
    """An FTS5 table (Porter stemmer) whose rowid is the entry's id; bm25 ranking."""

    BM25 = "bm25(search_fts, " + ", ".join(str(weight) for weight in WEIGHTS) + ")"

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_searchentry")
            cursor.execute("DELETE FROM search_fts")
            cursor.execute("DELETE FROM search_searchword")

    def write(self, entries):
        if not entries:
            return
        created = SearchEntry.objects.bulk_create(
            [SearchEntry(**dict(zip(ENTRY_COLUMNS, self.entry_row(entry)))) for entry in entries],
            batch_size=500,
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, resolutions, minutes, documents) "
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    (row.pk, entry.title, entry.resolutions, entry.minutes, entry.documents)
                    for row, entry in zip(created, entries)
                ],
            )

    def optimise(self):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
            cursor.execute("ANALYZE")

    def ranked_ids(self, query, filters, *, sort, offset, limit):
        """
        Entries whose title has the query come first, as on PostgreSQL;
        within each group, bm25 (with a title match counted again in the
        first). Ranking the title matches alone is cheap, and is all that
        most pages of a broad search need.
        """
        if sort == "newest":
            return self._ranked(query.fts5(), filters, "e.held_on DESC, e.id DESC", offset, limit)
        title = f"{{title}} : ({query.fts5_positive()})"
        wanted = offset + limit
        ids = self._ranked(f"({title}) AND ({query.fts5()})", filters, None, 0, wanted)
        if len(ids) < wanted:
            ids += self._ranked(f"({query.fts5()}) NOT ({title})", filters, None, 0, wanted - len(ids))
        return ids[offset:]

    def _ranked(self, expression, filters, order, offset, limit):
        if order is None and not filters.narrows:
            return self._ranked_unfiltered(expression, filters, offset=offset, limit=limit)
        sql = (
            f"SELECT e.id, {self.BM25} AS rank "
            "FROM search_fts JOIN search_searchentry e ON e.id = search_fts.rowid "
            f"WHERE search_fts MATCH %s{filters.sql()} ORDER BY {order or 'rank, e.id DESC'} "
            "LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression, *filters.params, limit, offset])
            return [row[0] for row in cursor.fetchall()]

    def _ranked_unfiltered(self, expression, filters, *, offset, limit):
        """
        Without filters, rank in FTS5 alone, which is twice as fast as
        ranking through the join, and then drop the few exempt entries the
        visitor may not see, reading further down the ranking if need be.
        """
        wanted = offset + limit
        batch = max(2 * wanted, 50)
        with connection.cursor() as cursor:
            while True:
                cursor.execute(
                    f"SELECT rowid FROM search_fts WHERE search_fts MATCH %s "
                    f"ORDER BY {self.BM25}, rowid DESC LIMIT %s",
                    [expression, batch],
                )
                ranked = [row[0] for row in cursor.fetchall()]
                if filters.conditions and ranked:
                    placeholders = ", ".join(["%s"] * len(ranked))
                    cursor.execute(
                        f"SELECT e.id FROM search_searchentry e WHERE e.id IN ({placeholders})"
                        f"{filters.sql()}",
                        [*ranked, *filters.params],
                    )
                    allowed = {row[0] for row in cursor.fetchall()}
                    ranked_allowed = [entry_id for entry_id in ranked if entry_id in allowed]
                else:
                    ranked_allowed = ranked
                if len(ranked_allowed) >= wanted or len(ranked) < batch:
                    return ranked_allowed[offset:wanted]
                batch *= 4

    def count(self, query, filters, cap):
        sql = (
            "SELECT count(*) FROM (SELECT 1 FROM search_fts JOIN search_searchentry e "
            f"ON e.id = search_fts.rowid WHERE search_fts MATCH %s{filters.sql()} LIMIT %s)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [query.fts5(), *filters.params, cap])
            return cursor.fetchone()[0]

    def highlight(self, query, shown):
        """
        The marked-up title and snippet of each (entry, text) shown: FTS5's
        highlight of the title and snippet of the text, for the page shown only.
        """
        ids = [entry.pk for entry, _ in shown]
        if not ids:
            return []
        placeholders = ", ".join(["%s"] * len(ids))
        marks = f"'{MARK_START}', '{MARK_END}'"
        snippets = ", ".join(
            f"snippet(search_fts, {column}, {marks}, ' … ', 32)" for column in (1, 2, 3)
        )
        sql = (
            f"SELECT rowid, highlight(search_fts, 0, {marks}), {snippets} "
            f"FROM search_fts WHERE search_fts MATCH %s AND rowid IN ({placeholders})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [query.fts5(), *ids])
            found = {}
            for rowid, title, *parts in cursor.fetchall():
                marked = [part for part in parts if MARK_START in part]
                found[rowid] = (title, (marked or [part for part in parts if part] or [""])[0])
        return [found.get(entry.pk, (text.title, text.body[:300])) for entry, text in shown]
