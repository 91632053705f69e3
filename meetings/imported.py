"""
Where an imported record came from, so that importing again finds it.

``source`` names the system and site ("moderngov:https://democracy.example.gov.uk"),
``external_id`` the record's id there, and ``import_fingerprint`` a hash of
the values as last imported: a later import compares it with the values now
held to tell a record edited here (kept unless the import is told to
overwrite) from one left as imported (updated from the source).
"""

from django.db import models
from django.db.models import Q


class ImportedRecord(models.Model):
    # With a database default, so that rows written without these columns
    # (older code, migrations' historical models) are simply not imported.
    source = models.CharField(max_length=200, blank=True, default="", db_default="", editable=False)
    external_id = models.CharField(max_length=100, blank=True, default="", db_default="", editable=False)
    import_fingerprint = models.CharField(max_length=64, blank=True, default="", db_default="", editable=False)

    class Meta:
        abstract = True


def imported_once(name):
    """The constraint that a record of one source and id is imported once."""
    return models.UniqueConstraint(
        fields=["source", "external_id"], condition=~Q(external_id=""), name=name
    )
