"""
GOV.UK Design System styling for Django forms.

Mix ``GovukFormMixin`` into a form (before the Django base class) and render it
with the shared partials, so every form in Scrutiny looks and behaves alike::

    class MeetingForm(GovukFormMixin, forms.ModelForm):
        ...

    {% include "includes/_error_summary.html" %}
    <form method="post" novalidate>
      {% csrf_token %}
      {% include "includes/_form_fields.html" %}
      <button type="submit" class="govuk-button" data-module="govuk-button">Save</button>
    </form>

or one field at a time with ``{% include "includes/_field.html" with field=form.title %}``.

The mixin puts the GOV.UK class on each widget (``govuk-input``,
``govuk-textarea``, ``govuk-select``, ``govuk-radios__input``,
``govuk-checkboxes__input``, ``govuk-file-upload``) and, when the form is
rendered, adds the matching ``--error`` class to fields that have errors.
Classes already on a widget (for example ``govuk-input--width-10`` given in
``Meta.widgets``) are kept.

Django 5.2 itself adds ``aria-invalid`` and ``aria-describedby`` to each input,
pointing at ``<id>_helptext`` and ``<id>_error``: the partials give the hint
and the error message exactly those ids. For fields drawn as a group of
inputs (radios, checkboxes, split date and time) the partial puts
``aria-describedby`` on the ``<fieldset>`` instead, as GOV.UK Frontend does.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.forms.boundfield import BoundField
from django.forms.widgets import Input

# (widget type, class for the element, class added when the field has errors).
# Checked in order with isinstance, so subclasses come before their parents:
# CheckboxSelectMultiple is a RadioSelect, and CheckboxInput and FileInput are
# both Inputs.
WIDGET_CLASSES = (
    (forms.CheckboxSelectMultiple, "govuk-checkboxes__input", ""),
    (forms.RadioSelect, "govuk-radios__input", ""),
    (forms.CheckboxInput, "govuk-checkboxes__input", ""),
    (forms.FileInput, "govuk-file-upload", "govuk-file-upload--error"),
    (forms.Textarea, "govuk-textarea", "govuk-textarea--error"),
    (forms.Select, "govuk-select", "govuk-select--error"),
    (forms.SelectDateWidget, "govuk-select", "govuk-select--error"),
    (Input, "govuk-input", "govuk-input--error"),
)

# Inputs whose answers have a known, short length get a narrower box, as the
# GOV.UK text input guidance recommends, unless the form sets a width itself.
DEFAULT_WIDTHS = (
    (forms.DateTimeInput, "govuk-input--width-20"),
    (forms.DateInput, "govuk-input--width-10"),
    (forms.TimeInput, "govuk-input--width-5"),
    (forms.NumberInput, "govuk-input--width-10"),
)

# Accessible names for the parts of multi-part widgets such as SplitDateTimeWidget.
PART_NAMES = (
    (forms.DateTimeInput, "Date and time"),
    (forms.DateInput, "Date"),
    (forms.TimeInput, "Time"),
)

NO_SPELLCHECK = (forms.EmailInput, forms.URLInput, forms.PasswordInput)


def _classes_for(widget):
    for widget_type, css_class, error_class in WIDGET_CLASSES:
        if isinstance(widget, widget_type):
            return css_class, error_class
    return "", ""


def _add_classes(existing, *new):
    classes = (existing or "").split()
    for css_class in new:
        if css_class and css_class not in classes:
            classes.append(css_class)
    return " ".join(classes)


def style_widget(widget):
    """
    Put the GOV.UK class on a widget (in place). Safe to call more than once.

    Multi-part widgets (such as SplitDateTimeWidget) pass their own attributes
    down to their parts, so the classes go on the parts instead.
    """
    if widget.is_hidden:
        return
    if isinstance(widget, forms.MultiWidget):
        for part in widget.widgets:
            style_widget(part)
            # The parts share the field's one label (a <legend>), so name each.
            for part_type, name in PART_NAMES:
                if isinstance(part, part_type):
                    part.attrs.setdefault("aria-label", name)
                    break
        return
    css_class, _ = _classes_for(widget)
    existing = widget.attrs.get("class", "")
    extra = []
    if css_class == "govuk-input" and "width-" not in existing:
        for widget_type, width_class in DEFAULT_WIDTHS:
            if isinstance(widget, widget_type):
                extra.append(width_class)
                break
    # The GOV.UK class first, then any the form gave, then a default width.
    widget.attrs["class"] = _add_classes(css_class, *existing.split(), *extra)
    if isinstance(widget, NO_SPELLCHECK):
        widget.attrs.setdefault("spellcheck", "false")


class GovukBoundField(BoundField):
    """A bound field that adds the GOV.UK error class when it has errors."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        widget = widget or self.field.widget
        # Style here too, in case the form swapped a widget after __init__.
        style_widget(widget)
        if not self.errors or widget.is_hidden:
            return attrs
        if isinstance(widget, forms.MultiWidget):
            for part in widget.widgets:
                _, error_class = _classes_for(part)
                part.attrs["class"] = _add_classes(part.attrs.get("class"), error_class)
            return attrs
        _, error_class = _classes_for(widget)
        if error_class:
            # Attributes given here replace the widget's own, so start from them.
            base = attrs.get("class") or widget.attrs.get("class", "")
            attrs["class"] = _add_classes(base, error_class)
        return attrs


class GovukFormMixin:
    """Style every field of a Django form or model form for GOV.UK Frontend."""

    bound_field_class = GovukBoundField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            style_widget(field.widget)


class GovukForm(GovukFormMixin, forms.Form):
    pass


class GovukModelForm(GovukFormMixin, forms.ModelForm):
    pass


def yes_box(label, refusal):
    """
    The "Yes, …" box an irreversible or destructive action must have ticked,
    so that no single click (or a POST from a stale page) does it: without
    it the form comes back with `refusal` beside the box and nothing changes.
    """
    return forms.BooleanField(label=label, required=True, error_messages={"required": refusal})


class ConfirmActionForm(GovukForm):
    """A confirmation page's form: only the "Yes, …" box, worded for the action."""

    def __init__(self, *args, label, refusal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm"] = yes_box(label, refusal)
        style_widget(self.fields["confirm"].widget)


class LongTextValidator(MaxLengthValidator):
    """Too long a text, said with its length, so the clerk knows how much to cut."""

    def __init__(self, limit, what):
        super().__init__(limit)
        self.what = what

    def __call__(self, value):
        if len(value) > self.limit_value:
            raise ValidationError(
                f"{self.what} must be {self.limit_value:,} characters or fewer; this is {len(value):,}. "
                "Shorten it, or put long appendices in a supporting paper. Your text is still below.",
                code="max_length",
            )

    def __eq__(self, other):
        return isinstance(other, LongTextValidator) and (self.limit_value, self.what) == (
            other.limit_value, other.what
        )
