"""Reading the search box: web-search syntax, and junk that must not be an error."""

import pytest

from search.query import MAX_TERMS, parse


def words(query):
    return [[" ".join(term.words) for term in group] for group in query.groups]


def test_words_are_all_required():
    query = parse("foster carers")
    assert words(query) == [["foster"], ["carers"]]
    assert query.fts5() == '("foster") AND ("carers")'


def test_quoted_phrase_is_one_term():
    query = parse('"foster carers" recruitment')
    assert words(query) == [["foster carers"], ["recruitment"]]
    assert query.terms[0].is_phrase


def test_or_joins_the_terms_either_side():
    query = parse('fostering OR adoption "social care"')
    assert words(query) == [["fostering", "adoption"], ["social care"]]
    assert query.fts5() == '("fostering" OR "adoption") AND ("social care")'


def test_minus_excludes():
    query = parse('council -budget -"capital programme"')
    assert words(query) == [["council"]]
    assert [str(term) for term in query.excluded] == ["budget", '"capital programme"']
    assert query.fts5() == '(("council")) NOT "budget" NOT "capital programme"'
    sql, params = query.tsquery_sql()
    assert sql.count("!!websearch_to_tsquery") == 2
    assert params == ["council", "budget", '"capital programme"']


@pytest.mark.parametrize(
    "text, expected",
    [
        ("care & | !(", [["care"]]),
        ("((care))", [["care"]]),
        ("OR care OR", [["care"]]),
        ('"unclosed phrase', [["unclosed phrase"]]),
        ("long-term plan", [["long term"], ["plan"]]),
        ("children's services", [["children"], ["services"]]),
        ("café", [["café"]]),
        ("s.151 officer", [["s 151"], ["officer"]]),
        ("care OR -budget", [["care"]]),
    ],
)
def test_stray_operators_and_punctuation_are_read_as_spaces(text, expected):
    assert words(parse(text)) == expected


@pytest.mark.parametrize("text", ["", "   ", "!!!", "&|()", '""', "-", "-budget", "OR", "the", "the of and"])
def test_nothing_to_search_for_is_empty_not_an_error(text):
    query = parse(text)
    assert query.is_empty
    assert query.excluded == []


def test_common_words_are_left_out_and_reported():
    query = parse("the budget of the council")
    assert words(query) == [["budget"], ["council"]]
    assert query.ignored == ["the", "of"]


def test_very_long_queries_are_cut_short_and_flagged():
    query = parse(" ".join(f"word{n}" for n in range(40)))
    assert query.truncated
    assert len(query.terms) == MAX_TERMS
    assert not parse("foster carers").truncated


def test_replace_words_keeps_the_rest_of_the_query():
    query = parse('"fostr carers" -budgt')
    assert query.replace_words({"fostr": "foster", "budgt": "budget"}) == '"foster carers" -budget'
