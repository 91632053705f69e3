"""
Clean the text already saved in the record of control characters, bidi
overrides and carriage returns, as meetings.text now does to every text
saved (see that module for why). Only rows that hold such a character are
read and written; the audit history is left as it was recorded.
"""

import re

from django.db import migrations

# As in meetings.text at the time of writing; a migration keeps its own copy.
UNWANTED = "\x01-\x08\x0b\x0c\x0d\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff"
UNWANTED_RE = re.compile(f"[{UNWANTED}]")
MODELS = {
    "meetings": ["Committee", "Person", "Membership", "Meeting", "Attendance"],
    "agenda": [
        "AgendaItem", "Resolution", "RecordedVote", "Declaration", "SupportingDocument",
        "MinutesCorrection", "AgendaPublication",
    ],
}


def clean(value):
    return UNWANTED_RE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def clean_saved_text(apps, schema_editor):
    for app_label, names in MODELS.items():
        for name in names:
            try:
                model = apps.get_model(app_label, name)
            except LookupError:
                continue
            for field in model._meta.concrete_fields:
                if field.get_internal_type() not in ("CharField", "TextField", "SlugField"):
                    continue
                rows = model.objects.filter(**{f"{field.name}__regex": f"[{UNWANTED}]"})
                for pk, value in rows.values_list("pk", field.name).iterator():
                    model.objects.filter(pk=pk).update(**{field.name: clean(value)})


class Migration(migrations.Migration):

    dependencies = [
        ("agenda", "0004_minute_numbers_and_references"),
        ("meetings", "0004_meeting_dates_read_within_computable_range"),
    ]

    operations = [migrations.RunPython(clean_saved_text, migrations.RunPython.noop)]
