"""
One-time submission tokens for forms that create a record (a declaration,
an uploaded paper). The page puts a fresh token in a hidden field; the
service, under the lock it takes anyway, looks the token up before creating
anything and remembers it with the new record after. The same POST sent
twice therefore creates one record, and the second answers with it.
"""

import uuid

from django import forms

from .models import Submission


class AlreadySubmitted(Exception):
    """This form was submitted before: ``record`` is what that submission created."""

    def __init__(self, record):
        super().__init__(f"Already recorded: {record}")
        self.record = record


class SubmissionTokenField(forms.UUIDField):
    """The hidden token; a form sent without one (never by the page) is simply not checked."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)


def new_token():
    return str(uuid.uuid4())


def _record_type(model):
    return model._meta.label_lower


def ensure_first(token, model):
    """Raise AlreadySubmitted if `token` already created a `model` record that still exists."""
    if token is None:
        return
    submission = Submission.objects.filter(token=token, record_type=_record_type(model)).first()
    if submission is None:
        return
    record = model._default_manager.filter(pk=submission.record_id).first()
    if record is not None:
        raise AlreadySubmitted(record)
    # The record has since been removed: sending the form again adds it anew.
    submission.delete()


def remember(token, record):
    """Keep the token with the record it created; called in the creating transaction."""
    if token is not None:
        Submission.objects.create(token=token, record_type=_record_type(type(record)), record_id=record.pk)
