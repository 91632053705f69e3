"""
The tracker's part of ``manage.py load_demo`` (see scrutiny/demo_data.py):
the demo council's recommendations in every state, actions open, overdue
and closed, and a work programme for this municipal year with a topic in
every status. Dates are counted from today, so the demo reads the same on
any day: one response is overdue, another is still awaiting its answer.

It needs the agenda's demo (committees, meetings, the reports whose
resolutions are recommendations) and does nothing if that is missing, or if
the tracker's demo is already loaded.
"""

from datetime import timedelta

from django.contrib.auth.models import User
from django.utils import timezone

from meetings.models import Committee, Meeting

from . import dates, programme_services, services
from .models import Action, Recommendation, WorkProgrammeEntry

CYP = "children-and-young-people"

# Each recommendation's life, by its report and label: (addressed to,
# addressee, days ago sent, response: (outcome, days ago, by, text) or None,
# updates: [(days ago, status, text)], closed at the next meeting).
CABINET_MEMBER = ("cabinet_member", "Cabinet Member for Children's Services")
LIVES = {
    ("Placement sufficiency: report of the scrutiny review", "a"): (
        CABINET_MEMBER, 120, ("accepted", 80, "Cabinet",
                              "Accepted. The allowances rise to the regional average from April, funded from the "
                              "placements budget."), [], False),
    ("Placement sufficiency: report of the scrutiny review", "b"): (
        CABINET_MEMBER, 120, ("partly_accepted", 70, "Cabinet Member for Children's Services",
                              "Partly accepted: a scheme for teenagers on the edge of care will be piloted in one "
                              "locality before any wider scheme is considered."), [], False),
    ("Placement sufficiency: report of the scrutiny review", "c"): (
        CABINET_MEMBER, 120, ("not_accepted", 75, "Cabinet",
                              "Not accepted: an unregistered placement is sometimes the only safe option on the day; "
                              "each one is approved by the Director and reported to Ofsted."), [], False),
    ("Placement sufficiency: report of the scrutiny review", "d"): (
        CABINET_MEMBER, 120, ("partly_accepted", 78, "Cabinet",
                              "Partly accepted: the strategy will be published every two years, with a yearly "
                              "update on the number of places."),
        [(50, "in_progress", "The draft strategy went to consultation with foster carers and providers."),
         (10, "in_progress", "Consultation closed with 140 responses; the strategy goes to Cabinet next month.")],
        False),
    ("Placement sufficiency: report of the scrutiny review", "e"): (
        CABINET_MEMBER, 120, ("accepted", 85, "Cabinet",
                              "Accepted. The independent visitor service will be extended to every child in care."),
        [(45, "implemented", "Every child in care has now been offered an independent visitor.")], False),
    ("Placement sufficiency: report of the scrutiny review", "f"): (
        CABINET_MEMBER, 120, ("accepted", 85, "Cabinet",
                              "Accepted, subject to finding a suitable building."),
        [(30, "not_implemented", "No suitable building was found within the capital budget; the council will "
                                 "commission places from a registered provider in the borough instead.")], False),
    ("Placement sufficiency: report of the scrutiny review", "g"): (
        CABINET_MEMBER, 120, ("accepted", 90, "Cabinet",
                              "Accepted. Caseloads will be published with the quarterly performance report."),
        [(50, "implemented", "Caseloads were published with the second quarter's performance report.")], True),
    ("Placement sufficiency: report of the scrutiny review", "h"): (
        ("executive", ""), 120, None, [], False),
    ("Early help: report of the scrutiny review", "a"): (("executive", ""), 40, None, [], False),
    ("Early help: report of the scrutiny review", "b"): (
        ("outside_body", "Integrated Care Board"), 38, None, [], False),
}

ACTIONS = [
    # (report or None for the meeting's first item, days after the meeting due, owner, text, closed next meeting)
    ("Placement sufficiency: report of the scrutiny review", 14, "Head of Corporate Parenting",
     "A briefing note on the number of children placed more than 20 miles from home to be circulated to members.",
     True),
    ("Placement sufficiency: report of the scrutiny review", 28, "Director of Children's Services",
     "The Director to write to the Department for Education about the cost of agency placements.", False),
    ("Early help: report of the scrutiny review", 56, "Head of Early Help",
     "A map of family hub opening hours to be circulated to members.", False),
]


def _days_ago(days):
    return dates.today() - timedelta(days=days)


def load(*, stdout):
    committee = Committee.objects.filter(slug=CYP).first()
    if committee is None:
        return
    if WorkProgrammeEntry.objects.filter(committee=committee).exists():
        stdout.write("The tracker's demo is already loaded; nothing changed.")
        return
    clerk = User.objects.filter(username="clerk").first()
    meetings = list(Meeting.objects.filter(committee=committee).order_by("start"))
    _recommendations(clerk, meetings)
    _actions(clerk)
    _work_programme(clerk, committee)
    stdout.write("Loaded the tracker's demo: recommendations, actions and the work programme.")


def _recommendations(clerk, meetings):
    recommendations = Recommendation.objects.select_related("resolution__item__meeting")
    for recommendation in recommendations:
        resolution = recommendation.resolution
        life = LIVES.get((resolution.item.title, resolution.label))
        if life is None:
            continue
        (addressed_to, addressee), sent_days, response, updates, closed = life
        made_at = resolution.item.meeting
        services.send_recommendation(
            recommendation=recommendation, user=clerk, addressed_to=addressed_to, addressee_name=addressee,
            sent_on=_days_ago(sent_days),
            response_due_on=_days_ago(sent_days) + timedelta(days=60) if addressed_to == "outside_body" else None,
        )
        if response:
            outcome, days, by, text = response
            services.record_response(recommendation=recommendation, user=clerk, outcome=outcome,
                                     responded_on=_days_ago(days), responded_by=by, text=text)
        for days, status, text in updates:
            services.record_update(recommendation=recommendation, user=clerk, written_on=_days_ago(days),
                                   status=status, text=text)
        if closed:
            later = next(m for m in meetings if m.start > made_at.start)
            services.close_recommendation(recommendation=recommendation, user=clerk, meeting=later,
                                          note="The committee agreed that the recommendation has been implemented.")


def _actions(clerk):
    for title, due_days, owner, text, closed in ACTIONS:
        meeting = Meeting.objects.filter(items__title=title).select_related("committee").first()
        if meeting is None:
            continue
        item = meeting.items.get(title=title)
        # Raised at the meeting, before its minutes were approved: written
        # as it was then, which the service refuses once the minutes are approved.
        action = Action(meeting=meeting, text=text, owner=owner, item=item,
                        due_on=timezone.localdate(meeting.start) + timedelta(days=due_days))
        action._history_user = clerk
        action.full_clean()
        action.save()
        if closed:
            later = Meeting.objects.filter(committee=meeting.committee, start__gt=meeting.start).order_by("start")
            services.close_action(action=action, user=clerk, meeting=later.first())


TOPICS = [
    # (title, purpose, kind, lead officer, status, reason, meeting: "next", "recent", "old" or None)
    ("Children's mental health: waiting times", "To examine waiting times for child and adolescent mental "
     "health services with the Integrated Care Board.", "report", "Head of Commissioning", "planned", "", "next"),
    ("Budget proposals for children's services", "To scrutinise the Cabinet's budget proposals before it "
     "decides them.", "pre_decision", "Director of Finance", "planned", "", None),
    ("Care leavers' housing", "A task-and-finish review of the housing offered to care leavers.",
     "task_and_finish", "Head of Corporate Parenting", "planned", "", None),
    ("Home to school transport", "To review the rising cost of home to school transport.", "report",
     "Head of Transport", "deferred", "Deferred until the Cabinet's transport review reports in the spring.", None),
    ("Youth service review", "To review the council's youth service.", "briefing", "Head of Youth Services",
     "dropped", "Dropped: the Cabinet's own review covers it, and will come to this committee.", None),
]


def _work_programme(clerk, committee):
    year = dates.municipal_year_of(dates.today())
    now = timezone.now()
    upcoming = Meeting.objects.filter(committee=committee, start__gte=now).order_by("start").first()
    for title, purpose, kind, officer, status, reason, meeting in TOPICS:
        programme_services.add_topic(
            committee=committee, municipal_year=year, user=clerk,
            fields={"title": title, "purpose": purpose, "kind": kind, "lead_officer": officer, "status": status,
                    "status_reason": reason, "planned_meeting": upcoming if meeting == "next" else None},
        )
    # Topics the agenda took up: the next meeting's item, and one done at the last meeting.
    taken_up = [
        (upcoming, "on_agenda"),
        (Meeting.objects.filter(committee=committee, start__lt=now).order_by("-start").first(), "done"),
    ]
    for meeting, status in taken_up:
        if meeting is None:
            continue
        item = meeting.items.order_by("order").exclude(is_exempt=True).last()
        if item is None:
            continue
        entry = programme_services.add_topic(
            committee=committee, municipal_year=year, user=clerk,
            fields={"title": item.title, "purpose": "", "kind": "report", "lead_officer": item.presenter,
                    "status": "planned", "planned_meeting": meeting},
        )
        services.take_up_topic(entry=entry, item=item, user=clerk)
        if status == "done":
            entry.refresh_from_db()
            programme_services.edit_topic(entry=entry, user=clerk, fields={"status": status})
    osc = Committee.objects.filter(slug="overview-and-scrutiny").first()
    if osc is not None:
        programme_services.add_topic(
            committee=osc, municipal_year=year, user=clerk,
            fields={"title": "Call-in: closure of the Northgate library", "kind": "call_in",
                    "purpose": "To consider the call-in of the Cabinet's decision, if made.",
                    "lead_officer": "Democratic Services Manager", "status": "planned"},
        )
