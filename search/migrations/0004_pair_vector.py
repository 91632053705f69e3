"""
PostgreSQL: the pair vector, which holds each pair of words next to each
other in an entry, with its score where the pair is in the title or occurs
more than once, so that a two-word phrase is searched and ranked from the
index. Existing entries are brought up to date from their stored vectors.
"""

import django.contrib.postgres.search
from django.db import migrations

# The SQL of search.engines.PostgresEngine when this migration was written.
PAIR_VECTOR = (
    "array_to_tsvector(ARRAY("
    "SELECT t FROM ("
    "SELECT a || ' ' || b AS pair, count(*) > 1 OR bool_or(weight = 'A') AS scored, "
    "string_agg(position::text || weight, ',' ORDER BY position) AS spots "
    "FROM (SELECT u.lexeme AS a, p.position, lead(u.lexeme) OVER o AS b, "
    "lead(p.position) OVER o AS next, lead(p.weight) OVER o AS weight "
    "FROM unnest(vector) u, unnest(u.positions, u.weights) p(position, weight) "
    "WINDOW o AS (ORDER BY p.position)) w "
    "WHERE next = position + 1 GROUP BY a, b) y, "
    "LATERAL (VALUES (pair), (CASE WHEN scored THEN pair || ' ' || "
    "encode(float4send(ts_rank(('x:' || spots)::tsvector, 'x')), 'hex') END)) v(t) "
    "WHERE t IS NOT NULL)) || "
    "array_to_tsvector(ARRAY(SELECT u.lexeme FROM unnest(vector) u WHERE left(u.lexeme, 1) = '#'))"
)
POSTGRES_FORWARD = [
    f"UPDATE search_searchentry SET pair_vector = {PAIR_VECTOR}",
    "INSERT INTO search_searchscore (word, score) SELECT DISTINCT left(u.lexeme, -9), right(u.lexeme, 8) "
    "FROM search_searchentry e, unnest(e.pair_vector) u WHERE u.lexeme ~ ' .* ' ON CONFLICT DO NOTHING",
    "CREATE INDEX search_pair_vector_gin ON search_searchentry USING gin (pair_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_pair_vector_gin",
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
            name="pair_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(run(POSTGRES_FORWARD), run(POSTGRES_BACKWARD)),
    ]
