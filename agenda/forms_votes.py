"""
The vote figures' check shared by a resolution's row in the item editor and
the named-vote form, and the named-vote form itself.
"""

from django import forms

from scrutiny.forms import GovukForm

from .models import RecordedVote, Resolution
from .votes import DID_NOT_VOTE, vote_problems


class VoteFiguresMixin:
    """
    Figures that cannot be right as they stand (a vote "lost" with more for
    than against, more votes than members present) are refused until the
    clerk ticks "These figures are right": a vote can be odd (a casting
    vote, a member counted late) but is more often mistyped.
    """

    # The field the message goes beside: the first of the figures.
    vote_error_field = "votes_for"

    def add_confirm_field(self, members_present):
        self.members_present = members_present
        self.fields["figures_confirmed"] = forms.BooleanField(
            label="These figures are right", required=False
        )

    def check_vote_figures(self, cleaned_data):
        problems = vote_problems(
            outcome=cleaned_data.get("outcome") or "",
            votes_for=cleaned_data.get("votes_for"),
            votes_against=cleaned_data.get("votes_against"),
            votes_abstained=cleaned_data.get("votes_abstained"),
            members_present=self.members_present,
        )
        self.vote_warnings = problems
        if problems and not cleaned_data.get("figures_confirmed"):
            for problem in problems:
                self.add_error(
                    self.vote_error_field,
                    f"{problem} Correct the figures, or tick \u201cThese figures are right\u201d.",
                )


class NamedVotesForm(VoteFiguresMixin, GovukForm):
    """
    How each member present voted on one resolution: a row of radios per
    member, built from the meeting's attendance (`voters`), and the outcome.
    `fingerprint` is what the form was built from (agenda.votes).
    """

    outcome = forms.ChoiceField(
        label="Outcome",
        choices=[("", "Choose the outcome"), (Resolution.Outcome.CARRIED, "Carried"),
                 (Resolution.Outcome.LOST, "Lost")],
        required=False,
    )
    fingerprint = forms.CharField(
        widget=forms.HiddenInput,
        error_messages={"required": "This page is out of date: open the vote again."},
    )

    def __init__(self, *args, voters, resolution, recorded, fingerprint, **kwargs):
        super().__init__(*args, **kwargs)
        self.voters = voters
        self.fields["outcome"].initial = resolution.outcome
        self.fields["fingerprint"].initial = fingerprint
        self.add_confirm_field(None)
        choices = [*RecordedVote.Vote.choices, (DID_NOT_VOTE, "Did not vote")]
        for attendance in voters:
            person = attendance.person
            self.fields[self.field_name(person.pk)] = forms.ChoiceField(
                label=person.name,
                help_text=(f"Substitute for {attendance.substitute_for.name}"
                           if attendance.substitute_for_id else ""),
                choices=choices,
                required=False,
                initial=recorded.get(person.pk, DID_NOT_VOTE),
                widget=forms.RadioSelect,
            )

    vote_error_field = "outcome"

    def clean(self):
        cleaned_data = super().clean()
        chosen = [vote for vote in self.votes().values() if vote]
        if chosen and not cleaned_data.get("outcome"):
            self.add_error("outcome", "Say whether the vote was carried or lost.")
        elif chosen:
            self.check_vote_figures({
                "outcome": cleaned_data["outcome"],
                "votes_for": chosen.count(RecordedVote.Vote.FOR),
                "votes_against": chosen.count(RecordedVote.Vote.AGAINST),
                "votes_abstained": chosen.count(RecordedVote.Vote.ABSTAINED),
                "figures_confirmed": cleaned_data.get("figures_confirmed"),
            })
        return cleaned_data

    @staticmethod
    def field_name(person_id):
        return f"vote_{person_id}"

    def vote_fields(self):
        return [self[self.field_name(attendance.person_id)] for attendance in self.voters]

    def votes(self):
        """person id → vote ("" for one who did not vote), as record_named_votes takes them."""
        return {
            attendance.person_id: self.cleaned_data.get(self.field_name(attendance.person_id)) or DID_NOT_VOTE
            for attendance in self.voters
        }
