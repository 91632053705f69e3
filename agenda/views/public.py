"""
The public pages: the home page, a meeting, an agenda item, the printable
minutes, the list of decisions and the permanent page of one decision.

Who may read what is decided by the models' ``visible_to(user)`` querysets
and ``can_read_*`` methods; these views only fetch through them and shape
the results for the templates. Each page runs a fixed number of queries
however long the agenda: lists come from ``select_related`` and ordered
``Prefetch`` objects built on the visibility querysets, and the templates
loop over what is prepared here.

A meeting (committee, date, venue, status) is public once announced, a
draft seen by clerks alone before that: pages come from
``Meeting.objects.visible_to(user)`` (``meetings.models.MeetingQuerySet``).
"""

import json
from functools import wraps

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.generic import DetailView, ListView

from meetings.dates import clock_time, meeting_time
from meetings.models import Attendance, Meeting, Membership, Person
from meetings.roles import can_see_exempt, is_clerk
from scrutiny import page_sections

from ..documents import describe_type
from ..filters import DecisionFilter
from ..models import (
    AgendaItem,
    Declaration,
    ExemptParagraph,
    MinutesCorrection,
    Resolution,
    SupportingDocument,
)
from ..publications import item_publication, publications_of
from .minutes_parts import previous_minutes_paper, split_corrections, standard_business
from .public_notes import (
    add_vote_groups,
    corrections_prefetch,
    resolutions_with_notes,
    visible_resolutions_with_notes,
)

HOME_MEETINGS = 8
HOME_DECISIONS = 8
DECISIONS_PER_PAGE = 25

EVENT_STATUS = {
    Meeting.Status.SCHEDULED: "https://schema.org/EventScheduled",
    Meeting.Status.CANCELLED: "https://schema.org/EventCancelled",
    Meeting.Status.POSTPONED: "https://schema.org/EventPostponed",
}

# The escaping of django.utils.html.json_script, so that text typed by a clerk
# (a venue, a committee name) cannot close the <script> element.
LD_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

# Councillors and co-opted members: the minutes list them as "Present", and
# each has a public page (agenda:councillor). Officers and guests are "Also present".
MEMBER_KINDS = {Person.Kind.COUNCILLOR, Person.Kind.CO_OPTED}
CHAIR_ROLES = (Membership.Role.CHAIR, Membership.Role.VICE_CHAIR)


# --- Helpers ---------------------------------------------------------------------


def private_when_signed_in(view):
    """
    A signed-in visitor may be shown drafts or exempt content, so their
    copy of a page must never be kept by a shared cache.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response

    return wrapper


def ld_json_script(data):
    """``data`` as a <script type="application/ld+json"> element, safe to put in a page."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(LD_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def exempt_reason(item):
    """The Schedule 12A paragraph's description, without its number."""
    if not item.is_exempt:
        return ""
    return ExemptParagraph(item.exempt_paragraph).label.split(" – ", 1)[-1]


def _describe_documents(documents):
    for document in documents:
        document.type_name = describe_type(document.content_type)
        document.size_text = filesizeformat(document.size) if document.has_file else ""
    return documents


def _documents_prefetch(user):
    return Prefetch(
        "documents",
        queryset=SupportingDocument.objects.visible_to(user).order_by("order", "id"),
        to_attr="visible_documents",
    )


def _resolutions_prefetch(user):
    return Prefetch(
        "resolutions",
        queryset=visible_resolutions_with_notes(user).order_by("order", "id"),
        to_attr="visible_resolutions",
    )


def _meetings_with_committee(user):
    """Meetings the visitor may see: announced ones, and drafts too for clerks."""
    return Meeting.objects.visible_to(user).select_related("committee", "minutes_approved_at_meeting")


def _attendance(meeting):
    """
    Who attended, in the groups the minutes print: members present (with
    the chair and vice-chair named), substitutes, others present, apologies.
    """
    attendances = list(
        Attendance.objects.filter(meeting=meeting)
        .select_related("person", "substitute_for")
        .order_by("person__name", "id")
    )
    day = timezone.localdate(meeting.start)
    chairs = Membership.objects.filter(
        committee_id=meeting.committee_id,
        person__in=[attendance.person_id for attendance in attendances],
        role__in=CHAIR_ROLES,
        start_date__lte=day,
    ).filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
    roles = dict(chairs.values_list("person_id", "role")) if attendances else {}
    groups = {"present": [], "substitutes": [], "also_present": [], "apologies": [], "absent": []}
    for attendance in attendances:
        role = roles.get(attendance.person_id)
        attendance.role = Membership.Role(role).label if role else ""
        attendance.has_page = attendance.person.kind in MEMBER_KINDS
        if attendance.status == Attendance.Status.SUBSTITUTE:
            attendance.substitute_for_has_page = attendance.substitute_for.kind in MEMBER_KINDS
            groups["substitutes"].append(attendance)
        elif attendance.status == Attendance.Status.PRESENT:
            groups["present" if attendance.person.kind in MEMBER_KINDS else "also_present"].append(attendance)
        elif attendance.status == Attendance.Status.APOLOGIES:
            groups["apologies"].append(attendance)
        else:
            groups["absent"].append(attendance)
    # The chair is named first, as in printed minutes.
    groups["present"].sort(key=lambda a: (a.role != Membership.Role.CHAIR.label, a.role == "", a.person.name))
    groups["any"] = bool(attendances)
    return groups


def _declarations(user, **lookups):
    declarations = list(
        Declaration.objects.visible_to(user)
        .filter(**lookups)
        .select_related("person", "item")
        .order_by("person__name", "id")
    )
    for declaration in declarations:
        declaration.has_page = declaration.person.kind in MEMBER_KINDS
    return declarations


def _corrections(user, **lookups):
    """Corrections to approved minutes, shown with them."""
    corrections = MinutesCorrection.objects.visible_to(user).filter(**lookups)
    return list(corrections.select_related("item", "resolution", "recorded_by").order_by("recorded_at", "id"))


def _minutes_status(meeting):
    """The words printed under the minutes' heading, or "" when they are not published."""
    if meeting.are_minutes_approved:
        approved_on = format_date(timezone.localtime(meeting.minutes_approved_at_meeting.start), "j F Y")
        return f"Approved as a correct record at the meeting on {approved_on}"
    if meeting.are_minutes_published:
        return "Draft minutes, subject to approval"
    return ""


def _event_data(request, meeting):
    """The meeting as a schema.org Event, for search engines and calendars."""
    committee = meeting.committee
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": f"{committee.name}, {format_date(timezone.localtime(meeting.start), 'j F Y')}",
        "startDate": timezone.localtime(meeting.start).isoformat(),
        "eventStatus": EVENT_STATUS[meeting.status],
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "organizer": {"@type": "Organization", "name": settings.COUNCIL_NAME},
        "url": request.build_absolute_uri(),
    }
    if meeting.end:
        data["endDate"] = timezone.localtime(meeting.end).isoformat()
    if meeting.venue:
        data["location"] = {"@type": "Place", "name": meeting.venue, "address": meeting.venue}
    return data


# --- Home page -------------------------------------------------------------------


@private_when_signed_in
def home(request):
    """The next meetings and the latest decisions."""
    upcoming = list(Meeting.objects.public().upcoming().select_related("committee")[:HOME_MEETINGS])
    for meeting in upcoming:
        meeting.when = meeting_time(meeting.start)
    decisions = (
        Resolution.objects.visible_to(request.user)
        .select_related("item__meeting__committee")
        .prefetch_related(corrections_prefetch(request.user))
        .order_by("-item__meeting__start", "-item__meeting_id", "item__order", "item_id", "order", "id")
    )
    return render(
        request,
        "home.html",
        {"upcoming": upcoming, "decisions": list(decisions[:HOME_DECISIONS])},
    )


# --- A meeting -------------------------------------------------------------------


class MeetingDetailView(DetailView):
    """A meeting's date, venue and status, who attended, and its agenda."""

    template_name = "agenda/public/meeting_detail.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return _meetings_with_committee(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        meeting = self.object
        clerk = is_clerk(user)
        # Clerks see the draft agenda and minutes here too, marked as drafts.
        shows_agenda = meeting.is_agenda_published or clerk
        shows_minutes = meeting.are_minutes_published or clerk
        items = []
        if shows_agenda:
            items = list(
                AgendaItem.objects.visible_to(user)
                .filter(meeting=meeting)
                .prefetch_related(_documents_prefetch(user))
                .order_by("order", "id")
            )
            for item in items:
                item.meeting = meeting
                item.exempt_reason = exempt_reason(item)
                _describe_documents(item.visible_documents)
        publications = publications_of(items)
        context.update(
            when=meeting_time(meeting.start),
            ends=clock_time(meeting.end) if meeting.end else "",
            shows_agenda=shows_agenda,
            shows_minutes=shows_minutes,
            items=items,
            publications=publications,
            attendance=_attendance(meeting) if shows_minutes else None,
            declarations=_declarations(user, meeting=meeting),
            minutes_status=_minutes_status(meeting),
            can_see_exempt=can_see_exempt(user),
            event_json_ld=ld_json_script(_event_data(self.request, meeting)),
            page_sections=page_sections.sections("meeting", self.request, meeting=meeting),
        )
        return context


meeting_detail = private_when_signed_in(MeetingDetailView.as_view())


# --- An agenda item --------------------------------------------------------------


class ItemDetailView(DetailView):
    """
    One item: what it is about, the minute, the decisions and the papers.
    An exempt item shows the public only its number, title and the
    paragraph of Schedule 12A that makes it exempt.
    """

    template_name = "agenda/public/item_detail.html"
    context_object_name = "item"

    def get_queryset(self):
        return (
            AgendaItem.objects.visible_to(self.request.user)
            .filter(meeting_id=self.kwargs["meeting_pk"])
            .select_related("meeting__committee", "meeting__minutes_approved_at_meeting")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        item = self.object
        meeting = item.meeting
        can_read_content = item.can_read_content(user)
        can_read_minutes = item.can_read_minutes(user)
        can_read_resolutions = item.can_read_resolutions(user)
        resolutions = documents = corrections = []
        if can_read_resolutions:
            resolutions = add_vote_groups(
                list(visible_resolutions_with_notes(user).filter(item=item).order_by("order", "id"))
            )
            page_sections.add_links("resolution", self.request, resolutions)
        if can_read_content:
            documents = _describe_documents(
                list(SupportingDocument.objects.visible_to(user).filter(item=item).order_by("order", "id"))
            )
        if can_read_minutes:
            corrections = _corrections(user, item=item)
        siblings = list(
            AgendaItem.objects.visible_to(user)
            .filter(meeting=meeting)
            .only("id", "meeting_id", "number", "title", "order")
            .order_by("order", "id")
        )
        position = next(index for index, sibling in enumerate(siblings) if sibling.pk == item.pk)
        context.update(
            meeting=meeting,
            when=meeting_time(meeting.start),
            exempt_reason=exempt_reason(item),
            publication=item_publication(item),
            can_read_content=can_read_content,
            can_read_minutes=can_read_minutes,
            can_read_resolutions=can_read_resolutions,
            resolutions=resolutions,
            documents=documents,
            corrections=corrections,
            declarations=_declarations(user, item=item),
            previous_minutes=previous_minutes_paper(item) if can_read_content else None,
            previous_item=siblings[position - 1] if position > 0 else None,
            next_item=siblings[position + 1] if position + 1 < len(siblings) else None,
            minutes_status=_minutes_status(meeting),
            page_sections=page_sections.sections("item", self.request, item=item),
        )
        return context


item_detail = private_when_signed_in(ItemDetailView.as_view())


# --- The printable minutes -------------------------------------------------------


class MinutesView(DetailView):
    """The whole meeting on one page, numbered and laid out as councils print minutes."""

    template_name = "agenda/public/minutes.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return _meetings_with_committee(self.request.user)

    def get_object(self, queryset=None):
        meeting = super().get_object(queryset)
        # Clerks may preview the minutes before they are published.
        if not meeting.are_minutes_published and not is_clerk(self.request.user):
            raise Http404("These minutes have not been published.")
        return meeting

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        meeting = self.object
        items = list(
            AgendaItem.objects.visible_to(user)
            .filter(meeting=meeting)
            .prefetch_related(
                _resolutions_prefetch(user),
                corrections_prefetch(user, to_attr="item_corrections", resolution__isnull=True),
            )
            .order_by("order", "id")
        )
        for item in items:
            add_vote_groups(item.visible_resolutions)
            item.meeting = meeting
            item.exempt_reason = exempt_reason(item)
            item.minute_label = item.minute_reference or item.number
            item.shows_minutes = item.can_read_minutes(user) and not item.is_withdrawn
            item.shows_resolutions = item.can_read_resolutions(user) and not item.is_withdrawn
        publications = publications_of(items)
        context.update(
            when=meeting_time(meeting.start),
            items=items,
            late_publications=[publication for publication in publications if publication.is_late],
            attendance=_attendance(meeting),
            declarations=_declarations(user, meeting=meeting),
            corrections=_corrections(user, meeting=meeting),
            minutes_status=_minutes_status(meeting),
            can_see_exempt=can_see_exempt(user),
            page_sections=page_sections.sections("minutes", self.request, meeting=meeting, items=items),
            **standard_business(meeting, items),
        )
        context.update(split_corrections(context["corrections"]))
        return context


minutes = private_when_signed_in(MinutesView.as_view())


# --- Decisions -------------------------------------------------------------------


class DecisionListView(ListView):
    """Every published decision the visitor may read, newest meeting first, filtered."""

    template_name = "agenda/public/decision_list.html"
    context_object_name = "resolutions"
    paginate_by = DECISIONS_PER_PAGE

    def get(self, request, *args, **kwargs):
        self.filterset = DecisionFilter(request.GET, queryset=self._visible_resolutions())
        if not self.filterset.is_valid():
            return render(
                request,
                "agenda/public/decision_filter_error.html",
                {"form": self.filterset.form},
                status=400,
            )
        return super().get(request, *args, **kwargs)

    def _visible_resolutions(self):
        return (
            Resolution.objects.visible_to(self.request.user)
            .select_related("item__meeting__committee")
            .prefetch_related(corrections_prefetch(self.request.user))
            .order_by("-item__meeting__start", "-item__meeting_id", "item__order", "item_id", "order", "id")
        )

    def get_queryset(self):
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page_sections.add_links("resolution", self.request, context["resolutions"])
        context.update(
            filter_form=self.filterset.form,
            is_filtered=any(self.filterset.form.cleaned_data.values()),
            can_see_exempt=can_see_exempt(self.request.user),
        )
        return context


decision_list = private_when_signed_in(DecisionListView.as_view())


class ResolutionDetailView(DetailView):
    """The permanent page of one decision, the one its reference points to."""

    template_name = "agenda/public/resolution_detail.html"
    context_object_name = "resolution"

    def get_queryset(self):
        return resolutions_with_notes(
            Resolution.objects.visible_to(self.request.user).select_related("item__meeting__committee"),
            self.request.user,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        resolution = self.object
        item = resolution.item
        others = (
            Resolution.objects.visible_to(self.request.user)
            .filter(item_id=item.pk)
            .exclude(pk=resolution.pk)
            .order_by("order", "id")
        )
        add_vote_groups([resolution])
        others = list(others.prefetch_related(corrections_prefetch(self.request.user)))
        page_sections.add_links("resolution", self.request, [resolution, *others])
        context.update(
            item=item,
            meeting=item.meeting,
            when=meeting_time(item.meeting.start),
            others=others,
            item_corrections=_corrections(self.request.user, item_id=item.pk, resolution__isnull=True),
            can_see_exempt=can_see_exempt(self.request.user),
        )
        return context


resolution_detail = private_when_signed_in(ResolutionDetailView.as_view())
