"""
Who and when: committees, the people who sit on them, and their meetings.

What a meeting considered and decided lives in the ``agenda`` app, which may
import from here; nothing here imports ``agenda``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .dates import ComputableDateTimeField
from .imported import ImportedRecord, imported_once
from .roles import is_clerk


class Committee(ImportedRecord):
    class Kind(models.TextChoices):
        SCRUTINY_COMMITTEE = "scrutiny_committee", "Scrutiny committee"
        SCRUTINY_PANEL = "scrutiny_panel", "Scrutiny panel"
        SUB_COMMITTEE = "sub_committee", "Sub-committee"
        TASK_AND_FINISH = "task_and_finish", "Task and finish group"
        CABINET = "cabinet", "Cabinet"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    abbreviation = models.CharField(
        max_length=12,
        blank=True,
        help_text="Short code used in decision references, for example CYP.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.SCRUTINY_COMMITTEE)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="The committee this one reports to, if any.",
    )
    terms_of_reference = models.TextField(blank=True)
    is_active = models.BooleanField("active", default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=models.F("id")), name="committee_not_own_parent"
            ),
            # The abbreviation starts every decision reference (CYP/2026/12(a)).
            models.UniqueConstraint(
                fields=["abbreviation"],
                condition=~Q(abbreviation=""),
                name="committee_abbreviation_unique",
                violation_error_message="Another committee already uses that short code.",
            ),
            imported_once("committee_imported_once"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                raise ValidationError({"parent": "A committee cannot report to itself."})
            ancestor = ancestor.parent


class Person(ImportedRecord):
    class Kind(models.TextChoices):
        COUNCILLOR = "councillor", "Councillor"
        CO_OPTED = "co_opted", "Co-opted member"
        OFFICER = "officer", "Officer"
        EXTERNAL = "external", "External"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    honorific = models.CharField(max_length=50, blank=True, help_text='For example "Councillor".')
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.COUNCILLOR)
    party = models.CharField(max_length=100, blank=True)
    ward = models.CharField(max_length=100, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="The sign-in account of this person, if they have one.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [imported_once("person_imported_once")]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return f"{self.honorific} {self.name}".strip()


class Membership(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice_chair", "Vice-chair"
        MEMBER = "member", "Member"
        CO_OPTED = "co_opted", "Co-opted member"
        SUBSTITUTE = "substitute", "Substitute"

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="memberships")
    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["committee", "role", "person__name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="membership_ends_after_start",
            ),
            models.UniqueConstraint(
                fields=["person", "committee", "start_date"], name="membership_unique_start"
            ),
        ]
        indexes = [models.Index(fields=["committee", "end_date"], name="membership_current_idx")]

    def __str__(self):
        return f"{self.person} – {self.get_role_display()}, {self.committee}"

    def clean(self):
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The end date must be on or after the start date."})

    def is_current(self, on=None):
        on = on or timezone.localdate()
        return self.start_date <= on and (self.end_date is None or self.end_date >= on)


class MeetingQuerySet(models.QuerySet):
    """
    A meeting is a draft, seen by clerks alone, until it is announced: by a
    clerk, or by publishing its agenda. Once announced its committee, date,
    venue and status are public (councils publish their calendar in
    advance); what it considers is governed by the agenda and minutes
    states, which the ``agenda`` app's querysets check.

    Every public page, feed, sitemap and count of meetings starts from
    ``public()`` or ``visible_to(user)``, so that a meeting entered by
    mistake is never seen before a clerk can delete it.
    """

    def public(self):
        return self.filter(announced_at__isnull=False)

    def drafts(self):
        return self.filter(announced_at__isnull=True)

    def visible_to(self, user):
        return self.all() if is_clerk(user) else self.public()

    def upcoming(self, now=None):
        return self.filter(start__gte=now or timezone.now()).order_by("start")

    def past(self, now=None):
        return self.filter(start__lt=now or timezone.now()).order_by("-start")


class Meeting(ImportedRecord):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        CANCELLED = "cancelled", "Cancelled"
        POSTPONED = "postponed", "Postponed"

    class MinutesStatus(models.TextChoices):
        NONE = "none", "Not yet published"
        DRAFT = "draft", "Draft, subject to approval"
        APPROVED = "approved", "Approved as a correct record"

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="meetings")
    start = ComputableDateTimeField()
    end = ComputableDateTimeField(null=True, blank=True)
    venue = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    status_reason = models.TextField(
        blank=True, help_text="Why the meeting was cancelled or postponed; shown to the public."
    )

    agenda_published_at = models.DateTimeField(null=True, blank=True)
    agenda_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decisions_published_at = models.DateTimeField(null=True, blank=True)
    decisions_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    minutes_status = models.CharField(
        max_length=10, choices=MinutesStatus.choices, default=MinutesStatus.NONE
    )
    minutes_published_at = models.DateTimeField(null=True, blank=True)
    minutes_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    minutes_approved_at_meeting = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="minutes_approved",
        help_text="The later meeting of the same committee that approved these minutes.",
    )
    minutes_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Null while the meeting is a draft that only clerks see (MeetingQuerySet).
    announced_at = models.DateTimeField(null=True, blank=True)
    announced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Raised on every save through the clerks' forms, so that a form opened
    # before someone else's save is refused rather than overwriting it.
    version = models.PositiveIntegerField(default=1)

    objects = MeetingQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        ordering = ["-start"]
        permissions = [
            ("manage_business", "Can manage committee business (clerk)"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gt=models.F("start")),
                name="meeting_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(status="scheduled") | ~Q(status_reason=""),
                name="meeting_cancel_postpone_has_reason",
            ),
            models.CheckConstraint(
                condition=(
                    Q(minutes_status="approved", minutes_approved_at_meeting__isnull=False)
                    | (
                        ~Q(minutes_status="approved")
                        & Q(minutes_approved_at_meeting__isnull=True)
                    )
                ),
                name="meeting_approved_minutes_name_meeting",
            ),
            models.CheckConstraint(
                condition=Q(minutes_status="none") | Q(minutes_published_at__isnull=False),
                name="meeting_minutes_have_publication_time",
            ),
            models.CheckConstraint(
                condition=~Q(minutes_approved_at_meeting=models.F("id")),
                name="meeting_not_approving_itself",
            ),
            imported_once("meeting_imported_once"),
            # That the approving meeting is later and of the same committee
            # spans two rows, so a trigger enforces it (migration 0002).
        ]
        indexes = [
            models.Index(fields=["committee", "start"], name="meeting_committee_start_idx"),
            models.Index(fields=["start"], name="meeting_start_idx"),
            # The few meetings not public (OParl lists them to find the deleted).
            models.Index(
                fields=["id"], name="meeting_hidden_idx",
                condition=Q(announced_at__isnull=True) | Q(agenda_published_at__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.committee.name}, {timezone.localtime(self.start):%-d %B %Y}"

    def get_absolute_url(self):
        return reverse("clerk:meeting", args=[self.pk])

    def clean(self):
        if self.end and self.start and self.end <= self.start:
            raise ValidationError({"end": "The meeting must end after it starts."})

    @property
    def is_announced(self):
        return self.announced_at is not None

    def is_visible_to(self, user):
        return self.is_announced or is_clerk(user)

    @property
    def is_held(self):
        """A scheduled meeting whose start has passed: it took place, whatever the status field says."""
        return self.status == self.Status.SCHEDULED and self.has_happened()

    @property
    def status_label(self):
        """The status as people read it: a scheduled meeting in the past was held."""
        return "Held" if self.is_held else self.get_status_display()

    @property
    def is_agenda_published(self):
        return self.agenda_published_at is not None

    @property
    def are_decisions_published(self):
        return self.decisions_published_at is not None or self.minutes_status != self.MinutesStatus.NONE

    @property
    def are_minutes_published(self):
        return self.minutes_status != self.MinutesStatus.NONE

    @property
    def are_minutes_approved(self):
        return self.minutes_status == self.MinutesStatus.APPROVED

    @property
    def is_locked(self):
        """Approved minutes are the legal record: nothing in them may change."""
        return self.are_minutes_approved

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    def has_happened(self, now=None):
        return self.start <= (now or timezone.now())


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", "Present"
        APOLOGIES = "apologies", "Apologies"
        ABSENT = "absent", "Absent"
        SUBSTITUTE = "substitute", "Present as substitute"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PRESENT)
    substitute_for = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="substituted_by"
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["person__name"]
        verbose_name_plural = "attendance"
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="attendance_once_per_meeting"),
            models.CheckConstraint(
                condition=(
                    Q(status="substitute", substitute_for__isnull=False)
                    | (~Q(status="substitute") & Q(substitute_for__isnull=True))
                ),
                name="attendance_substitute_names_member",
            ),
            models.CheckConstraint(
                condition=~Q(substitute_for=models.F("person")),
                name="attendance_not_own_substitute",
            ),
        ]

    def __str__(self):
        return f"{self.person}: {self.get_status_display()}"

    def clean(self):
        if self.status == self.Status.SUBSTITUTE and not self.substitute_for_id:
            raise ValidationError({"substitute_for": "Say which member this person substituted for."})
        if self.status != self.Status.SUBSTITUTE and self.substitute_for_id:
            raise ValidationError(
                {"substitute_for": "Only a substitute can stand in for another member."}
            )
        if self.substitute_for_id and self.substitute_for_id == self.person_id:
            raise ValidationError({"substitute_for": "A person cannot substitute for themselves."})


class PublicRecordVersion(models.Model):
    """
    A single row whose token changes, in the same transaction, with every
    change to the records of the meetings, agenda and search apps. The page
    cache files each anonymous visitor's page under the current token, so
    one change retires every kept page (``meetings/page_cache.py``).
    """

    token = models.CharField(max_length=32)

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(id=1), name="public_record_version_single_row")]

    def __str__(self):
        return self.token


class Submission(models.Model):
    """
    A form's one-time token, with the record its first submission created, so
    that the same form sent again (the back button, a double click, a retry
    after a dropped connection) answers with that record instead of making a
    second one (``meetings/submissions.py``).
    """

    token = models.UUIDField(unique=True)
    record_type = models.CharField(max_length=100)
    record_id = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.record_type} #{self.record_id}"
