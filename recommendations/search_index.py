"""
Recommendations and their responses are found by search as decisions are:
the response (who gave it, its text, its document) and the updates on
implementing it are indexed with the recommendation's own decision entry
(``search.indexing.register_decision_text``), so they are found exactly
where and by whom the decision is found, and an exempt or unpublished
decision's response is found by no one who may not read the decision, nor
are its words suggested to them.

The entry is rewritten in the transaction that changes the response or an
update, as the agenda's own records are.
"""

from django.db.models.signals import post_delete, post_save

from agenda.models import Resolution

from .models import Recommendation, RecommendationResponse, RecommendationUpdate


def decision_text(resolution):
    """The tracker's words for a decision that is a tracked recommendation ("" for any other)."""
    recommendation = getattr(resolution, "recommendation", None)
    if recommendation is None:
        return ""
    parts = []
    if recommendation.sent_on:
        parts.append(f"Recommendation to {recommendation.addressee}.")
    response = getattr(recommendation, "response", None)
    if response is not None:
        parts += [
            f"Response from {response.responded_by}: {response.get_outcome_display()}.",
            response.text,
            response.document_title,
        ]
    parts += [update.text for update in recommendation.updates.all()]
    return "\n".join(part.strip() for part in parts if part and part.strip())


def _reindex(resolution_ids):
    from search.indexing import index_items

    index_items(Resolution.objects.filter(pk__in=resolution_ids).values_list("item_id", flat=True))


def recommendation_saved(sender, instance, raw=False, created=False, **kwargs):
    # A recommendation just tracked has nothing of its own to index yet.
    if not raw and not created:
        _reindex([instance.resolution_id])


def part_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex(Recommendation.objects.filter(pk=instance.recommendation_id).values("resolution_id"))


def connect():
    from search.indexing import register_decision_text

    register_decision_text(
        decision_text,
        select_related=["recommendation__response"],
        prefetch_related=["recommendation__updates"],
    )
    post_save.connect(recommendation_saved, sender=Recommendation, dispatch_uid="recommendations.search_saved")
    for model in (RecommendationResponse, RecommendationUpdate):
        post_save.connect(part_changed, sender=model, dispatch_uid=f"recommendations.search_{model.__name__}_saved")
        post_delete.connect(
            part_changed, sender=model, dispatch_uid=f"recommendations.search_{model.__name__}_deleted"
        )
