"""Values read from a file that may come from anyone, made usable. Pure Python.

A damaged or hostile workshop file (or a document) can hold anything where a number or a
JSON value belongs: each helper here turns what it finds into something the program can
use, or the given default. Board places and sizes are ``board_geometry.coord`` and
``size``.
"""

from __future__ import annotations

import json
from typing import Any


def json_value(value: Any, default: Any) -> Any:
    """The JSON held in ``value`` (text or bytes) when it is of ``default``'s type (a list,
    a dict...); ``default`` for anything else, broken JSON included."""
    try:
        loaded = json.loads(value) if isinstance(value, str | bytes) else default
    except ValueError:
        return default
    return loaded if isinstance(loaded, type(default)) else default


def as_int(value: Any, default: int = 0) -> int:
    """A whole number from ``value`` (a float is cut to one); ``default`` if it is none."""
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return default
