"""
Fingerprints of the rows a form was built from, for forms that save several
rows at once (attendance, declarations, a membership...). The form carries
the fingerprint in a hidden field; the service recomputes it under lock and
refuses the save when someone else changed the rows in between, so that a
stale form never silently puts back what another clerk just changed.
"""

import hashlib
import json

from django import forms


def of_rows(rows):
    """A short hash of rows (lists, dicts or plain values), independent of their order."""
    encoded = sorted(json.dumps(row, sort_keys=True, default=str) for row in rows)
    return hashlib.sha256("\n".join(encoded).encode()).hexdigest()[:32]


def of_instance(instance):
    """
    The fingerprint of one saved record's own fields, those no form edits
    included: a record's time of last change, or the number and
    import fingerprint the site gives it, move on any save.
    """
    if instance is None or instance.pk is None:
        return of_rows([])
    return of_rows([{field.attname: field.value_from_object(instance) for field in instance._meta.concrete_fields}])


class FingerprintField(forms.CharField):
    """
    The hidden field carrying a fingerprint. A mangled one counts as stale;
    one left out entirely (never by the page, which always sends it) checks
    nothing and cleans to None.
    """

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, empty_value=None, **kwargs)
