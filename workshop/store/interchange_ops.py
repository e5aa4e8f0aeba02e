"""Whole-workshop rows in and out: what the JSON interchange (``io.interchange``) and the
merge of breakout files (``io.merge``) ask of the store.

``content_rows`` reads every row in one consistent picture; ``clean_content_rows`` reads
them with every value made to fit its column (for a merge, which must read any file);
``load_rows`` puts a whole
accepted document into a new workshop file and ``merge_rows`` brings rows worked out by a
merge into an open one, each as one transaction and one ``Change``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from workshop.errors import ImportFailed
from workshop.i18n import N_, _
from workshop.store import schema
from workshop.store.changes import Change, Row, RowChange
from workshop.store.column_values import clean_value, column_kinds
from workshop.store.core import WorkshopFileCore
from workshop.store.recorder import Recorder

Rows = dict[str, list[dict[str, Any]]]


class InterchangeOps(WorkshopFileCore):
    def content_rows(self) -> Rows:
        """Every row of every content table (``CONTENT_TABLES``), sorted by id, as
        column-to-value dicts, read in one transaction (a consistent picture)."""
        rows: Rows = {}
        with self._reading():
            for name in schema.CONTENT_TABLES:
                columns = schema.columns(name)
                flags = [c.name for c in schema.table(name) if c.kind is bool]
                names = ", ".join(f'"{c}"' for c in columns)
                found = rows[name] = []
                for values in self._read(f"SELECT {names} FROM {name} ORDER BY id"):
                    row = dict(zip(columns, values, strict=True))
                    for flag in flags:
                        row[flag] = None if row[flag] is None else bool(row[flag])
                    found.append(row)
        return rows

    def clean_content_rows(self) -> Rows:
        """Every row of every content table, in the file's order, each value as its column
        declares it (``column_values.clean_value``: a damaged or hostile file's odd values
        become the column's default), so nothing read can break a write. Rows are not
        checked against each other: a row without an id, or two with one, come back too."""
        rows: Rows = {}
        for name in schema.CONTENT_TABLES:
            columns = column_kinds(name)
            names = ", ".join(f'"{c.name}"' for c in columns)
            rows[name] = [
                {c.name: clean_value(c, v) for c, v in zip(columns, values, strict=True)}
                for values in self._read(f"SELECT {names} FROM {name}")
            ]
        return rows

    def load_rows(
        self, rows: Mapping[str, Sequence[Row]], where: str = "", label: str = N_("Import workshop")
    ) -> Change:
        """Put a whole document's rows (each with exactly its table's columns) into this
        workshop, replacing its own workshop row: for a freshly made file. One transaction:
        rows that do not hold together (a repeated id, a row pointing at a missing one) are
        refused in words and leave the file as it was."""
        if len(rows.get("workshop", [])) != 1:
            raise ImportFailed(_("an export must hold exactly one workshop"), where=where)

        def work(rec: Recorder) -> None:
            old = [r[0] for r in rec.conn.exec_driver_sql("SELECT id FROM workshop")]
            rec.delete_many("workshop", old)
            try:
                for name in schema.CONTENT_TABLES:
                    rec.insert_exact(name, rows.get(name, ()))
            except sqlite3.IntegrityError as error:
                text = str(error)
                if "UNIQUE" in text:
                    reason = _("the same id (or the same image) appears twice")
                elif "FOREIGN KEY" in text:
                    reason = _("some rows point at rows that are not in the export")
                else:
                    reason = text
                raise ImportFailed(
                    _("the export does not hold together: {reason}").format(reason=reason),
                    where=where,
                ) from None
            broken = rec.conn.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise ImportFailed(
                    _("some {table} rows point at {other} rows that are not in the export").format(
                        table=broken[0], other=broken[2]
                    ),
                    where=where,
                )

        return self._run(label, work)

    def merge_rows(self, label: str, rows: Sequence[RowChange], origin: object = None) -> Change:
        """Bring rows to the images a merge worked out (new rows inserted, changed rows
        updated from their ``before`` to their ``after``), as one step. A row that is no
        longer as the merge read it refuses the whole step."""
        return self._run(label, lambda rec: rec.apply(rows) if rows else None, origin)
