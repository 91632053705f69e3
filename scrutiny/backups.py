"""
Backups of the whole site, the database and the uploaded papers, and their
restoring onto an empty database.

A backup is a folder:

    manifest.json       the format, when it was made, the migrations applied,
                        the database engine, and each file's size and SHA-256
    database.dump       PostgreSQL (pg_dump --format=custom), or
    database.sqlite3    SQLite (a copy made with the backup API)
    media/...           every file under MEDIA_ROOT

It is written into a hidden folder beside its destination and renamed into
place only when complete, so a failed backup leaves nothing half made. A
restore checks every file against the manifest before it changes anything.
The folder holds exempt papers and password hashes: it is as confidential
as the server, and is made readable by its owner only.
"""

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import django
from django.conf import settings
from django.utils import timezone

from agenda.models import SupportingDocument

from . import backup_databases as databases
from .backup_databases import BackupError

FORMAT = "scrutiny-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA = "media"
CHUNK = 1024 * 1024


class BackupCheckFailed(BackupError):
    """The backup does not match its manifest; ``problems`` lists how."""

    def __init__(self, problems):
        self.problems = problems
        listed = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"The backup does not match its manifest, so nothing was restored:\n{listed}")


@dataclass
class BackupResult:
    path: Path
    database: str
    database_bytes: int
    media_files: int
    media_bytes: int
    skipped: list = field(default_factory=list)  # links in MEDIA_ROOT, not followed
    missing_papers: list = field(default_factory=list)  # files rows name but MEDIA_ROOT lacks


@dataclass
class RestoreResult:
    database: str
    checked_files: int
    media_files: int
    media_bytes: int
    record_counts: dict
    created_at: str
    needs_migrate: bool


# --- Backing up ----------------------------------------------------------------------


def make_backup(destination, *, using="default"):
    """Back up the database ``using`` and MEDIA_ROOT into the new folder ``destination``."""
    destination = Path(destination).absolute()
    media_root = Path(settings.MEDIA_ROOT).absolute()
    _check_destination(destination, media_root)
    database = databases.for_alias(using)
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.incomplete-", dir=destination.parent))
    try:
        database.dump(staging / database.file_name)
        copied, skipped = _copy_media(media_root, staging / MEDIA)
        files = [_describe(staging, staging / database.file_name), *copied]
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(),
            "app": {
                "django_version": django.get_version(),
                "migrations": databases.applied_migrations(using),
            },
            "database": {"engine": database.engine, "file": database.file_name},
            "files": files,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        if destination.exists():
            destination.rmdir()  # checked empty above
        staging.rename(destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    media_names = {entry["path"][len(MEDIA) + 1 :] for entry in copied}
    referenced = SupportingDocument.objects.using(using).exclude(file="").values_list("file", flat=True)
    return BackupResult(
        path=destination,
        database=database.describe(),
        database_bytes=files[0]["size"],
        media_files=len(copied),
        media_bytes=sum(entry["size"] for entry in copied),
        skipped=skipped,
        missing_papers=sorted(set(referenced) - media_names),
    )


def _check_destination(destination, media_root):
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise BackupError(
            f"{destination} already exists and is not empty. "
            "Give a new folder (or an empty one) for each backup."
        )
    if destination == media_root or media_root in destination.parents:
        raise BackupError(f"{destination} is inside MEDIA_ROOT ({media_root}): choose a folder outside it.")


def _copy_media(media_root, target):
    """Copy every plain file under MEDIA_ROOT; symbolic links are listed, never followed."""
    copied, skipped = [], []
    target.mkdir()
    if not media_root.is_dir():
        return copied, skipped
    for directory, subdirectories, files in os.walk(media_root, followlinks=False):
        subdirectories.sort()
        for entry in sorted([*subdirectories, *files]):
            source = Path(directory, entry)
            if source.is_symlink():
                skipped.append(source.relative_to(media_root).as_posix())
                continue
            if entry in subdirectories:
                continue
            relative = source.relative_to(media_root)
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            digest, size = _copy_file(source, destination)
            shutil.copystat(source, destination)
            path = (PurePosixPath(MEDIA) / relative.as_posix()).as_posix()
            copied.append({"path": path, "size": size, "sha256": digest})
    return copied, skipped


def _copy_file(source, destination):
    """Copy a file and return its SHA-256 and size, read once."""
    digest, size = hashlib.sha256(), 0
    with open(source, "rb") as reader, open(destination, "xb") as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            writer.write(chunk)
    return digest.hexdigest(), size


def _describe(root, path):
    digest, size = _hash_file(path)
    return {"path": path.relative_to(root).as_posix(), "size": size, "sha256": digest}


def _hash_file(path):
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as reader:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


# --- Checking ------------------------------------------------------------------------


def check_backup(source):
    """
    Read the manifest and check every file against it. Returns the manifest
    and a list of problems, each a sentence; an empty list means all is well.
    """
    source = Path(source).absolute()
    if not source.is_dir():
        return None, [f"{source} is not a folder."]
    try:
        manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, [f"There is no {MANIFEST} in {source}: it is not a Scrutiny backup."]
    except (OSError, ValueError) as exc:
        return None, [f"{MANIFEST} cannot be read: {exc}"]
    problems = _manifest_problems(manifest)
    if problems:
        return None, problems
    listed = set()
    for entry in manifest["files"]:
        relative = entry["path"]
        listed.add(relative)
        path = source / relative
        if path.is_symlink():
            problems.append(f"{relative} is a symbolic link.")
        elif not path.is_file():
            problems.append(f"{relative} is missing.")
        else:
            digest, size = _hash_file(path)
            if size != entry["size"]:
                problems.append(f"{relative} has {size} bytes, not the {entry['size']} recorded.")
            elif digest != entry["sha256"]:
                problems.append(f"{relative} has changed: its SHA-256 is not the one recorded.")
    if manifest["database"]["file"] not in listed:
        problems.append(f"The database file {manifest['database']['file']} is not listed in the manifest.")
    for directory, subdirectories, files in os.walk(source, followlinks=False):
        for entry in [*files, *(d for d in subdirectories if Path(directory, d).is_symlink())]:
            relative = Path(directory, entry).relative_to(source).as_posix()
            if relative != MANIFEST and relative not in listed:
                problems.append(f"{relative} is not in the manifest.")
    return manifest, problems


def _manifest_problems(manifest):
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return [f"{MANIFEST} is not the manifest of a Scrutiny backup."]
    if manifest.get("format_version") != FORMAT_VERSION:
        return [
            f"The backup's format version is {manifest.get('format_version')!r}; "
            f"this version of Scrutiny restores version {FORMAT_VERSION}."
        ]
    if not _is_complete(manifest):
        return [f"{MANIFEST} is incomplete or damaged."]
    problems = []
    for entry in manifest["files"]:
        parts = PurePosixPath(entry["path"]).parts
        if not parts or entry["path"].startswith("/") or ".." in parts:
            problems.append(f"The manifest names {entry['path']!r}, which is not a path inside the backup.")
    return problems


def _is_complete(manifest):
    try:
        return (
            isinstance(manifest["created_at"], str)
            and isinstance(manifest["database"]["engine"], str)
            and isinstance(manifest["database"]["file"], str)
            and isinstance(manifest["app"]["migrations"], dict)
            and all(
                isinstance(entry["path"], str)
                and isinstance(entry["size"], int)
                and isinstance(entry["sha256"], str)
                for entry in manifest["files"]
            )
        )
    except (KeyError, TypeError):
        return False


# --- Restoring -----------------------------------------------------------------------


def restore_backup(source, *, using="default", force=False):
    """
    Restore the backup in ``source`` into the database ``using`` and
    MEDIA_ROOT. Nothing is changed unless every file matches the manifest,
    the backup's engine is the database's, this code knows every migration
    the backup has, and the database holds no records (unless ``force``).
    """
    source = Path(source).absolute()
    manifest, problems = check_backup(source)
    if problems:
        raise BackupCheckFailed(problems)
    database = databases.for_alias(using)
    if manifest["database"]["engine"] != database.engine:
        raise BackupError(
            f"This backup holds a {manifest['database']['engine']} database, "
            f"and the database “{using}” is {database.label}: restore it onto the same engine."
        )
    unknown = databases.unknown_migrations(manifest["app"]["migrations"])
    if unknown:
        raise BackupError(
            "The backup was made by a newer version of Scrutiny, with migrations this version does "
            f"not have ({', '.join(unknown)}). Install that version or a later one, then restore."
        )
    existing = databases.record_counts(using)
    # A database just made by `migrate` may have an administrator already;
    # users alone do not make it hold a record.
    existing.pop("users", None)
    if existing and not force:
        held = ", ".join(f"{count} {name}" for name, count in existing.items())
        raise BackupError(
            f"The {database.describe()} is not empty (it holds {held}). Restore onto an empty "
            "database, or use --force to replace everything in it with the backup."
        )

    media_entries = [entry for entry in manifest["files"] if entry["path"].startswith(f"{MEDIA}/")]
    media_root = Path(settings.MEDIA_ROOT).absolute()
    media_root.mkdir(parents=True, exist_ok=True)
    # Staged inside MEDIA_ROOT, so that moving each file into place is a
    # rename on the same file system (MEDIA_ROOT is often a volume of its own).
    staging = Path(tempfile.mkdtemp(prefix=".restoring-", dir=media_root))
    try:
        _stage_media(source, media_entries, staging)
        database.restore(source / manifest["database"]["file"])
        for entry in media_entries:
            relative = entry["path"][len(MEDIA) + 1 :]
            target = media_root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / relative, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(
        database=database.describe(),
        checked_files=len(manifest["files"]),
        media_files=len(media_entries),
        media_bytes=sum(entry["size"] for entry in media_entries),
        record_counts=databases.record_counts(using),
        created_at=manifest["created_at"],
        needs_migrate=databases.has_unapplied_migrations(using),
    )


def _stage_media(source, entries, staging):
    """Copy the backup's files into ``staging``, checking each again as it is read."""
    for entry in entries:
        relative = entry["path"][len(MEDIA) + 1 :]
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        digest, _size = _copy_file(source / entry["path"], target)
        if digest != entry["sha256"]:
            raise BackupCheckFailed([f"{entry['path']} changed while it was being restored."])
        shutil.copystat(source / entry["path"], target)
