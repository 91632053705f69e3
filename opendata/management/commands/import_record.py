from django.core.management.base import BaseCommand, CommandError

from opendata.loading import import_record
from opendata.record import RecordError


class Command(BaseCommand):
    help = (
        "Read a public record written by export_record into an empty database, after checking "
        "every file against the manifest's checksums. Example: python manage.py import_record /srv/exports/2026-12-03"
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR")

    def handle(self, *args, folder, **options):
        try:
            written = import_record(folder, progress=lambda name, rows: self.stdout.write(f"{name}: {rows} rows"))
        except RecordError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(f"Imported {sum(written.values())} records from {folder}."))
