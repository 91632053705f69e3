from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat

from scrutiny.backups import BackupError, make_backup


class Command(BaseCommand):
    help = (
        "Back up the database and every uploaded file into a new folder, with a manifest of "
        "SHA-256 checksums. The folder must not exist yet (or be empty); a backup that fails "
        "leaves nothing behind. Copy the folder off this machine afterwards. "
        "Example: manage.py backup /var/backups/scrutiny/2026-03-02"
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", help="The new folder to write the backup into.")
        parser.add_argument(
            "--database", default="default", help="The database to back up (an alias in settings.DATABASES)."
        )

    def handle(self, *args, directory, database, **options):
        try:
            result = make_backup(directory, using=database)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Backed up the {result.database} ({filesizeformat(result.database_bytes)}).")
        self.stdout.write(
            f"Backed up {result.media_files} uploaded file{'s' if result.media_files != 1 else ''} "
            f"({filesizeformat(result.media_bytes)})."
        )
        for name in result.skipped:
            self.stdout.write(f"Left out {name}: it is a symbolic link.")
        if result.missing_papers:
            self.stdout.write(
                f"{len(result.missing_papers)} document(s) name a file that is not in MEDIA_ROOT "
                "(they will show as not uploaded):"
            )
            for name in result.missing_papers:
                self.stdout.write(f"  {name}")
        self.stdout.write(self.style.SUCCESS(f"Backup written to {result.path}"))
