"""When a change cannot be written (the disk is full, the stick turned read-only), the
facilitator is told what happened in their words, the workshop stays as it was after the
last change that worked, and they can still save a copy somewhere else."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from workshop.errors import WorkshopWriteFailed
from workshop.store import WorkshopFile, create_workshop, open_workshop, schema


def dump(wf: WorkshopFile | sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    read = wf._read if isinstance(wf, WorkshopFile) else wf.execute
    return {
        t: sorted(map(tuple, read(f"SELECT * FROM {t}")), key=repr) for t in schema.CONTENT_TABLES
    }  # type: ignore[operator]


@pytest.fixture
def wf(tmp_path: Path) -> Iterator[WorkshopFile]:
    workshop = create_workshop(tmp_path / "workshop.pwshop", "Budgeting app research")
    source = workshop.add_source("Interview 1").created[0]
    workshop.add_notes([{"text": f"Evidence {i}", "source_id": source} for i in range(20)])
    yield workshop
    if workshop.is_open:
        workshop.close()


def fill_until_full(
    wf: WorkshopFile,
) -> tuple[WorkshopWriteFailed, dict[str, list[tuple[Any, ...]]]]:
    """Make changes until the disk is full; the state after the last one that worked."""
    raw = wf._raw
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.execute(f"PRAGMA max_page_count = {pages + 4}")
    last_good = dump(wf)
    for attempt in range(500):
        try:
            wf.add_notes([{"text": f"Answer {attempt}.{i} " + "z" * 900} for i in range(3)])
        except WorkshopWriteFailed as error:
            return error, last_good
        last_good = dump(wf)
    raise AssertionError("the disk never filled up")


def test_a_full_disk_is_reported_and_the_last_good_state_kept(
    wf: WorkshopFile, tmp_path: Path
) -> None:
    error, last_good = fill_until_full(wf)
    assert "the disk is full" in error.message
    assert "Save a Copy" in error.message
    assert error.where == str(wf.path)
    assert dump(wf) == last_good
    assert wf.snapshot().notes  # the board still reads
    assert wf.integrity_ok()

    # a bulk import that does not fit leaves none of itself behind
    with pytest.raises(WorkshopWriteFailed):
        wf.add_notes([{"text": "big " * 500} for _ in range(50)], label="Import")
    assert dump(wf) == last_good

    # ... and the facilitator can save a copy elsewhere, whole
    (tmp_path / "elsewhere").mkdir()
    copy_path = wf.save_copy(tmp_path / "elsewhere" / "rescued.pwshop")
    rescued = open_workshop(copy_path)
    try:
        assert dump(rescued) == last_good
        assert rescued.integrity_ok()
    finally:
        rescued.close()

    # once there is room again, editing goes on in the same window
    wf._raw.execute("PRAGMA max_page_count = 1073741823")
    wf.add_note("Written after making room")
    path = wf.path
    wf.close()
    reopened = open_workshop(path)
    try:
        assert reopened.counts()["note"] == len(last_good["note"]) + 1
        assert reopened.integrity_ok()
    finally:
        reopened.close()


def test_undo_that_cannot_be_written_keeps_the_state(wf: WorkshopFile) -> None:
    change = wf.update_notes([r[0] for r in wf._read("SELECT id FROM note")], colour="#ef9a9a")
    before = dump(wf)
    wf._raw.execute("PRAGMA query_only = ON")
    with pytest.raises(WorkshopWriteFailed, match="read-only media"):
        wf.revert(change)
    assert dump(wf) == before
    wf._raw.execute("PRAGMA query_only = OFF")
    wf.revert(change)
    assert dump(wf) != before


def test_media_turning_read_only_while_open_is_reported(wf: WorkshopFile, tmp_path: Path) -> None:
    """The USB stick's lock switch, or a network share going read-only, while editing."""
    before = dump(wf)
    wf._raw.execute("PRAGMA query_only = ON")  # every write now fails as on ro media
    with pytest.raises(WorkshopWriteFailed) as caught:
        wf.group_into_cluster([r[0] for r in wf._read("SELECT id FROM note LIMIT 3")], "Theme")
    assert "can no longer be written" in caught.value.message
    assert "Save a Copy" in caught.value.message
    assert dump(wf) == before
    copy = open_workshop(wf.save_copy(tmp_path / "copy.pwshop"))
    try:
        assert dump(copy) == before
    finally:
        copy.close()


def test_view_state_that_cannot_be_written_is_reported_too(wf: WorkshopFile) -> None:
    wf._raw.execute("PRAGMA query_only = ON")
    with pytest.raises(WorkshopWriteFailed):
        wf.set_view_state("zoom", "2")
