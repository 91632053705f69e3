"""
Removing a supporting paper or a declaration of interest. Both may have
been seen by the public (a paper on a published agenda, a declaration in
published minutes); removing one of those needs a reason, which the audit
history keeps beside the removal.
"""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import transaction

from meetings.models import Meeting
from meetings.services import ensure_not_locked, record_delete

from .models import Declaration

# The audit history's reason column holds 100 characters.
HISTORY_REASON_MAX = 100


def document_seen_by_public(document):
    return document.is_visible_to(AnonymousUser())


def declaration_seen_by_public(declaration):
    return Declaration.objects.visible_to(AnonymousUser()).filter(pk=declaration.pk).exists()


def removal_reason(what, reason, *, seen_by_public):
    """The audit reason for removing a record; one the public has seen must say why."""
    reason = " ".join((reason or "").split())
    if seen_by_public and not reason:
        raise ValidationError(
            {"reason": f"Say why you are removing this {what.lower()}: the public has seen it."}
        )
    return f"{what} removed: {reason}"[:HISTORY_REASON_MAX] if reason else f"{what} removed"


@transaction.atomic
def delete_document(*, document, user, reason=""):
    """Remove a paper; its stored file goes once the removal commits (agenda.signals)."""
    ensure_not_locked(Meeting.objects.select_for_update().get(pk=document.item.meeting_id))
    why = removal_reason("Document", reason, seen_by_public=document_seen_by_public(document))
    record_delete(document, user=user, reason=why)


@transaction.atomic
def remove_declaration(*, declaration, user, reason=""):
    """Remove a declaration of interest from the meeting's record."""
    ensure_not_locked(Meeting.objects.select_for_update().get(pk=declaration.meeting_id))
    why = removal_reason("Declaration", reason, seen_by_public=declaration_seen_by_public(declaration))
    record_delete(declaration, user=user, reason=why)
