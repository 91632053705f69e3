from django import forms

from agenda.filters import DATE_FROM_INVALID, DATE_HINT, DATE_TO_INVALID, DateRangeFormMixin
from meetings.models import Committee
from meetings.text import UNWANTED
from scrutiny.forms import GovukFormMixin

from .models import SearchEntry

TYPES = {
    "decisions": SearchEntry.Kind.RESOLUTION,
    "items": SearchEntry.Kind.ITEM,
    "documents": SearchEntry.Kind.DOCUMENT,
}


class QueryField(forms.CharField):
    """
    The words searched for. Control characters (a NUL from a crafted link)
    are read as spaces, like any other character that is not part of a
    word, so such a search gets the hint to type some words rather than an
    error.
    """

    def to_python(self, value):
        return super().to_python(UNWANTED.sub(" ", value) if isinstance(value, str) else value)


class SearchForm(DateRangeFormMixin, GovukFormMixin, forms.Form):
    """The search box and its filters, read from the query string."""

    q = QueryField(label="Search agendas, minutes and decisions", required=False, strip=True)
    committee = forms.ModelChoiceField(
        queryset=Committee.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label="All committees",
        error_messages={"invalid_choice": "There is no committee with that name."},
    )
    date_from = forms.DateField(
        label="Meetings from",
        required=False,
        help_text=DATE_HINT,
        error_messages={"invalid": DATE_FROM_INVALID},
    )
    date_to = forms.DateField(
        label="Meetings to",
        required=False,
        help_text=DATE_HINT,
        error_messages={"invalid": DATE_TO_INVALID},
    )
    type = forms.ChoiceField(
        label="Show",
        required=False,
        choices=[("", "Everything"), ("decisions", "Decisions"), ("items", "Agenda items"),
                 ("documents", "Documents")],
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Choose decisions, agenda items, documents or everything."},
    )
    sort = forms.ChoiceField(
        label="Sort by",
        required=False,
        choices=[("relevance", "Most relevant"), ("newest", "Newest first"), ("oldest", "Oldest first")],
        error_messages={"invalid_choice": "Sort by most relevant, newest first or oldest first."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.attrs.update(type="search", spellcheck="false")
        self.fields["q"].widget.input_type = "search"

    @property
    def is_filtered(self):
        data = getattr(self, "cleaned_data", {})
        return any(data.get(name) for name in ("committee", "date_from", "date_to", "type"))

    def search_arguments(self):
        data = self.cleaned_data
        return dict(
            committee=data["committee"],
            date_from=data["date_from"],
            date_to=data["date_to"],
            kind=TYPES.get(data["type"]),
            sort=data["sort"] or "relevance",
        )
