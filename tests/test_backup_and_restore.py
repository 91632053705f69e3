"""
`manage.py backup DIR` keeps the database and every uploaded file with a
manifest of checksums; `manage.py restore DIR` brings them back, byte for
byte and record for record, onto an empty database, and refuses (changing
nothing) a backup that does not match its manifest or a database that
already holds records.

The restore is made into a second, empty database created for the test (an
SQLite file, or a PostgreSQL database beside the test database) and
reached through an extra alias, as a new server's database would be.
"""

import copy
import hashlib
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connections
from django.db.utils import load_backend
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from docx import Document as WordDocument

from agenda import services
from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Committee
from scrutiny import backup_databases
from tests import factories

# The commands run pg_dump and pg_restore, which see only committed data.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TARGET = "restore_target"


def add_database(alias, settings_dict):
    """
    Reach another database through ``alias`` for this test only. The
    connection is made here rather than declared in settings, as the test
    framework refuses connections to declared databases a test does not use.
    """
    connections[alias] = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias)


def remove_database(alias):
    connections[alias].close()
    del connections[alias]


@pytest.fixture
def empty_database(tmp_path):
    """A new, empty database of the test database's engine, as the alias TARGET."""
    default = connections["default"]
    target = copy.deepcopy(default.settings_dict)
    if default.vendor == "postgresql":
        target["NAME"] = f"{default.settings_dict['NAME']}_restored"
        with default.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{target["NAME"]}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{target["NAME"]}"')
    else:
        target["NAME"] = str(tmp_path / "restored.sqlite3")
    add_database(TARGET, target)
    yield TARGET
    remove_database(TARGET)
    if default.vendor == "postgresql":
        with default.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{target["NAME"]}" WITH (FORCE)')


def word_document(text):
    document = WordDocument()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def a_council_record():
    """Two committees' business as a clerk leaves it: published, minuted, approved and corrected."""
    clerk = factories.ClerkFactory(first_name="Chris", last_name="Clerk")
    factories.CouncillorUserFactory(first_name="Casey", last_name="Councillor")
    now = timezone.now()
    committee = factories.CommitteeFactory(name="Children and Young People Scrutiny Committee")
    panel = factories.CommitteeFactory(name="Budget Scrutiny Panel", kind=Committee.Kind.SCRUTINY_PANEL)
    people = [factories.PersonFactory() for _ in range(4)]
    for person in people:
        factories.MembershipFactory(person=person, committee=committee)
    factories.MembershipFactory(person=people[0], committee=panel)

    held = factories.MeetingFactory(
        committee=committee, start=now - timedelta(days=40), agenda_published_at=None
    )
    approving = factories.MeetingFactory(committee=committee, start=now - timedelta(days=3))
    factories.MeetingFactory(committee=panel, start=now + timedelta(days=20), agenda_published_at=None)

    fostering = factories.AgendaItemFactory(meeting=held, title="Fostering service review", published_at=None)
    budget = factories.AgendaItemFactory(
        meeting=held,
        title="Residential placement contract",
        is_exempt=True,
        exempt_paragraph=3,
        published_at=None,
        minutes="The Committee considered the tender prices in private.",
    )
    for item in (fostering, budget):
        factories.ResolutionFactory(item=item, text=f"That the report on {item.title} be noted.")
    factories.ResolutionFactory(
        item=fostering, kind=Resolution.Kind.RECOMMENDATION, text="That the Cabinet adopt it."
    )
    factories.DocumentFactory(item=fostering, title="Report", file__data=b"%PDF-1.4\nfostering\n%%EOF\n")
    factories.DocumentFactory(
        item=budget, title="Tender prices", is_exempt=True, file__data=b"%PDF-1.4\nconfidential\n%%EOF\n"
    )
    upload = SimpleUploadedFile("allowances.docx", word_document("Fostering allowances rise by 3%"))
    services.add_document(item=fostering, user=clerk, uploaded_file=upload, title="Allowances")
    for person in people[:3]:
        factories.AttendanceFactory(meeting=held, person=person)
    factories.DeclarationFactory(meeting=held, person=people[1], item=budget)

    services.publish_agenda(meeting=held, user=clerk, late_reason="Entering past business")
    services.publish_decisions(meeting=held, user=clerk)
    services.publish_draft_minutes(meeting=held, user=clerk)
    services.approve_minutes(meeting=held, approving_meeting=approving, user=clerk)
    services.record_correction(
        meeting=held, item=fostering, user=clerk, text="For 3% read 3.5%.", reason="Typing error"
    )


def every_record(alias):
    """Every row of every installed model, field by field, in primary key order."""
    records = {}
    for model in apps.get_models(include_auto_created=True):
        columns = [field.attname for field in model._meta.concrete_fields]
        records[model._meta.label] = list(
            model._base_manager.using(alias).order_by("pk").values_list(*columns)
        )
    return records


def every_file(root):
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()
    }


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def test_restore_onto_an_empty_database_brings_back_every_record_and_file(
    empty_database, settings, tmp_path
):
    a_council_record()
    original_records = every_record("default")
    original_files = every_file(settings.MEDIA_ROOT)
    backup = tmp_path / "backup"

    run("backup", str(backup))
    settings.MEDIA_ROOT = tmp_path / "new-server-media"
    output = run("restore", str(backup), "--database", empty_database)

    restored = every_record(empty_database)
    assert restored == original_records
    assert every_file(settings.MEDIA_ROOT) == original_files
    # The comparison covers the whole record, history and search index included.
    assert len(restored["agenda.SupportingDocument"]) == 3
    assert len(original_files) == 3
    assert len(restored["agenda.HistoricalAgendaItem"]) > 2
    assert len(restored["agenda.MinutesCorrection"]) == 1
    assert len(restored["search.SearchEntry"]) > 5
    assert len(restored["auth.User"]) == 2
    assert restored["auth.User_groups"]
    assert "Restore complete." in output
    assert "3 uploaded files" in output
    assert set(connections[empty_database].introspection.table_names()) == set(
        connections["default"].introspection.table_names()
    )


def test_the_manifest_records_the_format_migrations_engine_and_each_files_checksum(settings, tmp_path):
    factories.DocumentFactory(file__data=b"%PDF-1.4\nmanifest\n%%EOF\n")
    backup = tmp_path / "backup"

    run("backup", str(backup))

    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["format_version"] == 1
    assert manifest["created_at"]
    latest = MigrationRecorder.Migration.objects.filter(app="agenda").order_by("-name").first().name
    assert manifest["app"]["migrations"]["agenda"] == latest
    engine = {"postgresql": "postgresql", "sqlite": "sqlite"}[connections["default"].vendor]
    assert manifest["database"]["engine"] == engine
    database_file = backup / manifest["database"]["file"]
    assert database_file.stat().st_size > 0
    listed = {entry["path"]: entry for entry in manifest["files"]}
    document = SupportingDocument.objects.get()
    assert set(listed) == {manifest["database"]["file"], f"media/{document.file.name}"}
    entry = listed[f"media/{document.file.name}"]
    assert entry["size"] == len(b"%PDF-1.4\nmanifest\n%%EOF\n")
    assert entry["sha256"] == hashlib.sha256(b"%PDF-1.4\nmanifest\n%%EOF\n").hexdigest()
    assert (backup / entry["path"]).read_bytes() == b"%PDF-1.4\nmanifest\n%%EOF\n"


def test_a_tampered_backup_is_refused_and_nothing_changes(empty_database, settings, tmp_path):
    document = factories.DocumentFactory(file__data=b"%PDF-1.4\nthe real report\n%%EOF\n")
    backup = tmp_path / "backup"
    run("backup", str(backup))
    paper = backup / "media" / document.file.name
    paper.write_bytes(b"%PDF-1.4\nthe fake report\n%%EOF\n")
    (backup / "media" / "documents" / "added.pdf").write_bytes(b"slipped in")
    settings.MEDIA_ROOT = tmp_path / "new-server-media"

    with pytest.raises(CommandError) as refused:
        run("restore", str(backup), "--database", empty_database)

    message = str(refused.value)
    assert "nothing was restored" in message
    assert f"media/{document.file.name} has changed" in message
    assert "media/documents/added.pdf is not in the manifest" in message
    assert connections[empty_database].introspection.table_names() == []
    assert not settings.MEDIA_ROOT.exists() or every_file(settings.MEDIA_ROOT) == {}


def test_a_damaged_database_file_is_refused(empty_database, tmp_path):
    factories.AgendaItemFactory()
    backup = tmp_path / "backup"
    run("backup", str(backup))
    manifest = json.loads((backup / "manifest.json").read_text())
    with open(backup / manifest["database"]["file"], "ab") as dump:
        dump.write(b"\0")

    with pytest.raises(CommandError, match=f"{manifest['database']['file']} has .* bytes, not the"):
        run("restore", str(backup), "--database", empty_database)

    assert connections[empty_database].introspection.table_names() == []


def test_restoring_onto_a_database_with_records_is_refused(settings, tmp_path):
    factories.DocumentFactory()
    backup = tmp_path / "backup"
    run("backup", str(backup))
    factories.AgendaItemFactory(title="Added after the backup")
    settings.MEDIA_ROOT = tmp_path / "new-server-media"

    with pytest.raises(CommandError, match="is not empty") as refused:
        run("restore", str(backup))

    assert "--force" in str(refused.value)
    assert AgendaItem.objects.filter(title="Added after the backup").exists()
    assert not settings.MEDIA_ROOT.exists() or every_file(settings.MEDIA_ROOT) == {}


def test_force_replaces_the_records_with_the_backups(settings, tmp_path):
    document = factories.DocumentFactory(file__data=b"%PDF-1.4\nkept\n%%EOF\n")
    backup = tmp_path / "backup"
    run("backup", str(backup))
    factories.AgendaItemFactory(title="Added after the backup")
    (settings.MEDIA_ROOT / document.file.name).write_bytes(b"overwritten")

    run("restore", str(backup), "--force")

    assert not AgendaItem.objects.filter(title="Added after the backup").exists()
    assert SupportingDocument.objects.get().pk == document.pk
    assert (settings.MEDIA_ROOT / document.file.name).read_bytes() == b"%PDF-1.4\nkept\n%%EOF\n"


def test_a_backup_from_a_newer_version_is_refused(empty_database, tmp_path):
    backup = tmp_path / "backup"
    run("backup", str(backup))
    manifest = json.loads((backup / "manifest.json").read_text())
    manifest["app"]["migrations"]["agenda"] = "9999_from_the_future"
    (backup / "manifest.json").write_text(json.dumps(manifest))

    with pytest.raises(CommandError, match="agenda.9999_from_the_future"):
        run("restore", str(backup), "--database", empty_database)

    assert connections[empty_database].introspection.table_names() == []


def test_a_folder_that_is_not_a_backup_is_refused(empty_database, tmp_path):
    (tmp_path / "holiday-photos").mkdir()

    with pytest.raises(CommandError, match="no manifest.json"):
        run("restore", str(tmp_path / "holiday-photos"), "--database", empty_database)


def test_backup_refuses_a_folder_that_is_not_empty(tmp_path):
    backup = tmp_path / "backup"
    backup.mkdir()
    (backup / "notes.txt").write_text("keep me")

    with pytest.raises(CommandError, match="already exists and is not empty"):
        run("backup", str(backup))

    assert [path.name for path in backup.iterdir()] == ["notes.txt"]


def test_backup_refuses_a_folder_inside_media_root(settings):
    with pytest.raises(CommandError, match="inside MEDIA_ROOT"):
        run("backup", str(settings.MEDIA_ROOT / "backup"))

    assert not (settings.MEDIA_ROOT / "backup").exists()


def test_backup_into_an_empty_folder_is_allowed(tmp_path):
    backup = tmp_path / "backup"
    backup.mkdir()

    run("backup", str(backup))

    assert (backup / "manifest.json").exists()


def test_a_failed_backup_leaves_nothing_behind(tmp_path, monkeypatch):
    factories.DocumentFactory()
    folder = tmp_path / "backups"
    folder.mkdir()

    def disk_full(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("scrutiny.backups._copy_file", disk_full)
    with pytest.raises(OSError):
        run("backup", str(folder / "tonight"))

    assert list(folder.iterdir()) == []


def test_the_database_password_is_never_on_pg_dumps_command_line(tmp_path, monkeypatch):
    add_database(
        "pg_elsewhere",
        {
            **copy.deepcopy(connections["default"].settings_dict),
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "council",
            "USER": "scrutiny",
            "PASSWORD": "s3cret-pa55",
            "HOST": "db.internal",
            "PORT": "6543",
            "OPTIONS": {"sslmode": "require"},
        },
    )
    calls = []

    def record(command, env, **kwargs):
        calls.append((command, env))
        return type("Finished", (), {"returncode": 0, "stderr": ""})()

    monkeypatch.setattr("scrutiny.backup_databases.subprocess.run", record)
    try:
        database = backup_databases.for_alias("pg_elsewhere")
        database.dump(tmp_path / "database.dump")
        database.restore(tmp_path / "database.dump")
    finally:
        remove_database("pg_elsewhere")

    (dump, dump_env), (restore, restore_env) = calls
    assert Path(dump[0]).name == "pg_dump" and "--format=custom" in dump
    assert Path(restore[0]).name == "pg_restore"
    assert {"--no-owner", "--clean", "--if-exists", "--dbname=council"} <= set(restore)
    for command, env in calls:
        assert not any("s3cret" in argument for argument in command)
        assert env["PGPASSWORD"] == "s3cret-pa55"
        assert (env["PGHOST"], env["PGPORT"], env["PGUSER"]) == ("db.internal", "6543", "scrutiny")
        assert env["PGSSLMODE"] == "require"

