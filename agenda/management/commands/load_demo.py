"""
Load a demo council: committees, councillors, past and future meetings, and
the five seed agenda items imported through the ModernGov importer, then
what the apps built on the agenda add (``scrutiny.demo_data``).
"""

from datetime import datetime, time, timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from agenda import services
from agenda.importers.moderngov import parse_record
from agenda.models import Declaration, ExemptParagraph, Resolution
from agenda.role_groups import ensure_role_groups
from meetings.models import Attendance, Committee, Meeting, Membership, Person
from meetings.roles import CLERKS_GROUP, COUNCILLORS_GROUP
from meetings.services import set_attendance
from scrutiny import demo_data

SEEDS = Path(settings.BASE_DIR) / "agenda" / "fixtures" / "seeds"

DEMO_LOGINS = [
    # username, password, first name, last name, group, superuser
    ("clerk", "scrutiny-demo-clerk", "Dana", "Okafor", CLERKS_GROUP, False),
    ("councillor", "scrutiny-demo-councillor", "Priya", "Patel", COUNCILLORS_GROUP, False),
    ("admin", "scrutiny-demo-admin", "Site", "Administrator", None, True),
]

COMMITTEES = [
    # slug, name, abbreviation, kind, parent slug, terms of reference
    ("overview-and-scrutiny", "Overview and Scrutiny Committee", "OSC",
     Committee.Kind.SCRUTINY_COMMITTEE, None,
     "Co-ordinates the council's scrutiny work programme, scrutinises the Cabinet's decisions "
     "and may call in a decision before it is implemented."),
    ("children-and-young-people", "Children and Young People Scrutiny Committee", "CYP",
     Committee.Kind.SCRUTINY_COMMITTEE, "overview-and-scrutiny",
     "Scrutinises children's social care, safeguarding, education and early help, and the "
     "council's role as corporate parent."),
    ("corporate-parenting-panel", "Corporate Parenting Scrutiny Panel", "CPP",
     Committee.Kind.SCRUTINY_PANEL, "children-and-young-people",
     "Reviews services for children in care and care leavers."),
    ("cabinet", "Cabinet", "CAB", Committee.Kind.CABINET, None,
     "Takes the executive decisions of the council."),
]

COUNCILLORS = [
    # name, party, ward, {committee slug: role}
    ("Priya Patel", "Labour", "Riverside", {"children-and-young-people": "chair", "overview-and-scrutiny": "member"}),
    ("Tom Hughes", "Conservative", "Hillcrest", {"children-and-young-people": "vice_chair", "corporate-parenting-panel": "member"}),
    ("Aisha Rahman", "Liberal Democrat", "Northgate", {"children-and-young-people": "member", "corporate-parenting-panel": "chair"}),
    ("Gareth Evans", "Labour", "Castle", {"children-and-young-people": "member", "overview-and-scrutiny": "chair"}),
    ("Helen Morris", "Green", "Abbey", {"children-and-young-people": "member", "corporate-parenting-panel": "member"}),
    ("Daniel Brooks", "Conservative", "Westfield", {"children-and-young-people": "member", "overview-and-scrutiny": "vice_chair"}),
    ("Fatima Ali", "Labour", "Riverside", {"corporate-parenting-panel": "vice_chair", "overview-and-scrutiny": "member"}),
    ("Martin Clarke", "Independent", "Moorside", {"overview-and-scrutiny": "member", "corporate-parenting-panel": "member"}),
    ("Sarah Collins", "Labour", "Castle", {"cabinet": "chair"}),
    ("James O'Neill", "Labour", "Hillcrest", {"cabinet": "member"}),
    ("Rebecca Shaw", "Labour", "Northgate", {"cabinet": "member"}),
    ("Owen Price", "Conservative", "Abbey", {"overview-and-scrutiny": "member", "children-and-young-people": "substitute"}),
]

# Reports whose recommendations the tracker follows up: (title, purpose,
# minutes, [(label, recommendation)]). recommendations/demo.py gives each
# its response, updates and closure.
REVIEW_REPORT = (
    "Placement sufficiency: report of the scrutiny review",
    "To agree the recommendations of the committee's review of placements for children in care.",
    "The Chair presented the review's findings. Members thanked the foster carers and young people "
    "who gave evidence.",
    [
        ("a", "that the council's own fostering allowances be raised to the regional average;"),
        ("b", "that a specialist fostering scheme for teenagers be set up;"),
        ("c", "that the council stop placing children in unregistered children's homes;"),
        ("d", "that a sufficiency strategy be published each year;"),
        ("e", "that every child in care be offered an independent visitor;"),
        ("f", "that a residential home be opened within the borough;"),
        ("g", "that social workers' caseloads be published quarterly;"),
        ("h", "that the Cabinet report on placement stability to this committee within six months."),
    ],
)
EARLY_HELP_REPORT = (
    "Early help: report of the scrutiny review",
    "To agree the recommendations of the committee's review of early help for families.",
    "Members discussed the review's evidence from family hubs and the integrated care board.",
    [
        ("a", "that family hubs open on Saturdays in each locality;"),
        ("b", "that the Integrated Care Board fund a mental health worker in every family hub."),
    ],
)
PANEL_REPORT = (
    "Care leavers' council tax exemption",
    "To consider recommending that care leavers be exempt from council tax until they are 25.",
    "The panel heard from two care leavers about the cost of living independently.",
    [("a", "that care leavers living in the borough be exempt from council tax until their 25th birthday.")],
)

CO_OPTED = ("Reverend Mark Ellis", "Diocesan representative", {"children-and-young-people": "co_opted"})


class Command(BaseCommand):
    help = (
        "Load a demo council with committees, councillors, meetings and the five seed agenda "
        "items. Safe to run twice: a second run changes nothing.\n\n"
        "Example: python manage.py load_demo"
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            if Committee.objects.filter(slug="children-and-young-people").exists():
                self.stdout.write("The demo council is already loaded; nothing changed.")
            else:
                self._load()
                self.stdout.write(self.style.SUCCESS("Loaded the demo council."))
            demo_data.load_extras(stdout=self.stdout)
        self._print_logins()

    def _print_logins(self):
        self.stdout.write("Demo sign-ins (for a laptop only):")
        for username, password, *_ in DEMO_LOGINS:
            self.stdout.write(f"  {username:<11} password: {password}")

    def _load(self):
        users = self._users()
        clerk = users["clerk"]
        committees = self._committees()
        people = self._people(committees, users)
        now = timezone.now()
        today = timezone.localdate()

        def evening(days_from_today, hour=18, minute=30):
            day = today + timedelta(days=days_from_today)
            return timezone.make_aware(datetime.combine(day, time(hour, minute)))

        cyp, panel = committees["children-and-young-people"], committees["corporate-parenting-panel"]
        osc, cabinet = committees["overview-and-scrutiny"], committees["cabinet"]

        # Children and Young People: an older meeting with approved minutes,
        # a recent one with draft minutes and an exempt item, a future one.
        cyp_old = self._meeting(cyp, evening(-126), "Council Chamber, Civic Centre")
        cyp_recent = self._meeting(cyp, evening(-42), "Council Chamber, Civic Centre")
        cyp_next = self._meeting(cyp, evening(16), "Council Chamber, Civic Centre")
        panel_recent = self._meeting(panel, evening(-21, 14, 0), "Committee Room 2, Civic Centre")
        osc_recent = self._meeting(osc, evening(-35), "Committee Room 1, Civic Centre")
        self._meeting(osc, evening(30), "Committee Room 1, Civic Centre")
        self._meeting(cabinet, evening(9, 10, 0), "Committee Room 1, Civic Centre")
        self._meeting(panel, evening(50, 14, 0), "Committee Room 2, Civic Centre")

        self._import(cyp_old, ["003_52695527c3186b2e.txt", "001_d86342e419de9d40.txt"], clerk)
        self._recommendations(cyp_old, REVIEW_REPORT, clerk)
        self._import(cyp_recent, ["004_6ea5c8ddc3b33861.txt"], clerk)
        self._recommendations(cyp_recent, EARLY_HELP_REPORT, clerk)
        services.create_item(
            meeting=cyp_recent, user=clerk,
            fields={
                "title": "Residential placements: contract award",
                "description": "To consider the award of the framework contract for residential placements.",
                "minutes": "The Committee considered the tender evaluation and the proposed award.",
                "is_exempt": True,
                "exempt_paragraph": ExemptParagraph.FINANCIAL,
            },
            resolutions=[{"text": "That the Cabinet be recommended to award the framework contract "
                                  "to the preferred bidder.", "kind": Resolution.Kind.RECOMMENDATION}],
        )
        self._import(panel_recent, ["000_65032aeab86872ef.txt", "002_4551b784f977d3bf.txt"], clerk)
        self._recommendations(panel_recent, PANEL_REPORT, clerk)
        services.create_item(
            meeting=osc_recent, user=clerk,
            fields={
                "title": "Scrutiny work programme 2026/27",
                "description": "To agree the committee's work programme for the year.",
                "minutes": "The Committee discussed the draft work programme and the topics proposed "
                           "by members, including school transport and care leavers' housing.",
            },
            resolutions=[
                {"label": "1", "text": "That the work programme be agreed.", "kind": Resolution.Kind.AGREED},
                {"label": "2", "text": "That a task and finish group on care leavers' housing be set up.",
                 "kind": Resolution.Kind.AGREED},
            ],
        )
        services.create_item(
            meeting=cyp_next, user=clerk,
            fields={
                "title": "Foster carer recruitment and retention",
                "description": "To review progress on recruiting and keeping the council's own foster carers.",
                "presenter": "Director of Children's Services",
            },
        )

        for meeting in (cyp_old, cyp_recent, panel_recent, osc_recent, cyp_next):
            services.publish_agenda(meeting=meeting, user=clerk, now=min(now, meeting.start - timedelta(days=12)))
        for meeting in (cyp_old, cyp_recent, panel_recent, osc_recent):
            self._attendance(meeting, people, clerk)
        services.add_declaration(
            meeting=cyp_recent, user=clerk, person=people["Helen Morris"],
            item=cyp_recent.items.get(title="Fostering service review"),
            kind=Declaration.Kind.NON_REGISTRABLE, text="Is an approved foster carer for the council.",
        )
        for meeting in (cyp_old, cyp_recent, panel_recent, osc_recent):
            services.publish_draft_minutes(meeting=meeting, user=clerk, now=meeting.start + timedelta(days=5))
        services.approve_minutes(meeting=cyp_old, approving_meeting=cyp_recent, user=clerk, now=now)

    def _recommendations(self, meeting, report, clerk):
        """An item whose resolutions are recommendations, each labelled; the tracker follows them up."""
        title, description, minutes, recommendations = report
        services.create_item(
            meeting=meeting, user=clerk,
            fields={"title": title, "description": description, "minutes": minutes,
                    "preamble": "That the Cabinet be recommended:"},
            resolutions=[{"label": label, "text": text, "kind": Resolution.Kind.RECOMMENDATION}
                         for label, text in recommendations],
        )

    def _users(self):
        ensure_role_groups()
        users = {}
        for username, password, first, last, group, superuser in DEMO_LOGINS:
            user = User.objects.create_user(username, password=password, first_name=first, last_name=last,
                                            is_staff=superuser, is_superuser=superuser)
            if group:
                user.groups.add(Group.objects.get(name=group))
            users[username] = user
        return users

    def _committees(self):
        committees = {}
        for slug, name, abbreviation, kind, parent, terms in COMMITTEES:
            committees[slug] = Committee.objects.create(
                slug=slug, name=name, abbreviation=abbreviation, kind=kind,
                parent=committees.get(parent), terms_of_reference=terms,
            )
        return committees

    def _people(self, committees, users):
        start = timezone.localdate() - timedelta(days=540)
        people = {}
        rows = [(name, party, ward, roles, Person.Kind.COUNCILLOR) for name, party, ward, roles in COUNCILLORS]
        rows.append((CO_OPTED[0], "", "", CO_OPTED[2], Person.Kind.CO_OPTED))
        for name, party, ward, roles, kind in rows:
            person = Person.objects.create(
                name=name, slug=name.lower().replace("'", "").replace(" ", "-"),
                honorific="Councillor" if kind == Person.Kind.COUNCILLOR else "",
                kind=kind, party=party, ward=ward,
                user=users["councillor"] if name == "Priya Patel" else None,
            )
            for slug, role in roles.items():
                Membership.objects.create(person=person, committee=committees[slug], role=role, start_date=start)
            people[name] = person
        return people

    def _meeting(self, committee, start, venue):
        return Meeting.objects.create(committee=committee, start=start, end=start + timedelta(hours=2, minutes=30),
                                      venue=venue, announced_at=start - timedelta(days=30))

    def _import(self, meeting, filenames, clerk):
        records = [parse_record((SEEDS / name).read_text(encoding="utf-8")) for name in filenames]
        services.import_records(meeting=meeting, user=clerk, records=records)

    def _attendance(self, meeting, people, clerk):
        members = Person.objects.filter(
            memberships__committee=meeting.committee, memberships__role__in=["chair", "vice_chair", "member", "co_opted"]
        ).order_by("name")
        rows = []
        for index, person in enumerate(members):
            status = Attendance.Status.APOLOGIES if index % 5 == 3 else Attendance.Status.PRESENT
            rows.append({"person": person, "status": status})
        set_attendance(meeting=meeting, user=clerk, rows=rows)
