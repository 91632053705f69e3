from django.core.management.base import BaseCommand, CommandError

from opendata.record import RecordError, export_record


class Command(BaseCommand):
    help = (
        "Write the whole public record (what an anonymous visitor may see) into a new folder: "
        "JSON Lines files, the papers' files and a manifest with checksums. "
        "Example: python manage.py export_record /srv/exports/2026-12-03"
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR")

    def handle(self, *args, folder, **options):
        try:
            manifest = export_record(folder, progress=lambda name, rows: self.stdout.write(f"{name}: {rows} rows"))
        except RecordError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(f"Exported {len(manifest['files'])} files to {folder}."))
