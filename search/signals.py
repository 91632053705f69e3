"""
Keep the search index in step with the records, in the same transaction.

Every change to an item, its decisions, its papers or its meeting goes
through ``Model.save`` (the services in ``agenda.services`` and
``meetings.services`` never update in bulk), so saving is the one place to
catch them all. A deleted record's entries go with it: they cascade.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Meeting

from .indexing import index_items


@receiver(post_save, sender=AgendaItem, dispatch_uid="search_item_saved")
def item_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index_items([instance.pk])


@receiver(post_save, sender=Resolution, dispatch_uid="search_resolution_saved")
@receiver(post_save, sender=SupportingDocument, dispatch_uid="search_document_saved")
def part_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index_items([instance.item_id])


@receiver(post_save, sender=Meeting, dispatch_uid="search_meeting_saved")
def meeting_saved(sender, instance, raw=False, created=False, **kwargs):
    # Publishing, dates and the minutes' status all change what is found.
    if not raw and not created:
        index_items(AgendaItem.objects.filter(meeting_id=instance.pk).values_list("pk", flat=True))
