"""
The clerk's page for a recorded (named) vote on one resolution: how each
member present voted, entered from the meeting's attendance. The service
(agenda.votes.record_named_votes) counts the totals from the names.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from meetings.roles import clerk_required
from meetings.services import EditConflict

from .. import votes
from ..forms_votes import NamedVotesForm
from ..models import RecordedVote, Resolution
from .clerk import add_service_error


@clerk_required
def named_votes(request, pk):
    resolution = get_object_or_404(Resolution.objects.select_related("item__meeting__committee"), pk=pk)
    item = resolution.item
    meeting = item.meeting
    voters = votes.voters(meeting)
    recorded = dict(RecordedVote.objects.filter(resolution=resolution).values_list("person_id", "vote"))
    kwargs = {
        "voters": voters, "resolution": resolution, "recorded": recorded,
        "fingerprint": votes.named_votes_fingerprint(resolution),
    }
    status = 200
    if request.method == "POST":
        form = NamedVotesForm(request.POST, **kwargs)
        if form.is_valid():
            try:
                votes.record_named_votes(
                    resolution=resolution, user=request.user,
                    fingerprint=form.cleaned_data["fingerprint"], outcome=form.cleaned_data["outcome"],
                    votes=form.votes(), figures_confirmed=form.cleaned_data["figures_confirmed"],
                )
            except EditConflict as exc:
                form.add_error(None, exc)
                status = 409
            except ValidationError as exc:
                add_service_error(form, exc)
            else:
                messages.success(request, "Named votes saved; the totals are counted from them.")
                return redirect(reverse("clerk:item_update", args=[item.pk]) + "#resolutions")
    else:
        form = NamedVotesForm(**kwargs)
    context = {
        "meeting": meeting,
        "item": item,
        "resolution": resolution,
        "form": form,
        "is_locked": meeting.is_locked,
        "shows_confirm": bool(getattr(form, "vote_warnings", None)) or bool(form["figures_confirmed"].value()),
    }
    return render(request, "agenda/clerk/named_votes.html", context, status=status)
