"""What an import did, counted by kind of record, with the reason for every skip."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

KINDS = ("committees", "meetings", "items", "resolutions", "documents", "people", "memberships", "attendance")
OUTCOMES = ("created", "updated", "unchanged", "skipped")


@dataclass
class Report:
    counts: dict[str, Counter] = field(default_factory=lambda: {kind: Counter() for kind in KINDS})
    skips: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    dry_run: bool = False

    def count(self, kind: str, outcome: str, reason: str = "") -> None:
        self.counts[kind][outcome] += 1
        if outcome == "skipped":
            self.skips.append(reason)

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())

    def summary(self) -> dict:
        return {kind: {outcome: self.counts[kind][outcome] for outcome in OUTCOMES} for kind in KINDS}

    def lines(self) -> list[str]:
        lines = ["Dry run: nothing was saved." if self.dry_run else "Imported from ModernGov."]
        width = max(len(kind) for kind in KINDS)
        for kind in KINDS:
            counter = self.counts[kind]
            parts = ", ".join(f"{counter[outcome]} {outcome}" for outcome in OUTCOMES)
            lines.append(f"  {kind.ljust(width)}  {parts}")
        if self.skips:
            lines.append("Skipped:")
            lines += [f"  - {reason}" for reason in self.skips]
        if self.warnings:
            lines.append("Check:")
            lines += [f"  - {warning}" for warning in self.warnings]
        if self.failures:
            lines.append("Failed (nothing of these was saved; the rest was):")
            lines += [f"  - {failure}" for failure in self.failures]
        return lines
