"""
A draft meeting in the back office: announcing it, so that it appears on
the public calendar, or deleting it when it was entered by mistake. Both
are confirmed on a page of their own and carried out by
``meetings.services``.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from . import services
from .forms_drafts import AnnounceMeetingForm, DeleteMeetingForm
from .models import Meeting
from .roles import clerk_required


def _meeting(pk):
    return get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)


def _confirm(request, meeting, *, form_class, service, template, done, next_url, context=None):
    """
    The confirmation page on GET; on POST the service, or the page again with
    its error (409 when someone else changed the meeting in between).
    """
    status = 200
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            try:
                service(meeting=meeting, user=request.user, version=form.cleaned_data["version"])
            except services.EditConflict as exc:
                form.add_error(None, exc)
                status = 409
            except ValidationError as exc:
                form.add_service_error(exc)
            else:
                messages.success(request, done)
                return redirect(next_url)
    else:
        form = form_class(initial={"version": meeting.version})
    return render(
        request, template, {"meeting": meeting, "form": form, **(context or {})}, status=status
    )


@clerk_required
def meeting_announce(request, pk):
    meeting = _meeting(pk)
    return _confirm(
        request,
        meeting,
        form_class=AnnounceMeetingForm,
        service=services.announce_meeting,
        template="meetings/meeting_announce.html",
        done="Meeting announced: it is now on the public calendar.",
        next_url=meeting.get_absolute_url(),
    )


@clerk_required
def meeting_delete(request, pk):
    meeting = _meeting(pk)
    return _confirm(
        request,
        meeting,
        form_class=DeleteMeetingForm,
        service=services.delete_draft_meeting,
        template="meetings/meeting_delete.html",
        done=f"Meeting deleted: {meeting}.",
        next_url=reverse("clerk:dashboard"),
        context={"traces": services.public_traces(meeting)},
    )
