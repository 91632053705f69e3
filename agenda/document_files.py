"""
Keeping the stored files of supporting documents in step with their rows.

A paper's file goes when its row goes, once the deletion is committed, so a
rolled-back deletion keeps it; the same for a file replaced by another. The
audit history keeps the old rows (with the file's name) but never the file:
confidential drafts must not outlive their record. Files left behind anyway
(an upload whose transaction failed, a server stopped between commit and
removal) are found by ``find_orphan_files``.
"""

import logging
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction

from .models import DOCUMENTS_FOLDER, SupportingDocument

logger = logging.getLogger(__name__)

# An upload writes its file before its row is committed: a file younger than
# this may belong to an upload still in progress.
ORPHAN_MIN_AGE_MINUTES = 10


def remove_file_after_commit(name, *, storage=None, using="default"):
    """Remove a document's stored file once the current transaction commits."""
    if name:
        remove = partial(_remove_unless_used, name, storage or default_storage, using)
        transaction.on_commit(remove, using=using)


def _remove_unless_used(name, storage, using):
    if SupportingDocument.objects.using(using).filter(file=name).exists():
        return
    try:
        storage.delete(name)
    except OSError:
        # The row is gone already; the orphan sweep removes the file later.
        logger.warning("Could not remove the stored file %s", name, exc_info=True)


@dataclass(frozen=True)
class OrphanFile:
    name: str  # relative to MEDIA_ROOT, as stored in SupportingDocument.file
    path: Path
    size: int
    modified: datetime


@dataclass
class OrphanSearch:
    orphans: list
    skipped: list  # (name, reason) for what was seen but will never be touched


def find_orphan_files(*, min_age_minutes=ORPHAN_MIN_AGE_MINUTES, using="default"):
    """
    Files in the documents folder under MEDIA_ROOT that no document row
    names, older than ``min_age_minutes``. Symbolic links are never
    followed, listed or removed, and nothing outside MEDIA_ROOT is looked at.
    """
    root = Path(settings.MEDIA_ROOT).resolve()
    folder = root / DOCUMENTS_FOLDER
    search = OrphanSearch(orphans=[], skipped=[])
    if folder.is_symlink():
        search.skipped.append((DOCUMENTS_FOLDER, "is a symbolic link"))
        return search
    if not folder.is_dir():
        return search
    referenced = set(
        SupportingDocument.objects.using(using).exclude(file="").values_list("file", flat=True)
    )
    newest = time.time() - min_age_minutes * 60
    for directory, subdirectories, files in os.walk(folder, followlinks=False):
        for entry in sorted(subdirectories):
            if os.path.islink(os.path.join(directory, entry)):
                search.skipped.append((_name(root, Path(directory, entry)), "is a symbolic link"))
        subdirectories.sort()
        for entry in sorted(files):
            path = Path(directory, entry)
            name = _name(root, path)
            if path.is_symlink():
                search.skipped.append((name, "is a symbolic link"))
                continue
            if name in referenced:
                continue
            stat = path.lstat()
            if stat.st_mtime > newest:
                search.skipped.append((name, f"changed in the last {min_age_minutes} minutes"))
                continue
            modified = datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc)
            search.orphans.append(OrphanFile(name=name, path=path, size=stat.st_size, modified=modified))
    return search


def remove_orphan_file(orphan, *, using="default"):
    """
    Remove one file found by ``find_orphan_files``, checking again that no
    row has come to name it and that it is still a plain file. Returns
    whether it was removed.
    """
    if SupportingDocument.objects.using(using).filter(file=orphan.name).exists():
        return False
    if orphan.path.is_symlink() or not orphan.path.is_file():
        return False
    orphan.path.unlink(missing_ok=True)
    return True


def _name(root, path):
    return path.relative_to(root).as_posix()
