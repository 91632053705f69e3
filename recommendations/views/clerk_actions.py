"""
The clerks' forms for actions: raising one at a meeting (typed, or taken
from a sentence of an item's minutes), recording an update, closing it at a
later meeting; and adding the "tracker" item to a meeting's agenda.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from agenda.models import AgendaItem
from meetings.models import Meeting
from meetings.roles import clerk_required

from .. import dates, services
from ..forms import ActionCloseForm, ActionForm, ActionUpdateForm
from ..models import Action
from ..sentences import sentences
from .clerk import later_meetings
from .forms_page import TEMPLATE, form_page


def _meeting(pk):
    return get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)


def _action(pk):
    return get_object_or_404(Action.objects.select_related("meeting__committee", "item"), pk=pk)


def _actions_url(meeting):
    return reverse("clerk:meeting", args=[meeting.pk]) + "#actions"


def _prefill(request, meeting):
    """
    The form's starting values from the query string: ``item`` and
    ``sentence`` (the index of a sentence of that item's minutes). None when
    they do not name a sentence of an item of this meeting.
    """
    item_pk, index = request.GET.get("item"), request.GET.get("sentence")
    if item_pk is None:
        return {}
    if not item_pk.isdigit() or (index is not None and not index.isdigit()):
        return None
    item = AgendaItem.objects.filter(pk=int(item_pk), meeting=meeting).only("id", "minutes").first()
    if item is None:
        return None
    initial = {"item": item.pk}
    if index is not None:
        found = sentences(item.minutes)
        if int(index) >= len(found):
            return None
        initial["text"] = found[int(index)]
    return initial


@clerk_required
@require_http_methods(["GET", "POST"])
def action_raise(request, pk):
    meeting = _meeting(pk)
    items = AgendaItem.objects.filter(meeting=meeting).only("id", "number", "title", "meeting_id").order_by("order", "id")
    if request.method == "POST":
        form = ActionForm(request.POST, items=items)
    else:
        initial = _prefill(request, meeting)
        if initial is None:
            return HttpResponseBadRequest(
                "That link does not name a sentence of the minutes of an item of this meeting.",
                content_type="text/plain",
            )
        form = ActionForm(items=items, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.raise_action(meeting=meeting, user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, "Action raised.")
            return redirect(_actions_url(meeting))
    return render(request, TEMPLATE, {
        "meeting": meeting, "form": form, "heading": "Raise an action", "button": "Raise the action",
        "back": _actions_url(meeting),
    })


def _action_context(action, heading, button, **extra):
    return {"action": action, "meeting": action.meeting, "heading": heading, "button": button,
            "back": _actions_url(action.meeting), **extra}


@clerk_required
@require_http_methods(["GET", "POST"])
def action_update(request, pk):
    action = _action(pk)
    kwargs = dict(record=action, initial={"written_on": dates.today(), "status": action.status})
    form = ActionUpdateForm(request.POST, **kwargs) if request.method == "POST" else ActionUpdateForm(**kwargs)

    def save(data):
        services.record_action_update(action=action, user=request.user, **data)
        return "Update recorded."

    return form_page(request, form=form, save=save, done=_actions_url(action.meeting),
                     context=_action_context(action, "Record an update on the action", "Record the update"))


@clerk_required
@require_http_methods(["GET", "POST"])
def action_close(request, pk):
    """Close at a later meeting: ``?meeting=`` (or the button on that meeting's page) names it."""
    action = _action(pk)
    meeting_pk = request.POST.get("meeting") or request.GET.get("meeting")
    kwargs = dict(record=action, meetings=later_meetings(action.meeting), initial={"meeting": meeting_pk})
    form = ActionCloseForm(request.POST, **kwargs) if request.method == "POST" else ActionCloseForm(**kwargs)
    del form.fields["note"]
    def save(data):
        services.close_action(action=action, user=request.user, **data)
        return "Action closed."

    return form_page(request, form=form, save=save, done=lambda: _actions_url(form.cleaned_data["meeting"]),
                     context=_action_context(action, "Close the action at a meeting", "Close the action"))


@clerk_required
@require_POST
def tracker_item_add(request, pk):
    meeting = _meeting(pk)
    try:
        item = services.add_tracker_item(meeting=meeting, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(_actions_url(meeting))
    messages.success(request, f"Item {item.number}, {item.title}, added to the agenda.")
    return redirect(reverse("clerk:meeting", args=[meeting.pk]) + f"#item-{item.pk}")
