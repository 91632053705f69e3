"""
One short tracker form on a page of its own: shown, checked, handed to its
service, and, when someone else saved the record after the page was opened,
answered 409 with what the clerk typed kept, the other person's saved values
beside it and the current fingerprint, so that saving again keeps the
clerk's version (as meetings/stale_saves.py does for the edit pages).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import ModelChoiceField
from django.shortcuts import redirect, render
from django.utils.formats import date_format

from meetings import fingerprints
from meetings.services import EditConflict
from scrutiny import textdiff

TEMPLATE = "recommendations/clerk/form_page.html"


def _as_text(field, value):
    if value is None or value == "":
        return ""
    if isinstance(field, ModelChoiceField):
        return field.label_from_instance(value) if hasattr(value, "pk") else str(value)
    choices = dict(getattr(field, "choices", ()) or ())
    if choices and str(value) in choices:
        return str(choices[str(value)])
    if hasattr(value, "strftime"):
        return date_format(value, "j F Y")
    return str(value)


def _comparison(form, saved):
    """What the other person saved beside what the clerk typed, for the fields both have."""
    rows = []
    for name, field in form.fields.items():
        if name == "fingerprint" or not hasattr(saved, name):
            continue
        theirs = getattr(saved, name)
        if isinstance(field, ModelChoiceField) and theirs is not None:
            theirs = field.label_from_instance(theirs)
        rows.append((field.label or name, _as_text(field, theirs), _as_text(field, form.cleaned_data.get(name))))
    return textdiff.comparison(rows)


def form_page(request, *, form, save, done, context, saved_for_comparison=None):
    """
    Render ``form`` or, on a valid POST, call ``save(cleaned_data)`` and
    redirect to ``done`` (a URL, or a function giving one) with its message. ``saved_for_comparison`` gives
    the record (as saved now) whose values the conflict table shows.
    """
    status, comparison = 200, []
    if request.method == "POST" and form.is_valid():
        try:
            message = save(form.cleaned_data)
        except EditConflict as exc:
            record = type(form.record)._default_manager.get(pk=form.record.pk)
            form.add_error(None, exc)
            form.data = form.data.copy()
            form.data["fingerprint"] = fingerprints.of_instance(record)
            saved = saved_for_comparison(record) if saved_for_comparison else record
            comparison, status = (_comparison(form, saved) if saved is not None else []), 409
        except ValidationError as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, message)
            return redirect(done() if callable(done) else done)
    return render(request, TEMPLATE, {**context, "form": form, "comparison": comparison}, status=status)
