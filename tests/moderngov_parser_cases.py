"""
The table the ModernGov reader's shape tests are written in: each test file
builds its cases with ``case(...)`` (the page's text and every field it must
give) and checks each with ``assert_read_exactly``; ``count_regex_work`` is
how the linear-time tests measure the work a page costs.
"""

from textwrap import dedent

import pytest

from agenda.importers.moderngov import ParsedResolution, parse_record

FIELDS = ("title", "description", "presenter", "resolutions", "reason_for_decision", "documents")


class CaseTable(list):
    """The pytest params of one file's cases."""

    def case(self, name, text, title, description="", presenter=None, resolutions=(), reason=None,
             documents=(), **extra):
        self.append(pytest.param(
            dedent(text).strip("\n"),
            {
                "title": title,
                "description": description,
                "presenter": presenter,
                "resolutions": [ParsedResolution(label, body) for label, body in resolutions],
                "reason_for_decision": reason,
                "documents": list(documents),
                **extra,
            },
            id=name,
        ))


def assert_read_exactly(text, expected):
    assert set(FIELDS) <= set(expected)
    record = parse_record(text)
    got = {key: getattr(record, key) for key in expected}
    assert got == expected


def count_regex_work(monkeypatch):
    """
    Wrap every compiled pattern of the reader so each call adds the length of
    the text it was given: the characters the patterns were asked to scan.
    """
    import re

    from agenda.importers.moderngov import (
        body_lead_ins, cells, condition_rows, decision_pages, documents, endings, furniture, issue_fields, label_marks,
        lines, markers, narrated_outcomes, notes, purpose, record, repeats, report_lines, resolutions, segments,
        unmarked, votes,
    )

    scanned = [0]

    class Counting:
        def __init__(self, pattern):
            self._pattern = pattern

        def __getattr__(self, name):
            method = getattr(self._pattern, name)
            if not callable(method):
                return method

            def counted(*args, **kwargs):
                text = next((arg for arg in args if isinstance(arg, str)), "")
                scanned[0] += len(text) + 1
                return method(*args, **kwargs)

            return counted

    for module in (body_lead_ins, cells, condition_rows, decision_pages, documents, endings, furniture, issue_fields,
                   label_marks, lines, markers, narrated_outcomes, notes, purpose, record, repeats, report_lines,
                   resolutions, segments, unmarked, votes):
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, Counting(value))
    return scanned


def assert_work_in_proportion(monkeypatch, page):
    """
    Reading ``page(2000)`` makes the reader's patterns scan at most five
    times what reading ``page(500)`` does: work in proportion to the size.
    """
    scanned = count_regex_work(monkeypatch)

    def work(n):
        scanned[0] = 0
        parse_record(page(n))
        return scanned[0]

    small, large = work(500), work(2_000)
    assert large <= 5 * small
