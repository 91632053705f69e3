"""
The ``minutes_text`` filter: a minute or reason typed as plain text, shown as
GOV.UK paragraphs and bullet lists.

Clerks write minutes as plain text (or paste them from ModernGov): blank
lines separate paragraphs, and lines starting with "- " are bullet points.
Every piece of text is escaped before it is wrapped in markup, so nothing a
clerk types (or an imported file holds) can become HTML.
"""

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

BULLET = "- "


def _block_html(lines):
    """One block of lines: runs of bullet lines become a list, other runs a paragraph."""
    parts = []
    run, run_is_list = [], False
    for line in lines + [None]:
        is_list = line is not None and line.startswith(BULLET)
        if run and (line is None or is_list != run_is_list):
            if run_is_list:
                items = format_html_join("", "<li>{}</li>", ((text,) for text in run))
                parts.append(format_html('<ul class="govuk-list govuk-list--bullet">{}</ul>', items))
            else:
                text = mark_safe("<br>".join(conditional_escape(text) for text in run))
                parts.append(format_html('<p class="govuk-body">{}</p>', text))
            run = []
        if line is not None:
            run.append(line[len(BULLET):].strip() if is_list else line)
            run_is_list = is_list
    return parts


@register.filter(is_safe=True)
def minutes_text(value):
    """Plain text to escaped HTML: <p> per paragraph, <ul> for "- " lines."""
    text = str(value or "").replace("\r\n", "\n").replace("\r", "\n")
    parts = []
    block = []
    for raw_line in text.split("\n") + [""]:
        line = raw_line.strip()
        if line:
            block.append(line)
        elif block:
            parts.extend(_block_html(block))
            block = []
    return mark_safe("\n".join(parts))
