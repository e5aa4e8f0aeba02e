"""What each column of a content table holds, in plain Python types, and a value read from
any file made to fit its column.

``column_kinds(table)`` describes a table's columns (name, Python type, whether it may be
empty) for those outside the store that check or write values by kind (the JSON
interchange), so they need not know the schema module. ``clean_value`` is how a
merge reads a file that may come from anyone: a value as its column declares it, anything
else the column's default, so nothing read can break a write.
"""

from __future__ import annotations

import functools
import math
from typing import Any, NamedTuple

from workshop.store import schema

#: What a column that may not be empty and declares no default holds when a value is unusable.
_EMPTY: dict[type, Any] = {bool: False, float: 0.0, int: 0, bytes: b"", str: ""}


class ColumnKind(NamedTuple):
    """A column of a content table: its name, the Python type of its values (``bool``,
    ``int``, ``float``, ``bytes`` or ``str``) and whether it may be empty (None)."""

    name: str
    kind: type
    nullable: bool
    #: What an unusable value becomes.
    default: Any
    #: The table whose ``id`` it holds, if it points at a row.
    references: str | None = None


@functools.cache
def column_kinds(table_name: str) -> tuple[ColumnKind, ...]:
    """The columns of a content table, in the file's order."""
    found = []
    for column in schema.table(table_name):
        if column.default is not None:
            default = column.default
        else:
            default = None if column.nullable else _EMPTY[column.kind]
        found.append(
            ColumnKind(column.name, column.kind, column.nullable, default, column.references)
        )
    return tuple(found)


def clean_value(column: ColumnKind, value: Any) -> Any:
    """``value`` as ``column`` declares it; anything else becomes the column's default."""
    if value is None:
        return None if column.nullable else column.default
    kind = column.kind
    try:
        if kind is bool:
            return bool(int(value))
        if kind is float:
            number = float(value)
            return number if math.isfinite(number) else column.default
        if kind is int:
            return int(value)
        if kind is bytes:
            return bytes(value) if not isinstance(value, str) else value.encode("utf-8")
    except (TypeError, ValueError, OverflowError):
        return column.default
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
