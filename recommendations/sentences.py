"""
The sentences of an item's minutes, so that a clerk can make one an action
without typing it again. Minutes are stored as sanitised HTML; their words
(scrutiny.richtext.to_text) are split into paragraphs and list items, and
those into sentences at a full stop, question or exclamation mark followed
by a capital, a digit or an opening quote or bracket, except after the
abbreviations minutes use ("Cllr.", "e.g.", "No.").
"""

import re

from scrutiny.richtext import to_text

_ABBREVIATIONS = {
    "cllr", "councillor", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "para", "paras",
    "e.g", "i.e", "etc", "cf", "approx", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "vol", "p", "pp", "ref",
}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_LIST_MARK = re.compile(r"^(?:[-*•]|\d+[.)])\s+")


def _split_block(block):
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(block):
        before = block[start:match.start()].rstrip("\"”’')]")
        last_word = before.rsplit(None, 1)[-1] if before.split() else ""
        if last_word.rstrip(".").lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", last_word):
            continue
        sentences.append(block[start:match.end()].strip())
        start = match.end()
    sentences.append(block[start:].strip())
    return [sentence for sentence in sentences if sentence]


def sentences(minutes, limit=None):
    """
    The minutes' sentences, in order; each list item and table row is at
    least one of its own. With ``limit``, no more than that many are found.
    """
    found = []
    for line in to_text(minutes).splitlines():
        line = _LIST_MARK.sub("", line.strip())
        if line:
            found.extend(_split_block(re.sub(r"\s+", " ", line)))
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found
