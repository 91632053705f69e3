"""
What a meeting considered and decided: agenda items, their minutes and
resolutions, declarations of interest, supporting documents and corrections
to approved minutes.

Every public page, feed, search and export starts from a ``visible_to(user)``
queryset (agenda/visibility.py); the matching ``is_visible_to`` / ``can_read_content`` methods
give the same answer for one record.
"""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from meetings.imported import ImportedRecord, imported_once
from meetings.models import Meeting, Person
from meetings.roles import can_see_exempt, is_clerk
from scrutiny.fields import RichTextField

from .visibility import (
    AgendaItemQuerySet,
    DeclarationQuerySet,
    MinutesCorrectionQuerySet,
    ResolutionQuerySet,
    SupportingDocumentQuerySet,
)


class ExemptParagraph(models.IntegerChoices):
    """Local Government Act 1972, Schedule 12A, Part 1."""

    INDIVIDUAL = 1, "1 – Information relating to any individual"
    IDENTITY = 2, "2 – Information likely to reveal the identity of an individual"
    FINANCIAL = 3, "3 – Financial or business affairs of any particular person"
    LABOUR_RELATIONS = 4, "4 – Labour relations consultations or negotiations"
    LEGAL_PRIVILEGE = 5, "5 – Legal professional privilege"
    NOTICES_ORDERS = 6, "6 – Notices, orders or directions under an enactment"
    CRIME = 7, "7 – Prevention, investigation or prosecution of crime"


class AgendaItem(ImportedRecord):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    number = models.CharField(
        "item number", max_length=10, help_text='As printed on the agenda, for example "5" or "5a".'
    )
    # Set when the clerk typed a number other than the one suggested (or one
    # like "5a"): moving items then leaves this number alone (agenda.ordering).
    number_fixed = models.BooleanField(default=False)
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=300)
    description = RichTextField("purpose", blank=True)
    presenter = models.CharField(max_length=300, blank=True)
    minutes = RichTextField(blank=True)
    preamble = models.CharField(
        "resolution lead-in",
        max_length=300,
        blank=True,
        help_text='Words shared by all the resolutions, for example "That the committee:".',
    )
    reason_for_decision = RichTextField(blank=True)
    is_exempt = models.BooleanField(
        "exempt from publication",
        default=False,
        help_text="The title stays public; the report, minutes, resolutions and papers do not.",
    )
    exempt_paragraph = models.PositiveSmallIntegerField(
        "Schedule 12A paragraph", choices=ExemptParagraph.choices, null=True, blank=True
    )
    # A draft until the agenda (or a supplementary agenda) that lists it is published.
    published_at = models.DateTimeField(null=True, blank=True)
    # A published item removed before the meeting stays on the public agenda,
    # with its number, marked as withdrawn and why; it takes no minutes.
    withdrawn_at = models.DateTimeField("withdrawn on", null=True, blank=True)
    withdrawn_reason = models.TextField("reason for withdrawal", blank=True)
    # Councils number minutes through the year for each committee. The number
    # is given when the meeting's decisions or minutes are first published and
    # never changes, so references to it stay valid.
    # minute_year is the year the municipal year starts (May to May by
    # default, settings.MUNICIPAL_YEAR_START_MONTH); minute_year_label is how
    # the reference prints it, for example "2026-27". Minutes numbered when
    # the calendar year was used have no label and keep their "2026".
    minute_year = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    minute_year_label = models.CharField(max_length=9, blank=True, editable=False)
    minute_number = models.PositiveIntegerField(null=True, blank=True, editable=False)
    version = models.PositiveIntegerField(default=1)

    objects = AgendaItemQuerySet.as_manager()
    # The version only guards against stale saves; the order is kept so the
    # history can say where an item moved (older records hold 0: not known).
    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        ordering = ["meeting", "order", "id"]
        permissions = [("view_exempt", "Can read exempt items")]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "number"],
                name="item_number_unique_in_meeting",
                violation_error_message="That item number is already on this meeting's agenda.",
            ),
            models.CheckConstraint(
                condition=(
                    Q(
                        is_exempt=True,
                        exempt_paragraph__isnull=False,
                        exempt_paragraph__gte=1,
                        exempt_paragraph__lte=7,
                    )
                    | Q(is_exempt=False, exempt_paragraph__isnull=True)
                ),
                name="item_exempt_names_paragraph",
            ),
            models.CheckConstraint(condition=~Q(title=""), name="item_has_title"),
            models.CheckConstraint(
                condition=Q(minute_year__isnull=True, minute_number__isnull=True)
                | Q(minute_year__isnull=False, minute_number__isnull=False),
                name="item_minute_number_has_year",
            ),
            models.CheckConstraint(condition=~Q(number=""), name="item_has_number"),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True, withdrawn_reason="")
                | (Q(withdrawn_at__isnull=False, published_at__isnull=False) & ~Q(withdrawn_reason="")),
                name="item_withdrawal_is_published_and_has_reason",
            ),
            imported_once("item_imported_once"),
        ]
        indexes = [
            models.Index(fields=["meeting", "order"], name="item_meeting_order_idx"),
            # The few items not public (OParl lists them to find the deleted).
            models.Index(
                fields=["id"], name="item_hidden_idx", condition=Q(published_at__isnull=True) | Q(is_exempt=True)
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def clean(self):
        if self.is_exempt and not self.exempt_paragraph:
            raise ValidationError(
                {"exempt_paragraph": "Choose the Schedule 12A paragraph that makes this item exempt."}
            )
        if not self.is_exempt and self.exempt_paragraph:
            raise ValidationError(
                {"exempt_paragraph": "Only an exempt item has a Schedule 12A paragraph."}
            )

    @property
    def is_published(self):
        return self.published_at is not None and self.meeting.agenda_published_at is not None

    @property
    def is_withdrawn(self):
        return self.withdrawn_at is not None

    @property
    def minute_reference(self):
        """For example "CYP/2026-27/12"; empty until the minute is numbered."""
        if self.minute_number is None:
            return ""
        committee = self.meeting.committee
        prefix = committee.abbreviation or committee.slug.upper()
        year = self.minute_year_label or self.minute_year
        return f"{prefix}/{year}/{self.minute_number}"

    def is_visible_to(self, user):
        return is_clerk(user) or self.is_published

    def can_read_content(self, user):
        """May the user read the report, minutes, resolutions and papers?"""
        if is_clerk(user):
            return True
        return self.is_published and (not self.is_exempt or can_see_exempt(user))

    def can_read_minutes(self, user):
        return self.can_read_content(user) and (
            is_clerk(user) or self.meeting.are_minutes_published
        )

    def can_read_resolutions(self, user):
        return self.can_read_content(user) and (
            is_clerk(user) or self.meeting.are_decisions_published
        )


class Resolution(ImportedRecord):
    class Kind(models.TextChoices):
        NOTED = "noted", "Noted"
        AGREED = "agreed", "Agreed"
        RECOMMENDATION = "recommendation", "Recommendation to the executive"
        REQUEST = "request", "Request for information"
        OTHER = "other", "Other"

    class Outcome(models.TextChoices):
        NONE = "", "Not put to a vote"
        CARRIED = "carried", "Carried"
        LOST = "lost", "Lost"

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="resolutions")
    order = models.PositiveIntegerField(default=0)
    label = models.CharField(max_length=10, blank=True, help_text='For example "a" or "1"; may be blank.')
    text = models.TextField()
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True, default="")
    votes_for = models.PositiveIntegerField(null=True, blank=True)
    votes_against = models.PositiveIntegerField(null=True, blank=True)
    votes_abstained = models.PositiveIntegerField(null=True, blank=True)
    # The citable reference, for example "CYP/2026/12(a)", fixed when the
    # minute is numbered.
    reference = models.CharField(max_length=60, blank=True, editable=False)

    objects = ResolutionQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["item", "order", "id"]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="resolution_has_text"),
            models.CheckConstraint(
                condition=~Q(outcome="")
                | Q(votes_for__isnull=True, votes_against__isnull=True, votes_abstained__isnull=True),
                name="resolution_votes_need_outcome",
            ),
            models.UniqueConstraint(
                fields=["reference"], condition=~Q(reference=""), name="resolution_reference_unique"
            ),
            # The label is part of the citation: two "(a)"s on one item
            # would make the second reference silently different.
            models.UniqueConstraint(
                fields=["item", "label"],
                condition=~Q(label=""),
                name="resolution_label_unique_in_item",
                violation_error_message="Another resolution of this item has that label.",
            ),
            imported_once("resolution_imported_once"),
        ]
        indexes = [models.Index(fields=["item", "order"], name="resolution_item_order_idx")]

    def __str__(self):
        return f"({self.label}) {self.text[:60]}" if self.label else self.text[:60]

    def clean(self):
        counts = (self.votes_for, self.votes_against, self.votes_abstained)
        if not self.outcome and any(count is not None for count in counts):
            raise ValidationError({"outcome": "Say whether the vote was carried or lost."})

    @property
    def has_vote_figures(self):
        return self.votes_for is not None


class RecordedVote(models.Model):
    """
    How each member voted, when a recorded (named) vote was taken. A member
    present who did not vote has no row.
    """

    class Vote(models.TextChoices):
        FOR = "for", "For"
        AGAINST = "against", "Against"
        ABSTAINED = "abstained", "Abstained"

    resolution = models.ForeignKey(Resolution, on_delete=models.CASCADE, related_name="recorded_votes")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="recorded_votes")
    vote = models.CharField(max_length=10, choices=Vote.choices)

    history = HistoricalRecords()

    class Meta:
        ordering = ["person__name"]
        constraints = [
            models.UniqueConstraint(fields=["resolution", "person"], name="recorded_vote_once_per_person"),
        ]

    def __str__(self):
        return f"{self.person}: {self.get_vote_display()}"


class Declaration(models.Model):
    class Kind(models.TextChoices):
        PECUNIARY = "pecuniary", "Disclosable pecuniary interest"
        OTHER_REGISTRABLE = "other_registrable", "Other registrable interest"
        NON_REGISTRABLE = "non_registrable", "Non-registrable interest"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="declarations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="declarations")
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="declarations"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField("nature of the interest")

    objects = DeclarationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "person__name"]
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="declaration_has_text")]

    def __str__(self):
        return f"{self.person}: {self.get_kind_display()}"

    def clean(self):
        if self.item_id and self.meeting_id and self.item.meeting_id != self.meeting_id:
            raise ValidationError({"item": "Choose an item on this meeting's agenda."})


# The folder under MEDIA_ROOT that holds every paper's file.
DOCUMENTS_FOLDER = "documents"


def document_upload_to(instance, filename):
    """Store papers under a name the server chooses; the clerk's file name is kept as data."""
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"{DOCUMENTS_FOLDER}/{uuid.uuid4().hex}{suffix}"


class SupportingDocument(ImportedRecord):
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="documents")
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=300)
    # Blank for papers listed in an imported record whose file the council
    # has not (yet) uploaded.
    file = models.FileField(upload_to=document_upload_to, blank=True, max_length=200)
    original_filename = models.CharField(max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    is_exempt = models.BooleanField("exempt from publication", default=False)
    extracted_text = models.TextField(blank=True)
    # Where an imported paper is published, when its file was not fetched.
    source_url = models.URLField("source link", max_length=500, blank=True, default="", db_default="")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SupportingDocumentQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["extracted_text"])

    class Meta:
        ordering = ["item", "order", "id"]
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="document_has_title"),
            imported_once("document_imported_once"),
        ]
        indexes = [
            models.Index(fields=["item", "order"], name="document_item_order_idx"),
            # The few papers not public, and those with no file (OParl lists them to find the deleted).
            models.Index(fields=["id"], name="document_exempt_idx", condition=Q(is_exempt=True)),
            models.Index(fields=["id"], name="document_without_file_idx", condition=Q(file="", source_url="")),
        ]

    def __str__(self):
        return self.title

    @property
    def has_file(self):
        return bool(self.file)

    def is_visible_to(self, user):
        if is_clerk(user):
            return True
        if not self.item.is_published:
            return False
        return can_see_exempt(user) or not (self.is_exempt or self.item.is_exempt)


class MinutesCorrection(models.Model):
    """
    Approved minutes are never edited. A correction is recorded beside them,
    saying who made it, when and why, and is shown with the minutes.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="corrections")
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="corrections"
    )
    # The decision corrected, when the correction is to one (a vote
    # miscounted, a word left out); always one of `item`'s resolutions.
    resolution = models.ForeignKey(
        Resolution, null=True, blank=True, on_delete=models.CASCADE, related_name="corrections"
    )
    text = models.TextField("correction")
    reason = models.TextField()
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    objects = MinutesCorrectionQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "recorded_at"]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="correction_has_text"),
            models.CheckConstraint(condition=~Q(reason=""), name="correction_has_reason"),
            models.CheckConstraint(
                condition=Q(resolution__isnull=True) | Q(item__isnull=False),
                name="correction_to_resolution_names_item",
            ),
        ]

    def __str__(self):
        return f"Correction to {self.meeting}"

    def clean(self):
        if self.item_id and self.meeting_id and self.item.meeting_id != self.meeting_id:
            raise ValidationError({"item": "Choose an item of this meeting."})
        if self.resolution_id and self.item_id and self.resolution.item_id != self.item_id:
            raise ValidationError({"resolution": "Choose a resolution of the item corrected."})


class AgendaPublication(models.Model):
    """
    One publication of a meeting's agenda: the first, and any supplementary
    agenda for items added later. A late publication records its reason.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="publications")
    published_at = models.DateTimeField()
    # Empty for a publication read from an exported record, which names no accounts.
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    is_supplementary = models.BooleanField(default=False)
    clear_working_days = models.IntegerField(
        help_text="Clear working days between publication and the meeting."
    )
    is_late = models.BooleanField(default=False)
    late_reason = models.TextField(blank=True)
    items = models.ManyToManyField(AgendaItem, related_name="publications")

    class Meta:
        ordering = ["meeting", "published_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_late=False) | ~Q(late_reason=""), name="late_publication_has_reason"
            ),
        ]

    def __str__(self):
        return f"Agenda for {self.meeting} published {self.published_at:%Y-%m-%d %H:%M}"
