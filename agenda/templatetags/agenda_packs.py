"""The PDF packs a public page links to (agenda/views/packs.py)."""

from django import template

register = template.Library()


@register.simple_tag
def supplementary_publications(meeting):
    """The meeting's supplementary agendas, oldest first, each with its own pack."""
    return list(meeting.publications.filter(is_supplementary=True).order_by("published_at", "id"))
