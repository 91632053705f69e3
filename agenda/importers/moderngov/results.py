"""What the reader returns, and the error it raises for text that is not an item."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

#: Larger input is refused: a single agenda item is a few kilobytes, so
#: megabytes mean the wrong file was chosen (a whole minutes book, a PDF...).
MAX_INPUT_CHARS = 2_000_000

NOT_A_RECORD = "This does not look like a ModernGov agenda item"
LOOKED_FOR = (
    "expected a title followed by a purpose, a 'Minutes:' heading or narrative, "
    "a decision marker (RESOLVED, AGREED, DECISION) or a 'Supporting documents:' list"
)
TOO_LONG = (
    "This text is too long to be one agenda item (over 2 MB). "
    "Paste a single item, from its title to 'Supporting documents:'."
)


class ParseError(ValueError):
    """The text is not an agenda item; the message is written for a clerk."""


@dataclass
class ParsedResolution:
    label: str  # "" when unlabelled; otherwise "1", "a", "ii", "2.1" without punctuation
    text: str


@dataclass
class ParsedRecord:
    title: str
    description: str
    presenter: str | None
    minutes: str
    preamble: str | None
    resolutions: list[ParsedResolution]
    reason_for_decision: str | None
    documents: list[str]
    number: str | None = None  # item number taken off the title; not part of to_dict()
    #: Other labelled fields of a decision page ("Publication date", "Decision Maker"...),
    #: as (label, value) in the order found.
    details: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The public keys, JSON-serialisable (``number`` is left out)."""
        data = asdict(self)
        del data["number"]
        data["details"] = [list(pair) for pair in self.details]
        return data
