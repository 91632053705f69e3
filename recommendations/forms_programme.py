"""
The work programme's forms: a topic's details, and the meeting whose agenda
takes it up. They check what was typed; the rules are in the model's
``clean()`` and in ``programme_services``.
"""

from datetime import date, datetime, time

from django import forms
from django.utils import timezone
from django.utils.formats import date_format

from meetings.fingerprints import FingerprintField
from meetings.forms import ServiceErrorMixin
from meetings.models import Meeting
from scrutiny.forms import GovukFormMixin

from . import dates
from .models import WorkProgrammeEntry

TO_BE_SCHEDULED = "To be scheduled"


def start_of_municipal_year(year):
    """The first moment of a municipal year (1 May), in the council's time zone."""
    return timezone.make_aware(datetime.combine(date(year, 5, 1), time.min))


def meeting_label(meeting):
    label = date_format(timezone.localtime(meeting.start), "j F Y")
    if meeting.status != Meeting.Status.SCHEDULED:
        label += f" ({meeting.get_status_display().lower()})"
    return label


class MeetingChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return meeting_label(obj)


def meetings_of_year(committee, year, keep=None):
    """The committee's meetings in the municipal year, and ``keep`` (the one already chosen) whatever its date."""
    meetings = Meeting.objects.filter(committee=committee).order_by("start", "pk")
    wanted = [
        meeting.pk for meeting in meetings.only("pk", "start")
        if dates.municipal_year_of(timezone.localdate(meeting.start)) == year or meeting.pk == keep
    ]
    return meetings.filter(pk__in=wanted)


class WorkProgrammeEntryForm(ServiceErrorMixin, GovukFormMixin, forms.ModelForm):
    fingerprint = FingerprintField()

    class Meta:
        model = WorkProgrammeEntry
        fields = ["title", "purpose", "planned_meeting", "kind", "lead_officer", "status", "status_reason"]
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "status_reason": forms.Textarea(attrs={"rows": 2}),
            "kind": forms.RadioSelect,
            "status": forms.RadioSelect,
        }
        labels = {"planned_meeting": "Planned meeting", "status_reason": "Reason"}
        help_texts = {
            "status_reason": "Needed when the topic is deferred or dropped; shown to the public.",
        }

    def __init__(self, *args, committee, municipal_year, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["planned_meeting"] = MeetingChoiceField(
            queryset=meetings_of_year(committee, municipal_year, keep=self.instance.planned_meeting_id),
            required=False,
            empty_label=TO_BE_SCHEDULED,
            label="Planned meeting",
            help_text=f"A meeting of this committee in {dates.municipal_year_label(municipal_year)}, "
                      "or “to be scheduled”.",
        )
        self.fields["kind"].choices = WorkProgrammeEntry.Kind.choices
        self.fields["status"].choices = WorkProgrammeEntry.Status.choices
        self.order_fields(["fingerprint", *self.Meta.fields])

    def topic_fields(self):
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class PutOnAgendaForm(ServiceErrorMixin, GovukFormMixin, forms.Form):
    """The meeting whose agenda takes the topic up: one of its committee's, from the topic's year on."""

    fingerprint = FingerprintField()
    meeting = MeetingChoiceField(queryset=Meeting.objects.none(), empty_label=None, label="Meeting")

    def __init__(self, *args, entry, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = (
            Meeting.objects.filter(
                committee_id=entry.committee_id, start__gte=start_of_municipal_year(entry.municipal_year)
            )
            .exclude(status=Meeting.Status.CANCELLED)
            .order_by("start", "pk")
        )
        if entry.planned_meeting_id and not self.is_bound:
            self.initial.setdefault("meeting", entry.planned_meeting_id)
