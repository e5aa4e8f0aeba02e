"""Edges a second review found: damaged files that look whole, text SQLite cannot store,
listeners that fail, migrations that fail, and values the board must refuse politely."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from workshop.errors import (
    DamagedWorkshopFile,
    ImportFailed,
    OperationRefused,
    UntrustedWorkshopFile,
)
from workshop.io import interchange
from workshop.store import create_workshop, migrations, open_workshop


def make(path: Path) -> Path:
    with create_workshop(path, "t") as wf:
        cluster = wf.add_cluster("c").created[0]
        wf.add_notes([{"text": "a", "cluster_id": cluster}, {"text": "b"}])
    return path


def test_a_file_missing_a_column_is_refused_not_opened(tmp_path: Path) -> None:
    path = make(tmp_path / "w.pwshop")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE note DROP COLUMN colour")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DamagedWorkshopFile, match="note: colour"):
        open_workshop(path)
    assert path.read_bytes() == before


def test_a_file_that_declares_no_foreign_keys_is_refused(tmp_path: Path) -> None:
    """Without its FOREIGN KEY declarations SQLite checks no reference at all: such a file
    is refused by the schema allow-list, whatever its rows hold."""
    path = make(tmp_path / "w.pwshop")
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'note'").fetchone()[0]
    kept = [line for line in sql.splitlines() if "FOREIGN KEY" not in line]
    bare = "\n".join(kept[:-1]).rstrip(",") + "\n)"
    conn.executescript(
        "PRAGMA foreign_keys = OFF; BEGIN;"
        "ALTER TABLE note RENAME TO note_old;"
        f"{bare};"
        "INSERT INTO note SELECT * FROM note_old; DROP TABLE note_old;"
        "CREATE INDEX ix_note_cluster_id ON note (cluster_id);"
        "CREATE INDEX ix_note_source_id ON note (source_id);"
        "UPDATE note SET cluster_id = 'nowhere'; COMMIT;"
    )
    conn.close()
    with pytest.raises(UntrustedWorkshopFile, match="'note' does not declare its FOREIGN KEYs"):
        open_workshop(path)


def test_an_export_with_a_lone_surrogate_is_refused_with_the_documented_error(
    tmp_path: Path,
) -> None:
    path = make(tmp_path / "w.pwshop")
    with open_workshop(path) as wf:
        doc = json.loads(interchange.dumps(interchange.document(interchange.workshop_rows(wf))))
    doc["tables"]["note"][0]["text"] = "\ud800"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportFailed, match="not valid text"):
        interchange.import_json(bad, tmp_path / "out.pwshop")
    assert not (tmp_path / "out.pwshop").exists()


def test_text_sqlite_cannot_store_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    with create_workshop(tmp_path / "w.pwshop", "t") as wf:
        with pytest.raises(OperationRefused, match="not valid Unicode"):
            wf.add_note("\ud800")
        assert wf.snapshot().notes == []


def test_a_failing_listener_does_not_lose_the_change_for_undo(
    tmp_path: Path, expect_logged_error
) -> None:  # type: ignore[no-untyped-def]
    heard: list[str] = []
    with create_workshop(tmp_path / "w.pwshop", "t") as wf:

        def broken(change: object) -> None:
            raise RuntimeError("listener bug")

        wf.subscribe(broken)
        wf.subscribe(lambda change: heard.append(change.label))
        with expect_logged_error("a listener failed on 'Add note'") as logged:
            change = wf.add_note("kept")
        assert heard == ["Add note"]
        assert [str(r.exc_info[1]) for r in logged if r.exc_info] == ["listener bug"]
        with expect_logged_error("a listener failed"):
            wf.revert(change)
        assert wf.snapshot().notes == []


def test_a_migration_that_fails_is_reported_and_leaves_the_file(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "workshop-v1.pwshop"
    path = tmp_path / "old.pwshop"
    path.write_bytes(fixture.read_bytes())
    before = path.read_bytes()

    def failing(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 1, failing)
    with pytest.raises(DamagedWorkshopFile, match="could not be brought up to date"):
        open_workshop(path)
    assert path.read_bytes() == before


def test_export_of_a_damaged_but_readable_file_imports_again(tmp_path: Path) -> None:
    path = make(tmp_path / "w.pwshop")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE workshop SET settings = 'not json', decisions = ''")
    conn.execute("UPDATE note SET x = 'abc' WHERE text = 'a'")
    conn.commit()
    conn.close()
    with open_workshop(path) as wf:
        interchange.export_json(wf, tmp_path / "w.json")
    with interchange.import_json(tmp_path / "w.json", tmp_path / "again.pwshop") as again:
        snap = again.snapshot()
    assert snap.workshop.settings == {}
    assert sorted(n.text for n in snap.notes) == ["a", "b"]


def test_the_board_refuses_absurd_geometry_and_vanished_notes_politely(tmp_path: Path) -> None:
    with create_workshop(tmp_path / "w.pwshop", "t") as wf:
        note = wf.add_note("a").created[0]
        with pytest.raises(OperationRefused):
            wf.move_notes({note: (float("nan"), 0.0)})
        with pytest.raises(OperationRefused):
            wf.update_note(note, x=1e400)
        with pytest.raises(OperationRefused, match="no longer on the board"):
            wf.group_into_cluster(["gone"], "c")
