"""
The ``rich_text`` filter: stored minutes, a purpose or a reason shown as
GOV.UK paragraphs, lists and tables. The stored HTML is sanitised again on
the way out (see scrutiny.richtext.for_display), so a value written straight
into the database is never served as it is; older plain text is converted.

``rich_text_words`` gives the words alone, for a summary cut to length.
"""

from django import template
from django.utils.safestring import mark_safe

from scrutiny import richtext

register = template.Library()


@register.filter(is_safe=True)
def rich_text(value):
    return mark_safe(richtext.for_display(value))


@register.filter
def rich_text_words(value):
    return richtext.to_text(value)
