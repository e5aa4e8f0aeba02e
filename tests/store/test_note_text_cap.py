"""Every store operation that writes a note's text refuses one over NOTE_TEXT_MAX, in
words, and changes nothing; a note exactly at the cap is fine."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store_test_tools import dump

from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.errors import DamagedWorkshopFile, OperationRefused
from workshop.store import WorkshopFile, create_workshop, open_workshop

TOO_LONG = "Budget talk. " * (NOTE_TEXT_MAX // 13) + "x" * (NOTE_TEXT_MAX % 13 + 1)
AT_THE_CAP = "y" * NOTE_TEXT_MAX


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[WorkshopFile]:
    wf = create_workshop(tmp_path / "w.pwshop", "Budgeting")
    try:
        wf.add_note("an ordinary note", x=10, y=10)
        yield wf
    finally:
        wf.close()


def _note_id(wf: WorkshopFile) -> str:
    return wf.snapshot().notes[0].id


def _photo() -> dict[str, Any]:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return {"data": buffer.getvalue(), "mime": "image/png", "width": 8, "height": 8}


OPERATIONS: dict[str, Callable[[WorkshopFile, str], object]] = {
    "add_note": lambda wf, text: wf.add_note(text),
    "add_notes (paste)": lambda wf, text: wf.add_notes([{"text": "fine"}, {"text": text}]),
    "update_note (edit)": lambda wf, text: wf.update_note(_note_id(wf), text=text),
    "update_notes": lambda wf, text: wf.update_notes([_note_id(wf)], text=text),
    "import_evidence": lambda wf, text: wf.import_evidence(
        [{"id": "s1", "label": "Interview 1", "kind": "interview"}],
        [{"text": "fine", "source_id": "s1"}, {"text": text, "source_id": "s1"}],
    ),
    "add_image_notes (caption)": lambda wf, text: wf.add_image_notes([{**_photo(), "text": text}]),
}


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_a_note_over_the_cap_is_refused_and_nothing_changes(
    workshop: WorkshopFile, operation: Callable[[WorkshopFile, str], object]
) -> None:
    before = dump(workshop)

    with pytest.raises(OperationRefused) as error:
        operation(workshop, TOO_LONG)

    message = str(error.value)
    assert "\n" not in message
    assert f"is {len(TOO_LONG):,} characters long; a note holds at most 20,000" in message
    assert "“Budget talk. Budget talk." in message
    assert dump(workshop) == before


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_a_note_at_the_cap_is_accepted(
    workshop: WorkshopFile, operation: Callable[[WorkshopFile, str], object]
) -> None:
    operation(workshop, AT_THE_CAP)

    assert AT_THE_CAP in [note.text for note in workshop.snapshot().notes]


def test_a_file_holding_an_overlong_note_question_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long-question.pwshop"
    with create_workshop(path, "Questions") as wf:
        wf.add_note("Han", question="What is your name?")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE note SET question = ?", ("?" * (NOTE_TEXT_MAX + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(DamagedWorkshopFile, match="has a question of 20,001 characters"):
        open_workshop(path, read_only=True)


def test_an_operation_refuses_an_overlong_question(tmp_path: Path) -> None:
    with create_workshop(tmp_path / "w.pwshop", "Questions") as wf:
        with pytest.raises(OperationRefused, match="question"):
            wf.add_note("Han", question="?" * (NOTE_TEXT_MAX + 1))
        assert wf.snapshot().notes == []
