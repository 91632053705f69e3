"""A "Decision details" page opening at its reference.

Some sites give the decision's reference as the page's first field row
("Reference: D10234") above "Decision Maker:" and the other opening fields.
A copy starting there lost only its title, as one starting at "Decision
Maker:" does; a text opening with other fields alone is still no page.
"""

from __future__ import annotations

from .decision_pages import decision_field
from .markers import detail

#: How many field rows may stand above the first of a decision's opening fields.
_MAX_ROWS_ABOVE = 3


def opens_decision_fields(lines: list[str], index: int) -> bool:
    """Does the text open at ``index`` with field rows ("Reference: D10234"), a decision page's
    opening field ("Decision Maker: Cabinet") among the first few?"""
    rows = 0
    for line in lines[index:]:
        if not line:
            continue
        if detail(line) is None or rows > _MAX_ROWS_ABOVE:
            return False
        if decision_field(line):
            return True
        rows += 1
    return False
