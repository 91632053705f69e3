"""
Minutes, purposes and reasons are now stored as sanitised HTML (see
scrutiny.richtext). The plain text already saved (blank lines between
paragraphs, "- " before a bullet) becomes paragraphs and lists; going back,
the HTML becomes that plain text again. The audit history is converted too,
so comparing a version from before with one from after compares like with
like.

Rows are read and written a batch at a time by primary key, so minutes of a
megabyte on many items never sit in memory together, and no cursor is kept
open on a table being written (which SQLite does not isolate).
"""

from django.db import migrations

import scrutiny.fields
from scrutiny import richtext

FIELDS = ["description", "minutes", "reason_for_decision"]
# Small: each row may hold megabytes.
BATCH = 20


def convert_rows(model, convert, fields=FIELDS, batch=BATCH):
    """Rewrite each non-empty value of `fields` on `model` as convert(value), a batch of rows at a time."""
    manager = model._base_manager
    pks = list(manager.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), batch):
        rows = manager.filter(pk__in=pks[start:start + batch]).values_list("pk", *fields)
        for pk, *values in rows:
            changed = {}
            for name, value in zip(fields, values):
                converted = convert(value) if value else value
                if converted != value:
                    changed[name] = converted
            if changed:
                manager.filter(pk=pk).update(**changed)


def text_to_html(apps, schema_editor):
    for name in ("AgendaItem", "HistoricalAgendaItem"):
        convert_rows(apps.get_model("agenda", name), richtext.from_text)


def html_to_text(apps, schema_editor):
    for name in ("AgendaItem", "HistoricalAgendaItem"):
        convert_rows(apps.get_model("agenda", name), richtext.to_text)



class Migration(migrations.Migration):

    dependencies = [
        ('agenda', '0009_item_withdrawal'),
    ]

    # The data is converted while the fields are still plain TextFields going
    # forwards, and once they are again going backwards: a RichTextField
    # would turn the text written back into HTML.
    operations = [
        migrations.RunPython(text_to_html, html_to_text),
        migrations.AlterField(
            model_name='agendaitem',
            name='description',
            field=scrutiny.fields.RichTextField(blank=True, verbose_name='purpose'),
        ),
        migrations.AlterField(
            model_name='agendaitem',
            name='minutes',
            field=scrutiny.fields.RichTextField(blank=True),
        ),
        migrations.AlterField(
            model_name='agendaitem',
            name='reason_for_decision',
            field=scrutiny.fields.RichTextField(blank=True),
        ),
        migrations.AlterField(
            model_name='historicalagendaitem',
            name='description',
            field=scrutiny.fields.RichTextField(blank=True, verbose_name='purpose'),
        ),
        migrations.AlterField(
            model_name='historicalagendaitem',
            name='minutes',
            field=scrutiny.fields.RichTextField(blank=True),
        ),
        migrations.AlterField(
            model_name='historicalagendaitem',
            name='reason_for_decision',
            field=scrutiny.fields.RichTextField(blank=True),
        ),
    ]
