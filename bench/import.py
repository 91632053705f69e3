"""
ModernGov import speed, measured through the import_moderngov command.

    python bench/import.py --committees 20 --meetings 25 --items 10
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scrutiny_bench_import python bench/import.py

Writes a folder of saved ModernGov responses (GetCommittees, GetMeetings
and GetMeeting for each meeting, with Word HTML minutes, numbered
resolutions, papers and attendees) to a temporary folder, migrates a new
SQLite database there (or empties the PostgreSQL one in DATABASE_URL, which
must be a database for benchmarks only), runs the import, then runs it
again, and prints

    first  items=5000 seconds=… items_per_s=…
    again  items=5000 seconds=… items_per_s=… (all unchanged)

Papers are listed with their links (no --documents), as the target of 200
items a second is for.
"""

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

MINUTES = (
    "<div class=WordSection1><p class=MsoNormal>The officer introduced report {n}.<o:p></o:p></p>"
    "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
    "<span style='font-family:Symbol'><span style='mso-list:Ignore'>&#183;<span>&nbsp;&nbsp; </span>"
    "</span></span>Members asked about the budget for item {n}.<o:p></o:p></p>"
    "<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
    "<span style='font-family:Symbol'><span style='mso-list:Ignore'>&#183;<span>&nbsp;&nbsp; </span>"
    "</span></span>The timetable was discussed.<o:p></o:p></p></div>"
)
DECISION = (
    "<p class=MsoNormal>RESOLVED: That the Committee:<o:p></o:p></p>"
    "<p class=MsoNormal>1.&nbsp;&nbsp; notes report {n};<o:p></o:p></p>"
    "<p class=MsoNormal>2.&nbsp;&nbsp; asks for a briefing on item {n}.<o:p></o:p></p>"
)


def cdata(text):
    return f"<![CDATA[{text}]]>"


def write_responses(folder, committees, meetings, items):
    (folder / "SOURCE.txt").write_text("https://democracy.bench.example\n")
    rows = "".join(
        f"<committee><committeeid>{c}</committeeid><committeetitle>Bench Committee {c}</committeetitle>"
        f"<committeecategory>Scrutiny</committeecategory><committeeexpired>False</committeeexpired>"
        f"<committeedeleted>False</committeedeleted></committee>"
        for c in range(1, committees + 1)
    )
    (folder / "GetCommittees.xml").write_text(f"<committees>{rows}</committees>")
    for c in range(1, committees + 1):
        listed = []
        for m in range(1, meetings + 1):
            meeting_id = c * 1000 + m
            day = f"{1 + m % 28:02d}/{1 + (m // 28) % 12:02d}/{2000 + c}"
            listed.append(f"<meeting><meetingid>{meeting_id}</meetingid><meetingdate>{day}</meetingdate></meeting>")
            attendees = "".join(
                f'<attendee memberid="{c * 100 + a}" name="Councillor Member {c}-{a}" '
                f'roledescription="{"Chair" if a == 1 else "Committee Member"}" '
                f'attendance="{"Apologies" if a == 5 else "Present"}" />'
                for a in range(1, 7)
            )
            agenda = "".join(
                f"<agendaitem><agendaitemid>{meeting_id * 100 + i}</agendaitemid>"
                f"<agendaitemnumber>{i}</agendaitemnumber><fulldisplaynumberformat>{i}.</fulldisplaynumberformat>"
                f"<agendaitemtitle>Report {i} to meeting {meeting_id}</agendaitemtitle>"
                f"<agendatext>{cdata(f'<p class=MsoNormal>To consider report {i}.</p>')}</agendatext>"
                f"<isrestricted>{'True' if i == items else 'False'}</isrestricted><restriction>Paragraph 3</restriction>"
                f"<minutesnonemptyhtmlbody>{cdata(MINUTES.format(n=i))}</minutesnonemptyhtmlbody>"
                f"<decisionnonemptyhtmlbody>{cdata(DECISION.format(n=i))}</decisionnonemptyhtmlbody>"
                f"<linkeddocuments><linkeddoc><attachmentid>{meeting_id * 100 + i}</attachmentid>"
                f"<title>Report {i}</title><url>mgConvert2PDF.aspx?ID={meeting_id * 100 + i}</url>"
                f"</linkeddoc></linkeddocuments></agendaitem>"
                for i in range(1, items + 1)
            )
            (folder / f"GetMeeting-{meeting_id}.xml").write_text(
                f"<meeting><meetingid>{meeting_id}</meetingid><meetingdate>{day}</meetingdate>"
                f"<meetingtime>7.00 pm</meetingtime><meetingstatus>Confirmed</meetingstatus>"
                f"<meetinglocation>Council Chamber</meetinglocation><agendapublished>True</agendapublished>"
                f"<decisionpublished>True</decisionpublished><minutespublished>True</minutespublished>"
                f"<attendees>{attendees}</attendees><agendaitems>{agenda}</agendaitems></meeting>"
            )
        (folder / f"GetMeetings-{c}.xml").write_text(
            f"<getmeetings><committee><committeemeetings>{''.join(listed)}</committeemeetings></committee></getmeetings>"
        )


def configure(folder):
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrutiny.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-4f7a1c9e2b6d8f0a3c5e7b9d1f4a6c8e0b2d")
    os.environ["MEDIA_ROOT"] = str(folder / "media")
    import django

    django.setup()


def empty_database():
    from django.db import connection

    from agenda.models import AgendaItem, Resolution, SupportingDocument
    from meetings.models import Attendance, Committee, Meeting, Membership, Person
    from search.models import SearchEntry, SearchScore, SearchWord

    with connection.cursor() as cursor:
        for model in (SearchEntry, SearchScore, SearchWord):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
    for model in (Attendance, Membership, SupportingDocument, Resolution, AgendaItem, Meeting, Person, Committee):
        for table in (model.history.model._meta.db_table, model._meta.db_table):
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


def timed_import(responses):
    from django.core.management import call_command

    out = io.StringIO()
    started = time.perf_counter()
    call_command("import_moderngov", str(responses), verbosity=1, stdout=out, stderr=io.StringIO())
    return time.perf_counter() - started, out.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--committees", type=int, default=20)
    parser.add_argument("--meetings", type=int, default=25)
    parser.add_argument("--items", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as temporary:
        folder = Path(temporary)
        responses = folder / "responses"
        responses.mkdir()
        write_responses(responses, args.committees, args.meetings, args.items)
        configure(folder)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        empty_database()
        total = args.committees * args.meetings * args.items
        for label in ("first", "again"):
            seconds, report = timed_import(responses)
            items_line = next(line for line in report.splitlines() if line.strip().startswith("items"))
            print(f"{label:6} items={total} seconds={seconds:.1f} items_per_s={total / seconds:.0f}"
                  f"   ({items_line.split(None, 1)[1].strip()})")


if __name__ == "__main__":
    main()
