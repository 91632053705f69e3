"""A last item of a decision's list whose label was lost in copying.

Under a lead-in ("RESOLVED: That Cabinet") a labelled list ("(1) Endorsed
the plan;") may be followed by one more paragraph, unlabelled, straight after
the last item's and before the documents or the page's end, built like the
items: its first word a decision verb in the same form as theirs ("Approved
the annual report.", after "Endorsed ..."; "Delegate ...", after "Approve
...").  It completes the lead-in as they do: it is an item whose label was
lost, read as a resolution of its own with an empty label, not as the
minutes' narrative.
"""

from __future__ import annotations

from .lines import label

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


def _paragraph_start(lines: list[str], end: int) -> int:
    """Where the paragraph whose last line is at ``end - 1`` begins."""
    start = end
    while start and lines[start - 1]:
        start -= 1
    return start


def last_item(lines: list[str], found: list[tuple[int, str, str]]) -> int | None:
    """Where the block's last paragraph begins when it is its list's last item with the label lost
    (``found`` the list's items, as (line index, label, text)); else None."""
    if not found:
        return None
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    start = _paragraph_start(lines, end)
    if start <= found[-1][0] or label(lines[start]) or not lines[end - 1].endswith("."):
        return None
    above = start
    while above and not lines[above - 1]:
        above -= 1
    if above == start or _paragraph_start(lines, above) != found[-1][0]:
        return None  # not set apart straight under the last item's paragraph
    lead = [line for line in lines[: found[0][0]] if line]
    if not lead or label(lead[-1]):
        return None  # no lead-in that the items complete
    form = _form(lines[start])
    if form is None or any(_form(text) != form for _, _, text in found):
        return None
    return start
