"""
The vectors a PostgreSQL index entry is written with: the weighted text
vector (stop words marked), the rank vector (each word's score where it is
in the title or repeated) and the phrase vector (runs of two to four words,
and their scores), all computed in SQL as an entry is written.
"""

from ...models import SearchEntry
from ...query import STOP_LEXEME, STOP_WORDS

# The weight of each kind of entry's own text: a word occurring there once
# (and not in the title) has the kind's one score, which no vector holds.
# A word occurring once elsewhere in the entry (the response to a
# recommendation, in the decision's entry) is scored in the vectors.
KIND_WEIGHTS = {SearchEntry.Kind.RESOLUTION: "B", SearchEntry.Kind.ITEM: "C", SearchEntry.Kind.DOCUMENT: "D"}


class IndexVectors:
    """The SQL that builds an entry's vectors, for ``PostgresEngine.write``."""

    @staticmethod
    def kind_weight_sql(kind):
        """The weight of the own text of an entry of ``kind`` (an SQL expression)."""
        cases = " ".join(f"WHEN {int(k)} THEN '{weight}'" for k, weight in KIND_WEIGHTS.items())
        return f"(CASE {kind} {cases} END)"

    @staticmethod
    def score_sql(spots):
        """
        The ts_rank of a word occurring at ``spots`` ("2A,7C", in order), as
        the hex of the float: what ts_rank gives a one-word query depends
        only on where the word is, so it is computed on those places alone.
        """
        return f"encode(float4send(ts_rank(('x:' || {spots})::tsvector, 'x')), 'hex')"

    @classmethod
    def rank_vector_sql(cls, text_vector, facets, kind):
        """
        The rank vector of an entry of ``kind``: each word occurring more
        than once in ``text_vector``, or once outside both the title and
        the kind's own text ("servic"); each word except those occurring
        once in the kind's own text, with its ts_rank as the hex of the
        float ("servic 3f2b1c4d"); and the filter words.
        """
        spots = "array_to_string(ARRAY(SELECT p || w FROM unnest(u.positions, u.weights) s(p, w)), ',')"
        own = cls.kind_weight_sql(kind)
        return (
            "array_to_tsvector(ARRAY("
            f"SELECT t FROM unnest({text_vector}) u, LATERAL (VALUES "
            # Where the title's vector does not tell the word from the kind's one score.
            f"(CASE WHEN cardinality(u.positions) > 1 OR u.weights[1] NOT IN ('A', {own}) THEN u.lexeme END), "
            f"(u.lexeme || ' ' || {cls.score_sql(spots)})) v(t) "
            f"WHERE (cardinality(u.positions) > 1 OR u.weights[1] <> {own}) AND t IS NOT NULL "
            f"AND left(u.lexeme, 2) <> '{STOP_LEXEME}')) || {facets}"
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
    def phrase_vector_sql(cls, text_vector, facets, kind):
        """
        The phrase vector of an entry of ``kind``: each run of two to four
        words next to each other in ``text_vector`` that starts and ends
        with a word that is not a stop word ("care leaver", "youth offend
        team", "care #_of leaver", "children #_and young peopl"); each run
        except those occurring once in the kind's own text with its score
        as the hex of the float, after two spaces ("care leaver
        3f2b1c4d"); and the filter words.

        A run's score is ts_rank's for one word occurring where the run
        does, a run being where its last word is (so that a run is in the
        title when all its words are): how often, and how high, the phrase
        itself occurs in the entry.
        """
        return (
            "array_to_tsvector(ARRAY("
            "SELECT t FROM ("
            f"SELECT run, count(*) > 1 OR bool_or(last_weight <> {cls.kind_weight_sql(kind)}) AS scored, "
            "string_agg(last_at::text || last_weight, ',' ORDER BY last_at) AS spots "
            f"FROM ({cls._RUNS_SQL.format(text_vector=text_vector)}) w, "
            "LATERAL (VALUES (a || ' ' || b, b, b_at, b_weight, 1), "
            "(a || ' ' || b || ' ' || c, c, c_at, c_weight, 2), "
            "(a || ' ' || b || ' ' || c || ' ' || d, d, d_at, d_weight, 3)) "
            "r(run, last, last_at, last_weight, length) "
            # The places are in order, each taken once: the last word
            # ``length`` places on means every word between is there.
            f"WHERE last_at = position + length AND left(a, 2) <> '{STOP_LEXEME}' "
            f"AND left(last, 2) <> '{STOP_LEXEME}' GROUP BY run) y, "
            f"LATERAL (VALUES (run), (CASE WHEN scored THEN run || '  ' || {cls.score_sql('spots')} END)) v(t) "
            f"WHERE t IS NOT NULL)) || {facets}"
        )

    # Each place of each word (stop words included) of a vector, with the
    # three words after it and their places and weights.
    _RUNS_SQL = (
        "SELECT u.lexeme AS a, p.position, "
        "lead(u.lexeme) OVER o AS b, lead(p.position) OVER o AS b_at, lead(p.weight) OVER o AS b_weight, "
        "lead(u.lexeme, 2) OVER o AS c, lead(p.position, 2) OVER o AS c_at, lead(p.weight, 2) OVER o AS c_weight, "
        "lead(u.lexeme, 3) OVER o AS d, lead(p.position, 3) OVER o AS d_at, lead(p.weight, 3) OVER o AS d_weight "
        "FROM unnest({text_vector}) u, unnest(u.positions, u.weights) p(position, weight) "
        "WINDOW o AS (ORDER BY p.position)"
    )

    # The stop words, as an SQL array (fixed words, no quotes in any).
    STOP_WORDS_SQL = "ARRAY[" + ", ".join(f"'{word}'" for word in sorted(STOP_WORDS)) + "]::text[]"

    @classmethod
    def weighted_sql(cls, text, weight):
        """
        The vector of one part of an entry, at ``weight``: the English
        configuration's stemmed words, and the stop words it leaves out,
        each marked ("#_and"), at their places, so that a phrase with a
        stop word in it ("care of leavers") needs that word there. A
        vector keeps the first 256 places of each word, so in a very long
        paper such a phrase is found where its stop word is among the first
        256 of its kind.
        """
        # Each stop word as "'#_and':3B,9B", joined to the stemmed words' text.
        stops = (
            f"(SELECT string_agg('''' || '{STOP_LEXEME}' || s.lexeme || ''':' "
            f"|| array_to_string(s.positions, '{weight},') || '{weight}', ' ') "
            f"FROM unnest(to_tsvector('simple', {text})) s WHERE s.lexeme = ANY({cls.STOP_WORDS_SQL}))"
        )
        return (
            f"(setweight(to_tsvector('english', {text}), '{weight}')::text || ' ' "
            f"|| coalesce({stops}, ''))::tsvector"
        )
