"""
The meeting's declarations of interest: adding one (once, however often
its form is sent, and never over a list changed by someone else since the
form was opened), in one transaction under the meeting's lock. Removing
one is in ``agenda.removals``.
"""

from django.db import transaction

from meetings import submissions
from meetings.models import Meeting
from meetings.services import ensure_not_locked, ensure_unchanged, record_change

from .models import Declaration


def declaration_rows(meeting):
    """The declarations recorded at a meeting, as rows for a fingerprint (meetings.fingerprints)."""
    return list(meeting.declarations.values_list("id", "person_id", "item_id", "kind", "text"))


@transaction.atomic
def add_declaration(*, meeting, user, person, kind, text, item=None, fingerprint=None, submission=None):
    """
    Record a declaration. Refused when the declarations changed since the
    form was opened (`fingerprint`); the same form sent twice (`submission`)
    raises AlreadySubmitted with the declaration it recorded the first time.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    ensure_not_locked(meeting)
    submissions.ensure_first(submission, Declaration)
    ensure_unchanged(fingerprint=fingerprint, current_rows=declaration_rows(meeting), what="list of declarations")
    declaration = Declaration(meeting=meeting, person=person, kind=kind, text=text.strip(), item=item)
    declaration.full_clean()
    record_change(declaration, user=user)
    submissions.remember(submission, declaration)
    return declaration
