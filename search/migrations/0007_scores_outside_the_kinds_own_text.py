"""
PostgreSQL: a word (or run of words) occurring once in an entry, outside
the title and outside the text of the entry's kind, has its score in the
rank and phrase vectors. Such words are in decisions' entries only: the
responses to a recommendation and the updates on it, at minutes' weight.
They were read as if they were once in the decision's text, and ranked
with those words' score. Decisions' entries holding such words are brought
up to date from their stored vectors.
"""

from django.db import migrations

# The SQL of search.engines.PostgresEngine when this migration was written.
OWN = "(CASE kind WHEN 1 THEN 'B' WHEN 2 THEN 'C' WHEN 3 THEN 'D' END)"
SCORE = "encode(float4send(ts_rank(('x:' || {spots})::tsvector, 'x')), 'hex')"
# The filter words: the words of the vector that have no places.
FACETS = "array_to_tsvector(ARRAY(SELECT u.lexeme FROM unnest(vector) u WHERE u.positions IS NULL))"
RANK_VECTOR = (
    "array_to_tsvector(ARRAY("
    "SELECT t FROM unnest(vector) u, LATERAL (VALUES "
    f"(CASE WHEN cardinality(u.positions) > 1 OR u.weights[1] NOT IN ('A', {OWN}) THEN u.lexeme END), "
    "(u.lexeme || ' ' || "
    + SCORE.format(spots="array_to_string(ARRAY(SELECT p || w FROM unnest(u.positions, u.weights) s(p, w)), ',')")
    + ")) v(t) "
    f"WHERE (cardinality(u.positions) > 1 OR u.weights[1] <> {OWN}) AND t IS NOT NULL "
    f"AND left(u.lexeme, 2) <> '#_')) || {FACETS}"
)
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
    f"SELECT run, count(*) > 1 OR bool_or(last_weight <> {OWN}) AS scored, "
    "string_agg(last_at::text || last_weight, ',' ORDER BY last_at) AS spots "
    f"FROM ({RUNS}) w, "
    "LATERAL (VALUES (a || ' ' || b, b, b_at, b_weight, 1), "
    "(a || ' ' || b || ' ' || c, c, c_at, c_weight, 2), "
    "(a || ' ' || b || ' ' || c || ' ' || d, d, d_at, d_weight, 3)) "
    "r(run, last, last_at, last_weight, length) "
    "WHERE last_at = position + length AND left(a, 2) <> '#_' AND left(last, 2) <> '#_' GROUP BY run) y, "
    "LATERAL (VALUES (run), (CASE WHEN scored THEN run || '  ' || "
    + SCORE.format(spots="spots")
    + f" END)) v(t) WHERE t IS NOT NULL)) || {FACETS}"
)
OUTSIDE = "kind = 1 AND EXISTS (SELECT FROM unnest(vector) u WHERE 'C' = ANY(u.weights))"
POSTGRES_FORWARD = [
    f"UPDATE search_searchentry SET rank_vector = {RANK_VECTOR}, phrase_vector = {PHRASE_VECTOR} WHERE {OUTSIDE}",
    # The scores the list lacks: "servic 3f2b1c4d" and "care leaver  3f2b1c4d".
    "INSERT INTO search_searchscore (word, score) SELECT DISTINCT rtrim(left(t, -9)), right(t, 8) "
    f"FROM (SELECT rank_vector, phrase_vector FROM search_searchentry WHERE {OUTSIDE}) e, LATERAL ("
    "SELECT lexeme FROM unnest(e.rank_vector) WHERE lexeme ~ ' ' UNION ALL "
    "SELECT lexeme FROM unnest(e.phrase_vector) WHERE lexeme ~ '  ') s(t) ON CONFLICT DO NOTHING",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_FORWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0006_phrases_with_stop_words")]

    # Going back leaves the vectors as they are.
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
