"""
`manage.py import_minutes` reads every file before saving any: all or
nothing. --dry-run --json shows what was read without saving.
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
from agenda.models import AgendaItem, Resolution
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
    "title", "description", "presenter", "minutes", "preamble",
    "resolutions", "reason_for_decision", "documents",
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


def test_one_bad_file_means_nothing_is_saved(tmp_path):
    meeting = factories.MeetingFactory()
    bad = tmp_path / "letter.txt"
    bad.write_text("Dear all, the meeting is moved to Tuesday.", encoding="utf-8")
    err = StringIO()

    with pytest.raises(CommandError, match="Nothing was saved"):
        call_command("import_minutes", str(SEEDS[0]), str(bad), "--meeting", str(meeting.pk),
                     stdout=StringIO(), stderr=err)

    assert err.getvalue().startswith(f"{bad}: This does not look like a ModernGov agenda item")
    assert not AgendaItem.objects.exists()
    assert not Resolution.objects.exists()


def test_a_missing_file_is_reported_and_nothing_is_saved(tmp_path):
    meeting = factories.MeetingFactory()
    err = StringIO()

    with pytest.raises(CommandError):
        call_command("import_minutes", str(SEEDS[0]), str(tmp_path / "nope.txt"),
                     "--meeting", str(meeting.pk), stdout=StringIO(), stderr=err)

    assert "nope.txt: No such file or directory" in err.getvalue()
    assert not AgendaItem.objects.exists()


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
