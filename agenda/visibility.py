"""
Who sees which agenda records: the ``visible_to(user)`` querysets every
public page, feed, search and export starts from (see agenda/models.py for
the records and their matching one-record methods).
"""

from django.db import models
from django.db.models import Q

from meetings.models import Meeting
from meetings.roles import can_see_exempt, is_clerk


class AgendaItemQuerySet(models.QuerySet):
    def published(self):
        # Publishing the agenda announces the meeting; the third condition
        # keeps a draft meeting's items hidden even if a row says otherwise.
        return self.filter(
            published_at__isnull=False,
            meeting__agenda_published_at__isnull=False,
            meeting__announced_at__isnull=False,
        )

    def visible_to(self, user):
        """Items whose existence (title, number, exempt paragraph) the user may know."""
        if is_clerk(user):
            return self.all()
        return self.published()

    def taking_minutes(self):
        """Items the meeting considers: a withdrawn item takes no minutes or resolutions."""
        return self.filter(withdrawn_at__isnull=True)

    def needing_minutes(self):
        """Published items still considered whose minute is not written yet."""
        return self.published().taking_minutes().filter(minutes="")


class ResolutionQuerySet(models.QuerySet):
    def visible_to(self, user):
        if is_clerk(user):
            return self.all()
        qs = self.filter(
            item__published_at__isnull=False,
            item__meeting__agenda_published_at__isnull=False,
            item__meeting__announced_at__isnull=False,
        ).filter(
            Q(item__meeting__decisions_published_at__isnull=False)
            | ~Q(item__meeting__minutes_status=Meeting.MinutesStatus.NONE)
        )
        if not can_see_exempt(user):
            qs = qs.filter(item__is_exempt=False)
        return qs


class DeclarationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Declarations are part of the minutes, and public when they are."""
        if is_clerk(user):
            return self.all()
        qs = self.exclude(meeting__minutes_status=Meeting.MinutesStatus.NONE).filter(
            meeting__announced_at__isnull=False
        )
        # A declaration names its item, so it is seen only where the item is.
        qs = qs.filter(
            Q(item__isnull=True)
            | Q(item__published_at__isnull=False, item__meeting__agenda_published_at__isnull=False)
        )
        if not can_see_exempt(user):
            qs = qs.filter(Q(item__isnull=True) | Q(item__is_exempt=False))
        return qs


class SupportingDocumentQuerySet(models.QuerySet):
    def visible_to(self, user):
        if is_clerk(user):
            return self.all()
        qs = self.filter(
            item__published_at__isnull=False,
            item__meeting__agenda_published_at__isnull=False,
            item__meeting__announced_at__isnull=False,
        )
        if not can_see_exempt(user):
            qs = qs.filter(is_exempt=False, item__is_exempt=False)
        return qs


class MinutesCorrectionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """
        Corrections are shown with approved minutes. One to an exempt item is
        part of that item's minutes, so only those who may read it see it.
        """
        if is_clerk(user):
            return self.all()
        qs = self.filter(
            meeting__minutes_status=Meeting.MinutesStatus.APPROVED, meeting__announced_at__isnull=False
        )
        # A correction names its item (and resolution), so it is seen only
        # where they are: published, and not exempt unless the user may read
        # exempt business.
        qs = qs.filter(
            Q(item__isnull=True)
            | Q(item__published_at__isnull=False, item__meeting__agenda_published_at__isnull=False)
        )
        if not can_see_exempt(user):
            qs = qs.filter(Q(item__isnull=True) | Q(item__is_exempt=False))
        return qs
