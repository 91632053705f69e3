"""
Who sees which tracker records. Each follows the record it came from, so
that the tracker can never show more than the meeting's own pages:

* a recommendation, its response and its updates are seen where its
  resolution is (``Resolution.objects.visible_to``): the decisions or
  minutes are published, and an exempt item's only by those who may read
  exempt business;
* an action is part of the minutes: seen once its meeting's minutes are
  published (draft or approved), and, where it names an item, only where
  that item is;
* a work programme entry is the committee's published plan, seen by all;
  the meeting it is planned for and the item that took it up are shown
  only to those who may see them (see ``WorkProgrammeQuerySet``).

Closing a record at a later meeting does not hide it: the closing meeting
is shown only where that meeting is.
"""

from django.db import models
from django.db.models import Q

from agenda.models import AgendaItem, Resolution
from meetings.models import Meeting
from meetings.roles import can_see_exempt, is_clerk


class RecommendationQuerySet(models.QuerySet):
    def visible_to(self, user):
        if is_clerk(user):
            return self.all()
        return self.filter(resolution__in=Resolution.objects.visible_to(user).values("pk"))


class RecommendedRecordQuerySet(models.QuerySet):
    """Responses and updates: seen with their recommendation."""

    def visible_to(self, user):
        if is_clerk(user):
            return self.all()
        return self.filter(
            recommendation__resolution__in=Resolution.objects.visible_to(user).values("pk")
        )


class ActionQuerySet(models.QuerySet):
    def visible_to(self, user):
        if is_clerk(user):
            return self.all()
        qs = self.exclude(meeting__minutes_status=Meeting.MinutesStatus.NONE).filter(
            meeting__announced_at__isnull=False
        )
        qs = qs.filter(Q(item__isnull=True) | Q(item__in=AgendaItem.objects.visible_to(user).values("pk")))
        if not can_see_exempt(user):
            qs = qs.filter(Q(item__isnull=True) | Q(item__is_exempt=False))
        return qs

    def open_at(self, meeting):
        """
        The actions arising for ``meeting``: asked for at an earlier meeting of
        its committee and not closed before it (one closed at this meeting is
        still listed here, as closed).
        """
        return self.filter(
            meeting__committee_id=meeting.committee_id, meeting__start__lt=meeting.start
        ).filter(Q(closed_at_meeting__isnull=True) | Q(closed_at_meeting__start__gte=meeting.start))


class WorkProgrammeQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Every entry: the work programme is published as the committee's plan."""
        return self.all()
