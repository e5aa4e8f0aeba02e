"""Merging breakout workshops: each group worked on a copy of the workshop on its own
laptop; afterwards their copies are brought together.

Everything is matched by id (ids are UUIDs, so copies never collide):

- a row only in the breakout file comes in (notes, sources, clusters, personas, items,
  evidence links, votes, voting rounds, participants, images);
- a row in both, changed in one, takes the newer change (``updated_at``); changed in both
  (both changed after the last moment the two files agreed), the newer change is kept and
  the other is listed as a conflict, with both versions, for the facilitator to review;
- nothing is ever deleted: a row deleted in one file but still in another is kept;
- the same picture stored under two ids is kept once; an evidence link the merged
  workshop already has (same item, same evidence) is not added twice;
- new notes are laid out where they do not cover what is on the board: the breakout's
  block of new notes and frames is moved, as a whole, below the board. How far is kept
  with the file (``merge.offsets`` view state), so a later merge of the same breakout file
  changes nothing, and a note changed again in the breakout copy lands where it was put.

``merge_workshops(base, others, output)`` writes a new file and never touches BASE or the
OTHERs; ``merge_into(workshop, other)`` merges into an open workshop as one undoable
change (File > Merge workshop…). No Qt.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Float, Integer, LargeBinary

from workshop.errors import WorkshopError
from workshop.io.merge_report import Conflict, FileMerge, MergeReport, Row, Skipped, describe
from workshop.store import Change, RowChange, WorkshopFile, open_workshop, schema
from workshop.store.reading import coord, size

OFFSETS_KEY = "merge.offsets"
#: Room kept around the board when placing a breakout's new notes, and below it.
MARGIN = 40.0
GAP = 160.0
_ASSET_REFERENCES = {"note": ("asset_id", "origin_asset_id"), "persona": ("photo_asset_id",)}
_BOARD = ("note", "cluster")
_SIZE_DEFAULTS = {"note": (160.0, 120.0), "cluster": (400.0, 300.0)}

Rows = dict[str, dict[str, Row]]  # table -> id -> row
#: (table, id) -> the name of the file a merged row came from; ("", "") names the rest.
Origins = dict[tuple[str, str], str]


# Reading ----------------------------------------------------------------------------------
def _default(column: Any) -> Any:
    value = getattr(column.default, "arg", None)
    if callable(value) or value is None:
        if column.nullable:
            return None
        if isinstance(column.type, Float):
            return 0.0
        if isinstance(column.type, Boolean):
            return False
        if isinstance(column.type, Integer):
            return 0
        if isinstance(column.type, LargeBinary):
            return b""
        return ""
    return value


def _clean_value(column: Any, value: Any) -> Any:
    """A value as the schema declares it; anything else (from a damaged or hostile file)
    becomes the column's default, so that nothing read can break a write."""
    kind = column.type
    if value is None:
        return None if column.nullable else _default(column)
    try:
        if isinstance(kind, Boolean):
            return bool(int(value))
        if isinstance(kind, Float):
            number = float(value)
            return number if math.isfinite(number) else _default(column)
        if isinstance(kind, Integer):
            return int(value)
        if isinstance(kind, LargeBinary):
            return bytes(value) if not isinstance(value, str) else value.encode("utf-8")
    except (TypeError, ValueError, OverflowError):
        return _default(column)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def read_rows(wf: WorkshopFile) -> Rows:
    """Every content row of a workshop, with clean values."""
    rows: Rows = {}
    for table_name in schema.CONTENT_TABLES:
        columns = list(schema.table(table_name).columns)
        names = ", ".join(c.name for c in columns)
        rows[table_name] = {}
        for values in wf.read(f"SELECT {names} FROM {table_name}"):
            row = {c.name: _clean_value(c, v) for c, v in zip(columns, values, strict=True)}
            rows[table_name][str(row["id"])] = row
    return rows


def _offsets(wf: WorkshopFile) -> dict[str, tuple[float, float]]:
    try:
        loaded = json.loads(wf.view_state(OFFSETS_KEY, "{}"))
        return {str(k): (float(v[0]), float(v[1])) for k, v in dict(loaded).items()}
    except (TypeError, ValueError, IndexError, KeyError):
        return {}


# Planning ---------------------------------------------------------------------------------
@dataclass
class _Plan:
    merged: FileMerge
    inserts: dict[str, list[Row]] = field(default_factory=dict)
    updates: dict[str, list[tuple[Row, Row]]] = field(default_factory=dict)
    new_offsets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def rows(self) -> list[RowChange]:
        changes: list[RowChange] = []
        for table_name in schema.CONTENT_TABLES:
            for before, after in self.updates.get(table_name, []):
                changes.append(RowChange(table_name, str(after["id"]), before, after))
            for row in self.inserts.get(table_name, []):
                changes.append(RowChange(table_name, str(row["id"]), None, row))
        return changes


def _agreed_until(ours: Rows, theirs: Rows) -> str | None:
    """When the two files were last the same (the copy was made), as far as they show it:
    no earlier than the newest row both hold unchanged, nor than the newest row both hold
    at all (a row with the same id was made before the copy). A row changed after this
    moment in both files was changed on both sides."""
    stamps = []
    for table_name, rows in theirs.items():
        for row_id, row in rows.items():
            mine = ours.get(table_name, {}).get(row_id)
            if mine is not None:
                stamps.append(str(row["created_at"]))
                if mine == row:
                    stamps.append(str(row["updated_at"]))
    return max(stamps) if stamps else None


def _prepare(
    theirs: Rows, ours: Rows, offsets: dict[str, tuple[float, float]], merged: FileMerge
) -> None:
    """Bring the breakout's rows into our terms: pictures we hold under another id, and
    the shift an earlier merge gave its notes."""
    by_hash = {str(row["sha256"]): asset_id for asset_id, row in ours["asset"].items()}
    renamed: dict[str, str] = {}
    for asset_id, row in list(theirs["asset"].items()):
        ours_id = by_hash.get(str(row["sha256"]))
        if asset_id not in ours["asset"] and ours_id is not None:
            renamed[asset_id] = ours_id
            del theirs["asset"][asset_id]
            merged.skipped.append(
                Skipped(
                    "asset", asset_id, "an image", "the same picture is in the workshop already"
                )
            )
    for table_name, columns in _ASSET_REFERENCES.items():
        for row in theirs[table_name].values():
            for column in columns:
                if row[column] in renamed:
                    row[column] = renamed[row[column]]
    for table_name in _BOARD:
        for row_id, row in theirs[table_name].items():
            shift = offsets.get(f"{table_name}:{row_id}")
            if shift is not None:
                row["x"], row["y"] = row["x"] + shift[0], row["y"] + shift[1]


def _plan(ours: Rows, theirs: Rows, origin: Callable[[str, str], str], merged: FileMerge) -> _Plan:
    plan = _Plan(merged)
    agreed = _agreed_until(ours, theirs)
    links = {(r["item_id"], r["note_id"], r["cluster_id"]) for r in ours["evidence_link"].values()}
    for table_name in schema.CONTENT_TABLES:
        for row_id, row in theirs[table_name].items():
            mine = ours[table_name].get(row_id)
            if table_name == "workshop" and mine is None:
                merged.skipped.append(
                    Skipped(
                        "workshop",
                        row_id,
                        describe("workshop", row),
                        "a different workshop: its frame, stage and settings were not taken "
                        "(its notes, clusters and personas were)",
                    )
                )
            elif mine is None and table_name == "evidence_link":
                key = (row["item_id"], row["note_id"], row["cluster_id"])
                if key in links:
                    merged.skipped.append(
                        Skipped(
                            table_name,
                            row_id,
                            "an evidence link",
                            "the item cites this evidence already",
                        )
                    )
                    continue
                links.add(key)
                plan.inserts.setdefault(table_name, []).append(row)
                merged.came_in[table_name] += 1
            elif mine is None:
                plan.inserts.setdefault(table_name, []).append(row)
                merged.came_in[table_name] += 1
            elif mine != row:
                _decide(plan, table_name, mine, row, agreed, origin(table_name, row_id))
    return plan


def _decide(
    plan: _Plan, table_name: str, mine: Row, theirs: Row, agreed: str | None, ours_name: str
) -> None:
    merged = plan.merged
    newer = str(theirs["updated_at"]) > str(mine["updated_at"])
    both = agreed is None or (
        str(theirs["updated_at"]) > agreed and str(mine["updated_at"]) > agreed
    )
    if newer:
        plan.updates.setdefault(table_name, []).append((mine, theirs))
        merged.updated[table_name] += 1
    if both:
        kept, kept_from = (theirs, merged.source) if newer else (mine, ours_name)
        aside, aside_from = (mine, ours_name) if newer else (theirs, merged.source)
        merged.conflicts.append(
            Conflict(table_name, str(mine["id"]), kept, kept_from, aside, aside_from)
        )


# Laying out the new notes -----------------------------------------------------------------
def _rect(table_name: str, row: Row) -> tuple[float, float, float, float]:
    w, h = _SIZE_DEFAULTS[table_name]
    return coord(row["x"]), coord(row["y"]), size(row["w"], w), size(row["h"], h)


def _lay_out(plan: _Plan, ours: Rows) -> None:
    """Move the breakout's new notes, and the new frames around only new notes, as one
    block to where it covers nothing already on the board."""
    new_clusters = {r["id"]: r for r in plan.inserts.get("cluster", [])}
    new_notes = {r["id"]: r for r in plan.inserts.get("note", [])}
    holding_old = {
        r["cluster_id"]
        for r in (*ours["note"].values(), *(after for _b, after in plan.updates.get("note", [])))
        if r["cluster_id"] in new_clusters
    }
    block = {("cluster", c): r for c, r in new_clusters.items() if c not in holding_old}
    block |= {
        ("note", n): r
        for n, r in new_notes.items()
        if r["cluster_id"] is None or ("cluster", r["cluster_id"]) in block
    }
    if not block:
        return
    final = {(t, i): r for t in _BOARD for i, r in ours[t].items()}
    final |= {(t, str(a["id"])): a for t in _BOARD for _b, a in plan.updates.get(t, [])}
    final |= {(t, str(r["id"])): r for t in _BOARD for r in plan.inserts.get(t, [])}
    board = [_rect(key[0], r) for key, r in final.items() if key not in block]
    mine = [_rect(t, r) for (t, _i), r in block.items()]
    left, top = min(x for x, *_ in mine), min(y for _x, y, *_ in mine)
    right = max(x + w for x, _y, w, _h in mine)
    bottom = max(y + h for _x, y, _w, h in mine)
    if not any(
        x < right + MARGIN
        and x + w > left - MARGIN
        and y < bottom + MARGIN
        and y + h > top - MARGIN
        for x, y, w, h in board
    ):
        return
    dx = min(x for x, *_ in board) - left
    dy = max(y + h for _x, y, _w, h in board) + GAP - top
    for (table_name, row_id), row in block.items():
        row["x"], row["y"] = coord(row["x"]) + dx, coord(row["y"]) + dy
        plan.new_offsets[f"{table_name}:{row_id}"] = (dx, dy)
    plan.merged.shift = (dx, dy)
    plan.merged.shifted = sum(1 for t, _i in block if t == "note")


# Merging ----------------------------------------------------------------------------------
def merge_into(
    workshop: WorkshopFile,
    other: WorkshopFile | Path | str,
    *,
    label: str | None = None,
    origins: Origins | None = None,
) -> tuple[Change, FileMerge]:
    """Merge a breakout file into an open workshop, as one change (one undo step).
    The breakout file is only read. ``origins`` remembers which file each row merged so
    far came from (for naming them in conflicts), when several files are merged."""
    if isinstance(other, WorkshopFile):
        return _merge_open(workshop, other, label, origins)
    with open_workshop(Path(other), read_only=True) as opened:
        assert isinstance(opened, WorkshopFile)
        return _merge_open(workshop, opened, label, origins)


def _merge_open(
    workshop: WorkshopFile, other: WorkshopFile, label: str | None, origins: Origins | None
) -> tuple[Change, FileMerge]:
    origins = {} if origins is None else origins
    ours_name = origins.get(("", ""), workshop.path.name)
    merged = FileMerge(other.path.name)
    ours = read_rows(workshop)
    theirs = read_rows(other)
    offsets = _offsets(workshop)
    _prepare(theirs, ours, offsets, merged)
    plan = _plan(ours, theirs, lambda t, i: origins.get((t, i), ours_name), merged)
    _lay_out(plan, ours)
    rows = plan.rows()
    change = workshop.run(
        label or f"Merge {other.path.name}", lambda rec: rec.apply(rows) if rows else None
    )
    origins.update({(r.table, r.row_id): merged.source for r in rows})
    if plan.new_offsets:
        workshop.set_view_state(OFFSETS_KEY, json.dumps({**offsets, **plan.new_offsets}))
    return change, merged


def merge_workshops(
    base: WorkshopFile | Path | str,
    others: Sequence[Path | str],
    output: Path | str,
    *,
    overwrite: bool = False,
) -> MergeReport:
    """Write BASE with every OTHER merged in, in order, to a new file OUTPUT. Neither BASE
    nor any OTHER is changed; if anything goes wrong, OUTPUT is not left behind."""
    output = Path(output)
    base_path = base.path if isinstance(base, WorkshopFile) else Path(base)
    _check_output(output, [base_path, *(Path(o) for o in others)], overwrite)
    opened: list[WorkshopFile] = []
    try:
        for name in others:  # every breakout file is checked before anything is written
            opened.append(open_workshop(Path(name), read_only=True))
        if isinstance(base, WorkshopFile):
            base.save_copy(output)
        else:
            with open_workshop(base_path, read_only=True) as source:
                assert isinstance(source, WorkshopFile)
                source.save_copy(output)
        report = MergeReport(base_path.name, output)
        origins: Origins = {("", ""): base_path.name}  # rows not merged in are the base's
        try:
            with open_workshop(output) as target:
                assert isinstance(target, WorkshopFile)
                for breakout in opened:
                    report.files.append(merge_into(target, breakout, origins=origins)[1])
        except BaseException:
            _remove(output)
            raise
        return report
    finally:
        for breakout in opened:
            breakout.close()


def _check_output(output: Path, inputs: Iterable[Path], overwrite: bool) -> None:
    resolved = output.resolve()
    if any(resolved == p.resolve() for p in inputs):
        raise WorkshopError(
            "the merged workshop must go to a new file, not over one being merged",
            where=str(output),
        )
    if output.exists():
        if not overwrite:
            raise WorkshopError("a file with this name exists already", where=str(output))
        _remove(output)


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


# The command line -------------------------------------------------------------------------
