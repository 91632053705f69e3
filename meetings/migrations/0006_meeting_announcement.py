"""
Meetings become drafts, seen by clerks alone, until announced. Every meeting
recorded before this is already public, so each is marked announced: when
its agenda was published, or now if it has none.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models.functions import Coalesce
from django.utils import timezone


def announce_existing_meetings(apps, schema_editor):
    Meeting = apps.get_model("meetings", "Meeting")
    Meeting.objects.filter(announced_at__isnull=True).update(
        announced_at=Coalesce("agenda_published_at", models.Value(timezone.now()))
    )


class Migration(migrations.Migration):

    dependencies = [
        ('meetings', '0005_public_record_version'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='historicalmeeting',
            name='announced_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='historicalmeeting',
            name='announced_by',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='meeting',
            name='announced_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='meeting',
            name='announced_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.RunPython(announce_existing_meetings, migrations.RunPython.noop),
    ]
