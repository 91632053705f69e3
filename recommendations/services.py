"""
The tracker's changes of state, one function each: tracking a
recommendation, sending it, recording the response and the updates on its
implementation, closing it at a meeting; raising, updating and closing an
action; taking a work programme topic onto an agenda.

Each takes keyword-only arguments with the acting user, runs in one
transaction holding the record's row lock, refuses a save made from a page
opened before someone else's (the ``fingerprint`` the page carried, see
meetings/fingerprints.py), and raises ``ValidationError`` with a message a
clerk understands.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from agenda import services as agenda_services
from agenda.models import Resolution
from meetings import fingerprints
from meetings.models import Meeting
from meetings.services import EditConflict

from .models import Action, ActionUpdate, Recommendation, RecommendationResponse, RecommendationUpdate, WorkProgrammeEntry
from .tracker import TRACKER_DESCRIPTION, TRACKER_TITLE, tracker_item_of


def _locked(model, pk, fingerprint):
    """The row, locked; refused when the page it was edited on is out of date."""
    record = model._default_manager.select_for_update().get(pk=pk)
    if fingerprint is not None and fingerprint != fingerprints.of_instance(record):
        raise EditConflict(model._meta.verbose_name)
    return record


# --- Recommendations ----------------------------------------------------------------


def track(resolution):
    """
    Keep a resolution's recommendation in step with its kind: a
    recommendation is tracked from the moment it is recorded; one whose kind
    is changed is no longer tracked unless something was recorded against it
    (sent, answered, closed), which is kept for the clerk to see.
    """
    if resolution.kind == Resolution.Kind.RECOMMENDATION:
        Recommendation.objects.get_or_create(resolution=resolution)
        return
    Recommendation.objects.filter(
        resolution=resolution,
        sent_on__isnull=True,
        outcome="",
        closed_at_meeting__isnull=True,
        updates__isnull=True,
    ).delete()


def track_many(resolutions, *, new=False):
    """
    Track those of ``resolutions`` (saved rows) that are recommendations; returns how many were added.
    ``new``: the rows were only just inserted, so nothing else points at them yet, and each
    one is told what it is tracked by (its new recommendation, or none) so that reading it
    next (the search index does) asks the database nothing.
    """
    pks = [r.pk for r in resolutions if r.kind == Resolution.Kind.RECOMMENDATION and r.pk is not None]
    tracked = set(Recommendation.objects.filter(resolution_id__in=pks).values_list("resolution_id", flat=True))
    created = Recommendation.objects.bulk_create(
        [Recommendation(resolution_id=pk) for pk in pks if pk not in tracked], batch_size=500
    )
    if new:
        by_resolution = {recommendation.resolution_id: recommendation for recommendation in created}
        for resolution in resolutions:
            if resolution.pk is None or resolution.pk in tracked:
                continue  # tracked before (told twice): read from the database as usual
            recommendation = by_resolution.get(resolution.pk)
            if recommendation is not None:
                Recommendation.response.related.set_cached_value(recommendation, None)
            Resolution.recommendation.related.set_cached_value(resolution, recommendation)
    return len(created)


def track_all():
    """Track every recommendation not yet tracked (after a bulk import); returns how many were added."""
    untracked = Resolution.objects.filter(kind=Resolution.Kind.RECOMMENDATION, recommendation__isnull=True)
    created = Recommendation.objects.bulk_create(
        [Recommendation(resolution_id=pk) for pk in untracked.values_list("pk", flat=True).iterator()],
        batch_size=500,
    )
    return len(created)


@transaction.atomic
def send_recommendation(*, recommendation, user, addressed_to, addressee_name="", sent_on=None,
                        response_due_on=None, fingerprint=None):
    """
    Say to whom the recommendation went and when. Where section 9FE applies
    (the executive, a Cabinet member, full Council) the response is due two
    months from the date sent, whatever was typed; for others it is the date
    the clerk sets.
    """
    record = _locked(Recommendation, recommendation.pk, fingerprint)
    if record.outcome and sent_on is None:
        raise ValidationError({"sent_on": "A recommendation that has been answered must keep the date it was sent."})
    record.addressed_to = addressed_to
    record.addressee_name = addressee_name
    record.sent_on = sent_on
    if sent_on is None:
        record.response_due_on = None
    elif record.is_statutory:
        record.response_due_on = record.due_date_for(sent_on)
    else:
        if response_due_on is None:
            raise ValidationError({"response_due_on": "Enter the date the response is due."})
        if response_due_on < sent_on:
            raise ValidationError({"response_due_on": "The response cannot be due before the recommendation is sent."})
        record.response_due_on = response_due_on
    record._change_reason = "Sent" if sent_on else "Details changed"
    record._history_user = user
    record.save(update_fields=["addressed_to", "addressee_name", "sent_on", "response_due_on", "modified_at"])
    return record


@transaction.atomic
def record_response(*, recommendation, user, outcome, responded_on, responded_by, text,
                    document_title="", document_url="", fingerprint=None):
    """Record (or correct) the response; the recommendation's fingerprint guards both."""
    record = _locked(Recommendation, recommendation.pk, fingerprint)
    if record.sent_on is None:
        raise ValidationError("Record when the recommendation was sent before its response.")
    if responded_on < record.sent_on:
        raise ValidationError({"responded_on": "The response cannot come before the recommendation was sent."})
    if record.is_closed():
        raise ValidationError("This recommendation was closed at a meeting; its response can no longer change.")
    values = dict(
        outcome=outcome, responded_on=responded_on, responded_by=responded_by, text=text,
        document_title=document_title, document_url=document_url, recorded_by=user,
    )
    response = RecommendationResponse.objects.filter(recommendation=record).first()
    if response is None:
        response = RecommendationResponse(recommendation=record, **values)
    else:
        for name, value in values.items():
            setattr(response, name, value)
    response._history_user = user
    response.full_clean()
    response.save()
    record.outcome = outcome
    record._history_user = user
    record._change_reason = "Response recorded"
    record.save(update_fields=["outcome", "modified_at"])
    return response


@transaction.atomic
def record_update(*, recommendation, user, written_on, status, text, fingerprint=None):
    """A dated update on implementing the recommendation; its status becomes the recommendation's."""
    record = _locked(Recommendation, recommendation.pk, fingerprint)
    if not record.outcome:
        raise ValidationError("Record the response before updates on implementing it.")
    if record.is_closed():
        raise ValidationError("This recommendation was closed at a meeting; reopen it to add updates.")
    response = record.response
    if written_on < response.responded_on:
        raise ValidationError({"written_on": "An update cannot come before the response it follows."})
    update = RecommendationUpdate(
        recommendation=record, written_on=written_on, status=status, text=text, recorded_by=user
    )
    update._history_user = user
    update.full_clean()
    update.save()
    latest = record.updates.order_by("-written_on", "-id").first()
    record.implementation = latest.status
    record._history_user = user
    record._change_reason = "Update recorded"
    record.save(update_fields=["implementation", "modified_at"])
    return update


@transaction.atomic
def close_recommendation(*, recommendation, user, meeting, note="", fingerprint=None):
    """The committee, at ``meeting``, agreed that nothing more is needed."""
    record = _locked(Recommendation, recommendation.pk, fingerprint)
    made_at = record.resolution.item.meeting
    if meeting.committee_id != made_at.committee_id:
        raise ValidationError({"meeting": "Choose a meeting of the committee that made the recommendation."})
    if meeting.start <= made_at.start:
        raise ValidationError({"meeting": "Choose a meeting after the one that made the recommendation."})
    record.closed_at_meeting = meeting
    record.closing_note = note
    record._history_user = user
    record._change_reason = "Closed"
    record.save(update_fields=["closed_at_meeting", "closing_note", "modified_at"])
    return record


@transaction.atomic
def reopen_recommendation(*, recommendation, user, fingerprint=None):
    record = _locked(Recommendation, recommendation.pk, fingerprint)
    record.closed_at_meeting = None
    record._history_user = user
    record._change_reason = "Reopened"
    record.save(update_fields=["closed_at_meeting", "modified_at"])
    return record


# --- Actions ----------------------------------------------------------------------


@transaction.atomic
def raise_action(*, meeting, user, text, owner, due_on=None, item=None):
    # Approved minutes are the legal record: no action may be added to what
    # the meeting asked for once they are (checked under the meeting's lock,
    # as approval takes it).
    if Meeting.objects.select_for_update().get(pk=meeting.pk).is_locked:
        raise ValidationError(
            "The minutes of this meeting are approved as a correct record, so no action can be raised at it now. "
            "Raise it at a later meeting of the committee."
        )
    if item is not None and item.meeting_id != meeting.pk:
        raise ValidationError({"item": "Choose an item of this meeting."})
    if due_on is not None and due_on < meeting.start.date():
        raise ValidationError({"due_on": "An action cannot be due before the meeting that asked for it."})
    action = Action(meeting=meeting, item=item, text=text, owner=owner, due_on=due_on)
    action._history_user = user
    action.full_clean()
    action.save()
    return action


@transaction.atomic
def record_action_update(*, action, user, written_on, status, text, fingerprint=None):
    record = _locked(Action, action.pk, fingerprint)
    if record.is_closed():
        raise ValidationError("This action was closed at a meeting; it can no longer change.")
    update = ActionUpdate(action=record, written_on=written_on, status=status, text=text, recorded_by=user)
    update._history_user = user
    update.full_clean()
    update.save()
    record.status = status
    record._history_user = user
    record.save(update_fields=["status", "modified_at"])
    return update


@transaction.atomic
def close_action(*, action, user, meeting, fingerprint=None):
    record = _locked(Action, action.pk, fingerprint)
    if meeting.committee_id != record.meeting.committee_id:
        raise ValidationError({"meeting": "Choose a meeting of the committee that asked for the action."})
    if meeting.start <= record.meeting.start:
        raise ValidationError({"meeting": "Choose a meeting after the one that asked for the action."})
    record.closed_at_meeting = meeting
    if record.status == Action.Status.OPEN:
        record.status = Action.Status.DONE
    record._history_user = user
    record.save(update_fields=["closed_at_meeting", "status", "modified_at"])
    return record


# --- The work programme ---------------------------------------------------------------


@transaction.atomic
def take_up_topic(*, entry, item, user):
    """Link a work programme topic to the agenda item that takes it up."""
    record = WorkProgrammeEntry.objects.select_for_update().get(pk=entry.pk)
    if item.meeting.committee_id != record.committee_id:
        raise ValidationError("The item is on another committee's agenda.")
    if record.agenda_item_id and record.agenda_item_id != item.pk:
        raise ValidationError("This topic is already on an agenda.")
    record.agenda_item = item
    record.planned_meeting = item.meeting
    record.status = WorkProgrammeEntry.Status.ON_AGENDA
    record._history_user = user
    record.save(update_fields=["agenda_item", "planned_meeting", "status", "modified_at"])
    return record


# --- The tracker agenda item -----------------------------------------------------------


@transaction.atomic
def add_tracker_item(*, meeting, user):
    """
    Add the "Recommendations and actions tracker" item to the end of the
    meeting's agenda, through the agenda's own service; refused when the
    meeting has one already.
    """
    if tracker_item_of(meeting.items.only("id", "title")):
        raise ValidationError("This meeting already has a recommendations and actions tracker item.")
    return agenda_services.create_item(
        meeting=meeting, user=user, fields={"title": TRACKER_TITLE, "description": TRACKER_DESCRIPTION},
        reason="Tracker item added",
    )
