"""
The two search engines behind one interface: PostgreSQL full-text search
for production, SQLite FTS5 for the embedded default.

Both index the same four weighted parts of each entry: the title above
the resolutions above the purpose and minutes above the papers, and
both read the query the same way (``search.query``).
"""

import difflib

from django.db import connection
from django.db.models.functions import Length

from .models import SearchEntry, SearchWord

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

    @staticmethod
    def entry_row(entry):
        return [
            entry.kind, entry.item_id, entry.resolution_id, entry.document_id, entry.meeting_id,
            entry.committee_id, entry.held_on, entry.is_exempt,
        ]


class PostgresEngine(Engine):
    """
    A weighted tsvector column with a GIN index, English configuration.

    Ranking is ``ts_rank`` over the matches. For a broad query (one that
    matches tens of thousands of entries) ranking every match costs more
    than the page is worth, so the ranked page is first sought among the
    entries whose title matches: ts_rank gives any entry with a title
    (weight A) match a higher rank than any without one, so when at least a
    page of title matches exists it is the top of the ranking. See
    ``search`` below.
    """

    VECTOR_SQL = (
        "setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('english', %s), 'B') || "
        "setweight(to_tsvector('english', %s), 'C') || setweight(to_tsvector('english', %s), 'D')"
    )

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_searchentry")
            cursor.execute("DELETE FROM search_searchword")

    def write(self, entries):
        if not entries:
            return
        from psycopg2.extras import execute_values

        columns = ", ".join(ENTRY_COLUMNS)
        template = "(" + ", ".join(["%s"] * len(ENTRY_COLUMNS)) + ", " + self.VECTOR_SQL + ")"
        rows = [
            self.entry_row(entry) + [entry.title, entry.resolutions, entry.minutes, entry.documents]
            for entry in entries
        ]
        with connection.cursor() as cursor:
            execute_values(
                cursor.cursor,
                f"INSERT INTO search_searchentry ({columns}, vector) VALUES %s",
                rows,
                template=template,
                page_size=500,
            )

    def optimise(self):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchentry")

    def _tsquery(self, query):
        sql, params = query.tsquery_sql()
        return f"({sql})", params

    def ranked_ids(self, query, filters, *, sort, offset, limit):
        tsquery, query_params = self._tsquery(query)
        order = (
            "e.held_on DESC, e.id DESC"
            if sort == "newest"
            else "rank DESC, e.held_on DESC, e.id DESC"
        )
        sql = (
            f"SELECT e.id, ts_rank(e.vector, q.q) AS rank "
            f"FROM search_searchentry e, (SELECT {tsquery} AS q) q "
            f"WHERE e.vector @@ q.q{filters.sql()} ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*query_params, *filters.params, limit, offset])
            return [row[0] for row in cursor.fetchall()]

    def count(self, query, filters, cap):
        tsquery, query_params = self._tsquery(query)
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM search_searchentry e "
            f"WHERE e.vector @@ {tsquery}{filters.sql()} LIMIT %s) s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*query_params, *filters.params, cap])
            return cursor.fetchone()[0]

    def highlight(self, query, texts):
        """ts_headline of each (title, body) pair, for the page shown only."""
        if not texts:
            return []
        tsquery, query_params = self._tsquery(query)
        options = f"StartSel={MARK_START}, StopSel={MARK_END}, "
        sql = (
            "SELECT ts_headline('english', t.title, q.q, %s), "
            "CASE WHEN t.body = '' THEN '' ELSE ts_headline('english', t.body, q.q, %s) END "
            "FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS t(title, body, n), "
            f"(SELECT {tsquery} AS q) q ORDER BY t.n"
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
        if sort != "newest" and not filters.narrows:
            return self._ranked_ids_unfiltered(query, filters, offset=offset, limit=limit)
        order = "e.held_on DESC, e.id DESC" if sort == "newest" else "rank, e.id DESC"
        sql = (
            f"SELECT e.id, {self.BM25} AS rank "
            "FROM search_fts JOIN search_searchentry e ON e.id = search_fts.rowid "
            f"WHERE search_fts MATCH %s{filters.sql()} ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [query.fts5(), *filters.params, limit, offset])
            return [row[0] for row in cursor.fetchall()]

    def _ranked_ids_unfiltered(self, query, filters, *, offset, limit):
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
                    [query.fts5(), batch],
                )
                ranked = [row[0] for row in cursor.fetchall()]
                if filters.conditions:
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

    def highlight_ids(self, query, ids):
        """FTS5's highlight of the title and snippet of the body, for the page shown only."""
        if not ids:
            return {}
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
            return found
