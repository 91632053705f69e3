"""
Lists as CSV, streamed: rows are written as the database hands them over,
so a download of a million rows costs no more memory than one of ten.

A cell that a spreadsheet would read as a formula (starting with = + - @,
a tab or a carriage return) is written with a leading apostrophe, so that
opening a download never runs what someone typed into the record.
"""

import csv

from django.http import StreamingHttpResponse

from meetings.text import clean_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Rows fetched from the database at a time.
CHUNK_SIZE = 2000
# Rows sent at a time: many short writes cost more than the rows themselves.
ROWS_A_WRITE = 200


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = clean_text(str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Echo:
    """A file whose write returns what is written, for csv.writer to feed a streamed response."""

    def write(self, value):
        return value


def _lines(header, rows):
    writer = csv.writer(_Echo())
    # A byte order mark, so that spreadsheet programs read the file as UTF-8.
    yield "\ufeff" + writer.writerow(header)
    lines = []
    for row in rows:
        lines.append(writer.writerow([csv_cell(value) for value in row]))
        if len(lines) == ROWS_A_WRITE:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)


def streamed_csv(header, rows, filename):
    """A response streaming ``rows`` (an iterable of lists) under ``header``, to be saved as ``filename``."""
    response = StreamingHttpResponse(_lines(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
