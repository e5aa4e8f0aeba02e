"""The merge's one write: content rows and the merge record, one transaction, one undo step
that takes both away (and redo puts both back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.errors import WorkshopError
from workshop.store import Change, RowChange, WorkshopFile, create_workshop, schema

KEY = "merge.record"


def merged_in(wf: WorkshopFile, note_id: str, record: str = '{"merged": 1}') -> Change:
    """A small merge: one note's text taken from a breakout, one note coming in."""
    columns = schema.columns("note")
    values = wf._read(f"SELECT {', '.join(columns)} FROM note WHERE id = ?", (note_id,))[0]
    before = dict(zip(columns, values, strict=True))
    new = {**before, "id": "from-the-breakout", "text": "came in", "x": 5000.0}
    return wf.merge_workshop(
        "Merge group-a.pwshop",
        [
            RowChange("note", note_id, before, {**before, "text": "edited in the breakout"}),
            RowChange("note", "from-the-breakout", None, new),
        ],
        {KEY: record},
    )


def state(wf: WorkshopFile) -> list[tuple[object, ...]]:
    return sorted(wf._read("SELECT key, value FROM app_state"))


@pytest.fixture
def wf(tmp_path: Path):  # type: ignore[no-untyped-def]
    workshop = create_workshop(tmp_path / "w.pwshop", "Research")
    workshop.add_notes([{"text": "a"}, {"text": "b"}])
    workshop.set_view_state("board.zoom", "1.5")
    yield workshop
    workshop.close()


def _note(wf: WorkshopFile) -> str:
    return str(wf._read("SELECT id FROM note WHERE text = 'a'")[0][0])


def test_undo_and_redo_of_a_merge_take_and_put_back_its_record(wf: WorkshopFile) -> None:
    before = state(wf)
    change = merged_in(wf, _note(wf))
    after = state(wf)
    assert (KEY, '{"merged": 1}') in after and wf.counts()["note"] == 3
    heard: list[Change] = []
    wf.subscribe(heard.append)
    wf.revert(change)
    assert state(wf) == before and wf.counts()["note"] == 2
    wf.reapply(change)
    assert state(wf) == after and wf.counts()["note"] == 3
    assert len(heard) == 2


def test_a_later_merge_undone_puts_the_earlier_record_back(wf: WorkshopFile) -> None:
    note = _note(wf)
    merged_in(wf, note, record='{"first": 1}')
    second = wf.merge_workshop("Merge again", [], {KEY: '{"second": 2}'})
    assert wf.view_state(KEY) == '{"second": 2}'
    wf.revert(second)
    assert wf.view_state(KEY) == '{"first": 1}'


def test_a_merge_that_changes_nothing_writes_nothing(wf: WorkshopFile) -> None:
    merged_in(wf, _note(wf))
    again = wf.merge_workshop("Merge again", [], {KEY: '{"merged": 1}'})
    assert again.is_empty


def test_a_merge_that_fails_halfway_leaves_the_file_as_it_was(wf: WorkshopFile) -> None:
    before, rows = state(wf), dict(wf.counts())
    note = _note(wf)
    columns = schema.columns("note")
    values = wf._read(f"SELECT {', '.join(columns)} FROM note WHERE id = ?", (note,))[0]
    duplicate = dict(zip(columns, values, strict=True))  # inserting it again must fail
    with pytest.raises(WorkshopError):
        wf.merge_workshop("Merge broken", [RowChange("note", note, None, duplicate)], {KEY: "{}"})
    assert state(wf) == before and wf.counts() == rows
