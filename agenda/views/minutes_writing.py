"""
Writing up a meeting: the clerk's page listing the items in order with, for
the chosen item, a compact form for its minutes and resolutions and a
"Save and go to the next item" button; beside the standard items, what the
app already knows (attendance, declarations, the previous meeting's minutes);
and the two actions that write standard business: approving the previous
minutes from their item, and adding the exclusion of the press and public.

Every item keeps its own version check: a stale save is refused with the
clerk's text still in the form. No JavaScript is needed.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from meetings.models import Meeting
from meetings.roles import clerk_required
from meetings.services import EditConflict
from scrutiny import richtext

from .. import edit_conflicts, minutes_services, services, standard_items
from ..forms import resolution_initial
from ..forms_minutes import (
    ApprovePreviousMinutesForm,
    CompactResolutionFormSet,
    ExclusionForm,
    ItemMinutesForm,
)
from .clerk import RESOLUTIONS_PREFIX, _item_for_clerk, _meeting_for_clerk, add_service_error
from .public import _attendance, _declarations


def writer_url(item):
    return reverse("clerk:minutes_writer_item", args=[item.meeting_id, item.pk])


def _records_beside(item, meeting, user):
    """What the app knows about a standard item, shown beside its form."""
    kind = standard_items.kind_of(item.title)
    records = {"kind": kind}
    if kind == standard_items.APOLOGIES:
        records["attendance"] = _attendance(meeting)
    elif kind == standard_items.DECLARATIONS:
        records["declarations"] = _declarations(user, meeting=meeting)
    elif kind == standard_items.PREVIOUS_MINUTES:
        previous = standard_items.previous_meeting(meeting)
        records["previous"] = previous
        records["can_approve_previous"] = (
            previous is not None
            and previous.minutes_status == Meeting.MinutesStatus.DRAFT
            and not meeting.is_locked
            and meeting.has_happened()
        )
    return records


@clerk_required
def minutes_writer(request, pk, item_pk=None):
    """GET shows the chosen item (the first by default); POST saves it and moves on when asked."""
    meeting = _meeting_for_clerk(pk)
    items = list(meeting.items.order_by("order", "id"))
    if not items:
        return render(request, "agenda/clerk/minutes_writer.html", {"meeting": meeting, "items": []})
    if item_pk is None:
        item = items[0]
    else:
        item = next((candidate for candidate in items if candidate.pk == item_pk), None)
        if item is None:
            raise Http404("That item is not on this meeting's agenda.")
    item.meeting = meeting
    index = items.index(item)
    # "Save and go to the next item" passes over withdrawn items: they take no minutes.
    next_item = next((later for later in items[index + 1:] if not later.withdrawn_at), None)
    status, comparison = 200, []
    if request.method == "POST" and not meeting.is_locked and not item.withdrawn_at:
        form = ItemMinutesForm(request.POST, instance=item)
        formset = CompactResolutionFormSet(request.POST, prefix=RESOLUTIONS_PREFIX)
        if form.is_valid() and formset.is_valid():
            form.require_reason(resolutions_changed=formset.rows() != resolution_initial(item))
        if form.is_valid() and formset.is_valid():
            try:
                services.update_item(
                    item=item, user=request.user, version=form.cleaned_data["version"],
                    fields=form.item_fields(), resolutions=formset.rows(), reason=form.reason_given(),
                )
            except EditConflict as exc:
                comparison, status = edit_conflicts.refuse_item_save(form, formset, exc), 409
            except ValidationError as exc:
                add_service_error(form, exc)
            else:
                messages.success(request, f"Minutes of item {item.number} saved.")
                if "save_and_next" in request.POST and next_item is not None:
                    return redirect(writer_url(next_item))
                return redirect(writer_url(item))
    else:
        if request.method == "POST" and item.withdrawn_at:
            messages.error(request, f"Item {item.number} was withdrawn: it takes no minutes. Nothing was saved.")
            status = 409
        # A withdrawn item takes no minutes, so none are suggested for it.
        prefill = "" if item.minutes or item.withdrawn_at else standard_items.minutes_from_records(item)
        form = ItemMinutesForm(instance=item, initial={"minutes": richtext.from_text(prefill)} if prefill else None)
        formset = CompactResolutionFormSet(prefix=RESOLUTIONS_PREFIX, initial=resolution_initial(item))
    context = {
        "meeting": meeting,
        "items": items,
        "item": item,
        "next_item": next_item,
        "previous_item": items[index - 1] if index else None,
        "form": form,
        "formset": formset,
        "records": _records_beside(item, meeting, request.user),
        "exclusion_paragraphs": standard_items.exclusion_needed(items),
        "is_locked": meeting.is_locked,
        "comparison": comparison,
    }
    return render(request, "agenda/clerk/minutes_writer.html", context, status=status)


@clerk_required
def approve_previous_minutes(request, pk):
    """
    Confirmation page, from the "minutes of the last meeting" item: approve
    the previous meeting's draft minutes and write the resolution saying so.
    """
    item = _item_for_clerk(pk)
    meeting = item.meeting
    previous = standard_items.previous_meeting(meeting)
    if request.method == "POST":
        form = ApprovePreviousMinutesForm(request.POST)
        if form.is_valid():
            try:
                minutes_services.approve_previous_minutes(
                    item=item, previous=form.cleaned_data["previous"], user=request.user
                )
            except ValidationError as exc:
                add_service_error(form, exc)
            else:
                messages.success(
                    request,
                    f"Minutes of the meeting held on {standard_items.meeting_date(previous)} approved "
                    f"as a correct record, and recorded on item {item.number}.",
                )
                return redirect(writer_url(item))
    else:
        form = ApprovePreviousMinutesForm(initial={"previous": previous.pk if previous else None})
    context = {
        "meeting": meeting,
        "item": item,
        "previous": previous,
        "form": form,
        "resolution_text": standard_items.approval_resolution_text(previous) if previous else "",
    }
    return render(request, "agenda/clerk/approve_previous_minutes.html", context)


@clerk_required
def exclusion_add(request, pk):
    """Confirmation page: add the exclusion of the press and public before the first exempt item."""
    meeting = _meeting_for_clerk(pk)
    items = list(meeting.items.order_by("order", "id"))
    paragraphs = standard_items.exclusion_needed(items)
    if request.method == "POST":
        form = ExclusionForm(request.POST)
        if form.is_valid():
            try:
                new = minutes_services.add_exclusion_item(
                    meeting=meeting, user=request.user, paragraphs=form.cleaned_data["paragraphs"]
                )
            except ValidationError as exc:
                add_service_error(form, exc)
            else:
                messages.success(
                    request,
                    f"Item {new.number}, {new.title}, added before the first exempt item. It is a "
                    "draft until the agenda or a supplementary agenda is published.",
                )
                return redirect(writer_url(new))
    else:
        form = ExclusionForm(initial={"paragraphs": ",".join(str(p) for p in paragraphs)})
    context = {
        "meeting": meeting,
        "form": form,
        "paragraphs": paragraphs,
        "first_exempt": next((item for item in items if item.is_exempt), None),
        "resolution_text": standard_items.exclusion_resolution_text(paragraphs) if paragraphs else "",
    }
    return render(request, "agenda/clerk/exclusion_add.html", context)
