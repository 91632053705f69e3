"""
Resolution labels unique within an item; corrections that name the
resolution they correct; the municipal year's label on minute numbers.

Labels repeated within an item before the constraint existed are made
unique first: a repeated label takes the suffix its reference was given
(the numbering already refused to cite two resolutions alike, so
"CYP/2026/4(2)" gives "2"), or is cleared. References never change.
"""

import re

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


SUFFIX = re.compile(r"\(([^()]{1,10})\)$")


def unrepeat_labels(apps, schema_editor):
    Resolution = apps.get_model("agenda", "Resolution")
    repeated = (
        Resolution.objects.exclude(label="")
        .values("item_id", "label")
        .annotate(n=models.Count("id"))
        .filter(n__gt=1)
    )
    for row in repeated:
        siblings = Resolution.objects.filter(item_id=row["item_id"])
        taken = set(siblings.exclude(label="").values_list("label", flat=True))
        for resolution in list(siblings.filter(label=row["label"]).order_by("order", "id"))[1:]:
            match = SUFFIX.search(resolution.reference)
            label = match.group(1) if match and match.group(1) not in taken else ""
            resolution.label = label
            resolution.save(update_fields=["label"])
            taken.add(label)


class Migration(migrations.Migration):

    dependencies = [
        ('agenda', '0005_clean_saved_text'),
        ('meetings', '0005_public_record_version'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='agendaitem',
            name='minute_year_label',
            field=models.CharField(blank=True, editable=False, max_length=9),
        ),
        migrations.AddField(
            model_name='historicalagendaitem',
            name='minute_year_label',
            field=models.CharField(blank=True, editable=False, max_length=9),
        ),
        migrations.AddField(
            model_name='historicalminutescorrection',
            name='resolution',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='agenda.resolution'),
        ),
        migrations.AddField(
            model_name='minutescorrection',
            name='resolution',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='corrections', to='agenda.resolution'),
        ),
        migrations.AddConstraint(
            model_name='minutescorrection',
            constraint=models.CheckConstraint(condition=models.Q(('resolution__isnull', True), ('item__isnull', False), _connector='OR'), name='correction_to_resolution_names_item'),
        ),
        migrations.RunPython(unrepeat_labels, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='resolution',
            constraint=models.UniqueConstraint(condition=models.Q(('label', ''), _negated=True), fields=('item', 'label'), name='resolution_label_unique_in_item', violation_error_message='Another resolution of this item has that label.'),
        ),
    ]
