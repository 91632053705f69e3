import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from agenda.models import AgendaItem
from search import indexing
from search.models import SearchEntry


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the records: every published item, decision and paper. "
        "Searches keep using the old index until the new one is complete."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500, help="Items read at a time (default 500).")
        parser.add_argument(
            "--workers",
            type=int,
            default=indexing.REBUILD_WORKERS,
            help=(
                "On PostgreSQL, items read and written by this many connections at once "
                f"(default {indexing.REBUILD_WORKERS}, this machine's processors, at most 4)."
            ),
        )
        parser.add_argument("--no-progress", action="store_true", help="Do not show the progress bar.")

    def handle(self, *args, batch_size, workers, no_progress, verbosity, **options):
        if workers < 1:
            raise CommandError("--workers must be 1 or more.")
        total = AgendaItem.objects.published().count()

        def stage(text):
            if verbosity:
                tqdm.write(f"{text}…", file=sys.stderr)

        with tqdm(
            total=total,
            unit=" items",
            desc="Indexing",
            file=sys.stderr,
            disable=no_progress or verbosity == 0,
        ) as bar:
            items = indexing.rebuild(batch_size=batch_size, progress=bar.update, stage=stage, workers=workers)
        self.stdout.write(f"Indexed {items} published items: {SearchEntry.objects.count()} entries.")
