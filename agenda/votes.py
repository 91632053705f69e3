"""
Votes on resolutions: the checks that catch figures that cannot be right,
who could vote (the members present and substitutes, from the attendance),
and the clerk's workflow for a recorded (named) vote, whose totals are
counted from the names.
"""

import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction

from meetings.models import Attendance, Meeting, Person
from meetings.services import EditConflict, ensure_not_locked, record_change, record_delete

from .models import Resolution, RecordedVote

# Those who vote at a committee: councillors and co-opted members present,
# and substitutes. Officers and guests present do not.
VOTING_KINDS = (Person.Kind.COUNCILLOR, Person.Kind.CO_OPTED)
DID_NOT_VOTE = ""


def vote_problems(*, outcome, votes_for, votes_against, votes_abstained, members_present):
    """
    What looks wrong with a vote's figures, in words a clerk can act on;
    empty when nothing does. `members_present` is None when the attendance
    was not recorded, and then the total is not checked.
    """
    problems = []
    if votes_for is not None and votes_against is not None:
        if outcome == Resolution.Outcome.LOST and votes_for > votes_against:
            problems.append(
                f"The vote is recorded as lost, but more voted for ({votes_for}) than against "
                f"({votes_against})."
            )
        if outcome == Resolution.Outcome.CARRIED and votes_against > votes_for:
            problems.append(
                f"The vote is recorded as carried, but more voted against ({votes_against}) than for "
                f"({votes_for})."
            )
    total = sum(count or 0 for count in (votes_for, votes_against, votes_abstained))
    if members_present is not None and total > members_present:
        problems.append(
            f"{total} votes are recorded, but only {members_present} "
            f"member{'s were' if members_present != 1 else ' was'} present."
        )
    return problems


def voters(meeting):
    """The attendance rows of those who could vote: members present and substitutes, by name."""
    return list(
        Attendance.objects.filter(meeting=meeting)
        .filter(
            status__in=[Attendance.Status.PRESENT, Attendance.Status.SUBSTITUTE],
            person__kind__in=VOTING_KINDS,
        )
        .select_related("person", "substitute_for")
        .order_by("person__name", "id")
    )


def members_present(meeting):
    """How many could vote, or None when no attendance is recorded for the meeting."""
    if not Attendance.objects.filter(meeting=meeting).exists():
        return None
    return len(voters(meeting))


def named_totals(item):
    """
    {resolution id: (for, against, abstained)} counted from the named votes,
    for the item's resolutions that have any.
    """
    totals = {}
    for resolution_id, vote in RecordedVote.objects.filter(resolution__item=item).values_list(
        "resolution_id", "vote"
    ):
        counts = totals.setdefault(resolution_id, {choice: 0 for choice in RecordedVote.Vote.values})
        counts[vote] += 1
    return {pk: (c["for"], c["against"], c["abstained"]) for pk, c in totals.items()}


def named_votes_fingerprint(resolution):
    """
    What the named-votes form was built from: the resolution's outcome and
    figures, the names recorded and who could vote. A save from a form
    built on anything else is refused, so no one's change is lost.
    """
    parts = [
        resolution.outcome,
        str(resolution.votes_for), str(resolution.votes_against), str(resolution.votes_abstained),
        *(f"{person_id}:{vote}" for person_id, vote in
          RecordedVote.objects.filter(resolution=resolution).order_by("person_id")
          .values_list("person_id", "vote")),
        "|",
        *(f"{a.person_id}:{a.status}" for a in voters(resolution.item.meeting)),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


@transaction.atomic
def record_named_votes(*, resolution, user, fingerprint, outcome, votes, figures_confirmed=False):
    """
    Record how each member present voted (`votes`: person id → a
    RecordedVote.Vote, or "" for one who did not vote) and fill in the
    resolution's totals from them. Refused when the resolution, its named
    votes or the attendance changed since the form was opened, or when the
    minutes are approved.
    """
    meeting = Meeting.objects.select_for_update().get(pk=resolution.item.meeting_id)
    ensure_not_locked(meeting)
    resolution = Resolution.objects.select_for_update().select_related("item__meeting").get(pk=resolution.pk)
    if fingerprint != named_votes_fingerprint(resolution):
        raise EditConflict("vote")
    allowed = {attendance.person_id: attendance.person for attendance in voters(meeting)}
    unknown = set(votes) - set(allowed)
    if unknown:
        raise ValidationError("Only members present at the meeting can be recorded as voting.")
    existing = {vote.person_id: vote for vote in RecordedVote.objects.filter(resolution=resolution)}
    counts = {choice: 0 for choice in RecordedVote.Vote.values}
    for person_id, choice in votes.items():
        if choice:
            counts[choice] += 1
    if any(counts.values()) and not outcome:
        raise ValidationError({"outcome": "Say whether the vote was carried or lost."})
    if any(counts.values()):
        problems = vote_problems(
            outcome=outcome, votes_for=counts["for"], votes_against=counts["against"],
            votes_abstained=counts["abstained"], members_present=None,
        )
        if problems and not figures_confirmed:
            raise ValidationError(
                {"outcome": [f"{problem} Check the votes, or tick \u201cThese figures are right\u201d."
                             for problem in problems]}
            )
    _save_named_votes(resolution, user, existing, votes, allowed)
    # People no longer present lose their recorded vote.
    for person_id, vote in existing.items():
        if person_id not in allowed:
            record_delete(vote, user=user, reason="Named vote removed: not present")
    if any(counts.values()):
        resolution.outcome = outcome
        resolution.votes_for = counts["for"]
        resolution.votes_against = counts["against"]
        resolution.votes_abstained = counts["abstained"]
        resolution.full_clean()
        record_change(resolution, user=user, reason="Totals counted from the named votes",
                      update_fields=["outcome", "votes_for", "votes_against", "votes_abstained"])
    return resolution


def _save_named_votes(resolution, user, existing, votes, allowed):
    for person_id in allowed:
        choice = votes.get(person_id, DID_NOT_VOTE)
        current = existing.get(person_id)
        if not choice:
            if current is not None:
                record_delete(current, user=user, reason="Named vote removed")
            continue
        if current is None:
            current = RecordedVote(resolution=resolution, person_id=person_id)
        elif current.vote == choice:
            continue
        current.vote = choice
        current.full_clean()
        record_change(current, user=user, reason="Named vote recorded")
