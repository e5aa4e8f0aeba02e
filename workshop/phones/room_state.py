"""What a phone sees of the room, as JSON-ready dicts (docs/phone-api.md): the stage and
its prompt, the timer, the participants, and the voting round with its items. Only
totals of a round ever leave the laptop, never who gave which dot, and totals only once
the round has ended and when the round shows tallies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workshop.domain.model import Note, VoteRound, VoteTarget, WorkshopSnapshot
from workshop.domain.stages import guide
from workshop.i18n import _
from workshop.phones import caps


@dataclass(frozen=True)
class TimerReading:
    running: bool
    #: Seconds left, rounded; negative in overtime.
    remaining: float


def shown(text: str) -> str:
    """A text on one line, cut to ``SHOWN_TEXT_MAX`` characters."""
    line = " ".join(text.split())
    if len(line) > caps.SHOWN_TEXT_MAX:
        return line[: caps.SHOWN_TEXT_MAX - 1] + "…"
    return line


def note_words(note: Note) -> str:
    if note.is_image and not note.text.strip():
        return _("(photo)")
    return shown(note.text)


def current_round(snapshot: WorkshopSnapshot, seen_open: set[str]) -> VoteRound | None:
    """The newest open round; else the newest round phones saw open that has ended."""
    rounds = sorted(snapshot.vote_rounds, key=lambda r: (r.created_at, r.id), reverse=True)
    for round_ in rounds:
        if round_.is_open:
            return round_
    for round_ in rounds:
        if round_.id in seen_open:
            return round_
    return None


def open_round(snapshot: WorkshopSnapshot) -> VoteRound | None:
    rounds = sorted(snapshot.vote_rounds, key=lambda r: (r.created_at, r.id), reverse=True)
    return next((r for r in rounds if r.is_open), None)


def round_items(snapshot: WorkshopSnapshot, round_: VoteRound) -> list[dict[str, Any]]:
    """The notes or clusters of a round, in reading order on the board (top to bottom,
    left to right), each cluster with the texts of its first notes."""
    if round_.target is VoteTarget.CLUSTERS:
        members: dict[str, list[Note]] = {}
        for note in snapshot.notes:
            if note.cluster_id is not None:
                members.setdefault(note.cluster_id, []).append(note)
        clusters = sorted(snapshot.clusters, key=lambda c: (c.y, c.x, c.id))
        return [
            {
                "id": cluster.id,
                "title": shown(cluster.title) or _("(untitled cluster)"),
                "notes": [
                    note_words(n)
                    for n in sorted(members.get(cluster.id, []), key=lambda n: (n.y, n.x, n.id))[
                        : caps.NOTES_PER_ITEM
                    ]
                ],
            }
            for cluster in clusters[: caps.ROUND_ITEMS_MAX]
        ]
    notes = sorted(snapshot.notes, key=lambda n: (n.y, n.x, n.id))
    return [
        {"id": note.id, "title": note_words(note) or _("(empty note)"), "notes": []}
        for note in notes[: caps.ROUND_ITEMS_MAX]
    ]


def round_state(snapshot: WorkshopSnapshot, round_: VoteRound) -> dict[str, Any]:
    state: dict[str, Any] = {
        "id": round_.id,
        "name": shown(round_.name),
        "target": str(round_.target),
        "dots_per_participant": round_.votes_per_participant,
        "is_open": round_.is_open,
        "items": round_items(snapshot, round_),
    }
    if not round_.is_open and round_.show_tallies:
        totals: Counter[str] = Counter()
        for vote in snapshot.votes:
            if vote.round_id == round_.id:
                target = vote.cluster_id or vote.note_id
                if target:
                    totals[target] += 1
        state["totals"] = dict(totals)
    return state


def room_state(
    snapshot: WorkshopSnapshot,
    *,
    may_add_participants: bool,
    seen_open: set[str],
) -> dict[str, Any]:
    """Everything in the state message but the timer (which the caller adds: ``timer``)."""
    workshop = snapshot.workshop
    stage = guide(workshop.stage)
    round_ = current_round(snapshot, seen_open)
    people = sorted(snapshot.participants, key=lambda p: (p.name.casefold(), p.id))
    return {
        "workshop": shown(workshop.title),
        "stage": {"key": str(workshop.stage), "title": stage.title, "prompt": stage.purpose},
        "participants": [{"id": p.id, "name": shown(p.name)} for p in people],
        "can_add_participant": may_add_participants,
        "round": None if round_ is None else round_state(snapshot, round_),
    }


def timer_state(reading: TimerReading | None) -> dict[str, Any]:
    if reading is None:
        return {"running": False, "remaining_seconds": None}
    return {"running": reading.running, "remaining_seconds": round(reading.remaining)}


def votes_state(
    snapshot: WorkshopSnapshot, participant_id: str, round_: VoteRound | None
) -> dict[str, Any]:
    """One participant's dots in the open round (``round_``), and how many are left."""
    if round_ is None or not round_.is_open:
        return {"round_id": None, "dots": [], "remaining": 0}
    dots: Sequence[str] = [
        target
        for vote in snapshot.votes
        if vote.round_id == round_.id and vote.participant_id == participant_id
        for target in (vote.cluster_id or vote.note_id,)
        if target
    ]
    return {
        "round_id": round_.id,
        "dots": list(dots),
        "remaining": max(0, round_.votes_per_participant - len(dots)),
    }
