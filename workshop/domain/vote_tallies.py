"""Counting dots: a voting round's tallies, its ranking, who has votes left, and the
rounds side by side. Pure Python (no Qt), read from a snapshot.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from workshop.domain.model import VoteRound, WorkshopSnapshot
from workshop.i18n import _


@dataclass(frozen=True)
class Tally:
    """One note or cluster's votes in a round, and its place in the ranking."""

    target_id: str
    is_cluster: bool
    label: str
    votes: int
    rank: int  # 1 for the most votes; ties share a rank (1, 1, 3...)
    tied: bool


def target_label(snapshot: WorkshopSnapshot, target_id: str, is_cluster: bool) -> str:
    """A note's text or a cluster's title on one line (a gone target says so)."""
    if is_cluster:
        for cluster in snapshot.clusters:
            if cluster.id == target_id:
                return " ".join(cluster.title.split()) or _("(untitled cluster)")
        return _("(removed cluster)")
    for note in snapshot.notes:
        if note.id == target_id:
            if note.is_image and not note.text.strip():
                return _("(photo note)")
            return " ".join(note.text.split()) or _("(empty note)")
    return _("(removed note)")


def counts(snapshot: WorkshopSnapshot, round_id: str) -> Counter[tuple[str, bool]]:
    """Votes per (target id, is cluster) in a round."""
    found: Counter[tuple[str, bool]] = Counter()
    for vote in snapshot.votes:
        if vote.round_id != round_id:
            continue
        if vote.cluster_id:
            found[(vote.cluster_id, True)] += 1
        elif vote.note_id:
            found[(vote.note_id, False)] += 1
    return found


def ranking(snapshot: WorkshopSnapshot, round_id: str) -> list[Tally]:
    """The round's targets that got votes, most votes first; ties share a rank."""
    found = counts(snapshot, round_id)
    labelled = [
        (votes, target_label(snapshot, target, is_cluster), target, is_cluster)
        for (target, is_cluster), votes in found.items()
    ]
    labelled.sort(key=lambda t: (-t[0], t[1].casefold(), t[2]))
    per_count = Counter(votes for votes, *_ in labelled)
    result: list[Tally] = []
    for index, (votes, label, target, is_cluster) in enumerate(labelled):
        rank = index + 1
        if result and result[-1].votes == votes:
            rank = result[-1].rank
        result.append(Tally(target, is_cluster, label, votes, rank, per_count[votes] > 1))
    return result


def votes_used(snapshot: WorkshopSnapshot, round_id: str) -> Counter[str]:
    """Votes cast per participant id in a round."""
    return Counter(v.participant_id for v in snapshot.votes if v.round_id == round_id)


def votes_left(snapshot: WorkshopSnapshot, round_: VoteRound, participant_id: str) -> int:
    return max(0, round_.votes_per_participant - votes_used(snapshot, round_.id)[participant_id])


def votes_cast(snapshot: WorkshopSnapshot, round_id: str) -> int:
    return sum(1 for v in snapshot.votes if v.round_id == round_id)


def find_round(snapshot: WorkshopSnapshot, round_id: str | None) -> VoteRound | None:
    for round_ in snapshot.vote_rounds:
        if round_.id == round_id:
            return round_
    return None


@dataclass(frozen=True)
class ComparisonRow:
    target_id: str
    is_cluster: bool
    label: str
    votes: tuple[int, ...]  # one per round, in the rounds' order
    ranks: tuple[int | None, ...]


def compare(snapshot: WorkshopSnapshot, round_ids: list[str]) -> list[ComparisonRow]:
    """Every note or cluster voted for in any of the rounds, with its votes and rank in
    each; the most-voted overall first."""
    per_round = [counts(snapshot, r) for r in round_ids]
    ranks = [{(t.target_id, t.is_cluster): t.rank for t in ranking(snapshot, r)} for r in round_ids]
    keys: dict[tuple[str, bool], None] = {}
    for found in per_round:
        keys.update(dict.fromkeys(found))
    rows = [
        ComparisonRow(
            target,
            is_cluster,
            target_label(snapshot, target, is_cluster),
            tuple(found[(target, is_cluster)] for found in per_round),
            tuple(r.get((target, is_cluster)) for r in ranks),
        )
        for target, is_cluster in keys
    ]
    rows.sort(key=lambda r: (-sum(r.votes), r.label.casefold(), r.target_id))
    return rows
