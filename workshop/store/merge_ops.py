"""The merge's one write: bring a breakout workshop's rows in, as one undo step.

A merge writes content rows (notes, clusters, votes…) and the merge record it keeps with the
file (``app_state``: what the breakout copies started from, and how far their new notes were
moved on this board). Both go in one transaction and one ``Change``, so undoing the merge
takes away everything it added, the record included: merging again places every note again.

``app_state`` rows are keyed by ``key``, not ``id``: their before/after images are written
here (the generic row writer in ``core`` knows ``id`` keys only), and ``revert``/``reapply``
route them here too, so undo and redo of a merge restore the record as well.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop.store.changes import Change, RowChange
from workshop.store.core import WorkshopFileCore
from workshop.store.recorder import Recorder

STATE_TABLE = "app_state"


class MergeOps(WorkshopFileCore):
    def merge_workshop(
        self, label: str, rows: Sequence[RowChange], record: dict[str, str]
    ) -> Change:
        """Write a planned merge: every row to its ``after`` image, and each ``record`` key
        of ``app_state`` to its value; one transaction, one undo step. An empty plan that
        changes no record writes nothing."""

        def work(rec: Recorder) -> None:
            state = [_state_change(rec, key, value) for key, value in sorted(record.items())]
            if rows:
                rec.apply(rows)
            _apply_state(rec, [c for c in state if c.before != c.after])

        return self._run(label, work)

    def revert(self, change: Change) -> Change:
        if not _has_state(change):
            return super().revert(change)
        inverse = change.inverted()
        return self._run(inverse.label, lambda rec: _apply_mixed(rec, inverse.rows))

    def reapply(self, change: Change) -> Change:
        if not _has_state(change):
            return super().reapply(change)
        return self._run(change.label, lambda rec: _apply_mixed(rec, change.rows))


def _has_state(change: Change) -> bool:
    return any(row.table == STATE_TABLE for row in change.rows)


def _state_change(rec: Recorder, key: str, value: str) -> RowChange:
    found = rec.conn.exec_driver_sql(
        f"SELECT value FROM {STATE_TABLE} WHERE key = ?", (key,)
    ).first()
    before = None if found is None else {"key": key, "value": str(found[0])}
    return RowChange(STATE_TABLE, key, before, {"key": key, "value": value})


def _apply_mixed(rec: Recorder, rows: Sequence[RowChange]) -> None:
    content = [r for r in rows if r.table != STATE_TABLE]
    if content:
        rec.apply(content)
    _apply_state(rec, [r for r in rows if r.table == STATE_TABLE])


def _apply_state(rec: Recorder, changes: Sequence[RowChange]) -> None:
    for change in changes:
        rec.conn.exec_driver_sql(f"DELETE FROM {STATE_TABLE} WHERE key = ?", (change.row_id,))
        if change.after is not None:
            rec.conn.exec_driver_sql(
                f"INSERT INTO {STATE_TABLE} (key, value) VALUES (?, ?)",
                (change.row_id, change.after["value"]),
            )
        rec.rows.append(change)
