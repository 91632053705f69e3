from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat

from scrutiny.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a folder made by `manage.py backup` into the database and MEDIA_ROOT. Every file "
        "is checked against the manifest first; if any does not match, nothing is changed. The "
        "database must hold no records unless --force is given, which replaces them. "
        "Example: manage.py restore /var/backups/scrutiny/2026-03-02"
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", help="A folder made by `manage.py backup`.")
        parser.add_argument(
            "--database",
            default="default",
            help="The database to restore into (an alias in settings.DATABASES).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Restore even into a database that holds records, replacing them.",
        )

    def handle(self, *args, directory, database, force, **options):
        try:
            result = restore_backup(directory, using=database, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Checked {result.checked_files} files against the manifest: all match.")
        self.stdout.write(f"Restored the {result.database} from the backup made at {result.created_at}.")
        self.stdout.write(
            f"Restored {result.media_files} uploaded file{'s' if result.media_files != 1 else ''} "
            f"({filesizeformat(result.media_bytes)})."
        )
        if result.record_counts:
            held = ", ".join(f"{count} {name}" for name, count in result.record_counts.items())
            self.stdout.write(f"The database now holds {held}.")
        if result.needs_migrate:
            self.stdout.write(
                self.style.WARNING(
                    "The backup was made by an older version of Scrutiny: run `manage.py migrate` now."
                )
            )
        self.stdout.write(self.style.SUCCESS("Restore complete."))
