"""Clean files are read straight into notes; anything odd goes through the careful path,
and both give the same notes for the same clean rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop.store import create_workshop, open_workshop, reading


def test_clean_rows_take_the_fast_path_and_match_the_careful_one(tmp_path: Path) -> None:
    with create_workshop(tmp_path / "w.pwshop", "t") as wf:
        source = wf.add_source("Interview 1", "interview").created[0]
        wf.add_notes(
            [
                {"text": f"note {i} 😀", "x": i * 1.5, "y": -i, "source_id": source}
                for i in range(50)
            ]
        )
        wf.add_image_notes([{"data": b"img", "mime": "image/png", "width": 10, "height": 5}])
        assert wf.read(reading.NOTES_ARE_CLEAN)[0][0] == 1
        rows = wf.read(f"SELECT {reading.NOTE_COLUMNS} FROM note ORDER BY z, id")
        assert reading.notes(wf.read) == [reading.note(row) for row in rows]


def test_a_hostile_value_sends_the_file_through_the_careful_path(tmp_path: Path) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "t") as wf:
        wf.add_notes([{"text": "fine", "x": 1.0}, {"text": "odd", "x": 2.0}])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE note SET x = 1e308, w = 'wide' WHERE text = 'odd'")
    conn.commit()
    conn.close()
    with open_workshop(path, read_only=True) as wf:
        assert wf.read(reading.NOTES_ARE_CLEAN)[0][0] == 0
        odd = next(n for n in wf.snapshot().notes if n.text == "odd")
    assert odd.x == reading.COORD_LIMIT
    assert odd.w == 160.0
