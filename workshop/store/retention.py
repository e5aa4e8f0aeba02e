"""Which safety copies to keep: a pure decision, given the copies' times and sizes.

The rules (``Policy`` holds the numbers):

- of each workshop, keep its newest 10 copies;
- plus the newest copy of every hour for the last day,
- plus the newest copy of every day (UTC) for the last 30 days;
- all within a total size cap of 1 GiB across all workshops: over the cap, the oldest
  copies go first, but the newest copy of a workshop is never thinned away;
- a workshop file that no longer exists is forgotten (all its copies) 30 days after its
  newest copy; copies of a demo workshop go once they are 7 days old.

No files, no clock: ``copies_to_keep`` is given everything and returns the keepers, so the
tests can try it on any history. ``workshop.store.backups`` applies it to the folders.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

GIB = 1024**3


@dataclass(frozen=True)
class Policy:
    last: int = 10
    hourly_for: timedelta = timedelta(days=1)
    daily_for: timedelta = timedelta(days=30)
    #: Across all workshops; the newest copy of each is kept even beyond it.
    total_cap_bytes: int = GIB
    #: A workshop file that is gone (moved or deleted) keeps its copies this long.
    forget_missing_after: timedelta = timedelta(days=30)
    #: Copies of a demo workshop are kept this long.
    demo_for: timedelta = timedelta(days=7)

    def __post_init__(self) -> None:
        if self.last < 1:
            raise ValueError("keep at least the newest safety copy")


@dataclass(frozen=True)
class CopyInfo:
    """One safety copy, as far as the decision goes."""

    workshop: str  # which workshop it is of (its backup folder's name)
    taken_at: datetime  # aware
    size_bytes: int
    #: Tells apart copies taken within the same second (higher is newer).
    sequence: int = 1
    name: str = ""

    @property
    def order(self) -> tuple[datetime, int]:
        return self.taken_at, self.sequence


@dataclass(frozen=True)
class WorkshopInfo:
    """What is known about the workshop file a folder of copies is of."""

    exists: bool = True
    is_demo: bool = False


def copies_to_keep(
    copies: Iterable[CopyInfo],
    now: datetime,
    policy: Policy | None = None,
    workshops: Mapping[str, WorkshopInfo] | None = None,
) -> set[CopyInfo]:
    """The copies to keep out of ``copies`` at time ``now`` (the rest are to be deleted)."""
    policy = policy or Policy()
    workshops = workshops or {}
    by_workshop: dict[str, list[CopyInfo]] = {}
    for copy in copies:
        by_workshop.setdefault(copy.workshop, []).append(copy)
    kept: set[CopyInfo] = set()
    newest_kept: set[CopyInfo] = set()
    for workshop, own in by_workshop.items():
        own.sort(key=lambda c: c.order, reverse=True)
        chosen = _keep_of_one_workshop(own, now, policy, workshops.get(workshop, WorkshopInfo()))
        if chosen:
            kept |= chosen
            newest_kept.add(max(chosen, key=lambda c: c.order))
    return _within_cap(kept, newest_kept, policy.total_cap_bytes)


def _keep_of_one_workshop(
    newest_first: list[CopyInfo], now: datetime, policy: Policy, info: WorkshopInfo
) -> set[CopyInfo]:
    if not newest_first:
        return set()
    if not info.exists and now - newest_first[0].taken_at > policy.forget_missing_after:
        return set()
    candidates = newest_first
    if info.is_demo:
        candidates = [c for c in newest_first if now - c.taken_at <= policy.demo_for]
    keep = set(candidates[: policy.last])
    seen_hours: set[datetime] = set()
    seen_days: set[datetime] = set()
    for copy in candidates:  # newest first: the first of each hour or day is its newest
        age = now - copy.taken_at
        hour = copy.taken_at.replace(minute=0, second=0, microsecond=0)
        day = hour.replace(hour=0)
        if age <= policy.hourly_for and hour not in seen_hours:
            seen_hours.add(hour)
            keep.add(copy)
        if age <= policy.daily_for and day not in seen_days:
            seen_days.add(day)
            keep.add(copy)
    return keep


def _within_cap(kept: set[CopyInfo], protected: set[CopyInfo], cap: int) -> set[CopyInfo]:
    total = sum(copy.size_bytes for copy in kept)
    if total <= cap:
        return kept
    kept = set(kept)
    oldest_first = sorted(kept - protected, key=lambda c: (*c.order, c.workshop, c.name))
    for copy in oldest_first:
        if total <= cap:
            break
        kept.discard(copy)
        total -= copy.size_bytes
    return kept
