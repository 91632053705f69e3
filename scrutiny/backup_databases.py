"""
Copying a database out to a file and back, for ``scrutiny.backups``.

PostgreSQL goes through ``pg_dump --format=custom`` and ``pg_restore``, given
the connection details in ``PG*`` environment variables so the password
never appears on a command line (where ``ps`` would show it). SQLite goes
through its online backup API, which copies a consistent snapshot even while
the site is writing.
"""

import glob
import os
import re
import shutil
import sqlite3
import subprocess
from contextlib import closing

from django.apps import apps
from django.conf import settings
from django.db import connections
from django.utils.connection import ConnectionDoesNotExist
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

# The apps whose tables hold the council's record: a database with rows in
# any of them is not empty.
RECORD_APPS = ["meetings", "agenda"]


class BackupError(Exception):
    """A backup or restore that cannot go ahead, with a message saying why."""


def for_alias(alias):
    try:
        vendor = connections[alias].vendor
    except ConnectionDoesNotExist:
        raise BackupError(f"There is no database called “{alias}” in settings.DATABASES.") from None
    if vendor == "postgresql":
        return PostgresDatabase(alias)
    if vendor == "sqlite":
        return SqliteDatabase(alias)
    raise BackupError(f"Backups are made of PostgreSQL and SQLite databases only, not {vendor}.")


class PostgresDatabase:
    engine = "postgresql"
    label = "PostgreSQL"
    file_name = "database.dump"

    def __init__(self, alias):
        self.alias = alias
        self.settings = connections[alias].settings_dict

    def describe(self):
        return f"PostgreSQL database “{self.settings['NAME']}”"

    def dump(self, path):
        self._run(
            "pg_dump",
            ["--format=custom", "--no-password", f"--file={path}"],
            failure="pg_dump could not back up the database",
        )

    def restore(self, path):
        """
        Restore in one transaction, so a restore that fails part way leaves
        the database as it was. Ownership and grants are left out: the
        restoring user owns what it creates, on a server whose roles may
        differ from the old one's.
        """
        connections[self.alias].close()
        self._run(
            "pg_restore",
            [
                "--no-owner",
                "--no-privileges",
                "--clean",
                "--if-exists",
                "--single-transaction",
                "--no-password",
                f"--dbname={self.settings['NAME']}",
                str(path),
            ],
            failure="pg_restore could not restore the database; it is unchanged",
        )

    def _run(self, program, arguments, *, failure):
        command = [find_program(program), *arguments]
        result = subprocess.run(command, env=self._environment(), capture_output=True, text=True)
        if result.returncode != 0:
            raise BackupError(f"{failure}:\n{result.stderr.strip()}")

    def _environment(self):
        environment = dict(os.environ)
        wanted = {
            "PGDATABASE": self.settings["NAME"],
            "PGHOST": self.settings["HOST"],
            "PGPORT": self.settings["PORT"],
            "PGUSER": self.settings["USER"],
            "PGPASSWORD": self.settings["PASSWORD"],
        }
        options = self.settings.get("OPTIONS", {})
        for option, variable in [
            ("sslmode", "PGSSLMODE"),
            ("sslrootcert", "PGSSLROOTCERT"),
            ("sslcert", "PGSSLCERT"),
            ("sslkey", "PGSSLKEY"),
            ("passfile", "PGPASSFILE"),
            ("service", "PGSERVICE"),
        ]:
            wanted[variable] = options.get(option)
        environment.update({name: str(value) for name, value in wanted.items() if value})
        return environment


class SqliteDatabase:
    engine = "sqlite"
    label = "SQLite"
    file_name = "database.sqlite3"

    def __init__(self, alias):
        self.alias = alias
        self.settings = connections[alias].settings_dict

    def describe(self):
        return f"SQLite database “{self.settings['NAME']}”"

    def dump(self, path):
        with closing(sqlite3.connect(path)) as copy:
            self._connection().backup(copy)

    def restore(self, path):
        """Replace the whole database with the backup's, in one step."""
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as backup:
            backup.backup(self._connection())

    def _connection(self):
        # Django's own connection, so that a database Django keeps in memory
        # (as the tests do) is copied as well as one in a file.
        connection = connections[self.alias]
        if connection.in_atomic_block:
            raise BackupError("A database cannot be backed up or restored inside a transaction.")
        connection.ensure_connection()
        return connection.connection


def find_program(name):
    """``pg_dump`` or ``pg_restore`` on PATH, or the newest under /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    if not candidates:
        raise BackupError(
            f"{name} was not found on PATH or in /usr/lib/postgresql/*/bin: "
            "install the PostgreSQL client programs (apt-get install postgresql-client)."
        )
    return max(candidates, key=lambda path: [int(part) for part in re.findall(r"\d+", path)])


def record_counts(alias):
    """
    How many rows the record's tables hold, by kind ("meetings": 8), with
    the audit history's rows counted together; kinds with none, or whose
    table does not exist yet, are left out.
    """
    tables = set(connections[alias].introspection.table_names())
    counts = {}
    for label in RECORD_APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.db_table not in tables:
                continue
            count = model._base_manager.using(alias).count()
            # simple_history's models name the model they record.
            is_history = hasattr(model, "instance_type")
            name = "audit history entries" if is_history else str(model._meta.verbose_name_plural)
            counts[name] = counts.get(name, 0) + count
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    if user_model._meta.db_table in tables:
        counts["users"] = user_model._base_manager.using(alias).count()
    return {name: count for name, count in counts.items() if count}


def applied_migrations(alias):
    """The latest migration applied in each app, as {"agenda": "0005_..."}."""
    latest = {}
    recorder = MigrationRecorder(connections[alias])
    if not recorder.has_table():
        return latest
    # Migration names start with a sequence number, so the greatest name is
    # the latest in each app.
    for app_label, name in recorder.applied_migrations():
        latest[app_label] = max(name, latest.get(app_label, name))
    return latest


def unknown_migrations(migrations):
    """
    The migrations in ``migrations`` ({app: name}) of installed apps that
    this code does not have: the backup was made by a newer version.
    """
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    installed = {config.label for config in apps.get_app_configs()}
    return sorted(
        f"{app}.{name}"
        for app, name in migrations.items()
        if app in installed and (app, name) not in known
    )


def has_unapplied_migrations(alias):
    executor = MigrationExecutor(connections[alias])
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
