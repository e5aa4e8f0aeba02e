"""Migrations build each version's tables from the definitions frozen for that version,
so a file of every past version, brought forward, has exactly the schema and the rows of
a file made new by this version. A file is never migrated in place: the new file is built
beside it, checked in full and swapped in whole; an old file that fails the checks is
refused, by every verb, in one line, and left exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from make_v1_fixture import FIXTURE, PNG, STAMP, V1_CONTENT
from make_v2_fixture import STAMP as V2_STAMP
from make_v2_fixture import V2_CONTENT
from make_v2_fixture import build as build_v2

from workshop.cli import main
from workshop.errors import DamagedWorkshopFile, UntrustedWorkshopFile
from workshop.store import allow_list, create_workshop, migrations, open_workshop, schema


def copy_v1(path: Path) -> Path:
    shutil.copy(FIXTURE, path)
    return path


#: A file of every past version (the version it is, and how to make it).
PAST_VERSIONS = {1: copy_v1, 2: build_v2}


def read_schema(path: Path) -> dict[tuple[str, str], allow_list.Entry]:
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()
    return {entry.key: entry for entry in allow_list.entries(rows)}


def read_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in schema.CONTENT_TABLES
        }
    finally:
        conn.close()


def v1_workshop_made_new(path: Path) -> Path:
    """The workshop of the v1 fixture, as this version makes it new: every row written
    with this version's columns, in this version's order, and its defaults."""
    create_workshop(path, "placeholder").close()
    c = V1_CONTENT
    round_id = str(uuid.uuid5(uuid.NAMESPACE_URL, "persona-workshop:votes:w-1"))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("DELETE FROM workshop")
    conn.execute(
        "INSERT INTO workshop VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*c["workshop"][0], STAMP, STAMP),
    )
    for table in ("participant", "source", "asset", "cluster"):
        for row in c[table]:
            if table == "source":  # no study, no respondent: v1 never said
                row = (*row, None, None)
            marks = ", ".join("?" * (len(row) + 2))
            conn.execute(f"INSERT INTO {table} VALUES ({marks})", (*row, STAMP, STAMP))
    for n, (i, text, x, y, src, author, cluster) in enumerate(c["note"], start=1):
        conn.execute(
            "INSERT INTO note VALUES (?, ?, ?, ?, 160, 120, ?, '#fff59d', ?, ?, ?, NULL, NULL, "
            "'', ?, ?)",
            (i, text, x, y, float(n), src, author, cluster, STAMP, STAMP),
        )
    conn.execute(
        "INSERT INTO vote_round VALUES (?, 'Votes', 'notes', 3, 0, 1, ?, ?)",
        (round_id, STAMP, STAMP),
    )
    for vote_id, participant, note, cluster in c["vote"]:
        conn.execute(
            "INSERT INTO vote VALUES (?, ?, ?, ?, ?, ?, ?)",
            (vote_id, round_id, participant, note, cluster, STAMP, STAMP),
        )
    (persona,) = c["persona"]
    conn.execute(
        "INSERT INTO persona VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '#5c6bc0', ?, '[]', "
        "?, ?)",
        (*persona, STAMP, STAMP),
    )
    for row in c["persona_item"]:
        conn.execute(
            "INSERT INTO persona_item VALUES (?, ?, ?, ?, ?, NULL, '', '', ?, ?)",
            (*row, STAMP, STAMP),
        )
    for row in c["evidence_link"]:
        conn.execute("INSERT INTO evidence_link VALUES (?, ?, ?, ?, ?, ?)", (*row, STAMP, STAMP))
    conn.execute("COMMIT")
    conn.close()
    assert PNG
    return path


def v2_workshop_made_new(path: Path) -> Path:
    """The workshop of the v2 fixture as this version makes it new: its sources in no study
    and for no respondent, its notes with no question (a v2 question stays in the text)."""
    create_workshop(path, "placeholder").close()
    c = V2_CONTENT
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("DELETE FROM workshop")
    for table in ("workshop", "participant", "source", "vote_round", "persona"):
        for row in c[table]:
            if table == "source":
                row = (*row, None, None)
            marks = ", ".join("?" * (len(row) + 2))
            conn.execute(f"INSERT INTO {table} VALUES ({marks})", (*row, V2_STAMP, V2_STAMP))
    for n, (i, text, src, author) in enumerate(c["note"], start=1):
        conn.execute(
            "INSERT INTO note VALUES (?, ?, ?, 0, 160, 120, ?, '#fff59d', ?, ?, NULL, NULL, "
            "NULL, '', ?, ?)",
            (i, text, 200.0 * n, float(n), src, author, V2_STAMP, V2_STAMP),
        )
    for table in ("vote", "persona_item", "evidence_link"):
        for row in c[table]:
            marks = ", ".join("?" * (len(row) + 2))
            conn.execute(f"INSERT INTO {table} VALUES ({marks})", (*row, V2_STAMP, V2_STAMP))
    conn.execute("COMMIT")
    conn.close()
    return path


MADE_NEW = {1: v1_workshop_made_new, 2: v2_workshop_made_new}


@pytest.mark.parametrize("version", sorted(PAST_VERSIONS))
def test_a_file_of_every_past_version_migrates_to_what_a_new_file_is(
    version: int, tmp_path: Path
) -> None:
    assert set(PAST_VERSIONS) == set(range(1, schema.SCHEMA_VERSION))
    path = PAST_VERSIONS[version](tmp_path / "old.pwshop")
    open_workshop(path).close()
    new = MADE_NEW[version](tmp_path / "new.pwshop")
    assert read_schema(path) == read_schema(new)
    assert read_rows(path) == read_rows(new)


def test_the_migration_step_uses_no_definition_from_schema_py(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table changed in today's schema.py must not reshape an old file on its way."""
    extra = schema.Column("mood", str, default="")
    vote = schema.table("vote")
    monkeypatch.setitem(schema.TABLES, "vote", (*vote, extra))
    schema.columns.cache_clear()
    try:
        assert "mood" in schema.columns("vote")  # today's schema.py has the new column
        path = tmp_path / "old.pwshop"
        shutil.copy(FIXTURE, path)
        open_workshop(path).close()
        conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        columns = [row[1] for row in conn.execute("PRAGMA table_info(vote)")]
        conn.close()
        assert "mood" not in columns
    finally:
        monkeypatch.undo()
        schema.columns.cache_clear()


def test_the_original_bytes_are_kept_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "old.pwshop"
    shutil.copy(FIXTURE, path)
    original = path.read_bytes()
    with open_workshop(path) as wf:
        assert wf.notices == (
            "this workshop was brought up to date; the file as it was is kept as "
            "old.before-v3.pwshop",
        )
    kept = tmp_path / "old.before-v3.pwshop"
    assert kept.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.before-v3.pwshop", "old.pwshop"]


def test_a_migration_whose_result_fails_the_checks_is_not_swapped_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The migrated file is checked in full before it replaces the original: a step that
    leaves something wrong (here: a table without its key) changes nothing."""
    path = tmp_path / "old.pwshop"
    shutil.copy(FIXTURE, path)
    original = path.read_bytes()
    step = migrations.STEPS[1]

    def careless(conn: sqlite3.Connection) -> None:
        step(conn)
        conn.execute("CREATE TABLE leftover (x)")

    monkeypatch.setitem(migrations.STEPS, 1, careless)
    with pytest.raises(DamagedWorkshopFile, match="could not be brought up to date") as caught:
        open_workshop(path)
    assert "leftover" in caught.value.message
    assert "the file is unchanged" in caught.value.message
    assert caught.value.where == str(path)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pwshop"]


# An old file that is not whole ---------------------------------------------------------------
@pytest.fixture
def v1_missing_a_column(tmp_path: Path) -> Path:
    path = tmp_path / "old.pwshop"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE persona DROP COLUMN segment_size_source")
    conn.commit()
    conn.close()
    return path


def test_an_old_file_missing_a_column_is_refused_and_left_alone(v1_missing_a_column: Path) -> None:
    path = v1_missing_a_column
    original = path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(DamagedWorkshopFile, match="persona: segment_size_source"):
            open_workshop(path, read_only=read_only)
    assert path.read_bytes() == original
    assert sorted(p.name for p in path.parent.iterdir()) == ["old.pwshop"]


@pytest.mark.parametrize(
    "verb",
    [
        ["info", "{f}"],
        ["check", "{f}"],
        ["export-json", "{f}", "-o", "{d}/out.json"],
        ["poster", "{f}", "-o", "{d}/out.pdf"],
        ["cards", "{f}", "-o", "{d}/cards.pdf"],
        ["merge", "{f}", "{d}/other.pwshop", "-o", "{d}/merged.pwshop"],
        ["import-evidence", "{f}", "{d}/more.txt"],
    ],
    ids=lambda verb: verb[0],
)
def test_every_verb_refuses_an_old_file_missing_a_column_in_one_line(
    v1_missing_a_column: Path, verb: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = v1_missing_a_column
    folder = path.parent
    shutil.copy(FIXTURE, folder / "other.pwshop")
    (folder / "more.txt").write_text("A note\n\nAnother\n", encoding="utf-8")
    original = path.read_bytes()
    before = sorted(p.name for p in folder.iterdir())
    args = [part.format(f=path, d=folder) for part in verb]
    assert main(args) == (2 if verb[0] == "check" else 1)  # check: 2 means "not checked"
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "segment_size_source" in err
    assert path.read_bytes() == original
    assert sorted(p.name for p in folder.iterdir()) == before
    with pytest.raises(DamagedWorkshopFile):  # and it is refused the same way afterwards
        open_workshop(path, read_only=True)


# Version 2 to 3: respondents and studies ------------------------------------------------------
@pytest.mark.parametrize("read_only", [False, True], ids=["editing", "viewing"])
def test_a_v2_file_keeps_every_source_and_note_with_no_study_or_respondent_invented(
    tmp_path: Path, read_only: bool
) -> None:
    path = build_v2(tmp_path / "survey-round.pwshop")
    with open_workshop(path, read_only=read_only) as wf:
        snap = wf.snapshot()
    assert snap.studies == [] and snap.respondents == []
    assert {(s.id, s.label, s.notes) for s in snap.sources} == {
        (row[0], row[2], row[5]) for row in V2_CONTENT["source"]
    }
    assert all(s.study_id is None and s.respondent_id is None for s in snap.sources)
    # the question a v2 import kept in the text stays there: a migration never rewrites
    # the facilitator's evidence
    assert {n.id: (n.text, n.question) for n in snap.notes} == {
        row[0]: (row[1], "") for row in V2_CONTENT["note"]
    }
    assert [p.name for p in snap.personas] == ["Sunday planner"]


def test_a_v2_file_holding_a_table_of_version_3_is_refused(tmp_path: Path) -> None:
    """A file that says it is version 2 may hold only what version 2 made: a ``respondent``
    table in it is something another tool put there."""
    path = build_v2(tmp_path / "odd.pwshop")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE respondent (id VARCHAR NOT NULL, PRIMARY KEY (id))")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    with pytest.raises(UntrustedWorkshopFile, match="respondent"):
        open_workshop(path)
    assert path.read_bytes() == original
