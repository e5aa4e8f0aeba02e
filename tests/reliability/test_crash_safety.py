"""Nothing is lost when the program is killed: mid-session, mid-import, mid-migration.

The short runs are part of the normal suite; ``pytest -m slow tests/reliability`` runs the
long ones. Each test prints its figures (``-s`` shows them).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
from collections import Counter
from pathlib import Path

import crash_child
import pytest
from crash_harness import STUCK_SECONDS, CampaignResult, context, run_campaign
from crash_session import seed

from workshop.store import create_workshop, open_workshop, opening, schema

V1_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workshop-v1.pwshop"


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "breakout.pwshop"
    wf = create_workshop(path, "Budgeting app research")
    seed(wf)
    wf.close()
    return path


def _check_campaign(result: CampaignResult, kills: int) -> None:
    print(f"\n{result.summary()}\n{dict(result.kinds)}")
    assert result.kills == kills
    assert result.operations_verified >= kills
    assert result.kills_mid_operation > 0


def test_editing_survives_random_kills(session_file: Path) -> None:
    result = run_campaign(session_file, kills=20, seed=20240305)
    _check_campaign(result, 20)


@pytest.mark.slow
def test_editing_survives_hundreds_of_random_kills(session_file: Path) -> None:
    result = run_campaign(session_file, kills=250, seed=424242)
    _check_campaign(result, 250)
    assert result.mid_operation_committed > 0
    assert {"import", "cluster_notes", "delete_notes", "ungroup", "undo"} <= set(result.kinds)


def test_a_killed_bulk_import_is_all_or_nothing(session_file: Path) -> None:
    result = run_campaign(session_file, kills=4, seed=7, mode="imports")
    _check_campaign(result, 4)


@pytest.mark.slow
def test_many_killed_bulk_imports_are_all_or_nothing(session_file: Path) -> None:
    result = run_campaign(session_file, kills=40, seed=8, mode="imports")
    _check_campaign(result, 40)


# Killed while migrating an old file -----------------------------------------------------
def _v1_rows(path: Path) -> dict[str, set[tuple[object, ...]]]:
    """The fixture's rows in the columns version 1 had."""
    with sqlite3.connect(f"file:{V1_FIXTURE}?mode=ro", uri=True) as old:
        tables = [r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        columns = {t: [r[1] for r in old.execute(f"PRAGMA table_info({t})")] for t in tables}
    old.close()
    found: dict[str, set[tuple[object, ...]]] = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        for table in tables:
            found[table] = set(conn.execute(f"SELECT {', '.join(columns[table])} FROM {table}"))
    conn.close()
    return found


def _migrate_and_kill(path: Path, delay: float | None) -> tuple[list[str], float]:
    """Open an old file in a child (which migrates it); kill it ``delay`` s after it starts
    opening (None: let it finish). Returns what the child reported, and how long it had."""
    reader, writer = context().Pipe(duplex=False)
    child = context().Process(
        target=crash_child.migrating_child, args=(str(path), writer), daemon=True
    )
    child.start()
    writer.close()
    said: list[str] = []
    try:
        assert reader.poll(STUCK_SECONDS)
        said += list(json.loads(reader.recv_bytes()))
        started = time.perf_counter()
        child.join(delay if delay is not None else STUCK_SECONDS)
        had = time.perf_counter() - started
        child.kill()
        child.join(STUCK_SECONDS)
        while True:
            try:
                if not reader.poll(0):
                    break
                said += list(json.loads(reader.recv_bytes()))
            except (EOFError, OSError):
                break
    finally:
        reader.close()
        child.close()
    assert "error" not in said
    return said, had


def _check_after_migration_kill(path: Path, expected: dict[str, set[tuple[object, ...]]]) -> str:
    """The file is whole at version 1 or the current one, any copy named as a backup is a
    whole v1 file with every row, and the program opens the file afterwards with every row."""
    version = opening.validate(path)
    assert version in (1, schema.SCHEMA_VERSION)
    assert _v1_rows(path) == expected, "rows lost or changed by a killed migration"
    copies = sorted(path.parent.glob(f"{path.stem}.before-v3*.pwshop"))
    for copy in copies:
        assert opening.validate(copy) == 1, f"{copy.name} is not a whole version-1 file"
        assert _v1_rows(copy) == expected
        restored = path.with_name("restored.pwshop")  # the copy restores the workshop
        shutil.copy(copy, restored)
        open_workshop(restored).close()
        assert _v1_rows(restored) == expected
        for leftover in path.parent.glob("restored*"):
            leftover.unlink()
    if version > 1:
        assert copies, "migrated without keeping a copy of the old file"
    wf = open_workshop(path)  # the next start of the program
    try:
        assert wf.integrity_ok()
        snap = wf.snapshot()
        assert [r.name for r in snap.vote_rounds] == ["Votes"]
        assert len(snap.votes) == 3
    finally:
        wf.close()
    assert _v1_rows(path) == expected
    outcome = f"v{version}"
    if copies:
        outcome += " with its copy"
    elif list(path.parent.glob(f"{path.stem}.before-v3*.part")):
        outcome += " with a half-made copy set aside (.part)"
    return outcome


def _migration_kills(tmp_path: Path, kills: int, seed_value: int) -> Counter[str]:
    rng = random.Random(seed_value)
    expected = _v1_rows(V1_FIXTURE)
    calibration = tmp_path / "calibration.pwshop"
    shutil.copy(V1_FIXTURE, calibration)
    said, whole_open = _migrate_and_kill(calibration, None)
    assert said[-1] == "closed"
    outcomes: Counter[str] = Counter()
    for n in range(kills):
        folder = tmp_path / f"kill-{n}"
        folder.mkdir()
        path = folder / "spring-research.pwshop"
        shutil.copy(V1_FIXTURE, path)
        _migrate_and_kill(path, rng.uniform(0, whole_open * 1.2))
        outcomes[_check_after_migration_kill(path, expected)] += 1
    print(f"\n{kills} kills while migrating: {dict(outcomes)}")
    return outcomes


def test_a_killed_migration_leaves_the_file_whole_and_a_good_copy(tmp_path: Path) -> None:
    outcomes = _migration_kills(tmp_path, kills=10, seed_value=11)
    assert sum(outcomes.values()) == 10


@pytest.mark.slow
def test_many_killed_migrations_leave_the_file_whole_and_a_good_copy(tmp_path: Path) -> None:
    outcomes = _migration_kills(tmp_path, kills=100, seed_value=12)
    assert any(o.startswith("v1") for o in outcomes)
    assert any(o.startswith("v2") for o in outcomes)
