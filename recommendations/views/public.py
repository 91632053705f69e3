"""
The public pages of the tracker: every recommendation the visitor may see
(across all committees, or one committee's, with its figures), filtered;
the permanent page of one recommendation; and the same lists as CSV.

Everything starts from ``Recommendation.objects.visible_to(request.user)``
(through ``queries.listed``), so a recommendation is seen exactly where the
resolution it came from is. The state is worked out in SQL for today in
London, so that filtering on it and showing it agree.
"""


from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.generic import DetailView, ListView

from agenda.views.public import private_when_signed_in
from meetings.dates import meeting_time
from meetings.models import Committee
from meetings.roles import can_see_exempt
from scrutiny.csv_stream import CHUNK_SIZE, streamed_csv

from .. import dates, queries
from ..figures import committee_figures
from ..filters import RecommendationFilter
from ..models import Recommendation

RECOMMENDATIONS_PER_PAGE = 25

State = Recommendation.State
# GOV.UK tag colours: red where the executive is late, the rest by outcome.
STATE_TAGS = {
    State.NOT_SENT: "govuk-tag--grey",
    State.AWAITING_RESPONSE: "govuk-tag--blue",
    State.RESPONSE_OVERDUE: "govuk-tag--red",
    State.ACCEPTED: "govuk-tag--green",
    State.PARTLY_ACCEPTED: "govuk-tag--yellow",
    State.NOT_ACCEPTED: "govuk-tag--orange",
    State.IN_PROGRESS: "govuk-tag--light-blue",
    State.IMPLEMENTED: "govuk-tag--green",
    State.NOT_IMPLEMENTED: "govuk-tag--orange",
    State.CLOSED: "govuk-tag--grey",
}


def describe(recommendation):
    """Give a row from ``queries.listed`` what the templates show: its state and its tag's colour."""
    recommendation.current = State(recommendation.current_state)
    recommendation.state_tag = STATE_TAGS[recommendation.current]
    recommendation.is_overdue = recommendation.current == State.RESPONSE_OVERDUE
    recommendation.the_response = getattr(recommendation, "response", None)
    return recommendation


def _filter_error(request, form, list_url):
    return render(
        request,
        "recommendations/public/recommendation_filter_error.html",
        {"form": form, "list_url": list_url},
        status=400,
    )


# --- The lists --------------------------------------------------------------------


class RecommendationListView(ListView):
    """Recommendations newest meeting first, of every committee or (with a slug) of one."""

    template_name = "recommendations/public/recommendation_list.html"
    context_object_name = "recommendations"
    paginate_by = RECOMMENDATIONS_PER_PAGE

    def get(self, request, *args, **kwargs):
        self.committee = None
        if "slug" in kwargs:
            self.committee = get_object_or_404(Committee, slug=kwargs["slug"])
        self.filterset = RecommendationFilter(
            request.GET, queryset=queries.listed(request.user), committee=self.committee
        )
        if not self.filterset.is_valid():
            return _filter_error(request, self.filterset.form, self.list_url())
        return super().get(request, *args, **kwargs)

    def list_url(self):
        if self.committee:
            return reverse("recommendations:committee_list", args=[self.committee.slug])
        return reverse("recommendations:list")

    def csv_url(self):
        query = self.request.GET.copy()
        query.pop("page", None)
        if self.committee:
            query["committee"] = self.committee.slug
        return reverse("recommendations:csv") + (f"?{query.urlencode()}" if query else "")

    def get_queryset(self):
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for recommendation in context["recommendations"]:
            describe(recommendation)
        context.update(
            committee=self.committee,
            figures=committee_figures(self.request.user, self.committee) if self.committee else [],
            filter_form=self.filterset.form,
            is_filtered=any(value not in (None, "") for value in self.filterset.form.cleaned_data.values()),
            list_url=self.list_url(),
            csv_url=self.csv_url(),
            can_see_exempt=can_see_exempt(self.request.user),
        )
        return context


recommendation_list = private_when_signed_in(RecommendationListView.as_view())


# --- One recommendation -------------------------------------------------------------


class RecommendationDetailView(DetailView):
    """The permanent page of one recommendation: its citable reference, the response and what became of it."""

    template_name = "recommendations/public/recommendation_detail.html"
    context_object_name = "recommendation"

    def get_queryset(self):
        return queries.listed(self.request.user).select_related("closed_at_meeting__committee").prefetch_related(
            queries.updates_prefetch(self.request.user)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        recommendation = describe(self.object)
        resolution = recommendation.resolution
        meeting = resolution.item.meeting
        context.update(
            resolution=resolution,
            item=resolution.item,
            meeting=meeting,
            when=meeting_time(meeting.start),
            response=recommendation.the_response,
            responded_in_time=recommendation.responded_in_time(),
            closing_meeting=recommendation.closed_at_meeting if recommendation.shows_closing_meeting else None,
            municipal_year=dates.municipal_year_label(dates.municipal_year_of(timezone.localdate(meeting.start))),
        )
        return context


recommendation_detail = private_when_signed_in(RecommendationDetailView.as_view())


# --- CSV ---------------------------------------------------------------------------

CSV_HEADER = [
    "Reference", "Committee", "Meeting date", "Recommendation", "Addressed to", "Date sent",
    "Response due", "State", "Response", "Response date", "Response given by", "Response text", "Address",
]
def _csv_rows(request, recommendations):
    for recommendation in recommendations:
        describe(recommendation)
        resolution = recommendation.resolution
        meeting = resolution.item.meeting
        response = recommendation.the_response
        row = [
            recommendation.reference,
            meeting.committee.name,
            _iso_date(timezone.localdate(meeting.start)),
            resolution.text,
            recommendation.addressee,
            _iso_date(recommendation.sent_on),
            _iso_date(recommendation.response_due_on),
            recommendation.current.label,
            response.get_outcome_display() if response else "",
            _iso_date(response.responded_on) if response else "",
            response.responded_by if response else "",
            response.text if response else "",
            request.build_absolute_uri(reverse("recommendations:detail", args=[recommendation.pk])),
        ]
        yield row


def _iso_date(day):
    return day.isoformat() if day else ""


@private_when_signed_in
def recommendation_csv(request):
    """Any filtered list as CSV, streamed, so that a long list costs no more memory than a short one."""
    filterset = RecommendationFilter(request.GET, queryset=queries.listed(request.user))
    if not filterset.is_valid():
        return _filter_error(request, filterset.form, reverse("recommendations:list"))
    rows = filterset.qs.iterator(chunk_size=CHUNK_SIZE)
    return streamed_csv(CSV_HEADER, _csv_rows(request, rows), "recommendations.csv")
