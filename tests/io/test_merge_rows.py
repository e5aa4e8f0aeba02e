"""Reading a workshop for a merge: rows are matched by id, so a file whose rows cannot be
told apart by id is refused in words, before anything is merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.errors import WorkshopError
from workshop.io.merge_rows import read_rows
from workshop.store import create_workshop


def test_rows_are_read_by_id_with_clean_values(tmp_path: Path) -> None:
    with create_workshop(tmp_path / "w.pwshop", "Budget app") as wf:
        note_id = wf.add_note("Pays on Thursdays").created[0]
        wf._raw.execute("UPDATE note SET x = 'left' WHERE id = ?", (note_id,))
        rows = read_rows(wf)
    assert list(rows["note"]) == [note_id]
    note = rows["note"][note_id]
    assert note["x"] == 0.0 and note["text"] == "Pays on Thursdays"


def test_rows_sharing_an_id_or_without_one_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with create_workshop(tmp_path / "w.pwshop", "Budget app") as wf:
        wf.add_note("one")
        rows = wf.clean_content_rows()
        note = rows["note"][0]
        # What only a file written by another program can hold (the store's own tables
        # refuse both): the same id twice, and a row with a blank id.
        rows["note"] = [note, dict(note), {**note, "id": "  "}]
        monkeypatch.setattr(wf, "clean_content_rows", lambda: rows)
        with pytest.raises(WorkshopError) as refused:
            read_rows(wf)
    message = str(refused.value)
    assert "2 notes share an id with another" in message
    assert "1 note without an id" in message
    assert "nothing was merged" in message and "w.pwshop" in message
