"""A change log (``-wal``) left beside a workshop by a crash is applied only when it is the
file's own: a log from an older copy of the same workshop, or from another database, is
kept aside unread and the facilitator is told in words; a real crash loses nothing; a
read-only look makes and moves nothing."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.errors import WorkshopError
from workshop.store import create_workshop, open_workshop

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="kills the editor with SIGKILL")

_EDIT_THEN_WAIT = """
import sqlite3, sys
from workshop.store import open_workshop
wf = open_workshop(sys.argv[1])
for text in sys.argv[3:]:
    wf.add_note(text)
    if sys.argv[2] == "fold":  # another connection folds the log into the file meanwhile
        other = sqlite3.connect(sys.argv[1])
        other.execute("PRAGMA wal_checkpoint(PASSIVE)")
        other.close()
print("edited", flush=True)
sys.stdin.readline()
"""


def crash_while_editing(path: Path, *texts: str, fold: bool = False) -> None:
    """An editor adds notes (each one saved), then is killed: its log stays beside the file."""
    with subprocess.Popen(
        [sys.executable, "-c", _EDIT_THEN_WAIT, str(path), "fold" if fold else "keep", *texts],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "edited"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert Path(f"{path}-wal").stat().st_size > 0, "the crash left no log"


def texts(path: Path, *, read_only: bool = True) -> set[str]:
    with open_workshop(path, read_only=read_only) as wf:
        return {n.text for n in wf.snapshot().notes}


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def made(path: Path, *notes: str) -> Path:
    with create_workshop(path, "Research") as wf:
        for text in notes:
            wf.add_note(text)
    return path


@posix_only
@pytest.mark.parametrize("fold", [False, True], ids=["log only", "log partly folded in"])
def test_a_real_crash_loses_nothing(folder: Path, fold: bool) -> None:
    path = made(folder / "w.pwshop", "before")
    crash_while_editing(path, "saved 1", "saved 2", fold=fold)
    before = listing(folder)
    assert texts(path) == {"before", "saved 1", "saved 2"}  # a look, through the log
    assert listing(folder) == before, "a read-only look made or moved files"
    with open_workshop(path) as wf:
        assert wf.notices == ()
        assert {n.text for n in wf.snapshot().notes} == {"before", "saved 1", "saved 2"}
    assert listing(folder) == ["w.pwshop"]


@posix_only
@pytest.mark.parametrize("fold", [False, True], ids=["log only", "log partly folded in"])
def test_a_log_from_an_older_copy_is_kept_aside_not_applied(
    folder: Path, tmp_path: Path, fold: bool
) -> None:
    """The app crashed; then a newer copy of the workshop (edited on another laptop) was
    copied over the file. The old log must not fold the old texts back in."""
    path = made(folder / "w.pwshop", "shared")
    laptop = tmp_path / "laptop-b.pwshop"
    shutil.copy(path, laptop)
    crash_while_editing(path, "stale edit", fold=fold)
    with open_workshop(laptop) as wf:
        wf.add_note("newer edit")
    shutil.copy(laptop, path)  # the newer copy over the file; the old log still beside it

    before = listing(folder)
    with open_workshop(path, read_only=True) as look:
        assert {n.text for n in look.snapshot().notes} == {"shared", "newer edit"}
        (notice,) = look.notices
        assert "leftover change log from an older copy of this workshop" in notice
        assert "not applied" in notice
    assert listing(folder) == before

    with open_workshop(path) as wf:
        (notice,) = wf.notices
        assert {n.text for n in wf.snapshot().notes} == {"shared", "newer edit"}
        wf.add_note("after")
    kept = [name for name in listing(folder) if name.startswith("w.pwshop-wal.stale-")]
    assert len(kept) == 1
    assert f"kept aside as {kept[0]}, not applied" in notice
    assert texts(path) == {"shared", "newer edit", "after"}
    assert listing(folder) == ["w.pwshop", kept[0]]


@posix_only
def test_a_log_from_another_database_is_kept_aside_in_the_same_words(
    folder: Path, tmp_path: Path
) -> None:
    other = made(tmp_path / "other.pwshop", "other workshop")
    crash_while_editing(other, "other edit")
    path = made(folder / "w.pwshop", "mine")
    shutil.copy(f"{other}-wal", f"{path}-wal")
    with open_workshop(path, read_only=True) as look:
        assert {n.text for n in look.snapshot().notes} == {"mine"}
        assert "leftover change log" in look.notices[0]
    with open_workshop(path) as wf:
        assert "leftover change log" in wf.notices[0]
        assert "damaged" not in wf.notices[0]
        assert {n.text for n in wf.snapshot().notes} == {"mine"}


def test_a_clean_close_leaves_nothing_beside_the_file(folder: Path) -> None:
    path = made(folder / "w.pwshop", "a")
    with open_workshop(path) as wf:
        wf.add_note("b")
        assert (folder / "w.pwshop-session").exists()  # while editing, the session's record
    assert listing(folder) == ["w.pwshop"]


def test_opening_and_closing_without_an_edit_changes_no_byte(folder: Path) -> None:
    path = made(folder / "w.pwshop", "a")
    data = path.read_bytes()
    open_workshop(path).close()
    assert path.read_bytes() == data
    assert listing(folder) == ["w.pwshop"]


def test_the_session_id_goes_into_the_file_with_the_first_change(folder: Path) -> None:
    path = made(folder / "w.pwshop", "a")
    with open_workshop(path) as wf:
        wf.add_note("b")
        record = (folder / "w.pwshop-session").read_text(encoding="utf-8")
        conn = sqlite3.connect(path)
        (marker,) = conn.execute(
            "SELECT value FROM app_state WHERE key = 'store.session'"
        ).fetchone()
        conn.close()
        assert marker in record
        temp = wf._read("SELECT name FROM temp.sqlite_master")
        assert temp == [], "the marking triggers were not dropped after the first change"


def _session_marker(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM app_state WHERE key = 'store.session'").fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])


def test_a_first_change_that_only_moves_writes_the_session_id_too(folder: Path) -> None:
    path = made(folder / "w.pwshop", "a")
    with open_workshop(path) as wf:
        before = _session_marker(path)
        (note,) = wf.snapshot().notes
        wf.move_notes({note.id: (40.0, 50.0)})
        marker = _session_marker(path)
        assert marker is not None and marker != before
        assert marker in (folder / "w.pwshop-session").read_text(encoding="utf-8")
        assert wf._read("SELECT name FROM temp.sqlite_master") == []


def test_an_import_refused_halfway_leaves_the_session_mark_to_the_next_change(
    folder: Path,
) -> None:
    """An import writes the mark and drops the triggers before its rows, inside its
    transaction: when it fails, the mark and the triggers are as they were."""
    path = made(folder / "w.pwshop", "a")
    with open_workshop(path) as wf:
        before = _session_marker(path)
        notes = [{"text": f"n{i}", "x": 0.0, "y": 0.0} for i in range(50)]
        notes.append({"text": "dangling", "x": 0.0, "y": 0.0, "source_id": "no such source"})
        with pytest.raises(WorkshopError):
            wf.import_evidence([], notes)
        assert _session_marker(path) == before
        triggers = wf._read("SELECT name FROM temp.sqlite_master WHERE type = 'trigger'")
        assert triggers, "the failed import dropped the marking triggers"
        wf.import_evidence([], notes[:-1])
        assert _session_marker(path) not in (None, before)
        assert wf._read("SELECT name FROM temp.sqlite_master") == []


@posix_only
@pytest.mark.parametrize("whose", ["another program", "a newer version"])
def test_a_log_beside_a_file_that_is_not_ours_to_judge_is_left_alone(
    folder: Path, whose: str
) -> None:
    """Another program's database, or a workshop of a newer version, keeps its log where
    it is: their program applies it, ours refuses the file."""
    path = made(folder / "w.pwshop", "mine")
    crash_while_editing(path, "edit")
    header = bytearray(path.read_bytes()[:100])
    if whose == "another program":
        header[68:72] = b"\x00\x00\x00\x00"
    else:
        header[60:64] = (99).to_bytes(4, "big")
    with path.open("r+b") as handle:
        handle.write(bytes(header))
    log = Path(f"{path}-wal").read_bytes()
    with pytest.raises(WorkshopError):
        open_workshop(path)
    assert Path(f"{path}-wal").read_bytes() == log
    assert not [name for name in listing(folder) if ".stale-" in name]


@posix_only
def test_a_crash_while_the_log_was_being_folded_in_loses_nothing(folder: Path) -> None:
    """The file changed since the session began (a folding-in cut short) but does not yet
    hold the session's id: the log is tried on a private copy, fits, and is applied."""
    path = made(folder / "w.pwshop", "before")
    crash_while_editing(path, "saved")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert texts(path) == {"before", "saved"}
    with open_workshop(path) as wf:
        assert wf.notices == ()
        assert {n.text for n in wf.snapshot().notes} == {"before", "saved"}


def test_a_saved_copy_does_not_carry_the_session(folder: Path) -> None:
    """Copied back over the file after a crash, a copy must not pass for the file the
    session was writing."""
    path = made(folder / "w.pwshop", "a")
    with open_workshop(path) as wf:
        wf.add_note("b")
        copy = wf.save_copy(folder / "copy.pwshop")
    conn = sqlite3.connect(f"file:{copy}?immutable=1", uri=True)
    rows = conn.execute("SELECT key FROM app_state WHERE key = 'store.session'").fetchall()
    conn.close()
    assert rows == []


def test_when_the_session_record_cannot_be_written_editing_is_refused_cleanly(
    folder: Path,
) -> None:
    path = made(folder / "w.pwshop", "a")
    (folder / "w.pwshop-session.part").mkdir()  # stands where the record is written
    data = path.read_bytes()
    with pytest.raises(WorkshopError, match="record of this editing session"):
        open_workshop(path)
    assert path.read_bytes() == data
    assert listing(folder) == ["w.pwshop", "w.pwshop-session.part"]
    (folder / "w.pwshop-session.part").rmdir()
    open_workshop(path).close()  # and the lock was let go


@posix_only
def test_a_newer_copy_edited_by_a_program_that_writes_no_session_is_not_mixed_with_the_log(
    folder: Path, tmp_path: Path
) -> None:
    """The newer copy still holds the session id the file had before the crashed session
    (it was edited by an older release, or another tool, that writes none): its pages
    differ from the session's start in places the log does not hold, so the log is not
    its own."""
    path = made(folder / "w.pwshop", "shared")
    laptop = tmp_path / "laptop-b.pwshop"
    shutil.copy(path, laptop)
    crash_while_editing(path, "stale edit")
    conn = sqlite3.connect(laptop, isolation_level=None)
    conn.execute("UPDATE note SET text = 'edited elsewhere'")
    conn.execute(
        "INSERT INTO source (id, kind, label, date, reference, notes, created_at, "
        "updated_at) VALUES ('s', 'other', 'Elsewhere', NULL, '', '', '', '')"
    )
    conn.close()
    shutil.copy(laptop, path)
    with open_workshop(path) as wf:
        assert "leftover change log" in wf.notices[0]
        assert {n.text for n in wf.snapshot().notes} == {"edited elsewhere"}


def test_a_safety_copy_does_not_carry_the_session(folder: Path, tmp_path: Path) -> None:
    from workshop.store import backups

    path = made(folder / "w.pwshop", "a")
    with open_workshop(path) as wf:
        wf.add_note("b")
        copy = backups.make_backup(path, base=tmp_path / "backups").path
    conn = sqlite3.connect(f"file:{copy}?immutable=1", uri=True)
    rows = conn.execute("SELECT key FROM app_state WHERE key = 'store.session'").fetchall()
    conn.close()
    assert rows == []


@posix_only
def test_the_cli_says_a_log_was_kept_aside(folder: Path, tmp_path: Path) -> None:
    path = made(folder / "w.pwshop", "shared")
    laptop = tmp_path / "laptop-b.pwshop"
    shutil.copy(path, laptop)
    crash_while_editing(path, "stale edit")
    with open_workshop(laptop) as wf:
        wf.add_note("newer edit")
    shutil.copy(laptop, path)
    done = subprocess.run(
        [sys.executable, "-m", "workshop", "info", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "leftover change log from an older copy of this workshop" in done.stderr
    assert "not applied" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
