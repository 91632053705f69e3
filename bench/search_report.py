"""What bench/search.py prints besides its lines per class: the index's size and the table for the docs."""

from pathlib import Path


def index_size():
    """
    The search index's size on disk, in bytes (its tables and their
    indexes), and what was measured: "index_mb", or "database_mb" where
    SQLite has no dbstat to tell the index's pages from the rest.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                "WHERE c.relkind = 'r' AND c.relname LIKE 'search\\_%%'"
            )
            return int(cursor.fetchone()[0] or 0), "index_mb"
        try:
            cursor.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%%' OR tbl_name LIKE 'search%%'")
            return int(cursor.fetchone()[0] or 0), "index_mb"
        except Exception:  # SQLite built without dbstat: the whole file
            return Path(connection.settings_dict["NAME"]).stat().st_size, "database_mb"


def vector_index_sizes():
    """
    PostgreSQL: the size in bytes of each GIN index of the search entries
    ("vector", "title_vector", "rank_vector", "phrase_vector"), so that what
    each vector costs is in the output; empty on SQLite.
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.attname, pg_relation_size(i.indexrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am m ON m.oid = c.relam "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
            "WHERE i.indrelid = 'search_searchentry'::regclass AND m.amname = 'gin' ORDER BY a.attname"
        )
        return dict(cursor.fetchall())


def markdown(rows, backend, n):
    """The table of docs/search.md: p50 / p95 / max for each class (rows) and variant (columns)."""
    variants = list(dict.fromkeys(row["variant"] for row in rows))
    names = list(dict.fromkeys(row["name"] for row in rows))
    cells = {(row["name"], row["variant"]): f"{row['p50']:.0f} / {row['p95']:.0f} / {row['max']:.0f}" for row in rows}
    print(f"\n{backend}, {n:,} resolutions: p50 / p95 / max ms\n")
    print("| class | " + " | ".join(variants) + " |")
    print("| --- |" + " --- |" * len(variants))
    for name in names:
        print(f"| {name} | " + " | ".join(cells.get((name, variant), "–") for variant in variants) + " |")
