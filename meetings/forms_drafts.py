"""
Forms for a draft meeting: announcing it, or deleting one entered by
mistake. Each carries the version of the meeting the page was built from,
so that pressing the button after someone else changed the meeting is
refused rather than acting on a meeting the clerk has not seen.
"""

from django import forms

from scrutiny.forms import GovukFormMixin

from .forms import ServiceErrorMixin


class MeetingVersionForm(ServiceErrorMixin, GovukFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def clean_version(self):
        # Beyond what the database column holds is a tampered form, not a version.
        version = self.cleaned_data["version"]
        if version > 2**31 - 1:
            raise forms.ValidationError("This form is out of date: open the meeting again.")
        return version


class AnnounceMeetingForm(MeetingVersionForm):
    pass


class DeleteMeetingForm(MeetingVersionForm):
    pass
