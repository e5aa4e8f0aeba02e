"""Looking at a workshop, or being refused it, leaves nothing beside the file: no ``-wal``,
no ``-shm``, no record, no half-made copy. The folder is listed before and after."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from make_v1_fixture import FIXTURE

from workshop.errors import WorkshopError
from workshop.store import create_workshop, open_workshop, schema


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def good(path: Path) -> None:
    with create_workshop(path, "Research") as wf:
        wf.add_notes([{"text": f"n{i}"} for i in range(5)])


def tamper(*statements: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        good(path)
        conn = sqlite3.connect(path, isolation_level=None)
        for statement in statements:
            conn.execute(statement)
        conn.close()

    return make


def version_1(path: Path) -> None:
    shutil.copy(FIXTURE, path)


def version_1_missing_a_column(path: Path) -> None:
    version_1(path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE note DROP COLUMN colour")
    conn.commit()
    conn.close()


def wal_mode_without_log(path: Path) -> None:
    """A file in WAL mode, as the program leaves every workshop it closes."""
    good(path)
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] in ("wal", "delete")
    conn.close()


CASES: dict[str, tuple[Callable[[Path], None], bool]] = {
    # name: (how the file is made, whether opening it for editing is refused)
    "good workshop": (good, False),
    "in WAL mode": (wal_mode_without_log, False),
    "trigger": (
        tamper("CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM note; END"),
        True,
    ),
    "newer version": (tamper(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}"), True),
    "broken reference": (tamper("UPDATE note SET cluster_id = 'gone'"), True),
    "version 1 missing a column": (version_1_missing_a_column, True),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_look_leaves_nothing_beside_the_file(case: str, tmp_path: Path) -> None:
    make, refused = CASES[case]
    path = tmp_path / "w.pwshop"
    make(path)
    before = listing(tmp_path)
    data = path.read_bytes()
    try:
        open_workshop(path, read_only=True).close()
    except WorkshopError:
        assert refused
    assert listing(tmp_path) == before
    assert path.read_bytes() == data


@pytest.mark.parametrize("case", sorted(name for name, (_make, no) in CASES.items() if no))
def test_a_refusal_to_edit_leaves_nothing_beside_the_file(case: str, tmp_path: Path) -> None:
    make, _refused = CASES[case]
    path = tmp_path / "w.pwshop"
    make(path)
    before = listing(tmp_path)
    data = path.read_bytes()
    with pytest.raises(WorkshopError):
        open_workshop(path)
    assert listing(tmp_path) == before
    assert path.read_bytes() == data


def test_a_look_at_a_version_1_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "w.pwshop"
    version_1(path)
    before = listing(tmp_path)
    with open_workshop(path, read_only=True) as wf:
        assert len(wf.snapshot().notes) == 6
    assert listing(tmp_path) == before


def test_a_look_while_someone_edits_leaves_nothing_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "w.pwshop"
    good(path)
    editor = open_workshop(path)
    try:
        editor.add_note("live")
        with open_workshop(path, read_only=True) as look:
            assert "live" in {n.text for n in look.snapshot().notes}
    finally:
        editor.close()
    assert listing(tmp_path) == ["w.pwshop"]
