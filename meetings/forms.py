"""
Forms for the clerks' back office. They check what was typed and nothing
else: changes to a meeting's state go through ``meetings.services``, and the
rules about one record live in its model's ``clean()``.
"""

import re
from collections import defaultdict
from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.formats import date_format

from scrutiny.forms import GovukFormMixin, yes_box

from .models import Committee, Meeting, Membership, Person
from .times import FIRST_DATE, LAST_DATE, ClockTimeField, DateField, DateInput  # noqa: F401

# --- Fields and helpers shared by several forms ---------------------------------

# A meeting outside these many years before or after today is more likely a
# mistyped year than a real meeting: the clerk is asked to confirm it.
USUAL_YEARS_BEFORE = 30
USUAL_YEARS_AHEAD = 2
TWO_DIGIT_YEAR = re.compile(r"\d{1,2}/\d{1,2}/\d{2}")


class TimeField(ClockTimeField):
    """A meeting's start or end time, typed as clerks write it (meetings.times)."""


def london_datetime(day, time):
    """Combine a date and a time typed by a clerk into an aware datetime in TIME_ZONE."""
    return timezone.make_aware(datetime.combine(day, time))


class ServiceErrorMixin:
    """
    Put a ValidationError raised by a service on the form: next to the field
    it names when the form has that field, at the top of the form otherwise.
    ``service_fields`` maps the service's names to the form's.
    """

    service_fields = {}

    def add_service_error(self, exc):
        if not hasattr(exc, "error_dict"):
            self.add_error(None, exc)
            return
        for name, errors in exc.error_dict.items():
            name = self.service_fields.get(name, name)
            self.add_error(name if name in self.fields else None, errors)


class MeetingTimesMixin:
    """
    Clean the ``start_date``, ``start_time`` and ``end_time`` fields into
    aware ``start`` and ``end`` datetimes. A meeting ends on the day it starts.
    """

    service_fields = {"start": "start_date", "end": "end_time"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm_date"] = forms.BooleanField(
            label="Yes, this date is right", required=False, widget=forms.HiddenInput
        )

    def clean(self):
        cleaned_data = super().clean()
        day, start_time = cleaned_data.get("start_date"), cleaned_data.get("start_time")
        end_time = cleaned_data.get("end_time")
        if day is None or start_time is None:
            return cleaned_data
        if unusual := self.unusual_date(day) or self.two_digit_year(day):
            if not cleaned_data.get("confirm_date"):
                # Offer the box only once the clerk has been told why.
                self.fields["confirm_date"].widget = forms.CheckboxInput()
                self.add_error("start_date", f"{unusual} Check the year, or confirm the date below.")
                return cleaned_data
        start = london_datetime(day, start_time)
        end = london_datetime(day, end_time) if end_time else None
        if end is not None and end <= start:
            self.add_error("end_time", "The meeting must end after it starts.")
            return cleaned_data
        cleaned_data["start"], cleaned_data["end"] = start, end
        return cleaned_data


    def two_digit_year(self, day):
        """A year typed as two digits ("1/1/99", where there is no date picker) is read back for confirming."""
        typed = str(self.data.get(self.add_prefix("start_date"), "")).strip()
        if TWO_DIGIT_YEAR.fullmatch(typed):
            return f"You typed a two-digit year, read as {date_format(day, 'j F Y')}."
        return ""

    @staticmethod
    def unusual_date(day):
        """Why a meeting's date needs confirming, or "" when it does not."""
        today = timezone.localdate()
        written = date_format(day, "j F Y")
        if day.year > today.year + USUAL_YEARS_AHEAD:
            return f"{written} is more than {USUAL_YEARS_AHEAD} years ahead."
        if day.year < today.year - USUAL_YEARS_BEFORE:
            return f"{written} is more than {USUAL_YEARS_BEFORE} years ago."
        return ""


def meeting_times_initial(meeting):
    start = timezone.localtime(meeting.start)
    return {
        "start_date": start.date(),
        "start_time": start.time(),
        "end_time": timezone.localtime(meeting.end).time() if meeting.end else None,
    }


# --- Committees, people and memberships --------------------------------------


def committee_and_descendant_ids(committee):
    """The ids of a committee and of every committee reporting to it, however indirectly."""
    if committee.pk is None:
        return set()
    children = defaultdict(list)
    for pk, parent_id in Committee.objects.values_list("pk", "parent_id"):
        children[parent_id].append(pk)
    found, to_visit = set(), [committee.pk]
    while to_visit:
        pk = to_visit.pop()
        if pk not in found:
            found.add(pk)
            to_visit.extend(children[pk])
    return found


class CommitteeForm(GovukFormMixin, forms.ModelForm):
    class Meta:
        model = Committee
        fields = ["name", "slug", "abbreviation", "kind", "parent", "terms_of_reference", "is_active"]
        labels = {"slug": "Web address name", "parent": "Reports to"}
        help_texts = {
            "slug": "Used in web addresses. Lower-case letters, numbers and hyphens, "
            "for example children-young-people.",
            "is_active": "Inactive committees are kept for the record but cannot have new meetings.",
        }
        error_messages = {
            "name": {"required": "Enter the committee's name."},
            "slug": {
                "required": "Enter a web address name.",
                "unique": "Another committee already uses this web address name. Choose a different one.",
            },
        }
        widgets = {"abbreviation": forms.TextInput(attrs={"class": "govuk-input--width-5"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A committee cannot report to itself or to one that reports to it.
        parent = self.fields["parent"]
        parent.queryset = Committee.objects.exclude(pk__in=committee_and_descendant_ids(self.instance))
        parent.empty_label = "None"


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        full_name = user.get_full_name()
        return f"{full_name} ({user.username})" if full_name else user.username


class PersonForm(GovukFormMixin, forms.ModelForm):
    class Meta:
        model = Person
        fields = ["name", "slug", "honorific", "kind", "party", "ward", "user"]
        labels = {"slug": "Web address name", "user": "Sign-in account"}
        help_texts = {
            "slug": "Used in web addresses. Lower-case letters, numbers and hyphens, for example jo-bloggs.",
        }
        field_classes = {"user": UserChoiceField}
        error_messages = {
            "name": {"required": "Enter the person's name."},
            "slug": {
                "required": "Enter a web address name.",
                "unique": "Another person already uses this web address name. Choose a different one.",
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # An account belongs to at most one person.
        taken = Person.objects.exclude(pk=self.instance.pk).filter(user__isnull=False).values("user")
        user = self.fields["user"]
        user.queryset = get_user_model().objects.exclude(pk__in=taken).order_by("username")
        user.empty_label = "None"


class MembershipForm(GovukFormMixin, forms.ModelForm):
    """A membership of the committee set on the instance by the view."""

    class Meta:
        model = Membership
        fields = ["person", "role", "start_date", "end_date"]
        field_classes = {"start_date": DateField, "end_date": DateField}
        help_texts = {"end_date": "Leave blank while the membership continues."}
        error_messages = {
            "person": {"required": "Choose the person."},
            "start_date": {"required": "Enter the date the membership starts."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].empty_label = "Choose a person"

    def clean(self):
        cleaned_data = super().clean()
        # The unique constraint names the committee, which is not a form field,
        # so the ModelForm would not check it and the database would refuse it.
        person, start_date = cleaned_data.get("person"), cleaned_data.get("start_date")
        if person and start_date:
            duplicate = Membership.objects.filter(
                committee_id=self.instance.committee_id, person=person, start_date=start_date
            ).exclude(pk=self.instance.pk)
            if duplicate.exists():
                self.add_error(
                    "start_date",
                    f"{person} already has a membership of this committee starting on "
                    f"{date_format(start_date, 'j F Y')}. Change that one instead.",
                )
        return cleaned_data


class MembershipEndForm(GovukFormMixin, forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["end_date"]
        field_classes = {"end_date": DateField}
        labels = {"end_date": "Last day of the membership"}
        error_messages = {"end_date": {"required": "Enter the date the membership ends."}}

    confirm = yes_box(
        "Yes, end this membership",
        "Tick the box to confirm you want to end this membership.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["end_date"].required = True
        if not self.instance.end_date:
            self.initial["end_date"] = timezone.localdate()


# --- Meetings ------------------------------------------------------------------

START_TIME_HINT = "For example 6.30pm or 18:30."


class MeetingForm(MeetingTimesMixin, GovukFormMixin, forms.ModelForm):
    """A new meeting. It is saved through the form: nothing else changes with it."""

    start_date = DateField(label="Date", error_messages={"required": "Enter the date of the meeting."})
    start_time = TimeField(
        label="Start time",
        help_text=START_TIME_HINT,
        error_messages={"required": "Enter the time the meeting starts."},
    )
    end_time = TimeField(label="End time", required=False, help_text=START_TIME_HINT)

    class Meta:
        model = Meeting
        fields = ["committee", "venue"]
        error_messages = {"committee": {"required": "Choose the committee."}}

    field_order = ["committee", "start_date", "start_time", "end_time", "venue"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        committee = self.fields["committee"]
        committee.queryset = Committee.objects.filter(is_active=True)
        committee.empty_label = "Choose a committee"

    def clean(self):
        cleaned_data = super().clean()
        if "start" in cleaned_data:
            self.instance.start, self.instance.end = cleaned_data["start"], cleaned_data["end"]
        return cleaned_data


class MeetingUpdateForm(ServiceErrorMixin, MeetingTimesMixin, GovukFormMixin, forms.Form):
    """
    A change of date, time or venue, saved by ``services.update_meeting``. The
    version the form was opened at travels with it, so that a save made by
    someone else in the meantime is detected rather than overwritten.
    """

    start_date = DateField(label="Date", error_messages={"required": "Enter the date of the meeting."})
    start_time = TimeField(
        label="Start time",
        help_text=START_TIME_HINT,
        error_messages={"required": "Enter the time the meeting starts."},
    )
    end_time = TimeField(label="End time", required=False, help_text=START_TIME_HINT)
    venue = Meeting._meta.get_field("venue").formfield()
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    change_reason = forms.CharField(
        label="Reason for the change",
        help_text="The agenda is published, so the public can already see this meeting. Say why it "
        "is changing; the reason is kept in its history.",
        max_length=500,
        error_messages={
            "required": "Enter the reason for the change: the agenda of this meeting is published.",
            "max_length": "The reason must be 500 characters or fewer.",
        },
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, is_public=False, **kwargs):
        """`is_public`: the agenda is published, so a change needs a reason (else the field goes)."""
        super().__init__(*args, **kwargs)
        if not is_public:
            del self.fields["change_reason"]

    @classmethod
    def initial_for(cls, meeting):
        return {**meeting_times_initial(meeting), "venue": meeting.venue, "version": meeting.version}

    def changed_fields(self):
        """The fields for ``update_meeting``."""
        data = self.cleaned_data
        return {"start": data["start"], "end": data["end"], "venue": data["venue"]}


class CancelMeetingForm(ServiceErrorMixin, GovukFormMixin, forms.Form):
    reason = forms.CharField(
        label="Why is the meeting cancelled?",
        help_text="This is shown to the public with the meeting.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={
            "required": "Say why the meeting is cancelled; the public will see it.",
            "max_length": "The reason must be 2,000 characters or fewer.",
        },
    )
    confirm = yes_box(
        "Yes, cancel this meeting",
        "Tick the box to confirm you want to cancel this meeting: the public will see it as cancelled.",
    )


class PostponeMeetingForm(CancelMeetingForm):
    reason = forms.CharField(
        label="Why is the meeting postponed?",
        help_text="This is shown to the public with the meeting.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={
            "required": "Say why the meeting is postponed; the public will see it.",
            "max_length": "The reason must be 2,000 characters or fewer.",
        },
    )
    confirm = yes_box(
        "Yes, postpone this meeting",
        "Tick the box to confirm you want to postpone this meeting: the public will see it as postponed.",
    )


class ReinstateMeetingForm(ServiceErrorMixin, MeetingTimesMixin, GovukFormMixin, forms.Form):
    """Put a meeting back on the calendar, on its old date or a new one."""

    start_date = DateField(label="New date", required=False)
    start_time = TimeField(label="New start time", required=False, help_text=START_TIME_HINT)
    end_time = TimeField(label="New end time", required=False, help_text=START_TIME_HINT)

    def clean(self):
        data = self.data
        given = [name for name in ("start_date", "start_time", "end_time") if data.get(name, "").strip()]
        if given:
            if not data.get("start_date", "").strip():
                self.add_error("start_date", "Enter the new date, or leave all three boxes blank.")
            if not data.get("start_time", "").strip():
                self.add_error("start_time", "Enter the new start time, or leave all three boxes blank.")
        return super().clean()
