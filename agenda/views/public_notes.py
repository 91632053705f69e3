"""
What the public pages show beside a decision or an item besides its own
text: the corrections recorded to it and, for a recorded vote, how each
member voted. Both are fetched through the visibility querysets, with the
decisions they belong to, in a fixed number of queries.
"""

from django.db.models import Prefetch

from ..models import MinutesCorrection, RecordedVote, Resolution

VOTE_ORDER = {value: position for position, value in enumerate(RecordedVote.Vote.values)}


def corrections_prefetch(user, to_attr="visible_corrections", **lookups):
    """A record's corrections that `user` may read, oldest first."""
    return Prefetch(
        "corrections",
        queryset=MinutesCorrection.objects.visible_to(user).filter(**lookups).order_by("recorded_at", "id"),
        to_attr=to_attr,
    )


def named_votes_prefetch():
    """
    A resolution's named votes. They are shown only with the resolution,
    which the caller has already fetched through Resolution.visible_to.
    """
    return Prefetch(
        "recorded_votes", queryset=RecordedVote.objects.select_related("person"), to_attr="named_votes"
    )


def resolutions_with_notes(queryset, user):
    """Resolutions (already limited by visible_to) with their corrections and named votes."""
    return queryset.prefetch_related(corrections_prefetch(user), named_votes_prefetch())


def visible_resolutions_with_notes(user):
    return resolutions_with_notes(Resolution.objects.visible_to(user), user)


def add_vote_groups(resolutions):
    """Give each resolution `named_vote_groups`: [("For", [names]), ...] in the order For, Against, Abstained."""
    for resolution in resolutions:
        votes = sorted(
            getattr(resolution, "named_votes", []),
            key=lambda vote: (VOTE_ORDER.get(vote.vote, 99), vote.person.name),
        )
        groups = {}
        for vote in votes:
            groups.setdefault(vote.get_vote_display(), []).append(vote.person.display_name)
        resolution.named_vote_groups = list(groups.items())
    return resolutions
