"""A last item of a decision's list whose label was lost in copying.

Under a lead-in ("RESOLVED: That Cabinet") a labelled list ("(1) Endorsed
the plan;") may be followed by one more paragraph, unlabelled, before the
documents or the page's end, built like the items: its first word a decision
verb in the same form as theirs ("Approved the annual report.", after
"Endorsed ..."; "Delegate ...", after "Approve ...").  It completes the
lead-in as they do: it is an item whose label was lost, read as a resolution
of its own with an empty label, not as the minutes' narrative.
"""

from __future__ import annotations

from .lines import label
from .resolutions import items

# The verbs a decision's items open with, in their base form.
_VERBS = {
    "accept", "acknowledge", "adopt", "agree", "allocate", "amend", "appoint", "approve", "ask", "authorise",
    "authorize", "award", "commend", "confirm", "decide", "defer", "delegate", "endorse", "grant",
    "instruct", "note", "receive", "recommend", "refer", "refuse", "reject", "request", "resolve", "support",
    "welcome",
}


def _form(text: str) -> str | None:
    """ "base" or "past" for a decision verb opening the text ("Approve", "Approved"), else None."""
    word = text.split(" ", 1)[0].strip(",;:").lower()
    if word in _VERBS:
        return "base"
    if word.endswith("ed") and (word[:-1] in _VERBS or word[:-2] in _VERBS or word[:-3] in _VERBS):
        return "past"  # "approved", "requested", "deferred", "referred"
    return None


def split(lines: list[str], cut: int, below: int) -> tuple[int, list[list[str]]]:
    """(where the decision ends, its blocks): the lines up to ``cut``, and, when the paragraph at
    ``cut`` is the list's last item with its label lost, that paragraph as a block of its own."""
    end = _lost_item_end(lines, cut, below)
    if end is None:
        return cut, [lines[:cut]]
    return end, [lines[:cut], lines[cut:end]]


def _lost_item_end(lines: list[str], cut: int, below: int) -> int | None:
    if cut >= below or cut == 0 or lines[cut - 1] or not lines[cut] or label(lines[cut]):
        return None
    end = cut
    while end < len(lines) and lines[end]:
        end += 1
    if any(lines[end:]) or not lines[end - 1].endswith("."):
        return None  # not the last paragraph before the documents or the page's end
    found = items(lines[:cut])
    lead = [line for line in lines[: found[0][0]] if line] if found else []
    if not lead or label(lead[-1]):
        return None  # no lead-in that the items complete
    form = _form(lines[cut])
    if form is None or any(_form(text) != form for _, _, text in found):
        return None
    return end
