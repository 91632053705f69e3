"""
The clerks' back office for what a meeting considers and decides: the
meeting hub with its agenda builder, the item editor and the publishing
workflow (agenda, decisions, draft minutes, approval, corrections).

Each view turns the request into one call of ``agenda.services`` and puts
the service's ValidationError back on the form, so every rule about the
meeting's state lives in the service.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST
from django.views.generic import DetailView

from meetings.models import Meeting
from meetings.roles import ClerkRequiredMixin, clerk_required
from meetings.services import EditConflict
from scrutiny import page_sections
from scrutiny.forms import ConfirmActionForm

from .. import edit_conflicts, services, standard_items, votes
from ..forms import (
    AgendaPublishForm,
    ApproveMinutesForm,
    ConfirmForm,
    CorrectionForm,
    ItemForm,
    ItemRemoveForm,
    ResolutionFormSet,
    resolution_initial,
)
from ..labels import next_labels
from ..models import AgendaItem, AgendaPublication, MinutesCorrection

RESOLUTIONS_PREFIX = "resolutions"


def add_service_error(form, exc):
    """
    Put a service's ValidationError on the form: a message keyed by a field
    the form has goes beside that field, anything else at the top.
    """
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc)


def _posted_form(request, form_class, **kwargs):
    """A form bound to the POST data, or unbound on GET (a POST with no fields is still bound)."""
    if request.method == "POST":
        return form_class(request.POST, **kwargs)
    return form_class(**kwargs)


def _meeting_for_clerk(pk):
    return get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)


def _item_for_clerk(pk):
    return get_object_or_404(AgendaItem.objects.select_related("meeting__committee"), pk=pk)


def _hub_url(meeting, item=None):
    url = meeting.get_absolute_url()
    return f"{url}#item-{item.pk}" if item is not None else url


# --- The meeting hub -------------------------------------------------------------


class MeetingHubView(ClerkRequiredMixin, DetailView):
    """One meeting's back-office page: its state, the publishing panel and the agenda builder."""

    template_name = "agenda/clerk/meeting_detail.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return Meeting.objects.select_related(
            "committee",
            "agenda_published_by",
            "decisions_published_by",
            "minutes_published_by",
            "minutes_approved_by",
            "minutes_approved_at_meeting__committee",
        ).prefetch_related(
            Prefetch(
                "publications",
                queryset=AgendaPublication.objects.select_related("published_by").order_by("published_at"),
            ),
            Prefetch(
                "publications__items",
                queryset=AgendaItem.objects.only("id", "number", "order").order_by("order", "id"),
            ),
            Prefetch(
                "corrections",
                queryset=MinutesCorrection.objects.select_related("item", "resolution", "recorded_by").order_by(
                    "recorded_at"
                ),
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meeting = self.object
        items = list(
            meeting.items.only(
                "id", "meeting_id", "number", "order", "title", "is_exempt", "exempt_paragraph",
                "published_at", "number_fixed", "withdrawn_at",
            ).annotate(
                resolution_count=Count("resolutions", distinct=True),
                document_count=Count("documents", distinct=True),
            ).order_by("order", "id")
        )
        draft_count = sum(1 for item in items if item.published_at is None)
        has_happened = meeting.has_happened()
        took_place = (
            meeting.status == Meeting.Status.SCHEDULED and has_happened and meeting.is_agenda_published
        )
        # Which next steps to offer as buttons; the services check each one again.
        context.update(
            items=items,
            draft_count=draft_count,
            can_edit=not meeting.is_locked,
            can_publish_agenda=draft_count > 0 and not meeting.is_locked and not meeting.is_cancelled,
            can_publish_decisions=took_place and not meeting.are_decisions_published,
            can_publish_minutes=took_place and not meeting.are_minutes_published,
            can_approve_minutes=meeting.minutes_status == Meeting.MinutesStatus.DRAFT,
            first_publication=next((p for p in meeting.publications.all() if not p.is_supplementary), None),
            supplementary_publications=[p for p in meeting.publications.all() if p.is_supplementary],
            exclusion_paragraphs=standard_items.exclusion_needed(items),
            page_sections=page_sections.sections("clerk_meeting", self.request, meeting=meeting),
        )
        return context


meeting_hub = MeetingHubView.as_view()


# --- The item editor --------------------------------------------------------------


@clerk_required
def item_create(request, pk):
    meeting = _meeting_for_clerk(pk)
    return _edit_item(request, meeting, AgendaItem(meeting=meeting))


@clerk_required
def item_update(request, pk):
    item = _item_for_clerk(pk)
    return _edit_item(request, item.meeting, item)


def _edit_item(request, meeting, item):
    """
    The item's fields and its resolutions on one page, saved together by
    create_item / update_item. A conflicting save by another clerk answers
    409 with everything this clerk typed still in the form.
    """
    is_new = item.pk is None
    # Taken before the form is bound: validating a ModelForm changes its instance.
    heading = "Add an item" if is_new else f"Edit item {item.number}: {item.title}"
    status, comparison = 200, []
    rows = _resolution_row_options(meeting, item)
    if request.method == "POST":
        form = ItemForm(request.POST, instance=item, meeting=meeting)
        formset = ResolutionFormSet(request.POST, prefix=RESOLUTIONS_PREFIX, **rows)
        if form.is_valid() and formset.is_valid() and not is_new:
            form.require_reason(resolutions_changed=formset.rows() != resolution_initial(item))
        if form.is_valid() and formset.is_valid():
            try:
                if is_new:
                    saved = services.create_item(
                        meeting=meeting, user=request.user, fields=form.item_fields(),
                        resolutions=formset.rows(),
                    )
                else:
                    saved = services.update_item(
                        item=item, user=request.user, version=form.cleaned_data["version"],
                        fields=form.item_fields(), resolutions=formset.rows(),
                        reason=form.reason_given(),
                    )
            except EditConflict as exc:
                comparison, status = edit_conflicts.refuse_item_save(form, formset, exc), 409
            except ValidationError as exc:
                add_service_error(form, exc)
            else:
                messages.success(request, f"Item {saved.number} {'added' if is_new else 'saved'}.")
                following = _next_item(saved) if "save_and_next" in request.POST else None
                if following is not None:
                    return redirect("clerk:item_update", following.pk)
                return redirect(_hub_url(meeting, saved))
    elif is_new:
        initial = {"number": services.next_item_number(meeting)}
        form = ItemForm(instance=item, meeting=meeting, initial=initial)
        formset = ResolutionFormSet(prefix=RESOLUTIONS_PREFIX, **rows)
    else:
        form = ItemForm(instance=item, meeting=meeting)
        formset = ResolutionFormSet(prefix=RESOLUTIONS_PREFIX, initial=resolution_initial(item), **rows)

    documents = [] if is_new else list(item.documents.order_by("order", "id"))
    next_item = None if is_new else _next_item(item)
    context = {
        "meeting": meeting,
        "item": None if is_new else item,
        "heading": heading,
        "form": form,
        "formset": formset,
        "documents": documents,
        "is_locked": meeting.is_locked,
        "next_item": next_item,
        "comparison": comparison,
    }
    return render(request, "agenda/clerk/item_form.html", context, status=status)


def _next_item(item):
    """The item after this one on the agenda, where "Save and go to the next item" leads."""
    following = item.meeting.items.filter(Q(order__gt=item.order) | Q(order=item.order, pk__gt=item.pk))
    return following.order_by("order", "id").first()


def _resolution_row_options(meeting, item):
    """
    What the resolution rows are built with: the next labels in the item's
    sequence for the new rows (filled in when the saved resolutions have
    labels, a hint otherwise), and how many members could vote.
    """
    labels = [] if item.pk is None else list(item.resolutions.order_by("order", "id").values_list("label", flat=True))
    return {
        "suggested_labels": next_labels(labels, ResolutionFormSet.extra),
        "prefill_labels": any(label.strip() for label in labels),
        "members_present": votes.members_present(meeting),
        "named_totals": {} if item.pk is None else votes.named_totals(item),
    }


@clerk_required
def item_delete(request, pk):
    """
    Take an item off the agenda, after confirmation: a draft is deleted, a
    published item withdrawn with the reason the clerk gives here. A save
    from a page built on an older version of the item answers 409.
    """
    item = get_object_or_404(
        AgendaItem.objects.select_related("meeting__committee").annotate(
            resolution_count=Count("resolutions", distinct=True),
            document_count=Count("documents", distinct=True),
        ),
        pk=pk,
    )
    meeting = item.meeting
    form = _posted_form(request, ItemRemoveForm, item=item)
    status = 200
    # Said before the clerk types a reason; the service checks again.
    is_part_of_the_record = item.published_at is not None and meeting.has_happened()
    if request.method == "POST" and not is_part_of_the_record and form.is_valid():
        try:
            outcome = services.remove_item(
                item=item, user=request.user, version=form.cleaned_data["version"],
                reason=form.cleaned_data.get("reason", ""),
            )
        except EditConflict as exc:
            form.add_error(None, exc)
            status = 409
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            done = "withdrawn" if outcome == services.Removal.WITHDRAWN else "removed"
            messages.success(request, f"Item {item.number} {done}: {item.title}.")
            return redirect(meeting)
    context = {
        "meeting": meeting, "item": item, "form": form,
        "is_part_of_the_record": is_part_of_the_record, "part_of_the_record": services.PART_OF_THE_RECORD,
    }
    return render(request, "agenda/clerk/item_confirm_delete.html", context, status=status)


@clerk_required
@require_POST
def item_move(request, pk):
    """
    Move an item one place up or down the agenda, or swap it with another
    item (a button or a select per row, no JavaScript). Numbers follow the
    new order; the clerk is told which published numbers changed.
    """
    item = _item_for_clerk(pk)
    direction, swap_with = request.POST.get("direction"), request.POST.get("swap_with")
    if direction not in {"up", "down"} and swap_with is None:
        return HttpResponseBadRequest(
            'Choose whether to move the item "up" or "down".', content_type="text/plain; charset=utf-8"
        )
    try:
        if direction in {"up", "down"}:
            result = services.move_item(item=item, user=request.user, direction=direction)
            done = f"moved {direction}"
        else:
            other = _swap_partner(item, swap_with)
            result = services.swap_items(item=item, user=request.user, other=other)
            done = f"swapped with {other.title}"
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(request, _move_message(item, done, result))
    return redirect(_hub_url(item.meeting, item))


def _swap_partner(item, value):
    """The other item of the same meeting named by the "Swap with" select."""
    other = None
    if value and value.isdigit() and len(value) < 12:
        other = item.meeting.items.filter(pk=int(value)).exclude(pk=item.pk).first()
    if other is None:
        raise ValidationError("Choose another item of this agenda to swap with.")
    return other


def _move_message(item, done, result):
    """Say what moved and, for the published agenda, which public numbers changed."""
    message = f"“{item.title}” {done}."
    if result.numbers_kept:
        return f"{message} Item numbers were kept: they are part of the published minutes."
    if result.public_renumbered:
        changes = ", ".join(f"{old} → {new}" for _, old, new in result.public_renumbered)
        message = (
            f"{message} The agenda is published, so the public will see these items renumbered: "
            f"{changes}. The change is recorded in the history."
        )
    elif result.renumbered:
        message = f"{message} Items renumbered to follow the order."
    return message


# --- Publishing ------------------------------------------------------------------


@clerk_required
def agenda_publish(request, pk):
    """
    Publish the draft items: the agenda, or a supplementary agenda. Shows the
    notice publishing now would give and, when that is short, asks why.
    """
    meeting = _meeting_for_clerk(pk)
    notice = services.agenda_notice(meeting)
    form = _posted_form(request, AgendaPublishForm, is_late=notice.is_late)
    if request.method == "POST" and form.is_valid():
        try:
            publication = services.publish_agenda(
                meeting=meeting, user=request.user, late_reason=form.cleaned_data["late_reason"]
            )
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            what = "Supplementary agenda" if publication.is_supplementary else "Agenda"
            messages.success(request, f"{what} published.")
            return redirect(meeting)
    context = {
        "meeting": meeting,
        "form": form,
        "notice": notice,
        "deadline_has_passed": notice.deadline < timezone.localdate(),
        "drafts": meeting.items.filter(published_at__isnull=True).order_by("order", "id"),
        "is_supplementary": meeting.is_agenda_published,
    }
    return render(request, "agenda/clerk/agenda_publish.html", context)


def _confirm_and_call(request, meeting, service, *, success, template, confirm):
    """
    A confirmation page whose button calls `service` once the "Yes, …" box
    (`confirm`: its label and refusal) is ticked; a POST without it changes
    nothing and shows the page again. The service's refusal is shown too.
    """
    label, refusal = confirm
    form = _posted_form(request, ConfirmActionForm, label=label, refusal=refusal)
    if request.method == "POST" and form.is_valid():
        try:
            service(meeting=meeting, user=request.user)
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, success)
            return redirect(meeting)
    return render(request, template, {"meeting": meeting, "form": form})


@clerk_required
def decisions_publish(request, pk):
    return _confirm_and_call(
        request, _meeting_for_clerk(pk), services.publish_decisions,
        success="Decisions published.", template="agenda/clerk/decisions_publish.html",
        confirm=(
            "Yes, publish the decisions. I understand the public will see them and they cannot be "
            "unpublished.",
            "Tick the box to confirm you want to publish the decisions: they cannot be unpublished.",
        ),
    )


@clerk_required
def minutes_publish(request, pk):
    return _confirm_and_call(
        request, _meeting_for_clerk(pk), services.publish_draft_minutes,
        success="Draft minutes published, subject to approval.",
        template="agenda/clerk/minutes_publish.html",
        confirm=(
            "Yes, publish the draft minutes. I understand the public will see them and they cannot be "
            "unpublished.",
            "Tick the box to confirm you want to publish the draft minutes: they cannot be unpublished.",
        ),
    )


@clerk_required
def minutes_approve(request, pk):
    meeting = _meeting_for_clerk(pk)
    choices = list(services.approving_meetings(meeting))
    form = _posted_form(request, ApproveMinutesForm, choices=choices)
    if request.method == "POST" and form.is_valid():
        approving_meeting = form.cleaned_data["approving_meeting"]
        try:
            services.approve_minutes(meeting=meeting, approving_meeting=approving_meeting, user=request.user)
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, f"Minutes approved as a correct record at {approving_meeting}.")
            return redirect(meeting)
    context = {"meeting": meeting, "form": form, "has_choices": bool(choices)}
    return render(request, "agenda/clerk/minutes_approve.html", context)


@clerk_required
def correction_create(request, pk):
    meeting = _meeting_for_clerk(pk)
    form = _posted_form(request, CorrectionForm, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_correction(
                meeting=meeting, user=request.user, item=form.cleaned_data["item"],
                resolution=form.cleaned_data["resolution"],
                text=form.cleaned_data["text"], reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, "Correction recorded beside the approved minutes.")
            return redirect(meeting)
    return render(request, "agenda/clerk/correction_form.html", {"meeting": meeting, "form": form})
