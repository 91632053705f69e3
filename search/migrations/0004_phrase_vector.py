"""
PostgreSQL: the phrase vector, which holds each run of two or three words
next to each other in an entry, with its score where the run is in the
title or occurs more than once, so that a short phrase is searched and
ranked from the index. Existing entries are brought up to date from their
stored vectors, and the table's indexes built afresh.
"""

import django.contrib.postgres.search
from django.db import migrations

# The SQL of search.engines.PostgresEngine when this migration was written.
PHRASE_VECTOR = (
    "array_to_tsvector(ARRAY("
    "SELECT t FROM ("
    "SELECT run, count(*) > 1 OR bool_or(last_weight = 'A') AS scored, "
    "string_agg(last_at::text || last_weight, ',' ORDER BY last_at) AS spots "
    "FROM (SELECT u.lexeme AS a, p.position, "
    "lead(u.lexeme) OVER o AS b, lead(p.position) OVER o AS b_at, lead(p.weight) OVER o AS b_weight, "
    "lead(u.lexeme, 2) OVER o AS c, lead(p.position, 2) OVER o AS c_at, "
    "lead(p.weight, 2) OVER o AS c_weight "
    "FROM unnest(vector) u, unnest(u.positions, u.weights) p(position, weight) "
    "WINDOW o AS (ORDER BY p.position)) w, "
    "LATERAL (VALUES (a || ' ' || b, b_at, b_weight, 1), (a || ' ' || b || ' ' || c, c_at, c_weight, 2)) "
    "r(run, last_at, last_weight, length) "
    "WHERE b_at = position + 1 AND last_at = position + length GROUP BY run) y, "
    "LATERAL (VALUES (run), (CASE WHEN scored THEN run || '  ' || "
    "encode(float4send(ts_rank(('x:' || spots)::tsvector, 'x')), 'hex') END)) v(t) "
    "WHERE t IS NOT NULL)) || "
    "array_to_tsvector(ARRAY(SELECT u.lexeme FROM unnest(vector) u WHERE left(u.lexeme, 1) = '#'))"
)
POSTGRES_FORWARD = [
    f"UPDATE search_searchentry SET phrase_vector = {PHRASE_VECTOR}",
    # Every entry was written again: the indexes built afresh are smaller,
    # and searches on them faster (see PostgresEngine.optimise).
    "REINDEX TABLE search_searchentry",
    "INSERT INTO search_searchscore (word, score) SELECT DISTINCT rtrim(left(u.lexeme, -9)), right(u.lexeme, 8) "
    "FROM search_searchentry e, unnest(e.phrase_vector) u WHERE u.lexeme ~ '  ' ON CONFLICT DO NOTHING",
    "CREATE INDEX search_phrase_vector_gin ON search_searchentry USING gin (phrase_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_phrase_vector_gin",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0003_rank_vector")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="phrase_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(run(POSTGRES_FORWARD), run(POSTGRES_BACKWARD)),
    ]
