"""
What scrutiny asked for and what it got.

* A ``Recommendation`` is a resolution of the kind "recommendation", tracked
  after the meeting: to whom it went, when, when the answer is due, the
  ``RecommendationResponse`` and the dated ``RecommendationUpdate``s on its
  implementation, and the meeting that closed it.
* An ``Action`` is something a committee asked of an officer or a member at
  a meeting, carried forward to each later meeting until one closes it.
* A ``WorkProgrammeEntry`` is a topic a committee plans to look at in a
  municipal year, linked to the agenda item that took it up.

Each is seen exactly where the record it came from is seen (see
``visibility.py``); nothing here is shown that the meeting's own pages do
not show.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from agenda.models import AgendaItem, Resolution
from meetings.models import Committee, Meeting

from . import dates
from .visibility import (
    ActionQuerySet,
    RecommendationQuerySet,
    RecommendedRecordQuerySet,
    WorkProgrammeQuerySet,
)


class Recommendation(models.Model):
    class Addressee(models.TextChoices):
        EXECUTIVE = "executive", "The executive (Cabinet)"
        CABINET_MEMBER = "cabinet_member", "A Cabinet member or portfolio holder"
        COUNCIL = "council", "Full Council"
        COMMITTEE = "committee", "Another committee"
        OUTSIDE_BODY = "outside_body", "An outside body or partner"

    class Outcome(models.TextChoices):
        ACCEPTED = "accepted", "Accepted"
        PARTLY_ACCEPTED = "partly_accepted", "Partly accepted"
        NOT_ACCEPTED = "not_accepted", "Not accepted"

    class Implementation(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        IMPLEMENTED = "implemented", "Implemented"
        NOT_IMPLEMENTED = "not_implemented", "Not implemented"

    class State(models.TextChoices):
        """Where a recommendation stands; computed on reading, never stored."""

        NOT_SENT = "not_sent", "Not yet sent"
        AWAITING_RESPONSE = "awaiting_response", "Awaiting response"
        RESPONSE_OVERDUE = "response_overdue", "Response overdue"
        ACCEPTED = "accepted", "Accepted"
        PARTLY_ACCEPTED = "partly_accepted", "Partly accepted"
        NOT_ACCEPTED = "not_accepted", "Not accepted"
        IN_PROGRESS = "in_progress", "Being implemented"
        IMPLEMENTED = "implemented", "Implemented"
        NOT_IMPLEMENTED = "not_implemented", "Not implemented"
        CLOSED = "closed", "Closed"

    #: Addressees who must answer within two months under section 9FE of the
    #: Local Government Act 2000 (the authority, or its executive).
    STATUTORY_ADDRESSEES = {Addressee.EXECUTIVE, Addressee.CABINET_MEMBER, Addressee.COUNCIL}

    resolution = models.OneToOneField(Resolution, on_delete=models.CASCADE, related_name="recommendation")
    addressed_to = models.CharField(max_length=20, choices=Addressee.choices, default=Addressee.EXECUTIVE)
    addressee_name = models.CharField(
        "addressed to (name)",
        max_length=200,
        blank=True,
        help_text='For example "Cabinet Member for Children\'s Services" or "the Integrated Care Board".',
    )
    sent_on = models.DateField("date sent", null=True, blank=True)
    response_due_on = models.DateField("response due", null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True, default="")
    implementation = models.CharField(max_length=20, choices=Implementation.choices, blank=True, default="")
    closed_at_meeting = models.ForeignKey(
        Meeting, on_delete=models.PROTECT, null=True, blank=True, related_name="closed_recommendations"
    )
    closing_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = RecommendationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-resolution__item__meeting__start", "resolution__item__order", "resolution__order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(response_due_on__isnull=True) | Q(sent_on__isnull=False),
                name="recommendation_due_needs_sent",
                violation_error_message="A response can only be due once the recommendation is sent.",
            ),
            models.CheckConstraint(
                condition=Q(implementation="") | ~Q(outcome=""),
                name="recommendation_implementation_needs_response",
            ),
        ]
        indexes = [
            models.Index(fields=["response_due_on"], name="recommendation_due_idx"),
            models.Index(fields=["addressed_to"], name="recommendation_addressee_idx"),
        ]

    def __str__(self):
        return self.reference or f"Recommendation {self.pk}"

    @property
    def reference(self):
        """The citable reference: the resolution's own once its minute is numbered, else R and the number here."""
        return self.resolution.reference or f"R{self.pk}"

    @property
    def is_statutory(self):
        return self.addressed_to in self.STATUTORY_ADDRESSEES

    @property
    def addressee(self):
        return self.addressee_name or self.get_addressed_to_display()

    def due_date_for(self, sent_on):
        """The statutory due date where section 9FE applies; otherwise the one the clerk set."""
        if sent_on and self.is_statutory:
            return dates.section_9fe_due_date(sent_on)
        return self.response_due_on

    def is_closed(self):
        return self.closed_at_meeting_id is not None

    def is_response_overdue(self, today=None):
        today = today or dates.today()
        return (
            not self.outcome
            and not self.is_closed()
            and self.response_due_on is not None
            and self.response_due_on < today
        )

    def state(self, today=None):
        if self.is_closed():
            return self.State.CLOSED
        if self.implementation:
            return self.State(self.implementation)
        if self.outcome:
            return self.State(self.outcome)
        if self.sent_on is None:
            return self.State.NOT_SENT
        if self.is_response_overdue(today):
            return self.State.RESPONSE_OVERDUE
        return self.State.AWAITING_RESPONSE

    def get_state_display(self, today=None):
        return self.state(today).label

    def responded_in_time(self):
        """Whether the response came by its due date (None while none has come, or none was due)."""
        response = getattr(self, "response", None)
        if response is None or self.response_due_on is None:
            return None
        return response.responded_on <= self.response_due_on

    def clean(self):
        if self.response_due_on and self.sent_on and self.response_due_on < self.sent_on:
            raise ValidationError({"response_due_on": "The response cannot be due before the recommendation is sent."})


class RecommendationResponse(models.Model):
    """The answer of the executive (or whoever the recommendation went to)."""

    recommendation = models.OneToOneField(Recommendation, on_delete=models.CASCADE, related_name="response")
    outcome = models.CharField(max_length=20, choices=Recommendation.Outcome.choices)
    responded_on = models.DateField("date of the response")
    responded_by = models.CharField(
        "response given by", max_length=200, help_text='For example "Cabinet, 12 March 2026" or a Cabinet member.'
    )
    text = models.TextField("the response")
    document_title = models.CharField(max_length=300, blank=True, help_text='For example "Cabinet report, 12 March 2026".')
    document_url = models.URLField("document link", max_length=500, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = RecommendedRecordQuerySet.as_manager()
    history = HistoricalRecords()

    def __str__(self):
        return f"Response to {self.recommendation}"


class RecommendationUpdate(models.Model):
    """A dated note on how implementing an accepted recommendation is going."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="updates")
    written_on = models.DateField("date of the update")
    status = models.CharField(max_length=20, choices=Recommendation.Implementation.choices)
    text = models.TextField("update")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RecommendedRecordQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["recommendation", "written_on", "id"]

    def __str__(self):
        return f"{self.get_status_display()} ({self.written_on})"


class Action(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done"
        DROPPED = "dropped", "No longer needed"

    # The meeting that asked for it, and the item whose minutes record it.
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, null=True, blank=True, related_name="actions")
    text = models.TextField("what is to be done")
    owner = models.CharField(max_length=200, help_text='Who is to do it, for example "Director of Children\'s Services".')
    due_on = models.DateField("due by", null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    closed_at_meeting = models.ForeignKey(
        Meeting, on_delete=models.PROTECT, null=True, blank=True, related_name="closed_actions"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = ActionQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting__start", "id"]
        indexes = [models.Index(fields=["meeting", "closed_at_meeting"], name="action_meeting_closed_idx")]

    def __str__(self):
        return self.text[:60]

    @property
    def committee(self):
        return self.meeting.committee

    def is_closed(self):
        return self.closed_at_meeting_id is not None

    def is_overdue(self, today=None):
        today = today or dates.today()
        return (
            self.status == self.Status.OPEN
            and not self.is_closed()
            and self.due_on is not None
            and self.due_on < today
        )

    def clean(self):
        if self.item_id and self.meeting_id and self.item.meeting_id != self.meeting_id:
            raise ValidationError({"item": "Choose an item of this meeting."})


class ActionUpdate(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    written_on = models.DateField("date of the update")
    status = models.CharField(max_length=10, choices=Action.Status.choices)
    text = models.TextField("update")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["action", "written_on", "id"]


class WorkProgrammeEntry(models.Model):
    class Kind(models.TextChoices):
        REPORT = "report", "Report"
        BRIEFING = "briefing", "Briefing"
        PRE_DECISION = "pre_decision", "Pre-decision scrutiny"
        TASK_AND_FINISH = "task_and_finish", "Task-and-finish review"
        CALL_IN = "call_in", "Call-in"

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        ON_AGENDA = "on_agenda", "On an agenda"
        DONE = "done", "Done"
        DEFERRED = "deferred", "Deferred"
        DROPPED = "dropped", "Dropped"

    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="work_programme")
    municipal_year = models.PositiveSmallIntegerField(help_text="The year it starts: 2026 for 2026/27.")
    title = models.CharField(max_length=300)
    purpose = models.TextField(blank=True)
    planned_meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="planned_topics",
        help_text="Leave empty for “to be scheduled”.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.REPORT)
    lead_officer = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PLANNED)
    status_reason = models.TextField(
        "reason", blank=True, help_text="Why it was deferred or dropped."
    )
    agenda_item = models.OneToOneField(
        AgendaItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="work_programme_entry"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = WorkProgrammeQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "work programme entries"
        ordering = ["committee", "municipal_year", "planned_meeting__start", "title", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(municipal_year__gte=1900, municipal_year__lte=2100),
                name="work_programme_year_in_range",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["deferred", "dropped"]) | ~Q(status_reason=""),
                name="work_programme_reason_when_deferred_or_dropped",
                violation_error_message="Say why the topic was deferred or dropped.",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def municipal_year_label(self):
        return dates.municipal_year_label(self.municipal_year)

    def clean(self):
        if self.status in {self.Status.DEFERRED, self.Status.DROPPED} and not self.status_reason.strip():
            raise ValidationError({"status_reason": "Say why the topic was deferred or dropped."})
        if self.planned_meeting_id and self.committee_id and self.planned_meeting.committee_id != self.committee_id:
            raise ValidationError({"planned_meeting": "Choose a meeting of this committee."})
