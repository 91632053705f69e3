"""
A supporting document's stored file goes with its row.

Rows go by many paths: the clerk's "Remove", an item or meeting deleted
with everything on it, the admin, a queryset in a shell. ``post_delete`` is
sent for each of them (Django fetches the rows of a cascade to send it), so
it is the one place to catch them all. The file is removed only once the
transaction commits (see ``document_files``).
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import Signal, receiver

from .document_files import remove_file_after_commit
from .models import SupportingDocument

#: Sent by whatever writes resolutions in bulk, without ``post_save`` (an
#: importer), with ``resolutions``: the rows just inserted, so that the apps built on
#: the agenda (the recommendations tracker) can follow them in the same
#: transaction.
resolutions_created_in_bulk = Signal()


@receiver(post_delete, sender=SupportingDocument, dispatch_uid="document_file_deleted")
def document_deleted(sender, instance, using, **kwargs):
    if instance.file:
        remove_file_after_commit(instance.file.name, storage=instance.file.storage, using=using)


@receiver(pre_save, sender=SupportingDocument, dispatch_uid="document_file_replacing")
def document_saving(sender, instance, raw=False, using="default", update_fields=None, **kwargs):
    """Note the file being replaced; it is removed after the save (below)."""
    instance._replaced_file = None
    if raw or instance.pk is None or (update_fields is not None and "file" not in update_fields):
        return
    stored = (
        SupportingDocument.objects.using(using).filter(pk=instance.pk).values_list("file", flat=True).first()
    )
    if stored and stored != instance.file.name:
        instance._replaced_file = stored


@receiver(post_save, sender=SupportingDocument, dispatch_uid="document_file_replaced")
def document_saved(sender, instance, raw=False, using="default", **kwargs):
    replaced = getattr(instance, "_replaced_file", None)
    if replaced and not raw:
        instance._replaced_file = None
        remove_file_after_commit(replaced, storage=instance.file.storage, using=using)
