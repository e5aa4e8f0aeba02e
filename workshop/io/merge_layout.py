"""Where a merge puts what it brings onto the board.

A breakout's new notes, with the new frames around only new notes, are moved as one block
to where they cover nothing already on the board (below it, aligned with its left edge); a
conflict copy of a note goes beside the note. Sizes, the clamps of damaged values and the
rectangle arithmetic are the shared board geometry's (``domain.board_geometry``); only
where a merge puts a block is decided here: it keeps the breakout's own arrangement of its
new notes, moved whole (``board_geometry.place_blocks`` lays notes out afresh instead).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from workshop.domain.board_geometry import CLUSTER_SIZE, NOTE_SIZE, Rect, bounds, coord, size
from workshop.io.merge_report import Row

if TYPE_CHECKING:
    from workshop.io.merge_plan import Plan
    from workshop.io.merge_rows import Rows

#: Room kept around the board when placing a breakout's new notes, and below it.
MARGIN = 40.0
GAP = 160.0
#: Between a note and its conflict copy.
BESIDE_GAP = 24.0
BOARD_TABLES = ("note", "cluster")
_SIZE_DEFAULTS = {"note": NOTE_SIZE, "cluster": CLUSTER_SIZE}

Key = tuple[str, str]


def rect(table_name: str, row: Row) -> Rect:
    w, h = _SIZE_DEFAULTS[table_name]
    return Rect(coord(row["x"]), coord(row["y"]), size(row["w"], w), size(row["h"], h))


def beside(note: Row) -> dict[str, float]:
    """The place of a conflict copy: right of the note, top edges aligned."""
    place = rect("note", note)
    return {"x": place.right + BESIDE_GAP, "y": place.y}


def lay_out(plan: Plan, ours: Rows) -> None:
    """Move the breakout's block of new notes and frames clear of the board, if it covers
    anything there; remember the move (``plan.new_offsets``) and report it."""
    block = _new_block(plan, ours)
    if not block:
        return
    board = [
        rect(t, r)
        for t in BOARD_TABLES
        for i, r in plan.final(ours, t).items()
        if (t, i) not in block
    ]
    moved = bounds(rect(t, r) for (t, _i), r in block.items())
    around = bounds(board)
    if moved is None or around is None or not any(moved.overlaps(o, MARGIN) for o in board):
        return
    dx = around.x - moved.x
    dy = around.bottom + GAP - moved.y
    for (table_name, row_id), row in block.items():
        row["x"], row["y"] = coord(row["x"]) + dx, coord(row["y"]) + dy
        plan.new_offsets[f"{table_name}:{row_id}"] = (dx, dy)
    plan.merged.shift = (dx, dy)
    plan.merged.shifted = sum(1 for t, _i in block if t == "note")


def _new_block(plan: Plan, ours: Rows) -> dict[Key, Row]:
    """The new frames that hold no note already on the board, and the new notes outside
    any frame or in one of those frames."""
    new_clusters = {str(r["id"]): r for r in plan.inserts.get("cluster", [])}
    holding_old = _clusters_of(_old_notes(plan, ours)) & set(new_clusters)
    block: dict[Key, Row] = {
        ("cluster", c): r for c, r in new_clusters.items() if c not in holding_old
    }
    for note in plan.inserts.get("note", []):
        if note["cluster_id"] is None or ("cluster", note["cluster_id"]) in block:
            block[("note", str(note["id"]))] = note
    return block


def _old_notes(plan: Plan, ours: Rows) -> Iterable[Row]:
    yield from ours["note"].values()
    yield from (after for _before, after in plan.updates.get("note", []))


def _clusters_of(notes: Iterable[Row]) -> set[str]:
    return {str(n["cluster_id"]) for n in notes if n["cluster_id"] is not None}


def apply_offsets(rows: Rows, offsets: Mapping[str, tuple[float, float]]) -> None:
    """Move the breakout's notes and frames by the offsets an earlier merge gave them, so
    they are compared where that merge put them."""
    for table_name in BOARD_TABLES:
        for row_id, row in rows[table_name].items():
            shift = offsets.get(f"{table_name}:{row_id}")
            if shift is not None:
                row["x"], row["y"] = coord(row["x"]) + shift[0], coord(row["y"]) + shift[1]
