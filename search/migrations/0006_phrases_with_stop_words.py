"""
PostgreSQL: the phrase vector also holds runs of three and four words with
stop words inside them ("care #_of leaver", "children #_and young peopl")
and runs of four words, so that such phrases are searched and ranked from
the index as shorter ones are. Existing entries are brought up to date from
their stored vectors (which hold the stop words, marked, at their places),
and the table's indexes built afresh.
"""

from django.db import migrations

# The SQL of search.engines.PostgresEngine when this migration was written.
RUNS = (
    "SELECT u.lexeme AS a, p.position, "
    "lead(u.lexeme) OVER o AS b, lead(p.position) OVER o AS b_at, lead(p.weight) OVER o AS b_weight, "
    "lead(u.lexeme, 2) OVER o AS c, lead(p.position, 2) OVER o AS c_at, lead(p.weight, 2) OVER o AS c_weight, "
    "lead(u.lexeme, 3) OVER o AS d, lead(p.position, 3) OVER o AS d_at, lead(p.weight, 3) OVER o AS d_weight "
    "FROM unnest(vector) u, unnest(u.positions, u.weights) p(position, weight) "
    "WINDOW o AS (ORDER BY p.position)"
)
PHRASE_VECTOR = (
    "array_to_tsvector(ARRAY("
    "SELECT t FROM ("
    "SELECT run, count(*) > 1 OR bool_or(last_weight = 'A') AS scored, "
    "string_agg(last_at::text || last_weight, ',' ORDER BY last_at) AS spots "
    f"FROM ({RUNS}) w, "
    "LATERAL (VALUES (a || ' ' || b, b, b_at, b_weight, 1), "
    "(a || ' ' || b || ' ' || c, c, c_at, c_weight, 2), "
    "(a || ' ' || b || ' ' || c || ' ' || d, d, d_at, d_weight, 3)) "
    "r(run, last, last_at, last_weight, length) "
    "WHERE last_at = position + length AND left(a, 2) <> '#_' AND left(last, 2) <> '#_' GROUP BY run) y, "
    "LATERAL (VALUES (run), (CASE WHEN scored THEN run || '  ' || "
    "encode(float4send(ts_rank(('x:' || spots)::tsvector, 'x')), 'hex') END)) v(t) "
    "WHERE t IS NOT NULL)) || "
    # The filter words: the words of the vector that have no places.
    "array_to_tsvector(ARRAY(SELECT u.lexeme FROM unnest(vector) u WHERE u.positions IS NULL))"
)
POSTGRES_FORWARD = [
    f"UPDATE search_searchentry SET phrase_vector = {PHRASE_VECTOR}",
    # Every entry was written again: the indexes built afresh are smaller,
    # and searches on them faster (see PostgresEngine.optimise).
    "REINDEX TABLE search_searchentry",
    "INSERT INTO search_searchscore (word, score) SELECT DISTINCT rtrim(left(u.lexeme, -9)), right(u.lexeme, 8) "
    "FROM search_searchentry e, unnest(e.phrase_vector) u WHERE u.lexeme ~ '  ' ON CONFLICT DO NOTHING",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_FORWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0005_word_list_by_visibility")]

    # Going back leaves the longer runs in place: the plans before this
    # never ask for them.
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
