"""Safety copies: rotating backups of an open workshop, listed and restored to a new file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workshop import APP_NAME, FILE_SUFFIX
from workshop.errors import NotAWorkshopFile, WorkshopError, WorkshopWriteFailed
from workshop.store import backups, schema
from workshop.store.backups import (
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
    suggest_restore_path,
)

T0 = datetime(2026, 3, 1, 9, 30, 0, tzinfo=UTC)


def _workshop(path: Path) -> sqlite3.Connection:
    """A workshop-like file open for editing the way the store opens it (WAL)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("CREATE TABLE note (id TEXT PRIMARY KEY, text TEXT)")
    return conn


def _notes(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [text for (text,) in conn.execute("SELECT text FROM note ORDER BY id")]
    finally:
        conn.close()


def _add(conn: sqlite3.Connection, n: int) -> None:
    conn.execute("INSERT INTO note VALUES (?, ?)", (f"{n:04}", f"note {n}"))


@pytest.fixture
def open_workshop(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    path = tmp_path / "room" / f"Onboarding{FILE_SUFFIX}"
    path.parent.mkdir()
    conn = _workshop(path)
    _add(conn, 1)
    yield path, conn
    conn.close()


def test_copy_of_an_open_workshop_is_complete_and_self_contained(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = open_workshop
    _add(conn, 2)  # committed, still in the -wal file
    copy = make_backup(conn, base=tmp_path / "data", now=T0)

    assert copy.path.parent == backups.backup_folder(path, base=tmp_path / "data")
    assert copy.path.name == f"2026-03-01_09-30-00Z{FILE_SUFFIX}"
    assert copy.taken_at == T0
    assert copy.size_bytes == copy.path.stat().st_size
    assert _notes(copy.path) == ["note 1", "note 2"]
    assert copy.path.read_bytes()[18:20] == b"\x01\x01", "rollback journal, not WAL"
    assert {p.name for p in copy.path.parent.iterdir()} == {copy.path.name, "workshop-path.txt"}
    assert (copy.path.parent / "workshop-path.txt").read_text().strip() == str(path.resolve())


def test_copy_from_a_path_reads_without_disturbing_the_editor(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = open_workshop
    copy = make_backup(path, base=tmp_path / "data", now=T0)
    _add(conn, 2)  # the editor carries on
    assert _notes(copy.path) == ["note 1"]
    assert _notes(path) == ["note 1", "note 2"]


def test_only_the_newest_copies_are_kept_newest_first(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = open_workshop
    base = tmp_path / "data"
    for minute in range(5):
        _add(conn, 10 + minute)
        make_backup(conn, base=base, keep=3, now=T0 + timedelta(minutes=minute))

    kept = list_backups(path, base=base)
    assert [b.taken_at for b in kept] == [T0 + timedelta(minutes=m) for m in (4, 3, 2)]
    assert len(_notes(kept[0].path)) == 6
    assert len(_notes(kept[-1].path)) == 4


def test_an_unchanged_workshop_does_not_push_out_older_copies(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = open_workshop
    base = tmp_path / "data"
    first = make_backup(conn, base=base, keep=2, now=T0)
    _add(conn, 2)
    second = make_backup(conn, base=base, keep=2, now=T0 + timedelta(minutes=5))
    again = make_backup(conn, base=base, keep=2, now=T0 + timedelta(minutes=10))

    assert again == second
    assert list_backups(path, base=base) == [second, first]


def test_two_copies_in_the_same_second_both_stay_in_order(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = open_workshop
    base = tmp_path / "data"
    first = make_backup(conn, base=base, now=T0)
    _add(conn, 2)
    second = make_backup(conn, base=base, now=T0.replace(microsecond=500))
    assert second.path.name == f"2026-03-01_09-30-00Z-2{FILE_SUFFIX}"
    assert list_backups(path, base=base) == [second, first]


def test_each_workshop_file_has_its_own_folder(tmp_path: Path) -> None:
    base = tmp_path / "data"
    a = tmp_path / "a" / f"Same name{FILE_SUFFIX}"
    b = tmp_path / "b" / f"Same name{FILE_SUFFIX}"
    for path in (a, b):
        path.parent.mkdir()
        _workshop(path).close()
    make_backup(a, base=base, now=T0)
    folder_a = backups.backup_folder(a, base=base)
    assert folder_a != backups.backup_folder(b, base=base)
    assert folder_a.name.startswith("Same_name-")
    assert len(list_backups(a, base=base)) == 1
    assert list_backups(b, base=base) == []


def test_copies_go_to_the_user_data_folder_by_default(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert backups.backups_base().name == "backups"
    assert APP_NAME in str(backups.backups_base())
    monkeypatch.setattr(backups, "backups_base", lambda: tmp_path / "user-data" / "backups")
    path, conn = open_workshop
    copy = make_backup(conn, now=T0)
    assert (tmp_path / "user-data" / "backups") in copy.path.parents
    assert list_backups(path) == [copy]


def test_an_in_memory_workshop_needs_a_name_for_its_copies(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE note (id TEXT PRIMARY KEY, text TEXT)")
    with pytest.raises(ValueError, match="workshop_path"):
        make_backup(conn, base=tmp_path)
    copy = make_backup(conn, tmp_path / f"Viewed{FILE_SUFFIX}", base=tmp_path, now=T0)
    assert copy.path.is_file()
    conn.close()


def test_a_copy_that_cannot_be_written_says_so(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    _path, conn = open_workshop
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    with pytest.raises(WorkshopWriteFailed, match="safety copy could not be written"):
        make_backup(conn, base=blocked, now=T0)


def test_half_written_copies_are_ignored_and_cleaned(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = open_workshop
    base = tmp_path / "data"
    make_backup(conn, base=base, now=T0)
    folder = backups.backup_folder(path, base=base)
    stray = folder / f"2026-03-01_10-00-00Z{FILE_SUFFIX}.partial"
    stray.write_bytes(b"interrupted")
    (folder / "notes.txt").write_text("someone's own file")
    assert len(list_backups(path, base=base)) == 1
    prune_backups(path, base=base)
    assert not stray.exists()
    assert (folder / "notes.txt").exists()


# -- restoring -----------------------------------------------------------------------------


def test_restore_writes_a_new_workshop_file(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = open_workshop
    copy = make_backup(conn, base=tmp_path / "data", now=T0)
    _add(conn, 2)
    target = suggest_restore_path(path, copy)
    assert target.parent == path.parent
    assert target.suffix == FILE_SUFFIX
    assert "restored" in target.stem

    assert restore_backup(copy, target) == target
    assert _notes(target) == ["note 1"]
    assert _notes(path) == ["note 1", "note 2"], "the open workshop is untouched"
    assert not list(target.parent.glob("*.partial"))


def test_restore_never_overwrites(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = open_workshop
    copy = make_backup(conn, base=tmp_path / "data", now=T0)
    _add(conn, 2)
    before = path.read_bytes()
    with pytest.raises(WorkshopError, match="already exists"):
        restore_backup(copy, path)
    assert path.read_bytes() == before
    assert _notes(path) == ["note 1", "note 2"]


def test_suggested_restore_names_do_not_collide(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = open_workshop
    copy = make_backup(conn, base=tmp_path / "data", now=T0)
    first = suggest_restore_path(path, copy)
    restore_backup(copy, first)
    second = suggest_restore_path(path, copy)
    assert second != first
    assert not second.exists()
    restore_backup(copy.path, second)
    assert _notes(second) == ["note 1"]


def test_restoring_something_that_is_not_a_workshop_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    junk = tmp_path / "junk.pwshop"
    junk.write_bytes(b"this is not a database at all" * 10)
    for source in (other, junk):
        target = tmp_path / f"restored-{source.stem}{FILE_SUFFIX}"
        with pytest.raises(NotAWorkshopFile, match="not a workshop file"):
            restore_backup(source, target)
        assert not target.exists(), "a refused restore leaves nothing behind"


def test_a_real_workshop_round_trips_through_a_safety_copy(tmp_path: Path) -> None:
    from workshop.store import create_workshop, open_workshop

    path = tmp_path / f"Pricing{FILE_SUFFIX}"
    wf = create_workshop(path, "Pricing research")
    try:
        wf.add_note("Finance teams approve tools by quarter")
        copy = make_backup(wf._raw, base=tmp_path / "data", now=T0)
        wf.add_note("Added after the copy")
        assert wf.counts()["note"] == 2
    finally:
        wf.close()

    restored = restore_backup(copy, suggest_restore_path(path, copy))
    reopened = open_workshop(restored)
    try:
        assert reopened.title == "Pricing research"
        assert reopened.counts()["note"] == 1
        assert reopened.integrity_ok()
    finally:
        reopened.close()


# -- history across workshops (the rules themselves: test_backup_retention.py) -------------


def _copies_of(path: Path, base: Path, times: list[datetime]) -> None:
    """Safety copies of a workshop file taken at ``times``, each one different."""
    conn = _workshop(path) if not path.exists() else sqlite3.connect(path, isolation_level=None)
    try:
        for n, when in enumerate(times):
            _add(conn, 1000 + n + len(list_backups(path, base=base)) * 100)
            make_backup(conn, base=base, now=when)
    finally:
        conn.close()


def test_a_day_of_editing_keeps_one_copy_per_hour(tmp_path: Path) -> None:
    path = tmp_path / f"Day{FILE_SUFFIX}"
    base = tmp_path / "data"
    every_5_minutes = [T0 + timedelta(minutes=5 * n) for n in range(12 * 8)]  # 8 hours
    _copies_of(path, base, every_5_minutes)
    kept = list_backups(path, base=base)
    assert len(kept) == 10 + 7  # the newest ten (last 50 minutes) and one per earlier hour
    assert kept[-1].taken_at == T0 + timedelta(minutes=25)  # the first hour's newest, 09:55
    assert len(_notes(kept[-1].path)) == 6


def test_the_folder_of_a_deleted_workshop_is_forgotten_after_thirty_days(tmp_path: Path) -> None:
    base = tmp_path / "data"
    gone = tmp_path / f"Deleted{FILE_SUFFIX}"
    _copies_of(gone, base, [T0, T0 + timedelta(hours=1)])
    gone.unlink()
    folder = backups.backup_folder(gone, base=base)
    other = tmp_path / f"Still here{FILE_SUFFIX}"
    # Another workshop's copy tidies every folder: 29 days on, the copies stay...
    _copies_of(other, base, [T0 + timedelta(days=29)])
    assert len(list_backups(gone, base=base)) == 2
    # ...after 30 days the folder goes, note of whose it was and all.
    _copies_of(other, base, [T0 + timedelta(days=31)])
    assert not folder.exists()
    assert len(list_backups(other, base=base)) == 2


def test_a_moved_workshop_keeps_someones_own_files(tmp_path: Path) -> None:
    base = tmp_path / "data"
    gone = tmp_path / f"Moved{FILE_SUFFIX}"
    _copies_of(gone, base, [T0])
    gone.unlink()
    folder = backups.backup_folder(gone, base=base)
    (folder / "keep me.txt").write_text("not ours")
    backups.tidy_backups(base=base, now=T0 + timedelta(days=40))
    assert list_backups(gone, base=base) == []
    assert (folder / "keep me.txt").exists()


def test_demo_copies_go_after_seven_days(tmp_path: Path) -> None:
    base = tmp_path / "data"
    demos = tmp_path / "demo"
    demos.mkdir()
    demo = demos / f"Budgeting app demo 1{FILE_SUFFIX}"
    _copies_of(demo, base, [T0, T0 + timedelta(days=1)])
    backups.tidy_backups(base=base, now=T0 + timedelta(days=7, hours=12), demo_folder=demos)
    assert [b.taken_at for b in list_backups(demo, base=base)] == [T0 + timedelta(days=1)]
    backups.tidy_backups(base=base, now=T0 + timedelta(days=9), demo_folder=demos)
    assert not backups.backup_folder(demo, base=base).exists()


def test_the_demo_folder_is_where_demos_are_made() -> None:
    from workshop.demo import demo_folder

    assert backups.default_demo_folder() == demo_folder()


def test_the_size_cap_spans_all_workshops_on_disk(tmp_path: Path) -> None:
    base = tmp_path / "data"
    a, b = tmp_path / f"A{FILE_SUFFIX}", tmp_path / f"B{FILE_SUFFIX}"
    _copies_of(a, base, [T0 + timedelta(minutes=n) for n in range(4)])
    _copies_of(b, base, [T0 + timedelta(minutes=10 + n) for n in range(4)])
    size = list_backups(a, base=base)[0].size_bytes
    policy = backups.retention.Policy(total_cap_bytes=3 * size)
    removed = backups.tidy_backups(base=base, now=T0 + timedelta(minutes=20), policy=policy)
    assert len(removed) == 5
    # Room for three: each workshop's newest, and the newest other copy (B's second);
    # the oldest went first, A's as well as B's.
    assert [c.taken_at for c in list_backups(a, base=base)] == [T0 + timedelta(minutes=3)]
    assert [c.taken_at for c in list_backups(b, base=base)] == [
        T0 + timedelta(minutes=13),
        T0 + timedelta(minutes=12),
    ]


def test_a_copy_lists_its_notes_and_personas(tmp_path: Path) -> None:
    from workshop.store import create_workshop

    path = tmp_path / f"Counted{FILE_SUFFIX}"
    with create_workshop(path, "Counted") as workshop:
        workshop.add_note("one")
        workshop.add_note("two")
        workshop.add_persona("Dana")
        copy = make_backup(workshop._raw, path, base=tmp_path / "data", now=T0)
    assert backups.backup_contents(copy) == backups.Contents(notes=2, personas=1)
    damaged = tmp_path / f"damaged{FILE_SUFFIX}"
    damaged.write_bytes(b"not a database at all" * 100)
    assert backups.backup_contents(damaged) is None


def test_a_half_written_copy_elsewhere_is_left_until_abandoned(tmp_path: Path) -> None:
    base = tmp_path / "data"
    other = tmp_path / f"Other{FILE_SUFFIX}"
    _copies_of(other, base, [T0])
    folder = backups.backup_folder(other, base=base)
    writing = folder / f"2026-03-01_09-31-00Z{FILE_SUFFIX}.partial"
    writing.write_bytes(b"another window is writing this")
    this = tmp_path / f"This{FILE_SUFFIX}"
    now = datetime.now(UTC)
    _copies_of(this, base, [now])
    assert writing.exists()
    _copies_of(this, base, [now + timedelta(hours=2)])
    assert not writing.exists()


def test_a_copy_is_on_the_disk_before_it_takes_its_name(
    open_workshop: tuple[Path, sqlite3.Connection], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite writes the copy without flushing each step; the whole file is flushed once,
    and only then renamed to a safety copy's name."""
    import os

    _path, conn = open_workshop
    events: list[tuple[str, int, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        events.append(("flush", os.fstat(descriptor).st_ino, ""))
        real_fsync(descriptor)

    def replace(source: str | Path, target: str | Path) -> None:
        events.append(("rename", os.stat(source).st_ino, Path(target).name))
        real_replace(source, target)

    monkeypatch.setattr(backups.os, "fsync", fsync)
    monkeypatch.setattr(backups.os, "replace", replace)
    copy = make_backup(conn, base=tmp_path / "backups", now=T0)
    inode = copy.path.stat().st_ino
    assert events[-2:] == [("flush", inode, ""), ("rename", inode, copy.path.name)]
    assert _notes(copy.path) == ["note 1"]


@pytest.mark.parametrize(
    "stamp",
    [
        "2026-03-01_09-30-00Z",
        "1999-12-31_23-59-59Z",
        "2024-02-29_00-00-07Z",
        "0001-01-01_00-00-00Z",
    ],
)
def test_the_time_in_a_copys_name_is_read_as_strptime_reads_it(stamp: str) -> None:
    expected = datetime.strptime(stamp, backups._STAMP_FORMAT).replace(tzinfo=UTC)
    assert backups._taken_at(stamp) == expected


@pytest.mark.parametrize(
    "stamp",
    [
        "2026-13-01_09-30-00Z",
        "2025-02-29_09-30-00Z",
        "2026-03-01_24-00-00Z",
        "0000-01-01_00-00-00Z",
    ],
)
def test_an_impossible_time_in_a_copys_name_is_refused_as_strptime_refuses_it(stamp: str) -> None:
    with pytest.raises(ValueError):
        datetime.strptime(stamp, backups._STAMP_FORMAT)
    with pytest.raises(ValueError):
        backups._taken_at(stamp)


def test_listing_the_copies_does_not_load_strptime(tmp_path: Path) -> None:
    """Reading the copies' names is part of opening a workshop: no locale patterns."""
    import subprocess
    import sys

    conn = _workshop(tmp_path / "w.pwshop")
    conn.close()
    script = (
        "import sys; from pathlib import Path; from datetime import datetime, UTC\n"
        "from workshop.store.backups import make_backup, list_backups\n"
        f"base = Path({str(tmp_path / 'copies')!r}); w = Path({str(tmp_path / 'w.pwshop')!r})\n"
        "make_backup(w, base=base, now=datetime(2026, 3, 1, 9, 30, tzinfo=UTC))\n"
        "assert len(list_backups(w, base=base)) == 1\n"
        "print('_strptime' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
