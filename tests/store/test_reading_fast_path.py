"""Clean files are read straight into notes; a file with anything odd, even in one row of
many, goes through the careful path; both give the same notes, in the same order, as
reading every row through ``reading.note`` in SQLite's ``ORDER BY z, id``."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.domain.model import Note
from workshop.store import WorkshopFile, clean_columns, create_workshop, open_workshop, reading

SORTED = f"SELECT {reading.NOTE_COLUMNS} FROM note ORDER BY z, id"


def careful(wf: WorkshopFile) -> list[Note]:
    """What the notes are by the slow path: every value checked, SQLite's order."""
    return [reading.note(row) for row in wf._read(SORTED)]


def is_clean(wf: WorkshopFile) -> bool:
    rows = wf._read(f"SELECT {reading.NOTE_COLUMNS} FROM note")
    return clean_columns.all_clean(rows, reading.NOTE_CHECKS)


def many_notes(path: Path, count: int = 200) -> Path:
    """Text, research and image notes, some sharing a z, some raised out of file order."""
    with create_workshop(path, "t") as wf:
        source = wf.add_source("Interview 1", "interview").created[0]
        author = wf.add_participant("Ann").created[0]
        ids = wf.add_notes(
            [
                {
                    "text": f"note {i} 😀",
                    "x": i * 1.5,
                    "y": -i,
                    "source_id": source if i % 3 else None,
                    "author_id": author if i % 2 else None,
                }
                for i in range(count)
            ]
        ).created
        wf.add_notes([{"text": f"tie {i}", "z": 7.0} for i in range(5)])
        wf.add_image_notes([{"data": b"img", "mime": "image/png", "width": 10, "height": 5}])
        wf.group_into_cluster(list(ids[:4]), "Theme")
        wf.raise_notes([ids[10], ids[3]])
    return path


def test_clean_rows_take_the_fast_path_and_match_the_careful_one(tmp_path: Path) -> None:
    path = many_notes(tmp_path / "w.pwshop")
    with open_workshop(path) as wf:
        assert is_clean(wf)
        notes = reading.notes(wf._read)
        assert notes == careful(wf)
        assert [type(n) for n in notes] == [Note] * len(notes)
    assert [(n.z, n.id) for n in notes] == sorted((n.z, n.id) for n in notes)
    assert any(n.is_image for n in notes) and any(n.is_assumption for n in notes)
    assert len({n.z for n in notes if n.text.startswith("tie")}) == 1


def test_an_empty_workshop_has_no_notes(tmp_path: Path) -> None:
    with create_workshop(tmp_path / "w.pwshop", "t") as wf:
        assert reading.notes(wf._read) == []
        assert wf.snapshot().notes == []


#: One odd value in one row; each must send the file through the careful path.
HOSTILE = {
    "coordinate too far": "x = 1e308",
    "infinite coordinate": "y = -1e999",
    "text coordinate": "z = 'top'",
    "size too small": "w = 5.0",
    "size too large": "h = 1e9",
    "text size": "w = 'wide'",
    "blob size": "h = X'00ff'",
    "blob text": "text = X'4f6b'",
    "blob id": "id = X'0102'",
    "empty colour": "colour = ''",
    "blob date": "created_at = X'3230'",
}


@pytest.mark.parametrize("change", HOSTILE.values(), ids=HOSTILE.keys())
def test_one_odd_row_among_many_is_cleaned(change: str, tmp_path: Path) -> None:
    path = many_notes(tmp_path / "w.pwshop")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"UPDATE note SET {change} WHERE text = 'note 150 😀'")
    assert conn.total_changes == 1
    conn.commit()
    conn.close()
    with open_workshop(path, read_only=True) as wf:
        assert not is_clean(wf)
        notes = wf.snapshot().notes
        assert notes == careful(wf)
    assert len(notes) == 206
    for n in notes:
        assert all(type(v) is str for v in (n.id, n.text, n.colour, n.created_at)) and n.colour
        assert all(type(v) is float for v in (n.x, n.y, n.z, n.w, n.h))
        assert all(abs(v) <= reading.COORD_LIMIT for v in (n.x, n.y, n.z))
        assert all(reading.SIZE_MIN <= v <= reading.SIZE_MAX for v in (n.w, n.h))
        assert n.source_id is None or type(n.source_id) is str


def test_a_clean_row_becomes_the_note_the_careful_path_makes() -> None:
    row = (
        *("n1", "Text", 1.0, -2.0, 160.0, 120.0, 3.0, "#fff59d", "s1", None, None, None, None),
        *("", "What annoys you?"),
    )
    assert clean_columns.all_clean([row], reading.NOTE_CHECKS)
    assert Note._make(row) == reading.note(row)
    assert Note._make(row) == Note(
        "n1", "Text", 1.0, -2.0, z=3.0, source_id="s1", question="What annoys you?"
    )


GOOD_ROW = st.tuples(
    st.text(),  # id
    st.text(),  # text
    *(st.floats(-reading.COORD_LIMIT, reading.COORD_LIMIT),) * 2,  # x, y
    *(st.floats(reading.SIZE_MIN, reading.SIZE_MAX),) * 2,  # w, h
    st.floats(-reading.COORD_LIMIT, reading.COORD_LIMIT),  # z
    st.text(min_size=1),  # colour
    *(st.none() | st.text(),) * 5,  # references
    st.text(),  # created_at
    st.text(),  # question
)
ANY_VALUE = st.none() | st.integers() | st.floats() | st.text() | st.binary() | st.just(-0.0)


@given(st.lists(st.tuples(GOOD_ROW, st.integers(0, 14), ANY_VALUE, st.booleans()), max_size=4))
def test_rows_passed_as_clean_are_exactly_what_the_careful_path_makes(
    drafts: list[tuple[tuple[Any, ...], int, Any, bool]],
) -> None:
    rows = [
        (*row[:place], odd, *row[place + 1 :]) if spoil else row
        for row, place, odd, spoil in drafts
    ]
    clean = clean_columns.all_clean(rows, reading.NOTE_CHECKS)
    if not any(spoil for *_, spoil in drafts):
        assert clean
    if clean:
        for row in rows:
            made = Note._make(row)
            assert made == reading.note(row)
            assert list(map(type, made)) == list(map(type, reading.note(row)))


def test_notes_stack_in_sqlites_order_when_ids_are_not_utf8_or_the_file_is_utf16(
    tmp_path: Path,
) -> None:
    """Notes with the same z stack by id as SQLite orders them: ids that were not UTF-8
    (read with U+FFFD) and files SQLite keeps in UTF-16 take the careful road."""
    source = tmp_path / "w.pwshop"
    with create_workshop(source, "Order") as wf:
        wf.add_notes([{"text": "one"}, {"text": "two"}])
    raw = sqlite3.connect(source)
    first, second = (r[0] for r in raw.execute("SELECT id FROM note ORDER BY id"))
    raw.execute("UPDATE note SET id = 'a', z = 1.0 WHERE id = ?", (first,))
    raw.execute("UPDATE note SET id = 'Ā', z = 1.0 WHERE id = ?", (second,))
    raw.commit()
    app_id = raw.execute("PRAGMA application_id").fetchone()[0]
    version = raw.execute("PRAGMA user_version").fetchone()[0]
    utf16 = tmp_path / "u.pwshop"
    copy = sqlite3.connect(utf16)
    copy.execute("PRAGMA encoding = 'UTF-16le'")
    copy.executescript(
        ";".join(line for line in raw.iterdump() if not line.startswith(("BEGIN", "COMMIT")))
    )
    copy.execute(f"PRAGMA application_id = {app_id}")
    copy.execute(f"PRAGMA user_version = {version}")
    copy.commit()
    copy.close()
    raw.execute("UPDATE note SET id = CAST(x'80' AS TEXT) WHERE id = 'a'")
    raw.commit()
    raw.close()
    for path in (source, utf16):
        with open_workshop(path) as wf:
            shown = [n.text for n in wf.snapshot().notes]
            assert shown == [r[0] for r in wf._read("SELECT text FROM note ORDER BY z, id")]
