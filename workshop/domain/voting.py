"""The people in the room and their dot votes: participants, vote rounds and votes.

Pure data, no Qt, no SQL; import these from ``workshop.domain.model``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class VoteTarget(enum.StrEnum):
    NOTES = "notes"
    CLUSTERS = "clusters"


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    colour: str = "#607d8b"


@dataclass(frozen=True)
class VoteRound:
    id: str
    name: str
    target: VoteTarget = VoteTarget.NOTES
    votes_per_participant: int = 3
    is_open: bool = True
    show_tallies: bool = True
    created_at: str = ""


@dataclass(frozen=True)
class Vote:
    id: str
    round_id: str
    participant_id: str
    note_id: str | None = None
    cluster_id: str | None = None
