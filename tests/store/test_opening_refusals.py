"""Opening a file refuses, with a one-line reason and without touching the file, each
kind of file it must not edit. Every case is a real file on disk, made here."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from store_test_tools import file_state, open_as_unprivileged

from workshop.errors import (
    DamagedWorkshopFile,
    NewerWorkshopFile,
    NotAWorkshopFile,
    ReadOnlyWorkshopFile,
    UntrustedWorkshopFile,
    WorkshopError,
    WorkshopInUse,
)
from workshop.store import create_workshop, open_workshop, schema


def make_workshop(path: Path, notes: int = 12) -> Path:
    wf = create_workshop(path, "Budgeting app research")
    source = wf.add_source("Interview 1").created[0]
    wf.add_notes([{"text": f"Evidence {i}", "source_id": source} for i in range(notes)])
    wf.close()
    return path


def tamper(path: Path, *statements: str) -> Path:
    """Change a file behind the program's back, the way another tool (or an attacker) could."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    return path


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    return make_workshop(tmp_path / "research.pwshop")


def refuse(
    path: Path, error: type[WorkshopError], words: str, *, read_only: bool = False
) -> WorkshopError:
    """Opening ``path`` raises ``error`` whose one-line message says ``words``; the file's
    bytes stay exactly as they were."""
    before = file_state(path) if path.is_file() else None
    with pytest.raises(error) as caught:
        open_workshop(path, read_only=read_only)
    message = str(caught.value)
    assert "\n" not in message
    assert words in caught.value.message
    assert caught.value.where == str(path)
    if before is not None:
        assert file_state(path) == before
    return caught.value


# Not a workshop ---------------------------------------------------------------------------
def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.pwshop"
    path.write_text("Interview notes, typed up in a text editor\n" * 20, encoding="utf-8")
    refuse(path, NotAWorkshopFile, "not a workshop file")


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.pwshop"
    path.write_bytes(b"")
    refuse(path, NotAWorkshopFile, "empty")


def test_a_sqlite_file_from_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.pwshop"
    tamper(
        path,
        "CREATE TABLE contact (name TEXT, phone TEXT)",
        "INSERT INTO contact VALUES ('Maria', '555-0100')",
    )
    refuse(path, NotAWorkshopFile, "another program")


def test_a_workshop_that_lost_its_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stub.pwshop"
    tamper(
        path,
        f"PRAGMA application_id = {schema.APPLICATION_ID}",
        f"PRAGMA user_version = {schema.SCHEMA_VERSION}",
        "CREATE TABLE workshop (id TEXT PRIMARY KEY, title TEXT)",
    )
    error = refuse(path, DamagedWorkshopFile, "missing parts of a workshop")
    assert "note" in error.message


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    refuse(tmp_path / "nowhere.pwshop", WorkshopError, "no such file")
    folder = tmp_path / "looks-like.pwshop"
    folder.mkdir()
    refuse(folder, NotAWorkshopFile, "folder")


# Newer -----------------------------------------------------------------------------------
def test_a_workshop_from_a_newer_version_is_refused_even_for_viewing(workshop_path: Path) -> None:
    tamper(workshop_path, f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    error = refuse(workshop_path, NewerWorkshopFile, "newer version")
    assert f"format {schema.SCHEMA_VERSION + 1}" in error.message
    refuse(workshop_path, NewerWorkshopFile, "please update", read_only=True)


# Not ours --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("statement", "kind", "name"),
    [
        (
            "CREATE TRIGGER keep_copy AFTER INSERT ON note BEGIN "
            "INSERT INTO source (id, kind, label, date, reference, notes, created_at, updated_at) "
            "VALUES (new.id, 'other', 'copied', NULL, '', '', '', ''); END",
            "trigger",
            "keep_copy",
        ),
        ("CREATE VIEW everything AS SELECT * FROM note", "view", "everything"),
        ("CREATE INDEX ix_sneaky ON note (text)", "index", "ix_sneaky"),
    ],
)
def test_triggers_views_and_indexes_we_did_not_create_are_refused(
    workshop_path: Path, statement: str, kind: str, name: str
) -> None:
    tamper(workshop_path, statement)
    error = refuse(
        workshop_path, UntrustedWorkshopFile, f"contains a{'n' if kind == 'index' else ''} {kind}"
    )
    assert repr(name) in error.message
    refuse(workshop_path, UntrustedWorkshopFile, "refused for safety", read_only=True)


# Damaged ---------------------------------------------------------------------------------
def _corrupt_first_leaf_of(path: Path, table: str) -> None:
    """Point a b-tree page's first free block far outside the page: quick_check sees it."""
    conn = sqlite3.connect(path)
    try:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    offset = (root[0] - 1) * page_size
    data[offset + 1 : offset + 3] = b"\x0f\xf0"
    path.write_bytes(bytes(data))


def test_a_workshop_that_fails_the_integrity_check_is_refused(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "damaged.pwshop", notes=300)
    _corrupt_first_leaf_of(path, "ix_note_source_id")
    refuse(path, DamagedWorkshopFile, "integrity check")
    refuse(path, DamagedWorkshopFile, "damaged", read_only=True)


def test_a_workshop_cut_short_is_refused(workshop_path: Path) -> None:
    data = workshop_path.read_bytes()
    workshop_path.write_bytes(data[: len(data) // 2])
    refuse(workshop_path, DamagedWorkshopFile, "damaged")
    workshop_path.write_bytes(data[:60])
    refuse(workshop_path, DamagedWorkshopFile, "cut short")


def test_a_workshop_with_broken_references_is_refused(workshop_path: Path) -> None:
    tamper(workshop_path, "UPDATE note SET source_id = 'gone' WHERE rowid = 1")
    refuse(workshop_path, DamagedWorkshopFile, "note rows point at source rows")


# Read-only -------------------------------------------------------------------------------
@pytest.fixture
def readonly_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "stick"
    folder.mkdir()
    yield folder
    folder.chmod(0o755)


def test_a_read_only_file_is_refused_for_editing_and_opens_for_viewing(
    readonly_folder: Path,
) -> None:
    path = make_workshop(readonly_folder / "handout.pwshop")
    path.chmod(0o444)
    before = file_state(path)
    editing = open_as_unprivileged(path, read_only=False)
    assert editing["error"] == "ReadOnlyWorkshopFile"
    assert "open it read-only" in editing["message"]
    viewing = open_as_unprivileged(path, read_only=True)
    assert viewing == {"error": None, "read_only": True, "notes": 12}
    assert file_state(path) == before


def test_a_file_on_read_only_media_is_refused_for_editing_and_opens_for_viewing(
    readonly_folder: Path,
) -> None:
    """A writable file in a folder that cannot be written (a locked USB stick): SQLite
    could not keep its journal there, so editing is refused; viewing works, without a
    single file made beside it."""
    path = make_workshop(readonly_folder / "stick.pwshop")
    readonly_folder.chmod(0o555)
    before = file_state(path)
    editing = open_as_unprivileged(path, read_only=False)
    assert editing["error"] == "ReadOnlyWorkshopFile"
    assert "folder" in editing["message"]
    viewing = open_as_unprivileged(path, read_only=True)
    assert viewing == {"error": None, "read_only": True, "notes": 12}
    assert file_state(path) == before
    assert sorted(p.name for p in readonly_folder.iterdir()) == ["stick.pwshop"]


def test_an_edit_in_a_read_only_view_is_refused(workshop_path: Path) -> None:
    wf = open_workshop(workshop_path, read_only=True)
    try:
        with pytest.raises(ReadOnlyWorkshopFile, match="save a copy"):
            wf.add_note("Should not be written")
    finally:
        wf.close()


# In use ----------------------------------------------------------------------------------
_HOLDER = """
import sys
from workshop.store import open_workshop
wf = open_workshop(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
wf.close()
"""


def test_a_workshop_open_in_another_running_copy_is_refused(workshop_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(workshop_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "open"
            error = refuse_in_use(workshop_path)
            assert "already open" in error.message
            viewer = open_workshop(workshop_path, read_only=True)
            assert viewer.counts()["note"] == 12
            viewer.close()
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
        assert holder.wait(timeout=30) == 0
    open_workshop(workshop_path).close()  # once the other copy closes it, it opens


def refuse_in_use(path: Path) -> WorkshopError:
    with pytest.raises(WorkshopInUse) as caught:
        open_workshop(path)
    return caught.value


def test_a_workshop_open_in_this_process_is_refused_a_second_time(workshop_path: Path) -> None:
    first = open_workshop(workshop_path)
    try:
        error = refuse_in_use(workshop_path)
        assert "close it there first" in error.message
    finally:
        first.close()


# A refusal leaves the way open ------------------------------------------------------------
@pytest.mark.parametrize(
    "spoil",
    [
        lambda p: tamper(p, "CREATE VIEW v AS SELECT 1"),
        lambda p: tamper(p, f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}"),
    ],
    ids=["view", "newer"],
)
def test_after_a_refusal_the_file_is_not_left_locked(
    workshop_path: Path, tmp_path: Path, spoil: Callable[[Path], object]
) -> None:
    good = tmp_path / "good.pwshop"
    shutil.copy(workshop_path, good)
    spoil(workshop_path)
    with pytest.raises(WorkshopError):
        open_workshop(workshop_path)
    # the lock was released: a second attempt gets the same refusal, not "already open"
    with pytest.raises(WorkshopError) as again:
        open_workshop(workshop_path)
    assert not isinstance(again.value, WorkshopInUse)
    open_workshop(good).close()
