"""
The clerks' work programme pages: a committee's topics for a municipal
year, adding and editing a topic (refused when someone else saved it since
the page was opened), its history, and putting a topic on a meeting's
agenda, which adds the item through the agenda's own rules and links the two.
"""

import copy

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from agenda.views.history import _history_page
from meetings import fingerprints
from meetings.models import Committee, Meeting
from meetings.roles import clerk_required
from meetings.services import EditConflict
from meetings.stale_saves import compare_records
from scrutiny.page_sections import Section

from .. import dates, programme, programme_services
from ..forms_programme import PutOnAgendaForm, WorkProgrammeEntryForm, meeting_label
from ..models import WorkProgrammeEntry
from .programme_public import FIRST_YEAR, LAST_YEAR

HistoricalEntry = WorkProgrammeEntry.history.model


def _year_or_404(year):
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404("There is no such municipal year.")
    return year


def _programme_url(entry):
    return reverse("clerk:work_programme", args=[entry.committee.slug, entry.municipal_year]) + f"#topic-{entry.pk}"


def _can_take_up(meeting):
    return meeting is not None and not meeting.is_locked and meeting.status != Meeting.Status.CANCELLED


@clerk_required
def work_programme_current(request, slug):
    committee = get_object_or_404(Committee, slug=slug)
    return redirect("clerk:work_programme", committee.slug, programme.current_year())


@clerk_required
def work_programme(request, slug, year):
    committee = get_object_or_404(Committee, slug=slug)
    _year_or_404(year)
    entries = programme.topics(committee, year, request.user)
    for entry in entries:
        entry.fingerprint = fingerprints.of_instance(entry)
        entry.can_take_up = entry.agenda_item_id is None and _can_take_up(entry.planned_meeting)
    years = programme.years_of(committee)
    return render(
        request,
        "recommendations/clerk/work_programme.html",
        {
            "committee": committee,
            "year": year,
            "year_label": dates.municipal_year_label(year),
            "groups": programme.grouped(entries),
            "other_years": programme.year_links(sorted({*years, programme.current_year()}, reverse=True), year),
            "previous_year": year - 1 if year > FIRST_YEAR else None,
            "next_year": year + 1 if year < LAST_YEAR else None,
        },
    )


@clerk_required
def topic_add(request, slug, year):
    committee = get_object_or_404(Committee, slug=slug)
    _year_or_404(year)
    entry = WorkProgrammeEntry(committee=committee, municipal_year=year)
    form_kwargs = {"committee": committee, "municipal_year": year, "instance": entry}
    form = WorkProgrammeEntryForm(request.POST or None, **form_kwargs)
    if request.method == "POST" and form.is_valid():
        try:
            saved = programme_services.add_topic(
                committee=committee, municipal_year=year, user=request.user, fields=form.topic_fields()
            )
        except ValidationError as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, f"“{saved.title}” added to the work programme.")
            return redirect(_programme_url(saved))
    return render(
        request,
        "recommendations/clerk/work_programme_form.html",
        {"committee": committee, "year_label": dates.municipal_year_label(year), "year": year, "form": form},
    )


@clerk_required
def topic_edit(request, pk):
    entry = get_object_or_404(WorkProgrammeEntry.objects.select_related("committee"), pk=pk)
    form_kwargs = {"committee": entry.committee, "municipal_year": entry.municipal_year}
    status, comparison = 200, []
    if request.method == "POST":
        form = WorkProgrammeEntryForm(request.POST, instance=copy.copy(entry), **form_kwargs)
        if form.is_valid():
            try:
                saved = programme_services.edit_topic(
                    entry=entry, user=request.user, fields=form.topic_fields(),
                    fingerprint=form.cleaned_data["fingerprint"],
                )
            except EditConflict as exc:
                current = WorkProgrammeEntry.objects.get(pk=entry.pk)
                form.add_error(None, exc)
                form.data = form.data.copy()
                form.data["fingerprint"] = fingerprints.of_instance(current)
                comparison, status = compare_records(form, current), 409
            except ValidationError as exc:
                form.add_service_error(exc)
            else:
                messages.success(request, f"“{saved.title}” saved.")
                return redirect(_programme_url(saved))
    else:
        form = WorkProgrammeEntryForm(
            instance=copy.copy(entry), initial={"fingerprint": fingerprints.of_instance(entry)}, **form_kwargs
        )
    return render(
        request,
        "recommendations/clerk/work_programme_form.html",
        {
            "committee": entry.committee, "year": entry.municipal_year, "year_label": entry.municipal_year_label,
            "entry": entry, "form": form, "comparison": comparison,
        },
        status=status,
    )


@clerk_required
def topic_history(request, pk):
    entry = get_object_or_404(WorkProgrammeEntry.objects.select_related("committee"), pk=pk)
    records = list(HistoricalEntry.objects.filter(id=pk).select_related("history_user"))
    page = _history_page(request, records, lambda record, lookups: ("The topic", ""))
    return render(request, "recommendations/clerk/work_programme_history.html", {"entry": entry, "page_obj": page})


@clerk_required
def topic_put_on_agenda(request, pk):
    """Choose the meeting (the planned one first); saving adds the item and links the topic to it."""
    entry = get_object_or_404(WorkProgrammeEntry.objects.select_related("committee", "agenda_item"), pk=pk)
    if request.method == "POST":
        form = PutOnAgendaForm(request.POST, entry=entry)
        if form.is_valid():
            meeting = form.cleaned_data["meeting"]
            try:
                item = programme_services.put_topic_on_agenda(
                    entry=entry, meeting=meeting, user=request.user, fingerprint=form.cleaned_data["fingerprint"],
                )
            except ValidationError as exc:
                form.add_service_error(exc)
            else:
                messages.success(
                    request, f"“{entry.title}” is item {item.number} on the agenda of {meeting_label(meeting)}."
                )
                return redirect(reverse("clerk:item_update", args=[item.pk]))
    else:
        form = PutOnAgendaForm(entry=entry, initial={"fingerprint": fingerprints.of_instance(entry)})
    return render(
        request,
        "recommendations/clerk/work_programme_put_on_agenda.html",
        {"entry": entry, "committee": entry.committee, "form": form},
    )


def meeting_section(request, *, meeting):
    """On the clerks' page for a meeting: the topics planned for it and not yet on its agenda."""
    entries = list(
        WorkProgrammeEntry.objects.filter(planned_meeting=meeting, agenda_item__isnull=True)
        .exclude(status__in=programme.DEFERRED_OR_DROPPED)
        .order_by("title", "pk")
    )
    if not entries:
        return None
    for entry in entries:
        entry.fingerprint = fingerprints.of_instance(entry)
    return Section(
        "recommendations/clerk/_planned_topics.html",
        {"meeting": meeting, "entries": entries, "can_take_up": _can_take_up(meeting)},
    )


def start_section(request):
    """On the clerks' start page: a link to each active committee's work programme."""
    committees = list(Committee.objects.filter(is_active=True).order_by("name", "pk").only("slug", "name"))
    if not committees:
        return None
    return Section(
        "recommendations/clerk/_work_programmes_start.html",
        {"committees": committees, "year_label": dates.municipal_year_label(programme.current_year())},
    )

