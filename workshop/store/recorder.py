"""The recorder: writes rows inside one transaction and remembers each row before and
after (what undo and redo put back: see ``changes``).

Every named operation writes through a ``Recorder`` that ``core.WorkshopFileCore`` hands it
for its transaction; the statements go straight to SQLite (``TransactionConnection``).
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from workshop.domain.board_geometry import CLUSTER_SIZE, NOTE_SIZE
from workshop.domain.ids import new_ids
from workshop.errors import OperationRefused
from workshop.i18n import _
from workshop.store import schema
from workshop.store.changes import Row, RowChange

_CHUNK = 500


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


#: Geometry columns and the value a damaged one (text, NaN, infinity) is read as, so that
#: arithmetic on a row from someone else's file cannot fail (see ``reading`` for display).
_GEOMETRY: dict[str, dict[str, float]] = {
    "note": {"x": 0.0, "y": 0.0, "w": NOTE_SIZE[0], "h": NOTE_SIZE[1], "z": 0.0},
    "cluster": {"x": 0.0, "y": 0.0, "w": CLUSTER_SIZE[0], "h": CLUSTER_SIZE[1], "z": -1.0},
}


def _repair_geometry(table_name: str, row: Row) -> tuple[str, ...]:
    """Put usable values in place of damaged geometry; returns the columns repaired."""
    repaired: list[str] = []
    for column, default in _GEOMETRY.get(table_name, {}).items():
        value = row.get(column)
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not math.isfinite(value):  # type: ignore[arg-type]
            row[column] = default
            repaired.append(column)
    return tuple(repaired)


@functools.cache
def _boolean_columns(table_name: str) -> tuple[str, ...]:
    """Columns SQLite keeps as 0/1 that the program reads as True/False."""
    return tuple(c.name for c in schema.table(table_name) if c.kind is bool)


@functools.cache
def _values_in_order(table_name: str) -> Callable[[Row], tuple[Any, ...]]:
    """Reads a complete row's values in the order of the table's columns."""
    columns = schema.columns(table_name)
    if len(columns) == 1:  # an itemgetter of one name gives the value, not a tuple
        return lambda row: (row[columns[0]],)
    return operator.itemgetter(*columns)


@functools.cache
def _column_defaults(table_name: str) -> dict[str, Any]:
    """Each column's declared default (None where there is none), so rows are complete."""
    return {column.name: column.default for column in schema.table(table_name)}


class StatementResult:
    """What a statement gave back: the few ways the operations read it."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._cursor)

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else row[0]

    def first(self) -> tuple[Any, ...] | None:
        row = self._cursor.fetchone()
        return None if row is None else tuple(row)

    def all(self) -> list[tuple[Any, ...]]:
        return list(self._cursor.fetchall())

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)


class TransactionConnection:
    """The connection as an operation sees it inside its transaction.

    Statements go straight to SQLite: one note move is a handful of statements, and
    each would otherwise cost more in the SQL toolkit than in SQLite itself (see
    tests/benchmarks/bench_board.py). A list of parameter tuples runs the statement
    once per tuple (``executemany``)."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    def exec_driver_sql(self, sql: str, params: Sequence[Any] = ()) -> StatementResult:
        if isinstance(params, list):
            return StatementResult(self.raw.executemany(sql, params))
        return StatementResult(self.raw.execute(sql, params))


class Recorder:
    """Writes rows inside one transaction and remembers each row before and after."""

    def __init__(
        self, conn: TransactionConnection, before_rows: Callable[[], None] | None = None
    ) -> None:
        self.conn = conn
        #: Run once before the first rows are inserted (see ``WorkshopFileCore``).
        self.before_rows = before_rows
        self.rows: list[RowChange] = []
        self.created: list[str] = []
        self.stamp = now()
        #: Rows read with damaged geometry, and which columns were read as defaults: an
        #: update of such a row writes those columns too, so the file is mended.
        self.repaired: dict[tuple[str, str], tuple[str, ...]] = {}

    # Reading inside the transaction -------------------------------------------------
    def fetch(self, table_name: str, ids: Iterable[str]) -> dict[str, Row]:
        columns = schema.columns(table_name)
        flags = _boolean_columns(table_name)
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Row] = {}
        for part in _chunks(wanted):
            sql = f"{_statement('select', table_name)} WHERE id IN ({', '.join('?' * len(part))})"
            for values in self.conn.exec_driver_sql(sql, tuple(part)):
                row = dict(zip(columns, values, strict=True))
                for name in flags:
                    row[name] = bool(row[name])
                repaired = _repair_geometry(table_name, row)
                if repaired:
                    self.repaired[(table_name, row["id"])] = repaired
                found[row["id"]] = row
        return found

    def fetch_one(self, table_name: str, row_id: str) -> Row:
        row = self.fetch(table_name, [row_id]).get(row_id)
        if row is None:
            raise OperationRefused(
                _("that {kind} no longer exists").format(kind=table_name.replace("_", " "))
            )
        return row

    def ids_where(self, table_name: str, column: str, values: Iterable[str]) -> list[str]:
        if column not in schema.columns(table_name):
            raise ValueError(f"{table_name} has no column {column}")
        wanted = list(dict.fromkeys(values))
        ids: list[str] = []
        for part in _chunks(wanted):
            sql = f'SELECT id FROM {table_name} WHERE "{column}" IN ({", ".join("?" * len(part))})'
            ids += [r[0] for r in self.conn.exec_driver_sql(sql, tuple(part))]
        return ids

    # Writing ------------------------------------------------------------------------
    def insert(self, table_name: str, values: Row) -> str:
        return self.insert_many(table_name, [values])[0]

    def insert_many(
        self, table_name: str, rows: Sequence[Mapping[str, Any]], defaults: Row | None = None
    ) -> list[str]:
        """Insert new rows in one ``executemany``. A column a row leaves out takes its
        value from ``defaults`` (when given), else the column's declared default; a row
        without an id gets a new one, and without stamps the step's stamp. Returns the
        ids in order.

        Imports insert 10,000 notes at a time, so this is written for it: one dict per
        row (the row as recorded for undo), its values read in column order by an
        ``itemgetter`` and the ids made in one go."""
        if not rows:
            return []
        base = _column_defaults(table_name)
        if defaults:
            base = {**base, **defaults}
        stamp = self.stamp
        fresh = iter(new_ids(sum(1 for values in rows if values.get("id") is None)))
        complete: list[Row] = []
        for values in rows:
            row = {**base, **values}
            if row["id"] is None:
                row["id"] = next(fresh)
            if not row.get("created_at"):
                row["created_at"] = stamp
            if not row.get("updated_at"):
                row["updated_at"] = stamp
            complete.append(row)
        self._insert_rows(table_name, complete)
        ids = [row["id"] for row in complete]
        self.rows.extend(
            [RowChange(table_name, i, None, r) for i, r in zip(ids, complete, strict=True)]
        )
        self.created.extend(ids)
        return ids

    def update(self, table_name: str, row_id: str, **values: Any) -> bool:
        return bool(self.update_many(table_name, {row_id: values}))

    def update_many(self, table_name: str, values_by_id: dict[str, dict[str, Any]]) -> list[str]:
        """Update rows; rows whose values do not change are left alone. Returns changed ids."""
        before = self.fetch(table_name, values_by_id)
        missing = set(values_by_id) - set(before)
        if missing:
            raise OperationRefused(
                _("that {kind} no longer exists").format(kind=table_name.replace("_", " "))
            )
        changes: list[RowChange] = []
        for row_id, values in values_by_id.items():
            old = before[row_id]
            new = {**old, **values}
            if new == old:
                continue
            new["updated_at"] = self.stamp
            changes.append(RowChange(table_name, row_id, old, new))
        self._update_rows(table_name, changes)
        self.rows.extend(changes)
        return [c.row_id for c in changes]

    def _update_rows(self, table_name: str, changes: Sequence[RowChange]) -> int:
        """Write each row's ``after`` image, setting only the columns that differ from its
        ``before`` (and any read as defaults because the file held damaged values there):
        SQLite then leaves alone the indexes and foreign-key checks of the columns that did
        not change (a moved note rewrites its row, not the id index, nor checks its source,
        author and cluster again). Neighbouring rows changing the same columns go as one
        ``executemany``; the order of the changes is kept, so a row changed twice in one
        step ends as its last change left it. Returns how many rows were found."""
        columns = schema.columns(table_name)
        steps: list[tuple[tuple[str, ...], tuple[Any, ...]]] = []
        for change in changes:
            before, after = change.before, change.after
            if before is None or after is None:
                continue
            mended = self.repaired.get((table_name, change.row_id), ())
            changed = tuple(
                c for c in columns if c != "id" and (after[c] != before.get(c) or c in mended)
            )
            steps.append((changed, (*(after[c] for c in changed), change.row_id)))
        found = 0
        for changed, run in itertools.groupby(steps, key=lambda step: step[0]):
            params = [values for _changed, values in run]
            if changed:
                result = self.conn.exec_driver_sql(_update_statement(table_name, changed), params)
            else:  # nothing to write; only whether the row is there
                result = self.conn.exec_driver_sql(
                    f"UPDATE {table_name} SET id = id WHERE id = ?", params
                )
            found += result.rowcount
        return found

    def delete_many(self, table_name: str, ids: Iterable[str]) -> list[str]:
        before = self.fetch(table_name, ids)
        if before:  # an empty parameter list would run the statement once, unbound
            self.conn.exec_driver_sql(_statement("delete", table_name), [(i,) for i in before])
        for row_id, row in before.items():
            self.rows.append(RowChange(table_name, row_id, row, None))
        return list(before)

    def insert_exact(self, table_name: str, rows: Iterable[Row]) -> None:
        """Insert whole rows exactly as given, stamps and ids included (a loaded document)."""
        columns = schema.columns(table_name)
        complete = [{c: row.get(c) for c in columns} for row in rows]
        self._insert_rows(table_name, complete)
        self.rows.extend(RowChange(table_name, str(row["id"]), None, row) for row in complete)

    def _insert_rows(self, table_name: str, rows: Sequence[Row]) -> None:
        """Insert complete rows in one ``executemany`` (bulk imports and undo of deletes)."""
        if not rows:
            return
        if self.before_rows is not None:
            self.before_rows()
            self.before_rows = None
        self.conn.exec_driver_sql(
            _statement("insert", table_name), list(map(_values_in_order(table_name), rows))
        )

    def apply(self, rows: Sequence[RowChange]) -> None:
        """Bring each row to its ``after`` image (used by undo and redo).

        Consecutive rows of one table and one kind of step go to SQLite as one
        ``executemany``, so undoing a 10,000-note import is as quick as the import."""
        for (table_name, step), run in itertools.groupby(rows, key=_step):
            group = list(run)
            if step == "delete":
                self.conn.exec_driver_sql(
                    _statement("delete", table_name), [(c.row_id,) for c in group]
                )
            elif step == "insert":
                self._insert_rows(table_name, [c.after for c in group if c.after is not None])
            elif self._update_rows(table_name, group) != len(group):
                raise OperationRefused(_("this step can no longer be undone or redone"))
            self.rows.extend(group)


def _step(change: RowChange) -> tuple[str, str]:
    if change.after is None:
        return change.table, "delete"
    if change.before is None:
        return change.table, "insert"
    return change.table, "update"


@functools.cache
def _statement(step: str, table_name: str) -> str:
    """The SQL for one row of a step; table and column names come from our own schema."""
    columns = schema.columns(table_name)
    if step == "insert":
        marks = ", ".join("?" for _ in columns)
        return f"INSERT INTO {table_name} ({', '.join(columns)}) VALUES ({marks})"
    if step == "delete":
        return f"DELETE FROM {table_name} WHERE id = ?"
    if step == "select":
        return f"SELECT {', '.join(chr(34) + c + chr(34) for c in columns)} FROM {table_name}"
    raise ValueError(f"no statement for {step!r}")


@functools.cache
def _update_statement(table_name: str, columns: tuple[str, ...]) -> str:
    """The SQL that sets ``columns`` of one row (names from our own schema)."""
    assignments = ", ".join(f'"{c}" = ?' for c in columns)
    return f"UPDATE {table_name} SET {assignments} WHERE id = ?"
