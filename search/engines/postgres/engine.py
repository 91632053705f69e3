"""The PostgreSQL full-text search engine, for production."""

from contextlib import contextmanager
from datetime import date
from functools import partial

from django.db import connection, transaction
from django.db.models import Max, Min

from ...models import SearchEntry
from ..base import DATE_ORDERS, ENTRY_COLUMNS, MARK_END, MARK_START, Engine, date_cover
from . import fresh_table, strategies
from .plan import _either, _PostgresSearch, _phrase
from .vectors import KIND_WEIGHTS, IndexVectors


class PostgresEngine(IndexVectors, Engine):
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
      dates are tested on the entries read, which lie together in the
      table (see ``_PostgresSearch``). The exempt rule is always tested on
      the entries read: "#p" is on nearly every entry, and intersecting
      its list costs more than the rest of a search.
    - Titles have their own vector and index. A search of several words
      shows the entries whose title has the (positive) query first, then
      the rest, each by ts_rank: for one word this is exactly ts_rank's
      order anyway.
    - One word: ts_rank (default weights, no length normalisation) depends
      only on how often the word occurs in each part of the entry. Where
      it occurs once, in the text of the entry's kind (a decision's, an
      item's minutes, a paper's), there are three scores only; anywhere
      else (in the title, again, or in the response to a recommendation,
      which a decision's entry holds as minutes) the rank vector holds
      the word with its score, and ``search_searchscore``
      lists the scores the word has. So a search reads the entries score
      by score, best first, each score's group counted and read newest
      first (``by_score``): exactly ts_rank's order, ties newest first,
      without ranking any entry one by one.
    - A phrase of two to four words ("care leavers", "care of leavers")
      is read the same way from the phrase vector, which holds each run of
      two to four words next to each other in an entry (stop words inside
      it, never at its ends), and the scores of the runs in the title or
      repeated. It is ranked as one word occurring where the
      phrase does: how often, and how high, the phrase itself occurs. The
      phrase vector answers the phrase without rechecking any entry's
      positions.
    - "a OR b" of two words: ts_rank of an OR is the mean of each word's
      own rank, so its matches are read in groups of known score from the
      same lists of scores (``either_word_by_score``), title matches first;
      only those having both words and a score in the rank vector are
      ranked one by one, and of those with either word in the title, only
      the ones that can reach the page.
    - The count stops at the cap, counting a span of years at a time,
      newest first.

    The ways of reading a page are the named strategies in
    ``search.engines.postgres.strategies``.

    Each search runs in a transaction with JIT off, enough work_mem for an
    exact bitmap, and no sequential scans (PostgreSQL otherwise reads the
    whole table to count a common word's matches).

    What this does not yet make fast: other searches of several words
    (phrases of five words or more included) with fewer title matches than the page needs rank every other match one
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

    # Several connections may write the entries of a rewrite at once.
    shares_rewriting = True

    @contextmanager
    def rewriting(self, stage=None, shared=False):
        """
        The entries are written into a table of their own, which replaces
        the entries' table at the end of the block with its indexes built
        in one go (see ``fresh_table``); ``stage`` hears of each step.

        ``shared``: the function given to the block may be called from
        several threads at once, each in a transaction of its own on its
        own connection, ended before the block ends. Their entries' scores
        are gathered in a table of their own, and added to the list of
        scores here at the end: written into the list by each, the same
        score from two transactions would have each wait for the other.
        """
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_searchword")
            cursor.execute("DELETE FROM search_searchscore")
        with fresh_table.swapped_in("search_searchentry", stage, shared) as table:
            if not shared:
                yield partial(self.write, table=table)
                return
            scores = fresh_table.fresh_name("search_searchscore")
            fresh_table.on_own_connection(
                f"DROP TABLE IF EXISTS {scores}", f"CREATE TABLE {scores} (word text, score varchar(8))"
            )
            yield partial(self.write, table=table, scores=scores)
            with connection.cursor() as cursor:
                cursor.execute(
                    "INSERT INTO search_searchscore (word, score) "
                    f"SELECT DISTINCT word, score FROM {scores} ON CONFLICT DO NOTHING"
                )
                cursor.execute(f"DROP TABLE {scores}")

    def discard_rewriting(self):
        """Drop what a shared rewrite that failed left behind (after its transaction's rollback)."""
        fresh_table.discard("search_searchentry", "search_searchscore")

    def write(self, entries, table="search_searchentry", scores="search_searchscore"):
        if not entries:
            return
        from psycopg2.extras import execute_values

        columns = ", ".join(ENTRY_COLUMNS)
        # The entries, and the scores their rank and phrase vectors add to the list.
        sql = (
            "WITH written AS ("
            f"INSERT INTO {table} ({columns}, vector, title_vector, rank_vector, phrase_vector) "
            f"SELECT {columns}, x.text_vector || x.facets, x.title_vector || x.facets, "
            f"{self.rank_vector_sql('x.text_vector', 'x.facets', 'x.own_kind')}, "
            f"{self.phrase_vector_sql('x.text_vector', 'x.facets', 'x.own_kind')} "
            f"FROM (VALUES %s) v({columns}, title, resolutions, minutes, documents, facets) "
            "CROSS JOIN LATERAL (SELECT "
            f"{self.weighted_sql('v.title', 'A')} AS title_vector, "
            f"{self.weighted_sql('v.title', 'A')} || "
            f"{self.weighted_sql('v.resolutions', 'B')} || "
            f"{self.weighted_sql('v.minutes', 'C')} || "
            f"{self.weighted_sql('v.documents', 'D')} AS text_vector, "
            "array_to_tsvector(v.facets) AS facets, v.kind AS own_kind) x "
            "RETURNING rank_vector, phrase_vector) "
            f"INSERT INTO {scores} (word, score) {self.SCORES_SQL} ON CONFLICT DO NOTHING"
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
        Statistics for the planner and, outside a transaction, a VACUUM, so
        that searches can read the indexes alone where they hold the answer.
        """
        with connection.cursor() as cursor:
            if connection.in_atomic_block:
                cursor.execute("ANALYZE search_searchentry")
            else:
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

    def _facet_query(self, filters, dates=None):
        """
        The visitor's filters as a tsquery of facet words, or None; ``dates``
        is a (first, last) pair, "none" for a range with no entries, or
        None. The rule on exempt entries is never among them: it is tested
        on the entries read.
        """
        parts = []
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
                return strategies.title_first(plan, offset, cap, _either(rq))
            count = plan.count(cap)
            if count <= offset:
                return [], count
            # A one-word search with few matches is ranked in one query; the
            # plan below is for broad ones, and for short phrases. Both give
            # the same order.
            if sort in DATE_ORDERS or (count <= self.SMALL_SEARCH and phrase is None):
                return strategies.ranked_in_one_query(plan, sort, offset, limit, count), count
            if phrase is not None:
                return strategies.short_phrase_by_score(plan, phrase, offset), count
            return strategies.one_word_by_score(plan, rq, offset), count

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
                    for weight in KIND_WEIGHTS.values()
                )
            )
            PostgresEngine._once = list(zip(cursor.fetchone(), KIND_WEIGHTS))
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
        tsquery, query_params = query.tsquery_sql(loose=True)
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

    def close_words(self, word, *, public_only):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM search_searchword WHERE word %% %s"
                + (" AND is_public" if public_only else "")
                + " ORDER BY similarity(word, %s) DESC, word LIMIT 3",
                [word, word],
            )
            return [row[0] for row in cursor.fetchall()]
