"""One "Invite the room" session: its secret, the phones that joined, what the
facilitator chose for it, and each phone's rate limits.

The secret is the one thing that lets a phone in: it is in the URL (and the QR code)
and nowhere else; a new session has a new one. A phone that joins gets a token of its
own, which names the participant it speaks for.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from workshop.phones import caps
from workshop.phones.rate import RateLimit


@dataclass(frozen=True)
class SessionChoices:
    """What the facilitator chose when starting the session."""

    #: The source phones' notes are tied to; None: the team-knowledge assumption source.
    source_id: str | None = None
    #: Whether a phone may add a participant who is not on the list yet.
    may_add_participants: bool = False


@dataclass
class Phone:
    token: str
    participant_id: str
    notes: RateLimit
    votes: RateLimit


@dataclass
class PhoneSession:
    choices: SessionChoices = field(default_factory=SessionChoices)
    secret: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    clock: Callable[[], float] = time.monotonic
    phones: dict[str, Phone] = field(default_factory=dict)
    #: Voting rounds phones saw open in this session (an ended one shows its totals).
    rounds_seen_open: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.joins = RateLimit(caps.JOINS_PER_MINUTE, clock=self.clock)

    def path_prefix(self) -> str:
        return f"/p/{self.secret}/"

    def secret_matches(self, candidate: str) -> bool:
        return hmac.compare_digest(candidate.encode(), self.secret.encode())

    def is_full(self) -> bool:
        return len(self.phones) >= caps.PHONES_MAX

    def join(self, participant_id: str) -> Phone:
        """A new phone for ``participant_id`` (the caller checked there is room)."""
        token = secrets.token_urlsafe(24)
        phone = Phone(
            token,
            participant_id,
            RateLimit(caps.NOTES_PER_MINUTE, clock=self.clock),
            RateLimit(caps.VOTE_CHANGES_PER_MINUTE, clock=self.clock),
        )
        self.phones[token] = phone
        return phone

    def phone(self, token: str | None) -> Phone | None:
        if not token:
            return None
        return self.phones.get(token)
