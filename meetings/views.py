"""
The clerks' back office for committees, people, memberships and meetings
(the start page and the lists of meetings are in ``views_dashboard``,
attendance in ``views_attendance``).

Views turn HTTP into calls: the rules about one record are in the models'
``clean()`` methods, and every change to a meeting goes through
``meetings.services``. Every clerk view is wrapped in ``clerk_required``.
"""

import copy

from django.contrib import messages
from django.contrib.messages.views import SuccessMessageMixin
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.views.generic import CreateView, DetailView, ListView, UpdateView

from scrutiny import textdiff

from . import services
from .forms import (
    CancelMeetingForm,
    CommitteeForm,
    MeetingForm,
    MeetingUpdateForm,
    MembershipEndForm,
    MembershipForm,
    PersonForm,
    PostponeMeetingForm,
    ReinstateMeetingForm,
)
from .models import Committee, Meeting, Membership, Person
from .roles import ClerkRequiredMixin, clerk_required
from .stale_saves import RefuseStaleSaveMixin


class KeepObjectMixin:
    """
    Give an update form a copy of the record, so that a rejected edit does not
    change the headings and links of the page that shows the errors.
    """

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = copy.copy(self.object)
        return kwargs


# --- Committees --------------------------------------------------------------


class CommitteeListView(ClerkRequiredMixin, ListView):
    template_name = "meetings/committee_list.html"
    context_object_name = "committees"

    def get_queryset(self):
        today = timezone.localdate()
        current = Q(memberships__start_date__lte=today) & (
            Q(memberships__end_date__isnull=True) | Q(memberships__end_date__gte=today)
        )
        return (
            Committee.objects.select_related("parent")
            .annotate(member_count=Count("memberships", filter=current))
            .order_by("-is_active", "name")
        )


class CommitteeDetailView(ClerkRequiredMixin, DetailView):
    template_name = "meetings/committee_detail.html"
    context_object_name = "committee"

    def get_queryset(self):
        return Committee.objects.select_related("parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        committee = self.object
        today = timezone.localdate()
        memberships = list(
            committee.memberships.select_related("person").order_by("person__name", "-start_date")
        )
        now = timezone.now()
        context.update(
            # Current includes memberships that start later, so a new member can be added ahead.
            current_memberships=[m for m in memberships if m.end_date is None or m.end_date >= today],
            past_memberships=[m for m in memberships if m.end_date is not None and m.end_date < today],
            children=committee.children.order_by("name"),
            upcoming_meetings=committee.meetings.upcoming(now),
            past_meetings=committee.meetings.past(now),
        )
        return context


class CommitteeCreateView(ClerkRequiredMixin, SuccessMessageMixin, CreateView):
    form_class = CommitteeForm
    template_name = "meetings/committee_form.html"
    success_message = "Committee “%(name)s” added."

    def get_success_url(self):
        return reverse("clerk:committee_detail", args=[self.object.slug])


class CommitteeUpdateView(
    ClerkRequiredMixin, RefuseStaleSaveMixin, KeepObjectMixin, SuccessMessageMixin, UpdateView
):
    form_class = CommitteeForm
    template_name = "meetings/committee_form.html"
    context_object_name = "committee"
    success_message = "Committee “%(name)s” saved."

    def get_queryset(self):
        return Committee.objects.all()

    def get_success_url(self):
        return reverse("clerk:committee_detail", args=[self.object.slug])


# --- People ------------------------------------------------------------------


class PersonListView(ClerkRequiredMixin, ListView):
    template_name = "meetings/person_list.html"
    context_object_name = "people"
    paginate_by = 50

    def get_queryset(self):
        people = Person.objects.select_related("user").order_by("name", "pk")
        query = self.request.GET.get("q", "").strip()
        if query:
            people = people.filter(name__icontains=query)
        return people

    def get_context_data(self, **kwargs):
        return super().get_context_data(query=self.request.GET.get("q", "").strip(), **kwargs)


class PersonCreateView(ClerkRequiredMixin, SuccessMessageMixin, CreateView):
    form_class = PersonForm
    template_name = "meetings/person_form.html"
    success_message = "%(name)s added."

    def get_success_url(self):
        return reverse("clerk:person_list")


class PersonUpdateView(
    ClerkRequiredMixin, RefuseStaleSaveMixin, KeepObjectMixin, SuccessMessageMixin, UpdateView
):
    form_class = PersonForm
    template_name = "meetings/person_form.html"
    context_object_name = "person"
    success_message = "%(name)s saved."

    def get_queryset(self):
        return Person.objects.select_related("user")

    def get_success_url(self):
        return reverse("clerk:person_list")


# --- Memberships -------------------------------------------------------------


class MembershipCreateView(ClerkRequiredMixin, SuccessMessageMixin, CreateView):
    form_class = MembershipForm
    template_name = "meetings/membership_form.html"

    def dispatch(self, request, *args, **kwargs):
        self.committee = get_object_or_404(Committee, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": Membership(committee=self.committee)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(committee=self.committee, **kwargs)

    def get_success_message(self, cleaned_data):
        return f"{cleaned_data['person']} added to {self.committee}."

    def get_success_url(self):
        return reverse("clerk:committee_detail", args=[self.committee.slug])


class MembershipUpdateView(
    ClerkRequiredMixin, RefuseStaleSaveMixin, KeepObjectMixin, SuccessMessageMixin, UpdateView
):
    form_class = MembershipForm
    template_name = "meetings/membership_form.html"
    context_object_name = "membership"
    success_message = "Membership saved."

    def get_queryset(self):
        return Membership.objects.select_related("committee", "person")

    def get_context_data(self, **kwargs):
        return super().get_context_data(committee=self.object.committee, **kwargs)

    def get_success_url(self):
        return reverse("clerk:committee_detail", args=[self.object.committee.slug])


class MembershipEndView(
    ClerkRequiredMixin, RefuseStaleSaveMixin, KeepObjectMixin, SuccessMessageMixin, UpdateView
):
    form_class = MembershipEndForm
    template_name = "meetings/membership_end.html"
    context_object_name = "membership"

    def get_queryset(self):
        return Membership.objects.select_related("committee", "person")

    def get_success_message(self, cleaned_data):
        return (
            f"{self.object.person}’s membership of {self.object.committee} ends on "
            f"{date_format(self.object.end_date, 'j F Y')}."
        )

    def get_success_url(self):
        return reverse("clerk:committee_detail", args=[self.object.committee.slug])


# --- Meetings ----------------------------------------------------------------

class MeetingCreateView(ClerkRequiredMixin, SuccessMessageMixin, CreateView):
    form_class = MeetingForm
    template_name = "meetings/meeting_form.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # ?committee=<slug> from a committee's page; an unknown slug just preselects nothing.
        self.from_committee = Committee.objects.filter(
            slug=request.GET.get("committee", ""), is_active=True
        ).first()

    def get_initial(self):
        return {"committee": self.from_committee} if self.from_committee else {}

    def get_context_data(self, **kwargs):
        return super().get_context_data(from_committee=self.from_committee, **kwargs)

    def get_success_message(self, cleaned_data):
        return (
            f"Meeting added as a draft: {self.object}. Only clerks can see it until you announce it "
            "or publish its agenda."
        )


def _get_meeting(pk):
    return get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)


def _meeting_comparison(form, saved):
    """The meeting's saved date, time and venue beside the ones typed, where they differ."""
    typed = form.changed_fields()

    def when(start, end):
        start, end = timezone.localtime(start), end and timezone.localtime(end)
        return f"{date_format(start, 'j F Y, H:i')}{f' to {end:%H:%M}' if end else ''}"

    return textdiff.comparison([
        ("Date and time", when(saved.start, saved.end), when(typed["start"], typed["end"])),
        ("Venue", saved.venue, typed["venue"]),
    ])


@clerk_required
def meeting_update(request, pk):
    """
    Change a meeting's date, time or venue. A form opened before someone
    else's save is refused with 409, keeps what the clerk typed and shows
    their version beside it; once the agenda is published, a reason is asked.
    """
    meeting = _get_meeting(pk)
    status, comparison = 200, []
    is_public = meeting.is_agenda_published
    if request.method == "POST":
        form = MeetingUpdateForm(request.POST, is_public=is_public)
        if form.is_valid():
            try:
                services.update_meeting(
                    meeting=meeting,
                    user=request.user,
                    version=form.cleaned_data["version"],
                    fields=form.changed_fields(),
                    reason=form.cleaned_data.get("change_reason"),
                )
            except services.EditConflict as exc:
                form.add_error(None, exc)
                comparison = _meeting_comparison(form, exc.current)
                form.data = form.data.copy()
                form.data["version"] = exc.current.version
                status = 409
            except ValidationError as exc:
                form.add_service_error(exc)
            else:
                messages.success(request, "Meeting date, time and venue saved.")
                return redirect(meeting.get_absolute_url())
    else:
        form = MeetingUpdateForm(initial=MeetingUpdateForm.initial_for(meeting), is_public=is_public)
    context = {"meeting": meeting, "form": form, "comparison": comparison}
    return render(request, "meetings/meeting_update.html", context, status=status)


def _change_meeting_status(request, pk, *, form_class, service, template, done):
    meeting = _get_meeting(pk)
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            try:
                service(meeting=meeting, user=request.user, reason=form.cleaned_data["reason"])
            except ValidationError as exc:
                form.add_service_error(exc)
            else:
                messages.success(request, done)
                return redirect(meeting.get_absolute_url())
    else:
        form = form_class()
    return render(request, template, {"meeting": meeting, "form": form})


@clerk_required
def meeting_cancel(request, pk):
    return _change_meeting_status(
        request,
        pk,
        form_class=CancelMeetingForm,
        service=services.cancel_meeting,
        template="meetings/meeting_cancel.html",
        done="Meeting cancelled. The reason is shown with the meeting.",
    )


@clerk_required
def meeting_postpone(request, pk):
    return _change_meeting_status(
        request,
        pk,
        form_class=PostponeMeetingForm,
        service=services.postpone_meeting,
        template="meetings/meeting_postpone.html",
        done="Meeting postponed. The reason is shown with the meeting.",
    )


@clerk_required
def meeting_reinstate(request, pk):
    meeting = _get_meeting(pk)
    if request.method == "POST":
        form = ReinstateMeetingForm(request.POST)
        if form.is_valid():
            try:
                services.reinstate_meeting(
                    meeting=meeting,
                    user=request.user,
                    start=form.cleaned_data.get("start"),
                    end=form.cleaned_data.get("end"),
                )
            except ValidationError as exc:
                form.add_service_error(exc)
            else:
                messages.success(request, "Meeting reinstated.")
                return redirect(meeting.get_absolute_url())
    else:
        form = ReinstateMeetingForm()
    return render(request, "meetings/meeting_reinstate.html", {"meeting": meeting, "form": form})
