"""
Approved minutes name the meeting that approved them, which must be a later
meeting of the same committee. A CHECK constraint cannot look at another
row, so a trigger enforces it on both database engines we support. It fires
with an integrity error, like the CHECK constraints on the model.
"""

from django.db import migrations

CONSTRAINT = "meeting_approved_at_later_meeting_of_same_committee"

POSTGRES_UP = f"""
CREATE OR REPLACE FUNCTION meetings_check_minutes_approval() RETURNS trigger AS $$
BEGIN
    IF NEW.minutes_approved_at_meeting_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM meetings_meeting a
        WHERE a.id = NEW.minutes_approved_at_meeting_id
          AND a.committee_id = NEW.committee_id
          AND a.start > NEW.start
    ) THEN
        RAISE EXCEPTION 'violates check constraint "{CONSTRAINT}"' USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND EXISTS (
        SELECT 1 FROM meetings_meeting m
        WHERE m.minutes_approved_at_meeting_id = NEW.id
          AND (m.committee_id <> NEW.committee_id OR m.start >= NEW.start)
    ) THEN
        RAISE EXCEPTION 'violates check constraint "{CONSTRAINT}"' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER meeting_minutes_approval_check
    BEFORE INSERT OR UPDATE ON meetings_meeting
    FOR EACH ROW EXECUTE FUNCTION meetings_check_minutes_approval();
"""

POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS meeting_minutes_approval_check ON meetings_meeting;
DROP FUNCTION IF EXISTS meetings_check_minutes_approval();
"""

_SQLITE_APPROVER_INVALID = """
    NEW.minutes_approved_at_meeting_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM meetings_meeting a
        WHERE a.id = NEW.minutes_approved_at_meeting_id
          AND a.committee_id = NEW.committee_id
          AND a.start > NEW.start
    )
"""
_SQLITE_RAISE = f"BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {CONSTRAINT}'); END;"

SQLITE_UP = [
    f"CREATE TRIGGER meeting_minutes_approval_insert BEFORE INSERT ON meetings_meeting "
    f"WHEN {_SQLITE_APPROVER_INVALID} {_SQLITE_RAISE}",
    f"CREATE TRIGGER meeting_minutes_approval_update BEFORE UPDATE ON meetings_meeting "
    f"WHEN {_SQLITE_APPROVER_INVALID} {_SQLITE_RAISE}",
    f"""CREATE TRIGGER meeting_minutes_approver_moved BEFORE UPDATE OF start, committee_id
    ON meetings_meeting WHEN EXISTS (
        SELECT 1 FROM meetings_meeting m
        WHERE m.minutes_approved_at_meeting_id = NEW.id
          AND (m.committee_id <> NEW.committee_id OR m.start >= NEW.start)
    ) {_SQLITE_RAISE}""",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS meeting_minutes_approval_insert",
    "DROP TRIGGER IF EXISTS meeting_minutes_approval_update",
    "DROP TRIGGER IF EXISTS meeting_minutes_approver_moved",
]


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_UP)
    elif schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_UP:
            schema_editor.execute(statement)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_DOWN)
    elif schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_DOWN:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0001_initial")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
