"""
The word diff shown beside a conflicting edit and in the audit history:
marks words, escapes HTML, and does bounded work on a huge text.
"""

import difflib
import re
from html import unescape

import pytest

from scrutiny import textdiff


def _reassemble(pieces, kinds):
    return "".join(piece.text for piece in pieces if piece.kind in kinds)


def test_changed_words_are_marked():
    html = textdiff.inline_diff("That the report be noted.", "That the report be agreed in full.")
    assert html == "That the report be <del>noted</del><ins>agreed in full</ins>."


def test_side_by_side_marks_removed_words_in_the_old_and_added_in_the_new():
    old, new = textdiff.side_by_side("Cllr Patel gave apologies.", "Cllr Patel and Cllr Jones gave apologies.")
    assert old == "Cllr Patel gave apologies."
    assert new == "Cllr Patel <ins>and Cllr Jones </ins>gave apologies."


def test_html_in_either_text_is_escaped():
    old, new = "<b>old</b> & more", '<script>alert("x")</script> & more'
    for html, text in zip(textdiff.side_by_side(old, new), (old, new)):
        markup_left = re.sub(r"</?(ins|del)>", "", html)
        assert "<" not in markup_left and ">" not in markup_left
        assert unescape(markup_left) == text


def test_a_change_near_the_end_of_long_minutes_shows_with_the_unchanged_start_collapsed():
    start = " ".join(f"word{n}" for n in range(500))
    html = textdiff.inline_diff(f"{start} The motion was lost.", f"{start} The motion was carried.", collapse=True)
    assert "<del>lost</del><ins>carried</ins>." in html
    assert "unchanged words" in html
    assert "word250" not in html
    assert "word499" in html  # context before the change


def test_pieces_rebuild_both_versions():
    old = "One two three.\nFour five six.\nSeven."
    new = "One three.\nFour five six seven.\nEight."
    pieces = textdiff.diff_pieces(old, new)
    assert _reassemble(pieces, {"equal", "delete"}) == old
    assert _reassemble(pieces, {"equal", "insert"}) == new


@pytest.fixture
def matcher_sizes(monkeypatch):
    """The length of every sequence the diff hands to difflib."""
    sizes = []

    class CountingMatcher(difflib.SequenceMatcher):
        def set_seqs(self, a, b):
            sizes.extend([len(a), len(b)])
            super().set_seqs(a, b)

    monkeypatch.setattr(textdiff, "SequenceMatcher", CountingMatcher)
    return sizes


FIVE_MB = 5 * 1024 * 1024


def _long_text(seed):
    line = f"{seed} the committee considered the report of the director and asked questions.\n"
    return line * (FIVE_MB // len(line) + 1)


@pytest.mark.parametrize(
    "old, new",
    [
        # One word changed in the middle of 5 MB.
        (_long_text("A"), _long_text("A")[: FIVE_MB // 2] + " inserted " + _long_text("A")[FIVE_MB // 2:]),
        # Changed at the start and the end: the whole middle differs in position.
        ("Start " + _long_text("A") + " end", "Begin " + _long_text("A") + " finish"),
        # Nothing in common line by line.
        (_long_text("A"), _long_text("B")),
    ],
    ids=["one-word", "both-ends", "all-different"],
)
def test_a_five_megabyte_text_is_never_compared_whole(matcher_sizes, old, new):
    assert len(old) >= FIVE_MB
    pieces = textdiff.diff_pieces(old, new)
    assert _reassemble(pieces, {"equal", "delete"}) == old
    assert _reassemble(pieces, {"equal", "insert"}) == new
    # Words in the text: about a million. The longest sequence difflib saw:
    longest = max(matcher_sizes, default=0)
    assert longest <= max(textdiff.MAX_WORDS, textdiff.MAX_LINES)
    assert longest * 100 < len(textdiff._tokens(old))


def test_a_collapsed_diff_of_a_huge_insertion_shows_its_start_and_counts_the_rest():
    added = "word " * 100_000
    html = textdiff.inline_diff("", added, collapse=True)
    assert html.startswith("<ins>word word")
    assert len(html) < textdiff.MAX_SHOWN_CHANGE + 200
    assert "more words …]" in html
