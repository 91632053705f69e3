"""
Factories whose defaults make a valid, published record: a test sets only
what it is about (a draft, an exempt item, approved minutes).
"""

from datetime import timedelta

import factory
from django.contrib.auth.models import Group, User
from django.utils import timezone

from agenda.models import AgendaItem, Declaration, Resolution, SupportingDocument
from meetings.models import Attendance, Committee, Meeting, Membership, Person
from meetings.roles import CLERKS_GROUP, COUNCILLORS_GROUP


def _in_groups(*default_names):
    """Add the user to named groups (the roles' groups exist from a migration)."""

    def add(user, create, names, **kwargs):
        for name in names or default_names:
            user.groups.add(Group.objects.get(name=name))

    return factory.PostGeneration(add)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Sam"
    last_name = factory.Sequence(lambda n: f"User{n}")
    password = factory.django.Password("correct horse battery staple")

    groups = _in_groups()


class ClerkFactory(UserFactory):
    username = factory.Sequence(lambda n: f"clerk{n}")
    groups = _in_groups(CLERKS_GROUP)


class CouncillorUserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"councillor{n}")
    groups = _in_groups(COUNCILLORS_GROUP)


class CommitteeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Committee

    name = factory.Sequence(lambda n: f"Children and Young People Scrutiny Committee {n}")
    slug = factory.Sequence(lambda n: f"children-young-people-{n}")
    abbreviation = factory.Sequence(lambda n: f"C{n}")
    kind = Committee.Kind.SCRUTINY_COMMITTEE


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Alex Member{n}")
    slug = factory.Sequence(lambda n: f"alex-member-{n}")
    honorific = "Councillor"
    party = "Independent"
    ward = "Riverside"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(PersonFactory)
    committee = factory.SubFactory(CommitteeFactory)
    role = Membership.Role.MEMBER
    start_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=365))


class MeetingFactory(factory.django.DjangoModelFactory):
    """A meeting held a week ago, announced and with its agenda published beforehand."""

    class Meta:
        model = Meeting

    committee = factory.SubFactory(CommitteeFactory)
    start = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) - timedelta(days=7))
    venue = "Committee Room 1, Civic Centre"
    agenda_published_at = factory.LazyAttribute(lambda m: m.start - timedelta(days=10))
    announced_at = factory.LazyAttribute(lambda m: m.start - timedelta(days=30))


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    order = factory.Sequence(lambda n: n + 1)
    title = "Fostering service review"
    description = "To consider the findings of the review of the fostering service."
    minutes = "The Committee welcomed the review of the fostering service."
    published_at = factory.LazyAttribute(lambda item: item.meeting.agenda_published_at)


class ResolutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resolution

    item = factory.SubFactory(AgendaItemFactory)
    order = factory.Sequence(lambda n: n + 1)
    label = ""
    text = "That the report be noted."
    kind = Resolution.Kind.NOTED


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupportingDocument

    item = factory.SubFactory(AgendaItemFactory)
    title = "Report of the Director of Children's Services"
    file = factory.django.FileField(filename="report.pdf", data=b"%PDF-1.4\n%%EOF\n")
    content_type = "application/pdf"
    size = 15


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)
    status = Attendance.Status.PRESENT


class DeclarationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Declaration

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)
    kind = Declaration.Kind.OTHER_REGISTRABLE
    text = "Is a governor of a local primary school."


class TOTPDeviceFactory(factory.django.DjangoModelFactory):
    """An authenticator app set up and confirmed for two-factor sign-in."""

    class Meta:
        model = "otp_totp.TOTPDevice"

    user = factory.SubFactory(ClerkFactory)
    name = "Authenticator app"
    confirmed = True


class RecommendationFactory(factory.django.DjangoModelFactory):
    """A recommendation to the executive, recorded at a meeting a week ago and not yet sent."""

    class Meta:
        model = "recommendations.Recommendation"
        django_get_or_create = ("resolution",)

    resolution = factory.SubFactory(
        ResolutionFactory,
        kind=Resolution.Kind.RECOMMENDATION,
        text="That the Cabinet be recommended to extend the foster carers' allowance.",
    )


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "recommendations.Action"

    meeting = factory.SubFactory(MeetingFactory)
    text = "A briefing note on placement stability to be circulated to members."
    owner = "Head of Children's Services"


class WorkProgrammeEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "recommendations.WorkProgrammeEntry"

    committee = factory.SubFactory(CommitteeFactory)
    municipal_year = 2026
    title = "Placement sufficiency strategy"
    purpose = "To scrutinise the draft strategy before the Cabinet decides it."
