from django.core.management.base import BaseCommand
from django.template.defaultfilters import filesizeformat

from agenda.document_files import ORPHAN_MIN_AGE_MINUTES, find_orphan_files, remove_orphan_file


class Command(BaseCommand):
    help = (
        "List the files in MEDIA_ROOT's documents folder that no supporting document names "
        "(left by a failed upload or an interrupted removal), and with --delete remove them. "
        "Files changed in the last few minutes (an upload in progress) and symbolic links are "
        "never touched. Safe to run twice. "
        "Examples: manage.py remove_orphan_documents ; manage.py remove_orphan_documents --delete"
    )

    def add_arguments(self, parser):
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--dry-run", action="store_true", help="List what would be removed (the default).")
        mode.add_argument("--delete", action="store_true", help="Remove the orphaned files.")
        parser.add_argument(
            "--min-age",
            type=int,
            default=ORPHAN_MIN_AGE_MINUTES,
            metavar="MINUTES",
            help=f"Leave files changed more recently than this (default {ORPHAN_MIN_AGE_MINUTES}).",
        )
        parser.add_argument("--database", default="default", help="The database whose documents to check.")

    def handle(self, *args, delete, min_age, database, **options):
        search = find_orphan_files(min_age_minutes=min_age, using=database)
        for name, reason in search.skipped:
            self.stdout.write(f"Left {name}: {reason}.")
        if not search.orphans:
            self.stdout.write("No orphaned document files.")
            return
        removed = total = 0
        for orphan in search.orphans:
            described = (
                f"{orphan.name} ({filesizeformat(orphan.size)}, "
                f"last changed {orphan.modified:%Y-%m-%d %H:%M} UTC)"
            )
            if not delete:
                self.stdout.write(f"Would remove {described}")
            elif remove_orphan_file(orphan, using=database):
                removed += 1
                total += orphan.size
                self.stdout.write(f"Removed {described}")
            else:
                self.stdout.write(f"Kept {orphan.name}: it is in use again.")
        count = len(search.orphans)
        if delete:
            self.stdout.write(f"Removed {removed} file{'s' if removed != 1 else ''} ({filesizeformat(total)}).")
        else:
            self.stdout.write(
                f"Dry run: {count} file{'s' if count != 1 else ''} no document names. "
                "Run with --delete to remove them."
            )
