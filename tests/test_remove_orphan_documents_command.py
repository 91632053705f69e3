"""
`manage.py remove_orphan_documents` lists, and with --delete removes, files
in the documents folder that no document names: never a file still in use,
never one being uploaded, never anything through a symbolic link.
"""

import io
import os
from datetime import datetime, timezone

import pytest
import time_machine
from django.core.management import CommandError, call_command

from tests import factories

pytestmark = pytest.mark.django_db

# The clock stands still at NOW while each test runs, so a file's age is
# exactly what the test gave it, however slowly the machine runs.
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc).timestamp()
AN_HOUR_AGO = NOW - 3600


@pytest.fixture(autouse=True)
def still_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def run(*args):
    out = io.StringIO()
    call_command("remove_orphan_documents", *args, stdout=out)
    return out.getvalue()


def left_behind(settings, name, data=b"%PDF-1.4 confidential draft", age=AN_HOUR_AGO):
    path = settings.MEDIA_ROOT / "documents" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (age, age))
    return path


def test_dry_run_is_the_default_and_lists_orphans_without_removing_them(settings):
    document = factories.DocumentFactory()
    orphan = left_behind(settings, "0a1b2c.pdf")

    output = run()

    assert "documents/0a1b2c.pdf" in output
    assert document.file.name not in output
    assert "Dry run" in output
    assert "1 file" in output
    assert orphan.exists()


def test_delete_removes_orphans_and_keeps_documents_files(settings):
    document = factories.DocumentFactory()
    path = settings.MEDIA_ROOT / document.file.name
    os.utime(path, (AN_HOUR_AGO, AN_HOUR_AGO))
    orphans = [left_behind(settings, "0a1b2c.pdf"), left_behind(settings, "old/3d4e5f.docx")]

    output = run("--delete")

    assert "Removed documents/0a1b2c.pdf" in output
    assert "Removed documents/old/3d4e5f.docx" in output
    assert not any(orphan.exists() for orphan in orphans)
    assert path.exists()


def test_running_twice_is_safe(settings):
    left_behind(settings, "0a1b2c.pdf")
    run("--delete")

    output = run("--delete")

    assert "No orphaned document files" in output


def test_a_file_being_uploaded_is_left_alone(settings):
    fresh = left_behind(settings, "uploading.pdf", age=NOW - 60)

    output = run("--delete")

    assert fresh.exists()
    assert "documents/uploading.pdf" in output
    assert "Removed documents/uploading.pdf" not in output


def test_the_age_limit_can_be_set(settings):
    recent = left_behind(settings, "recent.pdf", age=NOW - 120)

    run("--delete", "--min-age", "1")

    assert not recent.exists()


def test_symbolic_links_are_never_followed_or_removed(settings, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.pdf"
    secret.write_bytes(b"not the council's")
    os.utime(secret, (AN_HOUR_AGO, AN_HOUR_AGO))
    folder = settings.MEDIA_ROOT / "documents"
    folder.mkdir(parents=True)
    (folder / "link.pdf").symlink_to(secret)
    (folder / "linked-folder").symlink_to(outside, target_is_directory=True)

    output = run("--delete")

    assert secret.exists()
    assert (folder / "link.pdf").is_symlink()
    assert "secret.pdf" not in output
    assert "Removed" not in output


def test_a_documents_folder_that_is_a_link_is_refused(settings, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.pdf"
    secret.write_bytes(b"not the council's")
    os.utime(secret, (AN_HOUR_AGO, AN_HOUR_AGO))
    settings.MEDIA_ROOT.mkdir(parents=True)
    (settings.MEDIA_ROOT / "documents").symlink_to(outside, target_is_directory=True)

    output = run("--delete")

    assert secret.exists()
    assert "symbolic link" in output


def test_files_outside_the_documents_folder_are_not_touched(settings):
    other = settings.MEDIA_ROOT / "elsewhere" / "keep.pdf"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"kept")
    os.utime(other, (AN_HOUR_AGO, AN_HOUR_AGO))

    run("--delete")

    assert other.exists()


def test_no_documents_folder_is_nothing_to_do(settings):
    assert "No orphaned document files" in run()


def test_dry_run_and_delete_together_are_refused():
    with pytest.raises(CommandError):
        run("--dry-run", "--delete")
