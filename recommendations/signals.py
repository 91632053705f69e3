"""
The one place the tracker listens to the agenda: a resolution saved as a
recommendation is tracked from then on (``services.track``). Rows written
in bulk, without ``post_save`` (an import), are tracked when the writer
sends ``agenda.signals.resolutions_created_in_bulk``.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from agenda.models import Resolution
from agenda.signals import resolutions_created_in_bulk

from . import services


@receiver(post_save, sender=Resolution, dispatch_uid="recommendations.track")
def track_recommendation(sender, instance, raw=False, **kwargs):
    if not raw:
        services.track(instance)


@receiver(resolutions_created_in_bulk, dispatch_uid="recommendations.track_bulk")
def track_recommendations_written_in_bulk(sender, resolutions, **kwargs):
    services.track_many(resolutions, new=True)
