"""The column checks pass only values the careful path would keep exactly as they are."""

from __future__ import annotations

import math
from typing import Any

import pytest

from workshop.store import clean_columns

coords = clean_columns.floats_within(-10.0, 10.0)


@pytest.mark.parametrize(
    "column",
    [(1.0, 2.5), (-10.0, 10.0, 0.0, -0.0), ()],
    ids=["inside", "bounds", "empty"],
)
def test_finite_floats_within_bounds_pass(column: tuple[float, ...]) -> None:
    assert coords(column)


@pytest.mark.parametrize(
    "odd",
    [math.nan, math.inf, -math.inf, 10.5, -1e308, 1e308, 3, True, "1.0", b"\x00", None],
)
def test_any_other_value_among_floats_fails(odd: Any) -> None:
    for place in range(3):
        column = [1.0, 2.0, 3.0]
        column.insert(place, odd)
        assert not coords(tuple(column)), column


def test_nan_is_caught_wherever_min_and_max_would_miss_it() -> None:
    assert not coords((1.0, math.nan, 2.0))
    assert not coords((math.nan, math.inf))


def test_text_checks() -> None:
    assert clean_columns.text(("a", ""))
    assert clean_columns.filled_text(("a", "b"))
    assert not clean_columns.filled_text(("a", ""))
    assert clean_columns.text_or_null(("a", None))
    for odd in (None, b"a", 1, 1.5):
        assert not clean_columns.text(("a", odd))
        assert not clean_columns.filled_text(("a", odd))
    for odd in (b"", b"a", 0, 1.5):
        assert not clean_columns.text_or_null((None, odd))


def test_all_clean_checks_each_column_with_its_own_check() -> None:
    checks = (clean_columns.text, coords)
    assert clean_columns.all_clean([("a", 1.0), ("b", 2.0)], checks)
    assert clean_columns.all_clean([], checks)
    assert not clean_columns.all_clean([("a", 1.0), ("b", 20.0)], checks)
    assert not clean_columns.all_clean([("a", 1.0), (2.0, "b")], checks)
    with pytest.raises(ValueError):
        clean_columns.all_clean([("a", 1.0, "extra")], checks)
