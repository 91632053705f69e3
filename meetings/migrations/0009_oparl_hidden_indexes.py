"""
Indexes for OParl's deleted objects (oparl/records.py): the meetings not
public, and the "-" (deleted) entries of each history OParl reads, so that
finding the records no longer public reads these few rows, not the whole
record. The history tables are simple_history's, whose models take no
indexes of their own, so those are written in SQL (the same on SQLite and
PostgreSQL).
"""

from django.conf import settings
from django.db import migrations, models

HISTORIES = ["meetings_historicalcommittee", "meetings_historicalperson", "meetings_historicalmembership",
             "meetings_historicalmeeting"]


def removed_index(table):
    name = f"{table.split('_', 1)[1]}_removed_idx"
    return migrations.RunSQL(
        f"CREATE INDEX {name} ON {table} (id) WHERE history_type = '-'",
        reverse_sql=f"DROP INDEX {name}",
    )


class Migration(migrations.Migration):

    dependencies = [
        ('meetings', '0008_imported_records'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name='meeting',
            index=models.Index(
                condition=models.Q(('announced_at__isnull', True), ('agenda_published_at__isnull', True), _connector='OR'),
                fields=['id'], name='meeting_hidden_idx',
            ),
        ),
        *(removed_index(table) for table in HISTORIES),
    ]
