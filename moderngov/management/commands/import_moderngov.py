import sys
from contextlib import nullcontext
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from moderngov.source import SourceError, open_source
from moderngov.writer import ImportAborted, Importer


def day(text):
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{text!r} is not a date: write it as YYYY-MM-DD, for example 2024-05-01.") from None


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Import committees, meetings, agenda items, decisions, papers and attendance from a council's "
        "ModernGov site, or from a folder of its saved web service responses. Safe to run again: "
        "records left as imported are updated, records edited here are reported and kept. "
        "Examples: manage.py import_moderngov https://democracy.example.gov.uk --from 2020-01-01 "
        "--save-to ./saved ; manage.py import_moderngov ./saved --committee 132 --dry-run"
    )

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="SOURCE",
                            help="The site's address (https://democracy.example.gov.uk) or a folder of saved responses.")
        parser.add_argument("--committee", action="append", default=[], metavar="ID",
                            help="Import this ModernGov committee only (repeatable).")
        parser.add_argument("--from", dest="date_from", type=day, metavar="YYYY-MM-DD",
                            help="Meetings on or after this day.")
        parser.add_argument("--to", dest="date_to", type=day, metavar="YYYY-MM-DD",
                            help="Meetings on or before this day.")
        parser.add_argument("--dry-run", action="store_true", help="Read and report; save nothing.")
        parser.add_argument("--documents", action="store_true",
                            help="Download each paper and extract its text, as an upload does.")
        parser.add_argument("--overwrite", action="store_true",
                            help="Replace records edited here since the last import.")
        parser.add_argument("--save-to", metavar="DIR",
                            help="Keep every response fetched from the site in DIR, to import from later.")

    def handle(self, *args, source, committee, date_from, date_to, dry_run, documents, overwrite,
               save_to, **options):
        if date_from and date_to and date_from > date_to:
            raise CommandError("--from must be on or before --to.")
        try:
            origin = open_source(source, save_to=save_to)
        except SourceError as exc:
            raise CommandError(str(exc)) from None
        quiet = options.get("verbosity", 1) == 0 or not sys.stderr.isatty()

        def progress(iterable, total):
            return tqdm(iterable, total=total, unit="meeting", file=sys.stderr, disable=quiet)

        importer = Importer(origin, committee_ids=committee, date_from=date_from, date_to=date_to,
                            overwrite=overwrite, fetch_documents=documents and not dry_run,
                            progress=progress)
        try:
            # A dry run saves as a real one would, then rolls it all back;
            # a real run commits each meeting as it goes.
            with transaction.atomic() if dry_run else nullcontext():
                report = importer.run()
                if dry_run:
                    raise _Rollback
        except _Rollback:
            report = importer.report
            report.dry_run = True
        except ImportAborted as exc:
            raise CommandError(f"{exc}. Nothing was imported.") from None
        if options.get("verbosity", 1):
            self.stdout.write("\n".join(report.lines()))
        if report.failures:
            self.stderr.write(f"{len(report.failures)} response(s) could not be imported; see above.")
        return None
