"""Which safety copies are kept: the pure decision in ``workshop.store.retention``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.store.retention import GIB, CopyInfo, Policy, WorkshopInfo, copies_to_keep

NOW = datetime(2026, 6, 15, 12, 0, 0, tzinfo=UTC)
MB = 1024**2


def _copy(ago: timedelta, workshop: str = "a", size: int = MB, sequence: int = 1) -> CopyInfo:
    return CopyInfo(workshop, NOW - ago, size, sequence, name=f"{workshop}-{ago}-{sequence}")


def _every(step: timedelta, span: timedelta, workshop: str = "a", size: int = MB) -> list[CopyInfo]:
    count = int(span / step)
    return [_copy(step * n, workshop, size) for n in range(count)]


# -- the rules, one at a time ------------------------------------------------------------


def test_a_few_copies_are_all_kept() -> None:
    copies = _every(timedelta(minutes=5), timedelta(minutes=30))
    assert copies_to_keep(copies, NOW) == set(copies)


def test_the_newest_ten_are_kept_even_when_old() -> None:
    copies = [_copy(timedelta(days=100 + n)) for n in range(15)]
    kept = copies_to_keep(copies, NOW)
    assert kept == set(copies[:10])


def test_one_per_hour_for_the_last_day() -> None:
    # A copy every 5 minutes for two days: 576 copies.
    copies = _every(timedelta(minutes=5), timedelta(days=2))
    kept = copies_to_keep(copies, NOW)
    last_day = [c for c in kept if NOW - c.taken_at <= timedelta(days=1)]
    hours = {c.taken_at.replace(minute=0) for c in last_day}
    assert len(hours) == 25  # 12:00 back to 12:00 yesterday, both ends included
    # Each hour's copy is its newest (the 55-minute one), apart from the newest ten.
    newest_ten = set(copies[:10])
    for copy in set(last_day) - newest_ten:
        assert copy.taken_at.minute == 55 or copy.taken_at == NOW - timedelta(days=1)


def test_one_per_day_for_thirty_days_then_nothing_but_the_newest_ten() -> None:
    copies = _every(timedelta(hours=1), timedelta(days=60))
    kept = copies_to_keep(copies, NOW)
    older = [c for c in kept if NOW - c.taken_at > timedelta(days=1)]
    days = sorted({c.taken_at.date() for c in older})
    assert len(older) == len(days), "one per day"
    assert all(c.taken_at.hour == 23 for c in older if c.taken_at.date() != days[0])
    assert min(c.taken_at for c in kept) >= NOW - timedelta(days=30)
    assert len(kept) == 25 + 29  # 25 hours of the last day (newest ten among them), 29 days more


def test_copies_in_the_same_second_are_told_apart_by_sequence() -> None:
    first = _copy(timedelta(days=40), sequence=1)
    second = _copy(timedelta(days=40), sequence=2)
    newer = [_copy(timedelta(days=41 + n)) for n in range(9)]
    kept = copies_to_keep([first, second, *newer], NOW)
    assert second in kept
    assert first in kept  # still among the newest ten
    kept = copies_to_keep([first, second, *newer], NOW, Policy(last=1))
    assert kept == {second}


def test_the_size_cap_thins_the_oldest_first_across_workshops() -> None:
    a = [_copy(timedelta(hours=n), "a", 100 * MB) for n in range(6)]
    b = [_copy(timedelta(hours=n, minutes=30), "b", 100 * MB) for n in range(6)]
    kept = copies_to_keep([*a, *b], NOW, Policy(total_cap_bytes=700 * MB))
    assert sum(c.size_bytes for c in kept) <= 700 * MB
    assert kept == {*a[:4], *b[:3]}  # the five oldest went, whichever workshop


def test_the_size_cap_never_takes_a_workshops_newest_copy() -> None:
    huge = [_copy(timedelta(minutes=n), "big", 2 * GIB) for n in range(3)]
    small = [_copy(timedelta(days=n), "small", MB) for n in range(3)]
    kept = copies_to_keep([*huge, *small], NOW)
    assert kept == {huge[0], small[0]}  # over the cap, but each keeps its newest


def test_a_workshop_that_is_gone_is_forgotten_after_thirty_days() -> None:
    recent = [_copy(timedelta(days=29, hours=n), "moved") for n in range(3)]
    stale = [_copy(timedelta(days=31, hours=n), "deleted") for n in range(3)]
    old_but_there = [_copy(timedelta(days=31, hours=n), "there") for n in range(3)]
    workshops = {"moved": WorkshopInfo(exists=False), "deleted": WorkshopInfo(exists=False)}
    kept = copies_to_keep([*recent, *stale, *old_but_there], NOW, workshops=workshops)
    assert set(recent) <= kept
    assert not set(stale) & kept
    assert set(old_but_there) <= kept  # newest ten of a workshop still there


def test_demo_copies_go_after_seven_days() -> None:
    copies = [_copy(timedelta(days=n), "demo") for n in range(10)]
    kept = copies_to_keep(copies, NOW, workshops={"demo": WorkshopInfo(is_demo=True)})
    assert kept == set(copies[:8])  # 0..7 days old
    old_only = copies[8:]
    assert copies_to_keep(old_only, NOW, workshops={"demo": WorkshopInfo(is_demo=True)}) == set()


def test_keeping_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="newest"):
        Policy(last=0)


# -- properties over any history ---------------------------------------------------------

_WORKSHOPS = ("a", "b", "c")
_copies = st.lists(
    st.builds(
        CopyInfo,
        workshop=st.sampled_from(_WORKSHOPS),
        taken_at=st.integers(min_value=0, max_value=90 * 24 * 3600).map(
            lambda s: NOW - timedelta(seconds=s)
        ),
        size_bytes=st.integers(min_value=1, max_value=300),
        sequence=st.integers(min_value=1, max_value=3),
    ),
    max_size=120,
    unique_by=lambda c: (c.workshop, c.taken_at, c.sequence),
)
_policies = st.builds(
    Policy,
    last=st.integers(min_value=1, max_value=12),
    total_cap_bytes=st.integers(min_value=0, max_value=20_000),
)
_infos = st.fixed_dictionaries(
    {
        name: st.builds(WorkshopInfo, exists=st.booleans(), is_demo=st.booleans())
        for name in _WORKSHOPS
    }
)


def _of(copies: list[CopyInfo], workshop: str) -> list[CopyInfo]:
    return sorted(
        (c for c in copies if c.workshop == workshop), key=lambda c: c.order, reverse=True
    )


def _eligible(copies: list[CopyInfo], info: WorkshopInfo, policy: Policy) -> list[CopyInfo]:
    """What the per-workshop rules alone allow to be kept (forgetting, demos)."""
    if not copies:
        return []
    if not info.exists and NOW - copies[0].taken_at > policy.forget_missing_after:
        return []
    if info.is_demo:
        return [c for c in copies if NOW - c.taken_at <= policy.demo_for]
    return copies


@settings(max_examples=300, deadline=None)
@given(copies=_copies, policy=_policies, infos=_infos)
def test_retention_properties(
    copies: list[CopyInfo], policy: Policy, infos: dict[str, WorkshopInfo]
) -> None:
    kept = copies_to_keep(copies, NOW, policy, infos)
    assert kept <= set(copies)
    uncapped = copies_to_keep(
        copies, NOW, Policy(**{**policy.__dict__, "total_cap_bytes": 10**12}), infos
    )
    assert kept <= uncapped
    capped = uncapped - kept
    for name in _WORKSHOPS:
        eligible = _eligible(_of(copies, name), infos[name], policy)
        own_kept = _of(list(uncapped), name)
        # Without the cap: the newest `last`, and the newest of each recent hour and day.
        assert set(eligible[: policy.last]) <= uncapped
        for copy in eligible:
            age = NOW - copy.taken_at
            same_hour = [
                c
                for c in eligible
                if c.taken_at.replace(minute=0, second=0)
                == copy.taken_at.replace(minute=0, second=0)
            ]
            if age <= policy.hourly_for:
                assert same_hour[0] in uncapped
            same_day = [c for c in eligible if c.taken_at.date() == copy.taken_at.date()]
            if age <= policy.daily_for:
                assert same_day[0] in uncapped
        # Nothing else: every keeper is in the newest `last` or its hour's/day's newest.
        for copy in own_kept:
            assert copy in eligible
            rank = eligible.index(copy)
            hour_first = next(
                c
                for c in eligible
                if c.taken_at.replace(minute=0, second=0)
                == copy.taken_at.replace(minute=0, second=0)
            )
            day_first = next(c for c in eligible if c.taken_at.date() == copy.taken_at.date())
            assert (
                rank < policy.last
                or (copy is hour_first and NOW - copy.taken_at <= policy.hourly_for)
                or (copy is day_first and NOW - copy.taken_at <= policy.daily_for)
            )
        # The cap never takes a workshop's newest copy.
        if own_kept:
            assert own_kept[0] in kept
    # Within the cap, unless only newest copies are left.
    newest = {_of(list(uncapped), n)[0] for n in _WORKSHOPS if _of(list(uncapped), n)}
    assert sum(c.size_bytes for c in kept) <= policy.total_cap_bytes or kept == newest
    # Thinned oldest first: everything the cap took is no newer than what it left.
    for gone in capped:
        for left in kept - newest:
            assert gone.order <= left.order
    # Tidying again changes nothing (a second run never deletes more).
    assert copies_to_keep(kept, NOW, policy, infos) == kept
