"""What a named operation changed: the rows before and after, table by table.

Every operation on a workshop file is one transaction that returns a ``Change``. The
change holds, for each row it touched, the row as it was and as it became. That is all
undo needs (put the "before" images back), all redo needs (put the "after" images back),
and all the board needs to patch itself (which notes, clusters, personas changed): the
notes and clusters come back as domain objects (``notes()``, ``clusters()``), decoded
here in the store, so no view needs to know how rows are stored. ``origin`` is whatever
the caller passed to say who made the change (a view that already shows it can then
leave it alone); undo and redo have none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from workshop.domain.model import Cluster, Note
from workshop.store import reading

Row = dict[str, Any]


class RowChange(NamedTuple):
    """One row an operation touched: as it was (None: added) and as it became (None:
    deleted). A named tuple, not a dataclass: an import makes one per note, 10,000 at a
    time, and a tuple is made in a third of the time."""

    table: str
    row_id: str
    before: Row | None
    after: Row | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "deleted"
        return "updated"

    def inverted(self) -> RowChange:
        return RowChange(self.table, self.row_id, self.after, self.before)


@dataclass(frozen=True)
class Change:
    """The rows one operation touched, in the order it touched them."""

    label: str
    rows: tuple[RowChange, ...] = ()
    #: Ids the operation created, in order (the new note, the new persona...).
    created: tuple[str, ...] = field(default=())
    #: Who made the change, as the caller of the operation said (None for undo and redo).
    origin: object = field(default=None, compare=False)

    @property
    def is_empty(self) -> bool:
        return not self.rows

    def tables(self) -> set[str]:
        return {row.table for row in self.rows}

    def ids(self, table: str, kind: str | None = None) -> list[str]:
        """Ids of ``table`` rows this change touched (optionally only added/updated/deleted)."""
        seen: dict[str, None] = {}
        for row in self.rows:
            if row.table == table and (kind is None or row.kind == kind):
                seen[row.row_id] = None
        return list(seen)

    def notes(self) -> dict[str, Note | None]:
        """Each note the change touched, as it became (None where it ends deleted)."""
        return {
            key: None if row is None else reading.note_from_row(row)
            for (table, key), row in self.final_rows().items()
            if table == "note"
        }

    def clusters(self) -> dict[str, Cluster | None]:
        """Each cluster the change touched, as it became (None where it ends deleted)."""
        return {
            key: None if row is None else reading.cluster_from_row(row)
            for (table, key), row in self.final_rows().items()
            if table == "cluster"
        }

    def inverted(self) -> Change:
        """The change that undoes this one (rows in reverse order, before and after swapped)."""
        return Change(self.label, tuple(row.inverted() for row in reversed(self.rows)))

    def final_rows(self) -> dict[tuple[str, str], Row | None]:
        """Each touched row's state after the change (None where it ends deleted)."""
        return {(row.table, row.row_id): row.after for row in self.rows}


def combine(label: str, changes: Iterable[Change], origin: object = None) -> Change:
    """Several changes as one (an import made of many steps is one undo step)."""
    rows: list[RowChange] = []
    created: list[str] = []
    for change in changes:
        rows.extend(change.rows)
        created.extend(change.created)
    return Change(label, tuple(rows), tuple(created), origin)
