import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from agenda.importers.moderngov import ParseError, parse_record
from agenda.services import import_records
from meetings.models import Meeting


def read_text(path):
    """
    UTF-8 (with or without a byte order mark), falling back to Windows-1252,
    in which older ModernGov exports were saved.
    """
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


UNTITLED = (
    "The page was read, but its title was lost in copying and an item needs one: add the title as "
    "the file's first line, or paste the page on the meeting's import page and type the title in."
)


class Command(BaseCommand):
    help = (
        "Import ModernGov agenda item or decision records, one per text file, into a meeting as "
        "draft items. Every file is read: the readable ones are saved (in the order given), each "
        "unreadable one is named with the reason on stderr, and the command then fails saying how "
        "many could not be read. Running it twice imports the items again, as new items with the "
        "next free numbers. With --dry-run --json it prints every readable record as a JSON array "
        "(each with a \"file\" key) and saves nothing. A page copied without its title is "
        "read (--dry-run shows it with an empty title) but not saved: it is named like an unreadable file. "
        "Examples: manage.py import_minutes item5.txt item6.txt --meeting 12 ; "
        "manage.py import_minutes items/*.txt --dry-run --json > read.json"
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="Text files, one agenda item each.")
        parser.add_argument("--meeting", type=int, metavar="ID", help="The meeting to add the items to.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Read and check the files; save nothing."
        )
        parser.add_argument(
            "--json",
            action="store_true",
            dest="as_json",
            help="With --dry-run: print what was read from each readable file as a JSON array.",
        )

    def handle(self, *args, files, meeting, dry_run, as_json, **options):
        if meeting is None and not dry_run:
            raise CommandError(
                "Say which meeting to import into with --meeting ID, or use --dry-run to check the files."
            )
        if as_json and not dry_run:
            raise CommandError("--json only goes with --dry-run.")
        target = None
        if meeting is not None:
            target = Meeting.objects.filter(pk=meeting).first()
            if target is None:
                raise CommandError(f"No meeting with id {meeting}")

        read, failures = [], []
        for path in files:
            try:
                read.append((path, parse_record(read_text(path))))
            except ParseError as exc:
                failures.append(f"{path}: {exc}")
            except OSError as exc:
                failures.append(f"{path}: {exc.strerror or exc}")
            except Exception as exc:  # one unexpected file must not stop the others being read
                failures.append(f"{path}: could not be read ({type(exc).__name__}: {exc})")
        if not dry_run:
            # a page copied without its title is read, but an item needs one to be saved
            failures += [f"{path}: {UNTITLED}" for path, record in read if not record.title.strip()]
            read = [(path, record) for path, record in read if record.title.strip()]
        for failure in failures:
            self.stderr.write(failure)

        if dry_run:
            if as_json:
                output = [{"file": str(path), **record.to_dict()} for path, record in read]
                self.stdout.write(json.dumps(output, ensure_ascii=False, indent=2))
            else:
                for path, record in read:
                    self.stdout.write(f"{path}: {record.title} ({len(record.resolutions)} resolutions)")
        elif read:
            try:
                items = import_records(meeting=target, user=None, records=[record for _, record in read])
            except ValidationError as exc:
                raise CommandError(" ".join(exc.messages))
            for item in items:
                self.stdout.write(f"Saved draft item {item.number}: {item.title}")

        if failures:
            outcome = "Nothing was saved." if dry_run or not read else (
                "The other one was saved." if len(read) == 1 else f"The other {len(read)} were saved."
            )
            raise CommandError(f"{len(failures)} of {len(files)} files could not be read. {outcome}")
