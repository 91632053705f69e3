"""
Refusing a stale save on the clerks' one-record edit pages (a committee, a
person, a membership): the page carries a fingerprint of the record as it
was shown, and the save, holding the row's lock, goes ahead only if the
record is still that. Otherwise the page comes back (409) with what the
clerk typed, the other person's saved values beside it, and the current
fingerprint, so that saving again keeps the clerk's version.
"""

from django.db import transaction
from django.utils.formats import date_format

from scrutiny import textdiff

from . import fingerprints
from .services import EditConflict


def _field_text(instance, name):
    """One field of a record as a clerk reads it."""
    field = instance._meta.get_field(name)
    if field.choices:
        return str(getattr(instance, f"get_{name}_display")())
    value = getattr(instance, name)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if hasattr(value, "strftime"):
        return date_format(value, "j F Y")
    return str(value)


def compare_records(form, saved):
    """The saved record beside the form's unsaved values, for the fields the form edits."""
    names = [name for name in form.fields if name in {f.name for f in saved._meta.fields}]
    return textdiff.comparison(
        (form.fields[name].label or name, _field_text(saved, name), _field_text(form.instance, name))
        for name in names
    )


class RefuseStaleSaveMixin:
    """For an UpdateView over one record: refuse a save made from a page opened before someone else's."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["fingerprint"] = fingerprints.FingerprintField(
            initial=fingerprints.of_instance(self.object)
        )
        return form

    def form_valid(self, form):
        model = type(self.object)
        with transaction.atomic():
            saved = model._default_manager.select_for_update().get(pk=self.object.pk)
            fingerprint = form.cleaned_data.get("fingerprint")
            if fingerprint is None or fingerprint == fingerprints.of_instance(saved):
                return super().form_valid(form)
        form.add_error(None, EditConflict(model._meta.verbose_name))
        form.data = form.data.copy()
        form.data["fingerprint"] = fingerprints.of_instance(saved)
        context = self.get_context_data(form=form, comparison=compare_records(form, saved))
        return self.render_to_response(context, status=409)
