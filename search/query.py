"""
Reading what a visitor typed in the search box.

The syntax is the one people know from web search engines:

    foster carers            both words, anywhere
    "foster carers"          the phrase
    fostering OR adoption    either word
    council -budget          "council" but not "budget"

Words are matched by their stem, so "carers" finds "carer". Anything else,
such as stray operators and punctuation (``care & | !(``), is read as
spaces, so no query is an error: at worst there is nothing left to search
for, and the page says so.

The parsed query is handed to each engine in its own form: PostgreSQL
combines ``websearch_to_tsquery`` of each term; SQLite gets an FTS5 MATCH
expression. A quoted phrase with a common word in it ("children and young
people", "care of leavers") needs that very word in between on both: SQLite
indexes every word; PostgreSQL's vector holds the common words too, marked
(``STOP_LEXEME``), at their places. Both read the terms the same way: the terms are all required,
``OR`` joins the terms either side of it into one alternative, and an
excluded term removes what it matches.
"""

import re
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12

# PostgreSQL's English stop words (tsearch_data/english.stop): too common to
# search for alone, and dropped by its parser. Dropping them here too makes
# both engines read a query the same way.
STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he
    him his himself she her hers herself it its itself they them their theirs
    themselves what which who whom this that these those am is are was were be
    been being have has had having do does did doing a an the and but if or
    because as until while of at by for with about against between into through
    during before after above below to from up down in out on off over under
    again further then once here there when where why how all any both each few
    more most other some such no nor not only own same so than too very s t can
    will just don should now
    """.split()
)

# How PostgreSQL's vector holds a stop word ("#_and"): a lexeme no other
# word can become, so only a phrase's own stop words match it.
STOP_LEXEME = "#_"

WORD = re.compile(r"[^\W_]+")
POSSESSIVE = re.compile(r"(?<=[^\W_])['’]s\b", re.IGNORECASE)
TOKEN = re.compile(r'(?P<neg>-)?"(?P<phrase>[^"]*)"?|(?P<word>\S+)')


def words_of(text):
    """The searchable words of some text, lower-cased; "council's" is "council"."""
    return [word.lower() for word in WORD.findall(POSSESSIVE.sub("", text))]


@dataclass(frozen=True)
class Term:
    """One word, or a phrase of several words that must appear together."""

    words: tuple

    @property
    def is_phrase(self):
        return len(self.words) > 1

    def websearch(self):
        text = " ".join(self.words)
        return f'"{text}"' if self.is_phrase else text

    @property
    def has_stop_words(self):
        """A phrase with a common word in it: on PostgreSQL, the word itself is then needed."""
        return self.is_phrase and any(word in STOP_WORDS for word in self.words)

    def tsquery_sql(self, *, loose=False):
        """
        The term as a PostgreSQL tsquery expression and its parameters.
        A phrase with stop words is each word next to the next, the stop
        words as their marked lexemes; ``loose``, as PostgreSQL itself reads
        it (any word in their places), for highlighting, which parses the
        text without stop words.
        """
        if loose or not self.has_stop_words:
            return "websearch_to_tsquery('english', %s)", [self.websearch()]
        parts, params = [], []
        for word in self.words:
            if word in STOP_WORDS:
                parts.append("%s::tsquery")
                params.append(f"'{STOP_LEXEME}{word}'")
            else:
                parts.append("plainto_tsquery('english', %s)")
                params.append(word)
        return "(" + " <-> ".join(parts) + ")", params

    def fts5(self):
        return '"' + " ".join(self.words) + '"'

    def __str__(self):
        return self.websearch()


@dataclass
class SearchQuery:
    """
    ``groups`` are required alternatives (each a tuple of terms, any of which
    will do); ``excluded`` are terms that must not appear.
    """

    text: str = ""
    groups: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    ignored: list = field(default_factory=list)  # common words left out
    truncated: bool = False

    @property
    def is_empty(self):
        return not self.groups

    @property
    def terms(self):
        return [term for group in self.groups for term in group]

    def fts5_positive(self):
        """The FTS5 expression of what must be found, without the exclusions."""
        return " AND ".join("(" + " OR ".join(term.fts5() for term in group) + ")" for group in self.groups)

    def fts5(self):
        """The FTS5 MATCH expression."""
        expression = self.fts5_positive()
        if self.excluded:
            # FTS5's NOT is binary and groups to the left: (P) NOT a NOT b.
            expression = f"({expression})" + "".join(f" NOT {term.fts5()}" for term in self.excluded)
        return expression

    def tsquery_sql(self, *, exclusions=True, loose=False):
        """
        A PostgreSQL tsquery expression and its parameters. Ranking uses the
        query without its exclusions: ts_rank scores ``a & !b`` as if every
        match were equally (ir)relevant. ``loose`` reads phrases as
        PostgreSQL does, for highlighting (``Term.tsquery_sql``).
        """
        parts, params = [], []
        for group in self.groups:
            sqls = []
            for term in group:
                sql, term_params = term.tsquery_sql(loose=loose)
                sqls.append(sql)
                params.extend(term_params)
            parts.append("(" + " || ".join(sqls) + ")")
        for term in self.excluded if exclusions else ():
            sql, term_params = term.tsquery_sql(loose=loose)
            parts.append(f"!!{sql}")
            params.extend(term_params)
        return " && ".join(parts), params

    def excluded_tsquery_sql(self):
        """The excluded terms as one tsquery expression (any of them), and its parameters."""
        sqls, params = [], []
        for term in self.excluded:
            sql, term_params = term.tsquery_sql()
            sqls.append(sql)
            params.extend(term_params)
        return " || ".join(sqls) or "''::tsquery", params

    def replace_words(self, corrections):
        """The query text with misspelt words replaced, for "Did you mean"."""
        def fix(match):
            word = match.group(0)
            return corrections.get(word.lower(), word)

        return WORD.sub(fix, self.text[:MAX_QUERY_LENGTH])


def parse(text):
    """Read a query; never raises."""
    text = (text or "").strip()
    query = SearchQuery(text=text)
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH]
        query.truncated = True

    # First the tokens: terms (with their sign) and OR.
    tokens = []
    for match in TOKEN.finditer(text):
        if match.group("phrase") is not None:
            words = tuple(words_of(match.group("phrase")))
            if words:
                tokens.append((bool(match.group("neg")), Term(words)))
            continue
        raw = match.group("word")
        if raw in ("OR", "or", "|", "||"):
            tokens.append("OR")
            continue
        negated = raw.startswith("-") and len(raw) > 1
        words = tuple(words_of(raw))
        if not words:
            continue
        # "long-term" or "s.151" is one phrase, as the engines index it.
        tokens.append((negated, Term(words)))

    # Then the groups: OR joins the terms either side of it.
    groups, join_next = [], False
    for token in tokens:
        if token == "OR":
            join_next = bool(groups)
            continue
        negated, term = token
        if not term.is_phrase and term.words[0] in STOP_WORDS:
            if term.words[0] not in query.ignored:
                query.ignored.append(term.words[0])
            join_next = False
            continue
        if negated:
            # "-budget" excludes; an exclusion inside an alternative makes no sense, so
            # "council OR -budget" just searches for "council".
            if not join_next and term not in query.excluded:
                query.excluded.append(term)
            join_next = False
            continue
        if join_next and groups:
            if term not in groups[-1]:
                groups[-1] = groups[-1] + (term,)
        elif (term,) not in groups:
            groups.append((term,))
        join_next = False

    if sum(len(group) for group in groups) + len(query.excluded) > MAX_TERMS:
        query.truncated = True
        kept, room = [], MAX_TERMS
        for group in groups:
            if room <= 0:
                break
            kept.append(group[:room])
            room -= len(kept[-1])
        groups = kept
        query.excluded = query.excluded[: max(room, 0)]
    query.groups = groups
    if not groups:
        query.excluded = []
    return query
