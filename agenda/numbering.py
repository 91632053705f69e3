"""
Minute numbers and resolution references. Councils number minutes through
each committee's municipal year (May to May unless
settings.MUNICIPAL_YEAR_START_MONTH says otherwise); a number and the
references made from it are given once, when the meeting's decisions or
minutes are first published, and never change: they are citations.
"""

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from meetings.models import Committee
from meetings.services import record_change

from .models import AgendaItem


def municipal_year(day):
    """
    The municipal year a day falls in, as (the year it starts, its label):
    with the default May start, 30 April 2027 is in (2026, "2026-27") and
    1 May 2027 in (2027, "2027-28"). A January start gives calendar years.
    """
    start_month = settings.MUNICIPAL_YEAR_START_MONTH
    year = day.year if day.month >= start_month else day.year - 1
    if start_month == 1:
        return year, str(year)
    return year, f"{year}-{(year + 1) % 100:02d}"


def number_minutes(meeting, user):
    """
    Give each item the meeting considered the next minute number of its committee's
    municipal year, and each resolution its citable reference. Items
    numbered before keep their numbers and references. Called under the
    meeting's lock; the committee row is locked too, so two meetings of one
    committee cannot take the same number.
    """
    Committee.objects.select_for_update().get(pk=meeting.committee_id)
    year, label = municipal_year(timezone.localtime(meeting.start).date())
    last = (
        AgendaItem.objects.filter(meeting__committee_id=meeting.committee_id, minute_year=year)
        .aggregate(m=Max("minute_number"))["m"]
        or 0
    )
    # A withdrawn item was not considered, so it takes no minute number.
    considered = meeting.items.taking_minutes().select_related("meeting__committee")
    for item in considered.order_by("order", "id"):
        if item.minute_number is None:
            last += 1
            item.minute_year, item.minute_year_label, item.minute_number = year, label, last
            record_change(item, user=user, reason=f"Minute {item.minute_reference}",
                          update_fields=["minute_year", "minute_year_label", "minute_number"])
        assign_references(item, user)


def assign_references(item, user):
    """Fix the reference of each resolution of a numbered item that has none yet."""
    if item.minute_number is None:
        return
    resolutions = list(item.resolutions.order_by("order", "id"))
    taken = {r.reference for r in resolutions if r.reference}
    for position, resolution in enumerate(resolutions, start=1):
        if resolution.reference:
            continue
        suffix = resolution.label or (str(position) if len(resolutions) > 1 else "")
        reference = f"{item.minute_reference}({suffix})" if suffix else item.minute_reference
        if reference in taken:
            reference = f"{item.minute_reference}({position})"
        resolution.reference = reference
        record_change(resolution, user=user, update_fields=["reference"])
        taken.add(reference)
