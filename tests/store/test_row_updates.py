"""An edit writes only what it changed: a moved note rewrites its position, not its id,
text, source or cluster (which would also touch their indexes and foreign-key checks), and
undo and redo do the same. What lands in the file is checked against the rows themselves."""

from __future__ import annotations

from pathlib import Path

from workshop.store import create_workshop


def updates_while(wf, action) -> list[str]:
    """The UPDATE statements SQLite runs while ``action`` runs."""
    seen: list[str] = []
    wf.raw_connection.set_trace_callback(seen.append)
    try:
        action()
    finally:
        wf.raw_connection.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("UPDATE")]


def test_a_move_sets_only_position_and_time_and_undo_and_redo_too(tmp_path: Path) -> None:
    wf = create_workshop(tmp_path / "w.pwshop", "Rows")
    try:
        source = wf.add_source("Interview 1", "interview").created[0]
        cluster = wf.add_cluster("Budget").created[0]
        note = wf.add_notes(
            [{"text": "Weekly review is slow", "source_id": source, "cluster_id": cluster}]
        ).created[0]
        before = wf.snapshot().notes[0]
        moved = {}

        def move() -> None:
            moved["change"] = wf.set_note_geometry({note: {"x": 40.0, "y": 60.0}}, "Move")

        statements = updates_while(wf, move)
        assert len(statements) == 1
        assigned = statements[0].split(" SET ", 1)[1].split(" WHERE ", 1)[0]
        assert {part.split("=")[0].strip().strip('"') for part in assigned.split(",")} == {
            "x",
            "y",
            "updated_at",
        }
        after = wf.snapshot().notes[0]
        assert (after.x, after.y) == (40.0, 60.0)
        assert (after.text, after.source_id, after.cluster_id) == (
            before.text,
            before.source_id,
            before.cluster_id,
        )
        undo = updates_while(wf, lambda: wf.revert(moved["change"]))
        assert len(undo) == 1 and '"text"' not in undo[0] and '"id"' not in undo[0]
        assert wf.snapshot().notes[0] == before
        wf.reapply(moved["change"])
        assert wf.snapshot().notes[0] == after
    finally:
        wf.close()


def test_notes_changing_different_columns_in_one_step_are_each_stored(tmp_path: Path) -> None:
    wf = create_workshop(tmp_path / "w.pwshop", "Rows")
    try:
        a, b, c = wf.add_notes([{"text": t} for t in "abc"]).created
        change = wf.set_note_geometry(
            {a: {"x": 10.0}, b: {"y": 20.0, "w": 200.0}, c: {"x": 10.0}}, "Arrange"
        )
        notes = {n.id: n for n in wf.snapshot().notes}
        assert (notes[a].x, notes[b].y, notes[b].w, notes[c].x) == (10.0, 20.0, 200.0, 10.0)
        wf.revert(change)
        notes = {n.id: n for n in wf.snapshot().notes}
        assert (notes[a].x, notes[b].y, notes[b].w, notes[c].x) == (0.0, 0.0, 160.0, 0.0)
    finally:
        wf.close()
