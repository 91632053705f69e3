"""
``export_record`` writes the whole public record as files with a checked
manifest; ``import_record`` reads it back into an empty database exactly:
exporting again gives the same files.
"""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from agenda.models import AgendaItem, SupportingDocument
from meetings.models import Committee, Meeting, Membership, Person
from tests import factories

pytestmark = pytest.mark.django_db


def empty_the_database():
    from django.apps import apps

    for label in ("recommendations.Recommendation", "recommendations.Action", "recommendations.WorkProgrammeEntry"):
        apps.get_model(label).objects.all().delete()
    Meeting.objects.update(minutes_approved_at_meeting=None, minutes_status=Meeting.MinutesStatus.NONE)
    Meeting.objects.all().delete()
    Membership.objects.all().delete()
    Person.objects.all().delete()
    Committee.objects.update(parent=None)
    Committee.objects.all().delete()


def files_of(folder: Path):
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name == "manifest.json":
                manifest = json.loads(data)
                del manifest["exported_at"]
                data = json.dumps(manifest, sort_keys=True).encode()
            found[str(path.relative_to(folder))] = data
    return found


@pytest.fixture
def council(db):
    call_command("load_demo", stdout=io.StringIO())
    items = AgendaItem.objects.published().order_by("pk")
    factories.DocumentFactory(item=items.first(), title="Fostering report", file__data=b"%PDF-1.4 fostering")
    factories.DocumentFactory(item=items.first(), title="Provider prices", is_exempt=True,
                              file__data=b"%PDF-1.4 SECRETPRICES")
    draft = factories.MeetingFactory(announced_at=None, agenda_published_at=None, venue="SECRETVENUE")
    factories.AgendaItemFactory(meeting=draft, title="SECRETTITLE", published_at=None)


def test_export_then_import_into_an_empty_database_gives_the_same_record(council, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    call_command("export_record", str(first), stdout=io.StringIO())
    exported = files_of(first)
    assert json.loads((first / "meetings.jsonl").read_text().splitlines()[0])["id"]
    empty_the_database()
    call_command("import_record", str(first), stdout=io.StringIO())
    call_command("export_record", str(second), stdout=io.StringIO())
    assert files_of(second) == exported
    # New records are numbered after the imported ones.
    highest = max(Meeting.objects.values_list("pk", flat=True))
    assert factories.MeetingFactory(committee=Committee.objects.first()).pk > highest
    imported = SupportingDocument.objects.get(title="Fostering report")
    assert imported.file.read() == b"%PDF-1.4 fostering"


def test_export_holds_only_what_the_public_sees(council, tmp_path):
    call_command("export_record", str(tmp_path / "out"), stdout=io.StringIO())
    everything = b"".join(files_of(tmp_path / "out").values())
    for secret in (b"SECRETPRICES", b"Provider prices", b"SECRETVENUE", b"SECRETTITLE", b"password", b"email"):
        assert secret not in everything


def test_manifest_counts_and_checksums_every_file(council, tmp_path):
    call_command("export_record", str(tmp_path / "out"), stdout=io.StringIO())
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["files"]["committees.jsonl"]["rows"] == Committee.objects.count()
    assert any(name.startswith("documents/") for name in manifest["files"])


def test_a_changed_file_is_refused_before_anything_is_written(council, tmp_path):
    call_command("export_record", str(tmp_path / "out"), stdout=io.StringIO())
    with open(tmp_path / "out" / "items.jsonl", "a") as handle:
        handle.write("\n")
    empty_the_database()
    with pytest.raises(CommandError, match="items.jsonl has changed"):
        call_command("import_record", str(tmp_path / "out"), stdout=io.StringIO())
    assert not Committee.objects.exists()


def test_import_refuses_a_database_that_is_not_empty(council, tmp_path):
    call_command("export_record", str(tmp_path / "out"), stdout=io.StringIO())
    with pytest.raises(CommandError, match="empty database"):
        call_command("import_record", str(tmp_path / "out"), stdout=io.StringIO())


def test_export_refuses_a_folder_with_files_in_it(council, tmp_path):
    (tmp_path / "notes.txt").write_text("keep me")
    with pytest.raises(CommandError, match="not empty"):
        call_command("export_record", str(tmp_path), stdout=io.StringIO())
    assert (tmp_path / "notes.txt").read_text() == "keep me"


@pytest.mark.parametrize("manifest", ["", "{}", '{"format": "other"}', "[1, 2]"])
def test_a_folder_that_is_not_a_record_gets_a_clear_message(db, tmp_path, manifest):
    if manifest:
        (tmp_path / "manifest.json").write_text(manifest)
    with pytest.raises(CommandError, match="manifest.json|not an exported record"):
        call_command("import_record", str(tmp_path), stdout=io.StringIO())
