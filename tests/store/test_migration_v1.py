"""A workshop saved by version 1 opens in this version: brought forward to the current
format with every row intact, after a copy of the old file was kept beside it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from make_v1_fixture import FIXTURE, V1_CONTENT, build
from store_test_tools import dump, file_state

from workshop.store import open_workshop, opening, schema


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    target = tmp_path / "spring-research.pwshop"
    shutil.copy(FIXTURE, target)
    return target


def _version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_the_checked_in_fixture_is_what_the_builder_makes(tmp_path: Path) -> None:
    fresh = build(tmp_path / "fresh.pwshop")
    with (
        sqlite3.connect(fresh) as a,
        sqlite3.connect(f"file:{FIXTURE}?mode=ro&immutable=1", uri=True) as b,
    ):
        tables = [r[0] for r in a.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            assert (
                a.execute(f"SELECT * FROM {table}").fetchall()
                == b.execute(f"SELECT * FROM {table}").fetchall()
            )
        schema_sql = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
        assert a.execute(schema_sql).fetchall() == b.execute(schema_sql).fetchall()
    a.close()
    b.close()
    assert _version(FIXTURE) == 1


def test_a_v1_workshop_is_migrated_with_its_data_intact(v1_path: Path) -> None:
    original = v1_path.read_bytes()
    wf = open_workshop(v1_path)
    try:
        assert wf.integrity_ok()
        snap = wf.snapshot()
    finally:
        wf.close()
    assert _version(v1_path) == schema.SCHEMA_VERSION

    assert snap.workshop.title == "Budgeting app, spring research"
    assert snap.workshop.metrics == ("activation", "30-day retention")
    assert [p.name for p in snap.participants] == ["Ann", "Raj"]
    assert {s.label for s in snap.sources} == {row[2] for row in V1_CONTENT["source"]}
    assert {n.id: n.text for n in snap.notes} == {row[0]: row[1] for row in V1_CONTENT["note"]}
    assert {n.id for n in snap.notes if n.cluster_id == "c-1"} == {"n-1", "n-2"}
    assert all(n.origin_asset_id is None for n in snap.notes)
    assert [c.title for c in snap.clusters] == ["Income comes in bursts"]

    # v1 votes now sit in one (closed) round named "Votes"
    assert [r.name for r in snap.vote_rounds] == ["Votes"]
    (votes_round,) = snap.vote_rounds
    assert not votes_round.is_open
    assert sorted((v.id, v.participant_id, v.note_id, v.cluster_id) for v in snap.votes) == sorted(
        V1_CONTENT["vote"]
    )
    assert {v.round_id for v in snap.votes} == {votes_round.id}

    (persona,) = snap.personas
    assert persona.name == "Time-poor planner"
    assert persona.photo_asset_id == "as-1"
    assert persona.colour == "#5c6bc0"  # new in v2: the default colour
    assert persona.evidence_pool == ()
    assert {i.text for i in snap.items} == {
        "Finish the weekly review in under 10 minutes",
        "Irregular income timing",
    }
    assert {(link.item_id, link.note_id, link.cluster_id) for link in snap.links} == {
        ("i-1", "n-3", None),
        ("i-2", None, "c-1"),
    }
    assert [a.id for a in snap.assets] == ["as-1"]

    # the copy kept before migrating is the v1 file, byte for byte in content
    backup = v1_path.with_name("spring-research.before-v3.pwshop")
    assert backup.exists()
    assert opening.validate(backup) == 1
    with sqlite3.connect(backup) as kept:
        assert kept.execute("SELECT COUNT(*) FROM vote").fetchone()[0] == 3
        assert (
            kept.execute("SELECT name FROM sqlite_master WHERE name = 'vote_round'").fetchall()
            == []
        )
    kept.close()
    assert len(original) > 0


def test_a_migrated_workshop_takes_new_edits_and_reopens_without_migrating_again(
    v1_path: Path,
) -> None:
    wf = open_workshop(v1_path)
    participant = wf.snapshot().participants[0].id
    round_id = wf.add_vote_round("Which pains matter most").created[0]
    wf.cast_vote(round_id, participant, note_id="n-4")
    wf.update_persona("p-1", colour="#26a69a")
    wf.close()
    wf = open_workshop(v1_path)
    snap = wf.snapshot()
    wf.close()
    assert len(snap.vote_rounds) == 2
    assert snap.personas[0].colour == "#26a69a"
    backups = sorted(p.name for p in v1_path.parent.glob("*.before-v3*"))
    assert backups == ["spring-research.before-v3.pwshop"]


def test_a_second_migration_keeps_the_first_copy(v1_path: Path, tmp_path: Path) -> None:
    """If a copy of the same name is already there, the new copy gets a time stamp."""
    shutil.copy(FIXTURE, v1_path.with_name("spring-research.before-v3.pwshop"))
    first_copy = file_state(v1_path.with_name("spring-research.before-v3.pwshop"))
    open_workshop(v1_path).close()
    copies = sorted(v1_path.parent.glob("spring-research.before-v3*"))
    assert len(copies) == 2
    assert file_state(v1_path.with_name("spring-research.before-v3.pwshop")) == first_copy


def test_viewing_a_v1_workshop_read_only_migrates_in_memory_only(v1_path: Path) -> None:
    before = file_state(v1_path)
    wf = open_workshop(v1_path, read_only=True)
    try:
        snap = wf.snapshot()
    finally:
        wf.close()
    assert [r.name for r in snap.vote_rounds] == ["Votes"]
    assert len(snap.votes) == 3
    assert file_state(v1_path) == before
    assert _version(v1_path) == 1
    assert not list(v1_path.parent.glob("*.before-v3*"))


def test_dump_of_v1_rows_survives_migration(v1_path: Path) -> None:
    """Every v1 row is still there with the same values in the columns v1 had."""
    with sqlite3.connect(f"file:{v1_path}?mode=ro", uri=True) as conn:
        old = {
            table: {row[0]: row for row in conn.execute(f"SELECT * FROM {table}")}
            for table in V1_CONTENT
        }
        old_columns = {
            table: [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            for table in V1_CONTENT
        }
    conn.close()
    wf = open_workshop(v1_path)
    try:
        new_dump = dump(wf)
        for table, rows in old.items():
            columns = ", ".join(old_columns[table])
            now = {row[0]: row for row in wf._read(f"SELECT {columns} FROM {table}")}
            assert now == rows, table
    finally:
        wf.close()
    assert len(new_dump["vote_round"]) == 1
