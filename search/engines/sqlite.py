"""The SQLite FTS5 engine: the embedded default."""

from django.db import connection

from .base import DATE_ORDERS, ENTRY_COLUMNS, MARK_END, MARK_START, WEIGHTS, Engine


class SqliteEngine(Engine):
    """An FTS5 table (Porter stemmer) whose rowid is the entry's id; bm25 ranking."""

    BM25 = "bm25(search_fts, " + ", ".join(str(weight) for weight in WEIGHTS) + ")"

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_searchentry")
            cursor.execute("DELETE FROM search_fts")
            cursor.execute("DELETE FROM search_searchword")

    def write(self, entries):
        """
        The entries, a hundred rows to a statement, and their words in FTS5
        under the ids they were given. Each entry is one thing (an item's,
        resolution's or paper's), so the ids are matched back by it; as
        plain SQL, this is a fifth of the time Django's bulk_create took.
        """
        columns = ", ".join(ENTRY_COLUMNS)
        row = "(" + ", ".join(["%s"] * len(ENTRY_COLUMNS)) + ")"
        with connection.cursor() as cursor:
            for start in range(0, len(entries), 100):
                batch = entries[start:start + 100]
                cursor.execute(
                    f"INSERT INTO search_searchentry ({columns}) VALUES {', '.join([row] * len(batch))} "
                    "RETURNING id, kind, item_id, resolution_id, document_id",
                    [value for entry in batch for value in self.entry_row(entry)],
                )
                ids = {tuple(found): entry_id for entry_id, *found in cursor.fetchall()}
                cursor.executemany(
                    "INSERT INTO search_fts (rowid, title, resolutions, minutes, documents) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    [
                        (ids[entry.kind, entry.item_id, entry.resolution_id, entry.document_id],
                         entry.title, entry.resolutions, entry.minutes, entry.documents)
                        for entry in batch
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
        if sort in DATE_ORDERS:
            return self._ranked(query.fts5(), filters, DATE_ORDERS[sort], offset, limit)
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
