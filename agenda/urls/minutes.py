"""The clerks' URLs for writing up a meeting item by item (agenda.views.minutes_writing)."""

from django.urls import path

from ..views import minutes_writing

# Mounted under /clerk/ in the "clerk" namespace with the other clerk patterns.
clerk_patterns = [
    path("meetings/<int:pk>/write-minutes/", minutes_writing.minutes_writer, name="minutes_writer"),
    path(
        "meetings/<int:pk>/write-minutes/items/<int:item_pk>/",
        minutes_writing.minutes_writer,
        name="minutes_writer_item",
    ),
    path(
        "items/<int:pk>/approve-previous-minutes/",
        minutes_writing.approve_previous_minutes,
        name="approve_previous_minutes",
    ),
    path("meetings/<int:pk>/exclude-press-and-public/", minutes_writing.exclusion_add, name="exclusion_add"),
]
