"""
`manage.py import_minutes` reads every file; it saves the readable ones,
names the others and fails saying how many. --dry-run --json shows what was
read without saving.
"""

import json
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import timezone

from agenda import services
from agenda.models import AgendaItem
from tests import factories

pytestmark = pytest.mark.django_db

SEEDS = sorted((Path(settings.BASE_DIR) / "agenda" / "fixtures" / "seeds").glob("*.txt"))
TITLES = [
    "Independent Visitors Service",
    "Review of performance and progress against the Safeguarding and Family Support improvement plan 2019/20",
    "Early Intervention Model Implementation",
    "JOINT AREA REVIEW OF CHILDREN'S SERVICES IN HEREFORDSHIRE",
    "Fostering service review",
]
RESOLUTION_COUNTS = [1, 4, 3, 4, 0]
KEYS = {
    "file", "title", "description", "presenter", "minutes", "preamble",
    "resolutions", "reason_for_decision", "documents", "details",
}


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_minutes", *[str(arg) for arg in args], stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_seed_records_are_all_there():
    assert len(SEEDS) == 5


def test_dry_run_prints_what_was_read_as_json_and_saves_nothing():
    out, _ = run(*SEEDS, "--dry-run", "--json")

    records = json.loads(out)
    assert [record["title"] for record in records] == TITLES
    assert [len(record["resolutions"]) for record in records] == RESOLUTION_COUNTS
    assert all(set(record) == KEYS for record in records)
    assert [record["file"] for record in records] == [str(path) for path in SEEDS]
    assert records[0]["resolutions"] == [{"label": "", "text": "That the report be noted."}]
    assert "Children’s Services" in out  # not escaped
    assert out.startswith("[\n  {\n")
    assert not AgendaItem.objects.exists()


def test_dry_run_keeps_the_order_the_files_were_given():
    out, _ = run(SEEDS[4], SEEDS[0], "--dry-run", "--json")

    assert [record["title"] for record in json.loads(out)] == [TITLES[4], TITLES[0]]


def test_importing_saves_draft_items_with_their_resolutions():
    meeting = factories.MeetingFactory()

    out, _ = run(*SEEDS, "--meeting", meeting.pk)

    items = list(meeting.items.order_by("order"))
    assert [item.title for item in items] == TITLES
    assert all(item.published_at is None for item in items)
    assert [item.resolutions.count() for item in items] == RESOLUTION_COUNTS
    assert [item.number for item in items] == ["1", "2", "3", "4", "5"]
    assert out.splitlines()[0] == "Saved draft item 1: Independent Visitors Service"
    assert len(out.splitlines()) == 5


def test_running_twice_adds_the_items_again_with_new_numbers():
    meeting = factories.MeetingFactory()

    run(*SEEDS[:2], "--meeting", meeting.pk)
    run(*SEEDS[:2], "--meeting", meeting.pk)

    assert list(meeting.items.order_by("order").values_list("number", flat=True)) == ["1", "2", "3", "4"]


def test_a_bad_file_is_named_the_others_are_saved_and_the_command_fails(tmp_path):
    meeting = factories.MeetingFactory()
    bad = tmp_path / "letter.txt"
    bad.write_text("Dear all, the meeting is moved to Tuesday.", encoding="utf-8")
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError, match=r"^1 of 3 files could not be read. The other 2 were saved.$"):
        call_command("import_minutes", str(SEEDS[0]), str(bad), str(SEEDS[1]), "--meeting", str(meeting.pk),
                     stdout=out, stderr=err)

    assert err.getvalue().startswith(f"{bad}: This does not look like a ModernGov agenda item")
    assert [item.title for item in meeting.items.order_by("order")] == [TITLES[0], TITLES[1]]
    assert out.getvalue().splitlines() == [f"Saved draft item 1: {TITLES[0]}", f"Saved draft item 2: {TITLES[1]}"]


def test_dry_run_json_prints_every_readable_record_and_names_the_rest(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02\x03")
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError, match="2 of 4 files could not be read. Nothing was saved."):
        call_command("import_minutes", str(empty), str(SEEDS[2]), str(binary), str(SEEDS[3]),
                     "--dry-run", "--json", stdout=out, stderr=err)

    records = json.loads(out.getvalue())
    assert [(record["file"], record["title"]) for record in records] == [
        (str(SEEDS[2]), TITLES[2]), (str(SEEDS[3]), TITLES[3]),
    ]
    errors = err.getvalue().splitlines()
    assert errors[0].startswith(f"{empty}: This does not look like a ModernGov agenda item")
    assert errors[1].startswith(f"{binary}: This looks like a binary file")
    assert not AgendaItem.objects.exists()


def test_a_decision_pages_other_fields_end_the_imported_minutes(tmp_path):
    meeting = factories.MeetingFactory()
    page = tmp_path / "decision.txt"
    page.write_text(
        "Decision details\n\nLeisure Contract\n\nDecision Maker: Cabinet\n\n"
        "Purpose:\nTo extend the contract.\n\nDecision:\nThat the contract be extended.\n\n"
        "Reasons for the decision:\nTo allow time to retender.\n\n"
        "Publication date: 02/02/2024\n\nEffective from: 09/02/2024\n",
        encoding="utf-8",
    )

    run(page, "--meeting", meeting.pk)

    item = meeting.items.get()
    assert item.description == "<p>To extend the contract.</p>"
    assert item.reason_for_decision == "<p>To allow time to retender.</p>"
    assert [r.text for r in item.resolutions.all()] == ["That the contract be extended."]
    assert item.minutes == (
        "<p>Decision Maker: Cabinet</p><p>Publication date: 02/02/2024</p><p>Effective from: 09/02/2024</p>"
    )


UNTITLED_DECISION_PAGE = (
    "Decision Maker: Cabinet\n\nIs Key decision?: No\n\nPurpose:\nTo renew the bus shelter contract.\n\n"
    "Decision:\nThat the contract be renewed.\n"
)


def test_a_page_without_its_title_is_shown_by_a_dry_run_but_not_saved(tmp_path):
    meeting = factories.MeetingFactory()
    page = tmp_path / "untitled.txt"
    page.write_text(UNTITLED_DECISION_PAGE, encoding="utf-8")

    out, _ = run(page, "--dry-run", "--json")
    (record,) = json.loads(out)
    assert (record["title"], record["description"]) == ("", "To renew the bus shelter contract.")

    err = StringIO()
    with pytest.raises(CommandError, match=r"^1 of 2 files could not be read. The other one was saved.$"):
        call_command("import_minutes", str(page), str(SEEDS[0]), "--meeting", str(meeting.pk),
                     stdout=StringIO(), stderr=err)
    assert err.getvalue().startswith(f"{page}: The page was read, but its title was lost in copying")
    assert [item.title for item in meeting.items.all()] == [TITLES[0]]


def test_a_missing_file_is_reported_and_the_others_saved(tmp_path):
    meeting = factories.MeetingFactory()
    err = StringIO()

    with pytest.raises(CommandError, match="1 of 2 files could not be read"):
        call_command("import_minutes", str(SEEDS[0]), str(tmp_path / "nope.txt"),
                     "--meeting", str(meeting.pk), stdout=StringIO(), stderr=err)

    assert "nope.txt: No such file or directory" in err.getvalue()
    assert [item.title for item in AgendaItem.objects.all()] == [TITLES[0]]


def test_old_windows_exports_and_byte_order_marks_are_read(tmp_path):
    text = SEEDS[0].read_text(encoding="utf-8").replace("Independent Visitors Service", "Children’s café review")
    windows = tmp_path / "windows.txt"
    windows.write_bytes(text.encode("cp1252"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(text.encode("utf-8-sig"))

    out, _ = run(windows, bom, "--dry-run", "--json")

    assert [record["title"] for record in json.loads(out)] == ["Children’s café review"] * 2


def test_an_unknown_meeting_is_refused():
    with pytest.raises(CommandError, match="No meeting with id 999999"):
        run(SEEDS[0], "--meeting", 999999)


def test_a_meeting_or_a_dry_run_is_required():
    with pytest.raises(CommandError, match="--meeting"):
        run(SEEDS[0])


def test_importing_into_approved_minutes_is_refused_with_the_reason(clerk):
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting)
    later = factories.MeetingFactory(committee=meeting.committee, start=timezone.now() - timedelta(hours=1))
    services.publish_draft_minutes(meeting=meeting, user=clerk)
    services.approve_minutes(meeting=meeting, approving_meeting=later, user=clerk)

    with pytest.raises(CommandError, match="approved as a correct record"):
        run(SEEDS[0], "--meeting", meeting.pk)
    assert meeting.items.count() == 1


def test_a_page_copied_from_its_minutes_heading_is_named_untitled_and_the_batch_saves_the_rest(tmp_path):
    meeting = factories.MeetingFactory()
    untitled = tmp_path / "from-minutes.txt"
    untitled.write_text(
        "Minutes:\nDecisions:\n1. That the report be noted.\n2. That the grants be awarded.\n"
        "Reason for Decisions:\nTo support the village halls.\n",
        encoding="utf-8",
    )
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear all, the meeting is moved to Tuesday.", encoding="utf-8")
    err = StringIO()

    with pytest.raises(CommandError, match=r"^2 of 4 files could not be read. The other 2 were saved.$"):
        call_command("import_minutes", str(SEEDS[0]), str(untitled), str(letter), str(SEEDS[1]),
                     "--meeting", str(meeting.pk), stdout=StringIO(), stderr=err)

    errors = err.getvalue().splitlines()
    assert errors[0].startswith(f"{letter}: This does not look like a ModernGov agenda item")
    assert errors[1].startswith(f"{untitled}: The page was read, but its title was lost in copying")
    assert [item.title for item in meeting.items.order_by("order")] == [TITLES[0], TITLES[1]]
