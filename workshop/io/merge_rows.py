"""Reading workshops for a merge, and the merge record a merged workshop keeps.

Every content row is read with clean values (what the schema declares; anything else from a
damaged or hostile file becomes the column's default, so nothing read can break a write).
A file in which two rows of a table share an id, or a row has no id, is refused: matching
by id is all a merge does, so such a file cannot be merged without losing rows.

The merge record (``app_state`` key ``merge.record``) is what a later merge into this
workshop needs to decide, without clocks, which side changed a field:

- ``ancestor``: a fingerprint of every field of every row as the breakout copies started
  from it (the workshop they were copied from), and of every row a merge brought in, as it
  came in. A field whose value still has its fingerprint was not changed on that side.
- ``offsets``: how far a merge moved a breakout's new notes and frames to keep clear of the
  board, so the same notes in the breakout file are compared where they were put.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from workshop.errors import WorkshopError
from workshop.i18n import _
from workshop.io.merge_report import Row, count
from workshop.store import CONTENT_TABLES, WorkshopFile, content_columns

RECORD_KEY = "merge.record"
#: Where an earlier version kept the offsets alone (read, never written).
OLD_OFFSETS_KEY = "merge.offsets"
_NOT_COMPARED = frozenset({"id", "created_at", "updated_at"})
_RECORD_VERSION = 1

Rows = dict[str, dict[str, Row]]  # table -> id -> row
#: (table, id) -> field -> fingerprint of the value the copies started from.
Ancestor = dict[tuple[str, str], dict[str, str]]


# Reading ----------------------------------------------------------------------------------
def read_rows(wf: WorkshopFile) -> Rows:
    """Every content row of a workshop, with clean values (``clean_content_rows``); refused
    (``WorkshopError``) when a table holds rows without an id or two rows with one id."""
    rows: Rows = {}
    problems: list[str] = []
    for table_name, table_rows in wf.clean_content_rows().items():
        rows[table_name] = {}
        ids: Counter[str] = Counter()
        missing = 0
        for row in table_rows:
            row_id = str(row["id"])
            if not row_id.strip():
                missing += 1
                continue
            ids[row_id] += 1
            rows[table_name][row_id] = row
        problems += _id_problems(table_name, ids, missing)
    if problems:
        raise WorkshopError(
            _(
                "{problems}: rows are matched by id, so this file cannot be merged without "
                "losing some (was it written by another program?); nothing was merged"
            ).format(problems="; ".join(problems)),
            where=str(wf.path),
        )
    return rows


def _id_problems(table_name: str, ids: Counter[str], missing: int) -> list[str]:
    problems = []
    doubled = sum(n for n in ids.values() if n > 1)
    if doubled:
        problems.append(
            _("{rows} share an id with another").format(rows=count(doubled, table_name))
        )
    if missing:
        problems.append(_("{rows} without an id").format(rows=count(missing, table_name)))
    return problems


def total(rows: Rows) -> Counter[str]:
    return Counter({t: len(r) for t, r in rows.items() if r})


# Fingerprints -----------------------------------------------------------------------------
@functools.cache
def compared_fields(table_name: str) -> tuple[str, ...]:
    """The fields a merge decides one by one (not the id, nor when the row was stamped)."""
    return tuple(c for c in content_columns(table_name) if c not in _NOT_COMPARED)


def fingerprint(value: Any) -> str:
    data = value if isinstance(value, bytes) else json.dumps(value, sort_keys=True).encode()
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def fingerprints(table_name: str, row: Row) -> dict[str, str]:
    return {f: fingerprint(row.get(f)) for f in compared_fields(table_name)}


def ancestor_of(rows: Rows) -> Ancestor:
    return {
        (table_name, row_id): fingerprints(table_name, row)
        for table_name, table_rows in rows.items()
        for row_id, row in table_rows.items()
    }


# The merge record -------------------------------------------------------------------------
@dataclass
class MergeRecord:
    ancestor: Ancestor = field(default_factory=dict)
    offsets: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: The other value of each field changed differently on both sides that has no row of
    #: its own (``table:id:field:fingerprint`` -> value and the file it came from).
    set_aside: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def knows_ancestor(self) -> bool:
        return bool(self.ancestor)

    def dumps(self) -> str:
        tables: dict[str, dict[str, str]] = {}
        for (table_name, row_id), prints in sorted(self.ancestor.items()):
            joined = ",".join(prints.get(f, "") for f in compared_fields(table_name))
            tables.setdefault(table_name, {})[row_id] = joined
        return json.dumps(
            {
                "version": _RECORD_VERSION,
                "fields": {t: list(compared_fields(t)) for t in sorted(tables)},
                "ancestor": tables,
                "offsets": {k: list(v) for k, v in sorted(self.offsets.items())},
                "set_aside": self.set_aside,
            },
            sort_keys=True,
            separators=(",", ":"),
        )


def load_record(wf: WorkshopFile) -> MergeRecord:
    """The merge record kept in a workshop (empty where there is none or it is unreadable:
    a merge then knows no ancestor, and reports every difference as a conflict)."""
    record = MergeRecord(offsets=_offsets(wf.view_state(OLD_OFFSETS_KEY, "{}")))
    try:
        data = json.loads(wf.view_state(RECORD_KEY, "{}"))
        if not isinstance(data, dict) or data.get("version") != _RECORD_VERSION:
            return record
        record.offsets.update(_offsets(json.dumps(data.get("offsets", {}))))
        record.ancestor = _ancestor(data)
        record.set_aside = {str(k): dict(v) for k, v in dict(data.get("set_aside", {})).items()}
    except (TypeError, ValueError, AttributeError):
        return MergeRecord(offsets=record.offsets)
    return record


def _ancestor(data: dict[str, Any]) -> Ancestor:
    """The ancestor fingerprints of each table whose fields are as they are today."""
    ancestor: Ancestor = {}
    fields = data.get("fields", {})
    for table_name, rows in dict(data.get("ancestor", {})).items():
        if table_name not in CONTENT_TABLES:
            continue
        names = compared_fields(table_name)
        if list(fields.get(table_name, [])) != list(names):
            continue  # a record from another schema: those rows' ancestors are unknown
        for row_id, joined in dict(rows).items():
            prints = str(joined).split(",")
            if len(prints) == len(names):
                ancestor[(table_name, str(row_id))] = dict(zip(names, prints, strict=True))
    return ancestor


def _offsets(text: str) -> dict[str, tuple[float, float]]:
    try:
        loaded = json.loads(text)
        return {str(k): (float(v[0]), float(v[1])) for k, v in dict(loaded).items()}
    except (TypeError, ValueError, IndexError, KeyError):
        return {}
