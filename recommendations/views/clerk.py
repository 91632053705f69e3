"""
The clerks' pages for a tracked recommendation: its tracker page, the short
forms that record each step (sent, the response, an update, closed at a
meeting, reopened) and the list of everything tracked, by state.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.formats import date_format
from django.views.decorators.http import require_http_methods

from meetings.models import Meeting
from meetings.roles import clerk_required

from .. import clerk_lists, dates, services
from ..forms import CloseForm, ConfirmForm, ResponseForm, SendForm, UpdateForm
from ..models import Action, Recommendation, RecommendationUpdate
from .forms_page import form_page

LIST_PAGE_SIZE = 50


def _recommendation(pk):
    return get_object_or_404(
        Recommendation.objects.select_related(
            "resolution__item__meeting__committee", "closed_at_meeting__committee", "response"
        ).prefetch_related(Prefetch("updates", queryset=RecommendationUpdate.objects.order_by("written_on", "id"))),
        pk=pk,
    )


def _posted(request, form_class, **kwargs):
    if request.method == "POST":
        return form_class(request.POST, **kwargs)
    return form_class(**kwargs)


def _tracker_url(recommendation):
    return reverse("clerk:recommendation_tracker", args=[recommendation.pk])


def _context(recommendation, heading, button, **extra):
    return {
        "recommendation": recommendation,
        "meeting": recommendation.resolution.item.meeting,
        "heading": heading,
        "button": button,
        "back": _tracker_url(recommendation),
        **extra,
    }


@clerk_required
def recommendation_tracker(request, pk):
    recommendation = _recommendation(pk)
    today = dates.today()
    return render(request, "recommendations/clerk/recommendation_detail.html", {
        "recommendation": recommendation,
        "meeting": recommendation.resolution.item.meeting,
        "state": recommendation.state(today),
        "is_overdue": recommendation.is_response_overdue(today),
        "response": getattr(recommendation, "response", None),
        "updates": list(recommendation.updates.all()),
    })


@clerk_required
@require_http_methods(["GET", "POST"])
def recommendation_send(request, pk):
    recommendation = _recommendation(pk)
    form = _posted(request, SendForm, record=recommendation, initial={
        "addressed_to": recommendation.addressed_to,
        "addressee_name": recommendation.addressee_name,
        "sent_on": recommendation.sent_on or dates.today(),
        "response_due_on": None if recommendation.is_statutory else recommendation.response_due_on,
    })

    def save(data):
        services.send_recommendation(recommendation=recommendation, user=request.user, **data)
        return f"{recommendation.reference}: sent."

    notes = []
    if recommendation.sent_on and recommendation.is_statutory:
        notes.append(
            f"The response is due by {date_format(recommendation.response_due_on, 'j F Y')}: two months from "
            "the date sent, under section 9FE of the Local Government Act 2000."
        )
    else:
        statutory = dates.section_9fe_due_date(dates.today())
        notes.append(
            "If it went to the executive, a Cabinet member or full Council today, the response would be due by "
            f"{date_format(statutory, 'j F Y')} (section 9FE)."
        )
    return form_page(request, form=form, save=save, done=_tracker_url(recommendation),
                     context=_context(recommendation, "Record where the recommendation was sent", "Save", notes=notes))


@clerk_required
@require_http_methods(["GET", "POST"])
def recommendation_respond(request, pk):
    recommendation = _recommendation(pk)
    response = getattr(recommendation, "response", None)
    initial = {"responded_on": dates.today()}
    if response is not None:
        initial = {name: getattr(response, name) for name in (
            "outcome", "responded_on", "responded_by", "text", "document_title", "document_url")}
    form = _posted(request, ResponseForm, record=recommendation, initial=initial)

    def save(data):
        services.record_response(recommendation=recommendation, user=request.user, **data)
        return f"{recommendation.reference}: response recorded."

    return form_page(request, form=form, save=save, done=_tracker_url(recommendation),
                     saved_for_comparison=lambda record: getattr(record, "response", None) or record,
                     context=_context(recommendation, "Record the response", "Save the response"))


@clerk_required
@require_http_methods(["GET", "POST"])
def recommendation_update(request, pk):
    recommendation = _recommendation(pk)
    form = _posted(request, UpdateForm, record=recommendation,
                   initial={"written_on": dates.today(), "status": recommendation.implementation or None})

    def save(data):
        services.record_update(recommendation=recommendation, user=request.user, **data)
        return f"{recommendation.reference}: update added."

    return form_page(request, form=form, save=save, done=_tracker_url(recommendation),
                     context=_context(recommendation, "Add an update on implementing it", "Add the update"))


def later_meetings(meeting):
    """The meetings that may close something asked for at ``meeting``: later ones of its committee."""
    return (Meeting.objects.filter(committee_id=meeting.committee_id, start__gt=meeting.start)
            .select_related("committee").order_by("start"))


@clerk_required
@require_http_methods(["GET", "POST"])
def recommendation_close(request, pk):
    recommendation = _recommendation(pk)
    made_at = recommendation.resolution.item.meeting
    form = _posted(request, CloseForm, record=recommendation, meetings=later_meetings(made_at),
                   initial={"meeting": recommendation.closed_at_meeting, "note": recommendation.closing_note})

    def save(data):
        services.close_recommendation(recommendation=recommendation, user=request.user, **data)
        return f"{recommendation.reference}: closed."

    return form_page(request, form=form, save=save, done=_tracker_url(recommendation),
                     context=_context(recommendation, "Close at a meeting", "Close the recommendation"))


@clerk_required
@require_http_methods(["GET", "POST"])
def recommendation_reopen(request, pk):
    recommendation = _recommendation(pk)
    form = _posted(request, ConfirmForm, record=recommendation)

    def save(data):
        services.reopen_recommendation(recommendation=recommendation, user=request.user, **data)
        return f"{recommendation.reference}: reopened."

    return form_page(request, form=form, save=save, done=_tracker_url(recommendation),
                     context=_context(recommendation, "Reopen the recommendation", "Reopen",
                                      notes=["It will be listed again until a meeting closes it."]))


# --- Everything tracked --------------------------------------------------------------


@clerk_required
def recommendation_list(request):
    """
    Every recommendation, by state (``?state=``), or one of the start page's
    lists (``?show=due_soon``, ``overdue``, ``awaiting_closure``,
    ``actions_overdue``), a page at a time.
    """
    today = dates.today()
    state, show = request.GET.get("state", ""), request.GET.get("show", "")
    if state and state not in Recommendation.State.values:
        return HttpResponseBadRequest("There is no such state of a recommendation.", content_type="text/plain")
    if show and show not in clerk_lists.SHOWN_LABELS:
        return HttpResponseBadRequest("There is no such list.", content_type="text/plain")
    counts = Recommendation.objects.aggregate(**{
        value: Count("id", filter=clerk_lists.state_q(value, today)) for value in Recommendation.State.values
    })
    states = [{"value": value, "label": label, "count": counts[value]} for value, label in Recommendation.State.choices]
    if show == "actions_overdue":
        records = (Action.objects.filter(clerk_lists.actions_overdue_q(today))
                   .select_related("meeting__committee").order_by("due_on", "id"))
    else:
        records = Recommendation.objects.select_related(
            "resolution__item__meeting__committee"
        ).order_by("-resolution__item__meeting__start", "resolution__item__order", "resolution__order", "id")
        if state:
            records = records.filter(clerk_lists.state_q(state, today))
        elif show:
            records = records.filter(clerk_lists.shown(show, today))
    page = Paginator(records, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    for record in page.object_list:
        if isinstance(record, Recommendation):
            record.current_state = record.state(today)
    heading = (dict(Recommendation.State.choices).get(state) or clerk_lists.SHOWN_LABELS.get(show)
               or "Everything tracked")
    return render(request, "recommendations/clerk/recommendation_list.html", {
        "states": states, "state": state, "show": show, "heading": heading, "page_obj": page,
        "is_actions": show == "actions_overdue", "total": sum(counts.values()),
    })
