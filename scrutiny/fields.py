"""
A model field for the minutes format (see :mod:`scrutiny.richtext`).

Whatever reaches the database through a model goes through
:func:`richtext.to_html` first: a form, the admin, an import, a service or
``objects.create`` can only ever store sanitised HTML, and plain text (a
textarea without JavaScript, a ModernGov import) is stored as paragraphs and
lists. ``queryset.update(field=...)`` is covered too, as it asks the field to
prepare the value for saving. Lookups (``minutes=""``) are left as given.
"""

from django.db import models

from . import richtext


class CleanedHTML(str):
    """HTML this field has already cleaned: saving it again (its history row,
    the database write after pre_save) does not clean it a second time."""

    __slots__ = ()


class RichTextField(models.TextField):
    """A TextField that stores only the minutes format's sanitised HTML."""

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if not isinstance(value, CleanedHTML):
            value = CleanedHTML(richtext.to_html(value))
        # The saved instance holds what the database holds, so comparing it
        # with a later form (stale-save checks, audit history) compares like with like.
        setattr(model_instance, self.attname, value)
        return value

    def get_db_prep_save(self, value, connection):
        if isinstance(value, CleanedHTML):
            value = str(value)
        elif value is not None and not hasattr(value, "resolve_expression"):
            value = richtext.to_html(value)
        return super().get_db_prep_save(value, connection)
