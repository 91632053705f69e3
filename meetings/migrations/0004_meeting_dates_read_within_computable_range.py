"""
Meeting dates are read from the database within the range the site can
compute with (meetings.dates.ComputableDateTimeField). The column is the
same: only Django's idea of the field changes, so nothing is done to the
database, which on SQLite would rebuild the table and drop the triggers
of migration 0002.
"""

import meetings.dates
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('meetings', '0003_committee_abbreviation_unique'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='historicalmeeting',
                    name='end',
                    field=meetings.dates.ComputableDateTimeField(blank=True, null=True),
                ),
                migrations.AlterField(
                    model_name='historicalmeeting',
                    name='start',
                    field=meetings.dates.ComputableDateTimeField(),
                ),
                migrations.AlterField(
                    model_name='meeting',
                    name='end',
                    field=meetings.dates.ComputableDateTimeField(blank=True, null=True),
                ),
                migrations.AlterField(
                    model_name='meeting',
                    name='start',
                    field=meetings.dates.ComputableDateTimeField(),
                ),
            ],
        ),
    ]
