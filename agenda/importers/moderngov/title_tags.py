"""Tags an agenda prints at a title's end that are no part of its name.

"(verbal item)", "(verbal update)" or "(verbal report)" tells only that no
paper goes with the item; a decision's reference code in round brackets
("(CAB04(19/20))", "(EX/12/21)": capitals, then figures with a slash) files the
decision.  Both are dropped from the title.  Words in brackets ("(Part 2)",
"(information report)") and a year alone ("(2031/32)") are the title's own.
"""

from __future__ import annotations

import re

# " (verbal item)" at the title's end
_VERBAL = re.compile(r" ?\(verbal(?: item| update| report)?\)$", re.I)
# " (CAB04(19/20))", " (EX12(21/22))", " (CAB/12/21)", " (KD 23/24)" at the title's end
_REFERENCE = re.compile(
    r" ?\((?:[A-Z]{2,8} ?\d{1,4} ?\(\d{1,4}/\d{1,4}\)|[A-Z]{2,8} ?\d{0,4}/\d{1,4}(?:/\d{1,4})?)\)$"
)


def without_tags(title: str) -> str:
    """The title without a closing "(verbal item)" nor a closing decision reference code."""
    for pattern in (_VERBAL, _REFERENCE):
        cut = pattern.search(title)
        if cut is not None and cut.start() > 0:
            title = title[: cut.start()].rstrip()
    return title
