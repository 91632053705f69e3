"""
Pages of the lists. The long ones (meetings, items, resolutions, papers,
corrections) are paged by cursor: a page is found by where the last one
ended rather than by counting rows, so a deep page costs what the first
does, and a record added meanwhile neither repeats nor skips one.
"""

from django.utils.dateparse import parse_datetime
from rest_framework.exceptions import NotFound
from rest_framework.pagination import CursorPagination, PageNumberPagination

MAX_PAGE_SIZE = 200


class ShortListPagination(PageNumberPagination):
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE


class LongListPagination(CursorPagination):
    """By id: unique and never changed, so the order is stable."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = ("id",)
    invalid_cursor_message = "That cursor is not one this list gave: start again from the first page."

    def decode_cursor(self, request):
        """
        The cursor, refused (404) unless its position could be one of this
        list's: a cursor is only base64, and a made-up position (a word
        where an id goes) must not reach the database, which would fail.
        """
        cursor = super().decode_cursor(request)
        if cursor is not None and cursor.position is not None and not self.is_position(cursor.position):
            raise NotFound(self.invalid_cursor_message)
        return cursor

    def is_position(self, position):
        return position.isdigit() and int(position) < 2**63


class MeetingPagination(LongListPagination):
    """Newest first (the id breaks ties between meetings at the same moment)."""

    ordering = ("-start", "-id")

    def is_position(self, position):
        try:
            return parse_datetime(position) is not None
        except ValueError:
            return False
