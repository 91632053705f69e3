"""
Indexes for OParl's deleted objects (oparl/records.py), as in
meetings/migrations/0009: the items and papers not public, the papers with
no file, and the "-" (deleted) entries of the items' and papers' histories.
"""

from importlib import import_module

from django.conf import settings
from django.db import migrations, models

removed_index = import_module("meetings.migrations.0009_oparl_hidden_indexes").removed_index


class Migration(migrations.Migration):

    dependencies = [
        ('agenda', '0012_publication_by_may_be_unknown'),
        ('meetings', '0009_oparl_hidden_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name='agendaitem',
            index=models.Index(
                condition=models.Q(('published_at__isnull', True), ('is_exempt', True), _connector='OR'),
                fields=['id'], name='item_hidden_idx',
            ),
        ),
        migrations.AddIndex(
            model_name='supportingdocument',
            index=models.Index(condition=models.Q(('is_exempt', True)), fields=['id'], name='document_exempt_idx'),
        ),
        migrations.AddIndex(
            model_name='supportingdocument',
            index=models.Index(
                condition=models.Q(('file', ''), ('source_url', '')), fields=['id'], name='document_without_file_idx',
            ),
        ),
        removed_index("agenda_historicalagendaitem"),
        removed_index("agenda_historicalsupportingdocument"),
    ]
