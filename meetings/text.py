"""
Clean text as it enters the record, and again where it leaves as XML or
iCalendar. Pure functions: no requests, no database.

Text pasted from Word, an old system's export or a PDF carries characters
that have no place in a public record: C0 control characters (which XML 1.0
cannot carry at all, so one breaks an Atom feed), the non-characters U+FFFE
and U+FFFF, and the bidirectional overrides and isolates (U+202A–U+202E,
U+2066–U+2069), which can make a title read backwards or disguise a file
name ("Trojan Source", CVE-2021-42574). Tab and newline are kept; carriage
returns become newlines, as a browser sends a textarea's line ends as CRLF.
"""

import re

# C0 controls but tab and newline, DEL, the C1 controls, the bidi overrides
# and isolates, and the non-characters XML 1.0 forbids.
UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
# Lone surrogates cannot be encoded as UTF-8 and so cannot be sent at all.
SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(value):
    """
    The text with line ends made newlines and unwanted characters removed.
    Anything that is not a string is returned as it is.
    """
    if not isinstance(value, str):
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = UNWANTED.sub("", value)
    return SURROGATES.sub("\ufffd", value)


def has_unwanted(value):
    return isinstance(value, str) and bool(UNWANTED.search(value) or SURROGATES.search(value) or "\r" in value)


def clean_text_fields(sender, instance, **kwargs):
    """
    A ``pre_save`` receiver: clean every text field of the record about to be
    saved, whichever form, import, command or service is saving it.
    """
    for field in instance._meta.concrete_fields:
        if field.get_internal_type() in ("CharField", "TextField", "SlugField"):
            value = getattr(instance, field.attname)
            if has_unwanted(value):
                setattr(instance, field.attname, clean_text(value))
