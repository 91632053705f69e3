"""
PostgreSQL: the "boost" vector becomes the rank vector, which also holds
each word of the title and each repeated word with its ts_rank, and public entries carry the filter
word "#p", so that a public search's filters are all in the GIN indexes.
Existing entries are brought up to date from their stored vectors.
"""

from django.db import migrations, models

# The SQL of search.engines.PostgresEngine when this migration was written.
QUOTED_LEXEME = r"""('''' || replace(replace(u.lexeme, '\', '\\'), '''', '''''') || '''')::tsquery"""
RANK_VECTOR = (
    "array_to_tsvector(ARRAY("
    "SELECT t FROM unnest(vector) u, LATERAL (VALUES "
    "(CASE WHEN cardinality(u.positions) > 1 THEN u.lexeme END), "
    f"(u.lexeme || ' ' || encode(float4send(ts_rank(vector, {QUOTED_LEXEME})), 'hex'))) v(t) "
    "WHERE (cardinality(u.positions) > 1 OR 'A' = ANY(u.weights)) AND t IS NOT NULL)) || "
    "array_to_tsvector(ARRAY(SELECT u.lexeme FROM unnest(vector) u WHERE left(u.lexeme, 1) = '#'))"
)
POSTGRES_FORWARD = [
    "ALTER INDEX search_boost_vector_gin RENAME TO search_rank_vector_gin",
    "UPDATE search_searchentry SET vector = vector || '#p'::tsvector, "
    "title_vector = title_vector || '#p'::tsvector WHERE NOT is_exempt",
    f"UPDATE search_searchentry SET rank_vector = {RANK_VECTOR}",
    "INSERT INTO search_searchscore (word, score) SELECT DISTINCT split_part(u.lexeme, ' ', 1), "
    "split_part(u.lexeme, ' ', 2) FROM search_searchentry e, unnest(e.rank_vector) u "
    "WHERE position(' ' in u.lexeme) > 0 ON CONFLICT DO NOTHING",
]
POSTGRES_BACKWARD = [
    "ALTER INDEX search_rank_vector_gin RENAME TO search_boost_vector_gin",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0002_engine_indexes")]

    operations = [
        migrations.RenameField("searchentry", "boost_vector", "rank_vector"),
        migrations.CreateModel(
            name="SearchScore",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("word", models.TextField()),
                ("score", models.CharField(max_length=8)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("word", "score"), name="search_one_score_per_word")
                ],
            },
        ),
        migrations.RunPython(run(POSTGRES_FORWARD), run(POSTGRES_BACKWARD)),
    ]
