"""Whether rows read from a workshop file can be used exactly as they are, checked a column
at a time.

A file may come from anyone, so every value read is checked before it is used (see
``reading``). Checking value by value in Python costs ~2 us a row; asking SQLite in a
second query costs a second scan of the table. Here the rows already fetched are turned
into columns (``zip(*rows)``) and each column is checked by a few loops that run in C
(the set of its value types, its sum, minimum and maximum): ~7 ms for 10,000 notes of 14
columns. When a check fails, the caller takes its careful path, value by value, which
turns whatever the file held into something usable; when all pass, that careful path
would have returned every value unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

#: A check of one column: True when every value in it can be used as it is.
Check = Callable[[tuple[Any, ...]], bool]

_STR = {str}
_STR_OR_NONE = {str, type(None)}
_FLOAT = {float}


def text(column: tuple[Any, ...]) -> bool:
    """Only text (no NULL, no blob, no number)."""
    return set(map(type, column)) <= _STR


def sortable_text(column: tuple[Any, ...]) -> bool:
    """Only text, none of it holding U+FFFD: text that was not valid UTF-8 in the file
    reads with that mark in place of its bytes, and then no longer sorts as SQLite sorts
    the bytes."""
    return text(column) and "\ufffd" not in "".join(column)


def filled_text(column: tuple[Any, ...]) -> bool:
    """Only text, none of it empty."""
    return text(column) and all(column)


def text_or_null(column: tuple[Any, ...]) -> bool:
    return set(map(type, column)) <= _STR_OR_NONE


def floats_within(low: float, high: float) -> Check:
    """A check for real numbers from ``low`` to ``high``: no integers, text or NULL.

    The sum catches NaN and infinities: any of them makes it NaN or infinite (so would
    finite values too large to add up, which only sends the rows the careful way). Once
    every value is known to be a finite float, the minimum and maximum are the true ones;
    with a NaN among them they need not be (``max([1.0, nan, 2.0])`` is 2.0)."""

    def check(column: tuple[Any, ...]) -> bool:
        return (
            set(map(type, column)) <= _FLOAT
            and math.isfinite(sum(column))
            and low <= min(column, default=low)
            and max(column, default=high) <= high
        )

    return check


def all_clean(rows: Sequence[tuple[Any, ...]], checks: Sequence[Check]) -> bool:
    """True when every column of ``rows`` passes its check (one check per column)."""
    if not rows:
        return True
    columns = zip(*rows, strict=True)
    return all(check(column) for check, column in zip(checks, columns, strict=True))
