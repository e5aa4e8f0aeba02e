"""An edit writes only what it changed: a moved note rewrites its position, not its id,
text, source or cluster (which would also touch their indexes and foreign-key checks), and
undo and redo do the same. What lands in the file is checked against the rows themselves."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop.store import create_workshop, open_workshop


def updates_while(wf, action) -> list[str]:
    """The UPDATE statements SQLite runs while ``action`` runs."""
    seen: list[str] = []
    wf._raw.set_trace_callback(seen.append)
    try:
        action()
    finally:
        wf._raw.set_trace_callback(None)
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


def test_a_row_changed_several_times_in_one_step_ends_as_its_last_change(
    tmp_path: Path,
) -> None:
    """Changes to different columns of one row are written in the order they were made,
    also when undone and redone."""
    wf = create_workshop(tmp_path / "w.pwshop", "Rows")
    try:
        note = wf.add_notes([{"text": "n", "x": 0.0, "y": 0.0}]).created[0]

        def steps(rec) -> None:  # type: ignore[no-untyped-def]
            rec.update("note", note, text="m")
            rec.update("note", note, x=1.0, y=1.0)
            rec.update("note", note, x=2.0)
            rec.update("note", note, x=3.0, y=3.0)

        def row() -> list[tuple[object, ...]]:
            return wf._read("SELECT text, x, y FROM note WHERE id = ?", (note,))

        change = wf._run("Several steps", steps)
        assert row() == [("m", 3.0, 3.0)]
        wf.revert(change)
        assert row() == [("n", 0.0, 0.0)]
        wf.reapply(change)
        assert row() == [("m", 3.0, 3.0)]
    finally:
        wf.close()


def test_an_edit_mends_damaged_geometry_it_read_as_defaults(tmp_path: Path) -> None:
    """A note whose position another program left as text is read at 0; editing the note
    writes that 0 to the file, so the file is whole again."""
    path = tmp_path / "w.pwshop"
    wf = create_workshop(path, "Rows")
    note = wf.add_notes([{"text": "a", "x": 5.0}]).created[0]
    wf.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE note SET x = 'junk' WHERE id = ?", (note,))
    raw.commit()
    raw.close()
    wf = open_workshop(path)
    try:
        wf.update_note(note, text="edited")
        assert wf._read("SELECT typeof(x), x, text FROM note") == [("real", 0.0, "edited")]
    finally:
        wf.close()
