"""
Nothing unpublished or exempt reaches the public, on any public URL.

The database holds a draft agenda, a late item not yet published, a meeting
whose minutes and decisions are not yet published, an exempt item with its
papers, an exempt paper on a public item, and a draft meeting that has not
been announced (neither its venue nor its date may show). Each of them carries a marker
word that must never appear in what an anonymous visitor is sent: HTML,
Atom, iCalendar, the bytes of a paper, or the text and bookmarks of a PDF
the site draws (the agenda packs and the minutes).

The URLs walked are found by reading the URL configuration, not listed by
hand: every pattern outside the clerks' back office, the Django admin,
signing in and out and a person's own account, filled in with every record
in the database. A page added later is walked without changing this file.
Links found on those pages (and in the sitemap and robots.txt) are followed
one level further.
"""

import html
import io
import itertools
import re
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404
from django.urls.resolvers import RoutePattern
from django.utils import timezone

from agenda.models import AgendaItem, AgendaPublication, MinutesCorrection, Resolution, SupportingDocument
from meetings.models import Committee, Meeting, Membership, Person
from recommendations.dates import municipal_year_of
from recommendations.models import (
    Action,
    Recommendation,
    RecommendationResponse,
    RecommendationUpdate,
    WorkProgrammeEntry,
)
from tests import factories

pytestmark = pytest.mark.django_db

# Words that appear only in content the public must not see.
DRAFT = "ZEBRADRAFT"  # on a draft agenda, or an item not yet published
MINUTES = "OCELOTMINUTES"  # minutes and decisions not yet published
EXEMPT = "QUOKKAEXEMPT"  # an exempt item's report, minutes and resolutions
DOCUMENT = "NARWHALDOC"  # exempt papers, and papers of an exempt item
DRAFT_MEETING = "PANGOLINMEETING"  # the venue of a meeting not yet announced
MARKERS = [DRAFT, MINUTES, EXEMPT, DOCUMENT, DRAFT_MEETING]
# Written beside every marker, so that a search for it would find the secret
# record without the query itself echoing a marker back.
SEARCH_WORD = "xylophonist"

# Published content, which the walk must find, so that it cannot pass by
# walking pages that show nothing.
VISIBLE = "OKAPIVISIBLE"

SKIPPED_NAMESPACES = {"clerk", "admin", "account"}
SKIPPED_NAMES = {"login", "login_code", "logout"}
SKIPPED_PREFIXES = ("/clerk/", "/admin/", "/sign-in/", "/sign-out/", "/account/", "/static/")
EXTRA_URLS = ["/sitemap.xml", "/robots.txt"]

# The public site has at least this many kinds of page (home, committees, a
# committee, calendar, a month, meeting, item, printable minutes, decisions,
# a decision, councillor, document, three Atom feeds and two iCalendar
# feeds, sitemap, robots.txt, the agenda pack, a supplementary pack and the
# minutes as a PDF, and ModernGov's web service), the downloads (decisions,
# meetings and a councillor's attendance as CSV), a committee's work
# programme for a year, the tracker's six (recommendations, one
# recommendation, a committee's recommendations, their CSV and two Atom
# feeds), and the API's 20 (its root, a list and a detail of each of eight
# records, search, the schema and the docs, and a list and a detail of
# recommendations, actions and work programme topics; the API's own walk,
# tests/test_api_never_shows_more_than_the_site.py, also follows every link
# and page of its answers), the developers' page, and OParl's 22 (the
# System, the list of bodies, the Body, its eight lists, the eight kinds of
# object, a meeting's agenda pack and minutes as Files and its venue as a
# Location; tests/test_oparl_follows_the_specification.py walks its links).
# and the API's tracker lists and details (6). The walk must reach every one, or it proves nothing.
MINIMUM_PATTERNS_WALKED = 33 + 20 + 1 + 22 + 6


# --- The records ------------------------------------------------------------------


def imported_from_moderngov(folder):
    """A meeting imported from ModernGov with a restricted item and restricted papers."""
    restricted = secret(EXEMPT, "Tender prices")
    paper = secret(DOCUMENT, "Tender scores")
    responses = {
        "GetCommittees.xml": "<committees><committee><committeeid>1</committeeid>"
        "<committeetitle>Imported Panel</committeetitle></committee></committees>",
        "GetMeetings-1.xml": "<getmeetings><meeting><meetingid>9</meetingid>"
        "<meetingdate>10/01/2024</meetingdate></meeting></getmeetings>",
        "GetMeeting-9.xml": f"""<meeting><meetingid>9</meetingid><meetingdate>10/01/2024</meetingdate>
        <agendapublished>True</agendapublished><decisionpublished>True</decisionpublished>
        <minutespublished>True</minutespublished><agendaitems>
        <agendaitem><agendaitemid>91</agendaitemid><agendaitemnumber>1</agendaitemnumber>
        <agendaitemtitle>Imported public item</agendaitemtitle><linkeddocuments><linkeddoc>
        <attachmentid>1</attachmentid><title>{paper}</title><isrestricted>True</isrestricted></linkeddoc>
        </linkeddocuments></agendaitem>
        <agendaitem><agendaitemid>92</agendaitemid><agendaitemnumber>2</agendaitemnumber>
        <agendaitemtitle>Imported exempt item</agendaitemtitle><isrestricted>True</isrestricted>
        <restriction>Paragraph 3</restriction><agendatext>{restricted}</agendatext>
        <minutesnonemptyhtmlbody>&lt;p&gt;{restricted}&lt;/p&gt;</minutesnonemptyhtmlbody>
        <decisionnonemptyhtmlbody>&lt;p&gt;RESOLVED: That {restricted} be agreed.&lt;/p&gt;</decisionnonemptyhtmlbody>
        <linkeddocuments><linkeddoc><attachmentid>2</attachmentid><title>{paper}</title></linkeddoc>
        </linkeddocuments></agendaitem></agendaitems></meeting>""",
    }
    for name, text in responses.items():
        (folder / name).write_text(text)
    call_command("import_moderngov", str(folder), stdout=io.StringIO())
    assert AgendaItem.objects.filter(external_id="92", is_exempt=True, minutes__contains=EXEMPT).exists()
    assert Resolution.objects.filter(item__external_id="92", text__contains=EXEMPT).exists()
    assert SupportingDocument.objects.filter(item__external_id="91", title__contains=DOCUMENT, is_exempt=True).exists()


def secret(marker, text):
    return f"{text} {marker} {SEARCH_WORD}"


@pytest.fixture
def records(db, tmp_path):
    """Published, unpublished and exempt records, with their markers."""
    now = timezone.now().replace(microsecond=0)
    committee = factories.CommitteeFactory(name="Adult Social Care Scrutiny Committee", slug="adult-social-care")
    members = [factories.MembershipFactory(committee=committee).person for _ in range(3)]

    # Minutes approved at a later meeting: the plain, fully published case.
    approved = factories.MeetingFactory(committee=committee, start=now - timedelta(days=70))
    approved_item = factories.AgendaItemFactory(
        meeting=approved, title="Home care contracts", minutes=f"The Committee discussed {VISIBLE}."
    )
    factories.ResolutionFactory(item=approved_item, text=f"That the {VISIBLE} report be noted.")
    factories.DocumentFactory(item=approved_item, title=f"Home care report {VISIBLE}",
                              file__data=f"%PDF-1.4 {VISIBLE}".encode())
    for person in members:
        factories.AttendanceFactory(meeting=approved, person=person)

    # Agenda published, draft minutes and decisions published: holds the
    # exempt item, an exempt paper on a public item, and a late item that
    # has not yet gone out on a supplementary agenda.
    published = factories.MeetingFactory(
        committee=committee,
        start=now - timedelta(days=14),
        decisions_published_at=now - timedelta(days=10),
        minutes_status=Meeting.MinutesStatus.DRAFT,
        minutes_published_at=now - timedelta(days=10),
    )
    Meeting.objects.filter(pk=approved.pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED,
        minutes_published_at=now - timedelta(days=60),
        minutes_approved_at_meeting=published,
    )
    # Corrections to the approved minutes: one public, one to an exempt
    # item of that meeting (read by councillors only); and one to the
    # draft minutes below, which nobody outside the back office reads yet.
    clerk = factories.ClerkFactory()
    approved_exempt_item = factories.AgendaItemFactory(
        meeting=approved, title="Legal advice on the contract", is_exempt=True, exempt_paragraph=5,
        minutes=secret(EXEMPT, "Counsel's opinion"),
    )
    MinutesCorrection.objects.create(
        meeting=approved, item=approved_item, text=f"For 'six' read 'seven' {VISIBLE}.",
        reason="A figure was misheard.", recorded_by=clerk,
    )
    MinutesCorrection.objects.create(
        meeting=approved, item=approved_exempt_item, text=secret(EXEMPT, "For 'counsel' read 'solicitor'"),
        reason=secret(EXEMPT, "Wrong adviser named"), recorded_by=clerk,
    )
    public_item = factories.AgendaItemFactory(
        meeting=published, title="Day services review", minutes=f"Members asked about {VISIBLE}."
    )
    MinutesCorrection.objects.create(
        meeting=published, item=public_item, text=secret(MINUTES, "For 'day' read 'daily'"),
        reason=secret(MINUTES, "A slip"), recorded_by=clerk,
    )
    factories.ResolutionFactory(item=public_item, text="That the day services review be noted.")
    factories.DocumentFactory(item=public_item, title="Day services report")
    factories.DocumentFactory(
        item=public_item, is_exempt=True, title=secret(DOCUMENT, "Provider pricing"),
        original_filename=f"{DOCUMENT}-pricing.pdf",
        file__data=f"%PDF-1.4 {secret(DOCUMENT, 'pricing')}".encode(),
        extracted_text=secret(DOCUMENT, "pricing"),
    )
    exempt_item = factories.AgendaItemFactory(
        meeting=published,
        title="Care home block contract",
        is_exempt=True,
        exempt_paragraph=3,
        description=secret(EXEMPT, "To consider the tenders"),
        minutes=secret(EXEMPT, "The Committee considered the bids"),
        reason_for_decision=secret(EXEMPT, "Best value"),
        preamble=secret(EXEMPT, "That the committee:"),
    )
    factories.ResolutionFactory(item=exempt_item, text=secret(EXEMPT, "That the contract be awarded"))
    factories.DocumentFactory(
        item=exempt_item, is_exempt=True, title=secret(DOCUMENT, "Tender evaluation"),
        original_filename=f"{DOCUMENT}-evaluation.pdf",
        file__data=f"%PDF-1.4 {secret(DOCUMENT, 'evaluation')}".encode(),
        extracted_text=secret(DOCUMENT, "evaluation"),
    )
    factories.DocumentFactory(
        item=exempt_item, is_exempt=False, title=secret(DOCUMENT, "Covering report"),
        file__data=f"%PDF-1.4 {secret(DOCUMENT, 'covering')}".encode(),
        extracted_text=secret(DOCUMENT, "covering"),
    )
    factories.DeclarationFactory(
        meeting=published, person=members[0], item=exempt_item, text=secret(EXEMPT, "Knows a bidder")
    )
    late_item = factories.AgendaItemFactory(
        meeting=published, published_at=None, title=secret(DRAFT, "Late item"),
        description=secret(DRAFT, "purpose"), minutes=secret(DRAFT, "minutes"),
    )
    factories.ResolutionFactory(item=late_item, text=secret(DRAFT, "That the late item be agreed"))
    # Declared against the late item, on a meeting whose minutes are out.
    factories.DeclarationFactory(
        meeting=published, person=members[2], item=late_item, text=secret(DRAFT, "Owns the late site")
    )
    factories.DocumentFactory(
        item=late_item, title=secret(DRAFT, "Late paper"),
        file__data=f"%PDF-1.4 {secret(DRAFT, 'late paper')}".encode(),
    )
    for person in members:
        factories.AttendanceFactory(meeting=published, person=person)
    # A supplementary agenda that went out with the public and exempt items;
    # the late item is named in it too, as if published and then withdrawn,
    # so its pack must still leave it out.
    supplement = AgendaPublication.objects.create(
        meeting=published, published_at=now - timedelta(days=16), published_by=factories.ClerkFactory(),
        is_supplementary=True, clear_working_days=2, is_late=True, late_reason="Urgent contract decision",
    )
    supplement.items.set([public_item, exempt_item, late_item])

    # Agenda published; the meeting has happened but neither its decisions
    # nor its minutes are published yet.
    unminuted = factories.MeetingFactory(committee=committee, start=now - timedelta(days=3))
    unminuted_item = factories.AgendaItemFactory(
        meeting=unminuted, title="Carers strategy",
        minutes=secret(MINUTES, "The Committee welcomed the strategy"),
        reason_for_decision=secret(MINUTES, "To support carers"),
    )
    factories.ResolutionFactory(item=unminuted_item, text=secret(MINUTES, "That the strategy be endorsed"))
    factories.DeclarationFactory(meeting=unminuted, person=members[1], text=secret(MINUTES, "Is a carer"))

    # A future meeting whose agenda is still a draft.
    draft = factories.MeetingFactory(
        committee=committee, start=now + timedelta(days=20), agenda_published_at=None
    )
    draft_item = factories.AgendaItemFactory(
        meeting=draft, title=secret(DRAFT, "Budget proposals"),
        description=secret(DRAFT, "To consider savings"),
        minutes=secret(DRAFT, "Draft minutes"),
    )
    factories.ResolutionFactory(item=draft_item, text=secret(DRAFT, "That the savings be agreed"))
    factories.DocumentFactory(
        item=draft_item, title=secret(DRAFT, "Budget paper"),
        file__data=f"%PDF-1.4 {secret(DRAFT, 'budget')}".encode(),
    )

    # A meeting entered but not announced: a clerk may still delete it, so
    # not even its date or venue is public. It has a draft item, an
    # attendance row and would otherwise be the next meeting on the home page.
    unannounced = factories.MeetingFactory(
        committee=committee, start=now + timedelta(days=47), agenda_published_at=None, announced_at=None,
        venue=secret(DRAFT_MEETING, "Committee Room 9"),
    )
    factories.AgendaItemFactory(meeting=unannounced, title=secret(DRAFT, "Mistaken item"))
    factories.AttendanceFactory(meeting=unannounced, person=members[0])

    # The tracker's actions and review (recommendations/sections.py): actions
    # on the exempt and the late item and at the meeting whose minutes are
    # not out, carried forward as "actions arising" to the later meetings; an
    # exempt recommendation, sent, which the tracker item of the later
    # meeting would otherwise list as due.
    factories.ActionFactory(meeting=published, item=exempt_item, text=secret(EXEMPT, "Renegotiate the bid"))
    factories.ActionFactory(meeting=published, item=late_item, text=secret(DRAFT, "Visit the late site"))
    factories.ActionFactory(meeting=unminuted, text=secret(MINUTES, "Write to the carers"))
    factories.ActionFactory(meeting=published, item=public_item, text=f"Report back on {VISIBLE} day services")
    exempt_recommendation = factories.ResolutionFactory(
        item=exempt_item, kind=Resolution.Kind.RECOMMENDATION, text=secret(EXEMPT, "That the Cabinet rebid")
    ).recommendation
    type(exempt_recommendation).objects.filter(pk=exempt_recommendation.pk).update(
        sent_on=(now - timedelta(days=12)).date(), response_due_on=(now + timedelta(days=40)).date()
    )
    factories.AgendaItemFactory(meeting=unminuted, title="Recommendations and actions tracker", minutes="")

    imported_from_moderngov(tmp_path)

    # The work programme is public, but names a planned meeting or the item
    # that took a topic up only where the public may see them.
    from recommendations.models import WorkProgrammeEntry

    for entry in (
        dict(title="Topic planned for a meeting not announced", planned_meeting=unannounced),
        dict(title="Topic on a draft agenda", planned_meeting=draft, agenda_item=draft_item, status="on_agenda"),
        dict(title="Topic on a late item", planned_meeting=published, agenda_item=late_item, status="on_agenda"),
        dict(title=f"Topic on the agenda {VISIBLE}", planned_meeting=published, agenda_item=public_item),
    ):
        WorkProgrammeEntry.objects.create(committee=committee, municipal_year=municipal_year_of(timezone.localdate(now)), **entry)
    tracked_recommendations(
        public_item=public_item, exempt_item=exempt_item, unminuted_item=unminuted_item,
        late_item=late_item, unannounced=unannounced,
    )

    return {
        "unannounced_meeting": unannounced,
        "draft_meeting": draft,
        "draft_item": draft_item,
        "late_item": late_item,
        "exempt_item": exempt_item,
        "unminuted_meeting": unminuted,
    }


def tracked_recommendations(*, public_item, exempt_item, unminuted_item, late_item, unannounced):
    """
    Recommendations in the tracker (recommendations/): a public one, answered,
    updated and closed at the meeting not yet announced (which must not be
    named); one on the exempt item; one whose decisions and minutes are not
    published; one on the late item not yet published.
    """

    def track(item, marker, text, **fields):
        resolution = factories.ResolutionFactory(
            item=item, kind=Resolution.Kind.RECOMMENDATION, text=f"That the Cabinet {text}"
        )
        made = factories.RecommendationFactory(resolution=resolution)
        Recommendation.objects.filter(pk=made.pk).update(
            addressed_to=Recommendation.Addressee.CABINET_MEMBER,
            addressee_name=secret(marker, "Cabinet Member") if marker else "Cabinet Member for Adults",
            sent_on=timezone.localdate() - timedelta(days=60),
            response_due_on=timezone.localdate() - timedelta(days=1),
            outcome=Recommendation.Outcome.ACCEPTED,
            implementation=Recommendation.Implementation.IN_PROGRESS,
            **fields,
        )
        RecommendationResponse.objects.create(
            recommendation=made, outcome=Recommendation.Outcome.ACCEPTED,
            responded_on=timezone.localdate() - timedelta(days=5),
            responded_by=secret(marker, "Cabinet") if marker else "Cabinet",
            text=secret(marker, "Agreed") if marker else f"Agreed {VISIBLE}",
            document_title=secret(marker, "Cabinet report") if marker else "Cabinet report",
        )
        RecommendationUpdate.objects.create(
            recommendation=made, written_on=timezone.localdate(),
            status=Recommendation.Implementation.IN_PROGRESS,
            text=secret(marker, "Funding found") if marker else "Funding found",
        )
        return made

    track(public_item, None, "fund day services.", closed_at_meeting=unannounced, closing_note="Done.")
    track(exempt_item, EXEMPT, secret(EXEMPT, "award the contract."))
    track(unminuted_item, MINUTES, secret(MINUTES, "endorse the strategy."))
    track(late_item, DRAFT, secret(DRAFT, "agree the late item."))


# --- Finding the public URLs ----------------------------------------------------------


@dataclass(frozen=True)
class PublicPattern:
    route: str  # for example "meetings/<int:meeting_pk>/items/<int:pk>/"
    name: str  # for example "agenda:item", or "" when the pattern has none

    def __str__(self):
        return f"/{self.route}"

    @property
    def kwargs(self):
        return re.findall(r"<(?:\w+:)?(\w+)>", self.route)


def _walk_resolver(resolver, prefix="", namespace=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = entry.namespace or namespace
            if inner in SKIPPED_NAMESPACES:
                continue
            yield from _walk_resolver(entry, prefix + _route(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and entry.name not in SKIPPED_NAMES:
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name or ""
            yield PublicPattern(prefix + _route(entry.pattern), name)


def _route(pattern):
    """A pattern as a route with <name> placeholders; regular expressions are turned into one."""
    if isinstance(pattern, RoutePattern):
        return str(pattern)
    regex = str(pattern.regex.pattern).removeprefix("^").removesuffix("\\Z").removesuffix("$")
    regex = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", regex)
    return regex.replace("\\", "")


def public_patterns():
    return list(dict.fromkeys(_walk_resolver(get_resolver())))


def _kwarg_values():
    """What each URL parameter can be, from every record in the database."""
    all_pks = sorted(
        set(Meeting.objects.values_list("pk", flat=True))
        | set(AgendaItem.objects.values_list("pk", flat=True))
        | set(Resolution.objects.values_list("pk", flat=True))
        | set(SupportingDocument.objects.values_list("pk", flat=True))
        | set(Committee.objects.values_list("pk", flat=True))
        | set(Person.objects.values_list("pk", flat=True))
        | set(Recommendation.objects.values_list("pk", flat=True))
        | set(Membership.objects.values_list("pk", flat=True))
        | set(MinutesCorrection.objects.values_list("pk", flat=True))
        | set(Action.objects.values_list("pk", flat=True))
        | set(WorkProgrammeEntry.objects.values_list("pk", flat=True))
    )
    slugs = sorted(
        set(Committee.objects.values_list("slug", flat=True)) | set(Person.objects.values_list("slug", flat=True))
    )
    days = sorted({timezone.localdate(start) for start in Meeting.objects.values_list("start", flat=True)})
    items = list(AgendaItem.objects.values_list("meeting_id", "pk"))
    return all_pks, slugs, days, items


def _work_programme_years():
    from recommendations.models import WorkProgrammeEntry

    return sorted(set(WorkProgrammeEntry.objects.values_list("municipal_year", flat=True)))


def urls_for(pattern):
    """Every URL of a pattern, filling its parameters from the database."""
    all_pks, slugs, days, items = _kwarg_values()
    names = set(pattern.kwargs)
    combinations = []
    if names == {"method"}:
        # ModernGov's web service: each method, for every committee and meeting.
        service = "/" + pattern.route.replace("<str:method>", "")
        return (
            [service + method for method in ("GetCommittees", "GetCouncillorsByWard", "GetAllMeetingsByDate")]
            + [f"{service}GetMeetings?lCommitteeId={pk}" for pk in Committee.objects.values_list("pk", flat=True)]
            + [f"{service}GetMeeting?lMeetingId={pk}" for pk in all_pks]
        )
    if not names:
        combinations = [{}]
    elif names == {"year", "month"}:
        combinations = [{"year": day.year, "month": day.month} for day in days]
    elif names == {"year", "month", "day"}:
        combinations = [{"year": day.year, "month": day.month, "day": day.day} for day in days]
    elif names == {"slug", "year"}:
        combinations = [{"slug": slug, "year": year} for slug in slugs for year in _work_programme_years()]
    elif names == {"year"}:
        combinations = [{"year": year} for year in sorted({day.year for day in days})]
    elif names == {"pk", "publication_pk"}:
        # Each publication with its own meeting, and with every other meeting.
        combinations = [
            {"pk": meeting_pk, "publication_pk": publication_pk}
            for publication_pk in AgendaPublication.objects.values_list("pk", flat=True)
            for meeting_pk in Meeting.objects.values_list("pk", flat=True)
        ]
    elif names == {"meeting_pk", "pk"} or names == {"meeting_id", "pk"}:
        (parent,) = names - {"pk"}
        combinations = [{parent: meeting_pk, "pk": pk} for meeting_pk, pk in items]
    else:
        choices = {}
        for name in names:
            if name == "pk" or name.endswith(("_pk", "_id")) or name == "id":
                choices[name] = all_pks
            elif "slug" in name or name in {"committee", "councillor", "person"}:
                choices[name] = slugs
            else:
                raise AssertionError(
                    f"The no-leak walk does not know how to fill <{name}> in /{pattern.route}: "
                    "teach urls_for() in tests/test_nothing_unpublished_leaks.py."
                )
        keys = sorted(choices)
        combinations = [dict(zip(keys, values)) for values in itertools.product(*(choices[k] for k in keys))]

    urls = []
    for kwargs in combinations:
        url = "/" + pattern.route
        for name, value in kwargs.items():
            url = re.sub(rf"<(?:\w+:)?{name}>", str(value), url)
        urls.append(url)
    if not names:
        urls.append(f"/{pattern.route}?q={SEARCH_WORD}")
    return urls


PUBLIC_PATTERNS = public_patterns()


# --- Fetching and reading ----------------------------------------------------------


def fetch(client, url):
    """The status and everything sent (headers and body) for a URL."""
    response = client.get(url)
    if getattr(response, "streaming", False):
        # Reading to the end closes the response; closing it again would
        # close the test's database connection too.
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    headers = "\n".join(f"{key}: {value}" for key, value in response.headers.items())
    return response.status_code, headers.encode() + b"\n\n" + body + pdf_text(body)


def pdf_text(body):
    """
    The text and bookmarks of a PDF, which its compressed bytes hide; b""
    for anything else (the papers here are only PDF-like bytes, read as
    they are).
    """
    if not body.startswith(b"%PDF"):
        return b""
    try:
        reader = PdfReader(io.BytesIO(body))
        texts = [page.extract_text() for page in reader.pages]
        texts += [entry.title for entry in _flatten(reader.outline)]
    except PyPdfError:
        return b""
    return "\n".join(["", *texts]).encode()


def _flatten(outline):
    for entry in outline:
        yield from _flatten(entry) if isinstance(entry, list) else [entry]


def markers_in(sent):
    lowered = sent.lower()
    return [marker for marker in MARKERS if marker.lower().encode() in lowered]


LINK = re.compile(
    rb"""(?:href|src|action)\s*=\s*["']([^"']+)["']|<loc>\s*([^<\s]+)\s*</loc>|^(?:URL|Sitemap)[^:\n]*:\s*(\S+)""",
    re.IGNORECASE | re.MULTILINE,
)


def same_site_links(url, sent):
    """The site's own public URLs linked from a page, without fragments."""
    links = set()
    for match in LINK.finditer(sent):
        raw = next(group for group in match.groups() if group)
        link = urljoin(f"http://testserver{url}", html.unescape(raw.decode("utf-8", "replace")))
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or parts.netloc != "testserver":
            continue
        if parts.path.startswith(SKIPPED_PREFIXES):
            continue
        links.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return links


def walk(client, urls, depth=1):
    """
    Fetch the URLs and the links on them, ``depth`` levels further. Returns
    what each URL answered: {url: (status, markers found)}, and the text
    of the pages that answered (not the "not found" pages, which name the
    address asked for), joined, for checks of what was shown.
    """
    seen = {}
    everything = []
    frontier = list(dict.fromkeys(urls))
    for level in range(depth + 1):
        next_frontier = []
        for url in frontier:
            if url in seen:
                continue
            status, sent = fetch(client, url)
            assert status < 500, f"{url} answered {status}"
            seen[url] = (status, markers_in(sent))
            if status < 400:
                everything.append(sent)
            if level < depth:
                next_frontier.extend(same_site_links(url, sent))
        frontier = next_frontier
    return seen, b"\n".join(everything)


def leaks(seen):
    return {url: found for url, (status, found) in seen.items() if found}


def route_of(url):
    try:
        return resolve(urlsplit(url).path).route
    except Resolver404:
        return None


# --- Tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("pattern", PUBLIC_PATTERNS, ids=str)
def test_public_page_never_shows_unpublished_or_exempt_content(records, pattern):
    urls = urls_for(pattern)
    assert urls, f"no record in the database fills /{pattern.route}"
    seen, _ = walk(Client(), urls, depth=0)
    assert not leaks(seen), f"unpublished or exempt content sent to the public: {leaks(seen)}"


def test_nothing_linked_from_public_pages_leaks(records):
    seeds = [url for pattern in PUBLIC_PATTERNS for url in urls_for(pattern)] + EXTRA_URLS
    seen, everything = walk(Client(), seeds, depth=1)

    assert not leaks(seen), f"unpublished or exempt content sent to the public: {leaks(seen)}"
    walked = {route_of(url) for url, (status, _) in seen.items() if status == 200} - {None}
    assert len(walked) >= MINIMUM_PATTERNS_WALKED, (
        f"the walk reached only {len(walked)} kinds of public page: {sorted(walked)}"
    )
    never_shown = [str(pattern) for pattern in PUBLIC_PATTERNS if pattern.route not in walked]
    assert not never_shown, f"no record in the database makes these pages answer 200: {never_shown}"
    assert VISIBLE.encode() in everything, "the walk never saw the published minutes, so it proves nothing"
    found = [text for text in draft_meeting_traces(records["unannounced_meeting"]) if text.encode() in everything]
    assert not found, f"a meeting not yet announced shows on public pages: {found}"


def test_the_walk_meets_the_public_recommendation_and_its_response(records):
    made = Recommendation.objects.get(resolution__text="That the Cabinet fund day services.")
    status, sent = fetch(Client(), reverse("recommendations:detail", args=[made.pk]))
    assert status == 200
    assert f"Agreed {VISIBLE}".encode() in sent
    for url in (reverse("recommendations:list"), reverse("recommendations:csv"),
                reverse("recommendations:feed_responses")):
        assert VISIBLE.encode() in fetch(Client(), url)[1], url


def draft_meeting_traces(meeting):
    """How a meeting's date and address would be written on a page, a feed or a calendar."""
    start = timezone.localtime(meeting.start)
    return [
        f"{start:%-d %B %Y}",
        f"{start:%Y-%m-%d}",
        f"{start:%Y%m%d}",
        f"{start:%d/%m/%Y}",
        f"meeting-{meeting.pk}@",
        f"/meetings/{meeting.pk}/",
    ]


def test_public_gets_404_for_a_meeting_not_yet_announced(records, client):
    meeting = records["unannounced_meeting"]
    for url in (reverse("agenda:meeting", args=[meeting.pk]), reverse("agenda:minutes", args=[meeting.pk])):
        assert client.get(url).status_code == 404, url


def test_clerk_sees_the_meeting_not_yet_announced_marked_as_a_draft(records, clerk_client):
    response = clerk_client.get(reverse("agenda:meeting", args=[records["unannounced_meeting"].pk]))
    assert response.status_code == 200
    assert DRAFT_MEETING in response.content.decode()


@pytest.mark.parametrize(
    "record, what",
    [
        ("draft_item", "an item on a draft agenda"),
        ("late_item", "an item added after the agenda went out, not yet published"),
    ],
)
def test_public_gets_404_for_an_unpublished_item(records, client, record, what):
    urls = _item_urls(records[record])
    assert urls, "no public page of an item was found"
    for url in urls:
        assert client.get(url).status_code == 404, f"{what}: {url}"


def _item_urls(item):
    """The public URLs of one item: every public pattern that takes this item's id."""
    urls = []
    for pattern in PUBLIC_PATTERNS:
        names = set(pattern.kwargs)
        if "item" not in pattern.name or not names or not names <= {"pk", "meeting_pk", "meeting_id"}:
            continue
        url = "/" + pattern.route
        url = re.sub(r"<(?:\w+:)?pk>", str(item.pk), url)
        url = re.sub(r"<(?:\w+:)?meeting_(?:pk|id)>", str(item.meeting_id), url)
        urls.append(url)
    return urls


@pytest.mark.parametrize("record", ["unminuted_meeting", "draft_meeting"])
def test_public_gets_404_for_minutes_not_yet_published(records, client, record):
    response = client.get(reverse("agenda:minutes", args=[records[record].pk]))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "title_word, what",
    [
        ("Provider pricing", "an exempt paper on a public item"),
        ("Tender evaluation", "an exempt paper on an exempt item"),
        ("Covering report", "a paper of an exempt item"),
        ("Late paper", "a paper of an unpublished item"),
        ("Budget paper", "a paper on a draft agenda"),
    ],
)
def test_public_gets_404_for_a_withheld_paper(records, client, title_word, what):
    document = SupportingDocument.objects.get(title__startswith=title_word)
    response = client.get(reverse("agenda:document", args=[document.pk]))
    assert response.status_code == 404, what


def test_public_can_download_a_published_paper(records, client):
    document = SupportingDocument.objects.get(title="Day services report")
    response = client.get(reverse("agenda:document", args=[document.pk]))
    assert response.status_code == 200


# --- The converse: the markers are there to be found by those entitled --------------------


def test_councillor_reads_the_exempt_item_and_its_papers(records, councillor_client):
    seen, everything = walk(councillor_client, _item_urls(records["exempt_item"]), depth=1)
    assert EXEMPT.encode() in everything
    assert DOCUMENT.encode() in everything


def test_clerk_sees_the_draft_agenda_in_the_back_office(records, clerk_client):
    response = clerk_client.get(reverse("clerk:meeting", args=[records["draft_meeting"].pk]))
    assert response.status_code == 200
    assert DRAFT in response.content.decode()


def near_spellings(word):
    """A few misspellings of a word: a letter dropped, two swapped, one changed."""
    word = word.lower()
    return {
        word[:-1], word[1:], word[:3] + word[4:], word[:2] + word[3] + word[2] + word[4:],
        word[:-2] + "x" + word[-1],
    }


@pytest.mark.parametrize("marker", MARKERS)
def test_no_spelling_suggestion_reveals_a_secret_word(records, marker):
    client = Client()
    queries = set()
    for spelling in near_spellings(marker):
        # Suggestions are made when nothing is found, so the published word
        # beside the secret one is misspelt too: its correction must not
        # carry the secret one through.
        queries |= {spelling, f"{spelling} OR okapivisibl", f"okapivisibl OR {spelling}", f'"{spelling}"'}
    for q in sorted(queries):
        status, sent = fetch(client, f"/search/?q={q}")
        assert status == 200
        assert not markers_in(sent), f"the search for {q!r} revealed {markers_in(sent)}"


def test_the_walk_reads_the_text_of_the_pdfs_it_is_sent(records):
    """The PDFs' text is what is checked for markers, so it must be read: the public items are found in it."""
    published = Meeting.objects.get(items__title="Day services review")
    supplement = AgendaPublication.objects.get(meeting=published)
    approved = Meeting.objects.get(items__title="Home care contracts")
    client = Client()
    for url, expected in [
        (reverse("agenda:agenda_pack", args=[published.pk]), "Day services review"),
        (reverse("agenda:supplementary_pack", args=[published.pk, supplement.pk]), "Urgent contract decision"),
        (reverse("agenda:minutes_pdf", args=[approved.pk]), VISIBLE),
    ]:
        status, sent = fetch(client, url)
        assert status == 200, url
        assert expected.encode() in sent.split(b"\n\n", 1)[1].split(b"%%EOF")[-1], url


def test_oparl_walked_by_its_links_shows_nothing_unpublished(records):
    """OParl's answers are JSON, whose links the page walk does not read: follow them from the System."""
    from tests.test_oparl_follows_the_specification import walk as oparl_walk

    client = Client()
    answers = oparl_walk(client)
    sent = b"\n".join(fetch(client, url)[1] for url in answers)

    assert not markers_in(sent), f"OParl sent unpublished or exempt content: {markers_in(sent)}"
    assert VISIBLE.encode() in sent, "the OParl walk never saw the published decisions, so it proves nothing"
    unannounced = records["unannounced_meeting"]
    assert f"/oparl/v1/meeting/{unannounced.pk}/".encode() not in sent
    assert any(url.endswith("/location/") for url in answers), "the OParl walk met no meeting's venue"
    status, shown = fetch(client, f"/oparl/v1/meeting/{unannounced.pk}/location/")
    assert status == 404 and not markers_in(shown)
    hidden_items = [records["draft_item"], records["late_item"], records["exempt_item"]]
    assert not [item for item in hidden_items if f"/oparl/v1/agenda-item/{item.pk}/".encode() in sent]
