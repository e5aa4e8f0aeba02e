"""A workshop file is opened only when its schema is exactly the one its version defines:
every trigger, view or index we did not make is refused whatever the spelling of its type,
every table and index must have our definition (normalised), and nothing in the file ever
runs. Each file here is made the way another tool or an attacker could make it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.errors import DamagedWorkshopFile, UntrustedWorkshopFile, WorkshopError
from workshop.store import allow_list, create_workshop, open_workshop, schema, schema_history


def make_workshop(path: Path, notes: int = 6) -> Path:
    wf = create_workshop(path, "Budgeting app research")
    source = wf.add_source("Interview 1").created[0]
    ids = wf.add_notes([{"text": f"Evidence {i}", "source_id": source} for i in range(notes)])
    item = wf.add_item(wf.add_persona("Planner").created[0], "goal", "Fast review").created[0]
    wf.link_evidence(item, note_ids=list(ids.created[:2]))
    wf.close()
    return path


def tamper(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    return path


def rewrite_schema(path: Path, *statements: str) -> Path:
    """Change ``sqlite_master`` itself, as SQLite lets any tool do."""
    return tamper(path, "PRAGMA writable_schema = ON", *statements, "PRAGMA writable_schema = OFF")


def note_texts(path: Path) -> list[str]:
    """The notes as the file holds them, read without running anything from it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT text FROM note NOT INDEXED"))
    finally:
        conn.close()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return make_workshop(folder / "research.pwshop")


def refused(path: Path, error: type[WorkshopError], words: str) -> WorkshopError:
    """Refused for editing and for viewing, with one line saying ``words``, and neither
    attempt leaves a file changed or made beside it."""
    before = listing(path.parent), path.read_bytes()
    errors: list[WorkshopError] = []
    for read_only in (False, True):
        with pytest.raises(WorkshopError) as caught:
            open_workshop(path, read_only=read_only)
        assert type(caught.value) is error, caught.value
        said = f"{caught.value.message} {caught.value.details}"  # SQLite's text: details
        assert words in said, said
        assert "\n" not in str(caught.value)
        assert (listing(path.parent), path.read_bytes()) == before
        errors.append(caught.value)
    return errors[0]


# Triggers, views and indexes in any spelling ------------------------------------------------
_WIPE = "DELETE FROM evidence_link; DELETE FROM persona_item; DELETE FROM persona; "
_WIPE += "UPDATE note SET text = 'gone';"


@pytest.mark.parametrize("spelling", ["TRIGGER", "Trigger", "trigger"])
@pytest.mark.parametrize("table", ["app_state", "note"])
def test_a_trigger_in_any_spelling_is_refused_and_never_fires(
    workshop_path: Path, spelling: str, table: str
) -> None:
    """SQLite loads a row of type 'TRIGGER' as a real trigger; on app_state it would fire
    when the program saves view state, on note at the next import."""
    texts = note_texts(workshop_path)
    tamper(workshop_path, f"CREATE TRIGGER wipe AFTER INSERT ON {table} BEGIN {_WIPE} END")
    rewrite_schema(
        workshop_path, f"UPDATE sqlite_master SET type = '{spelling}' WHERE name = 'wipe'"
    )
    error = refused(workshop_path, UntrustedWorkshopFile, "a trigger ('wipe')")
    assert "refused for safety" in error.message

    # import-evidence adds notes (INSERT ON note); it is refused before writing anything
    evidence = workshop_path.parent / "more.txt"
    evidence.write_text("One more note\n\nAnd another\n", encoding="utf-8")
    assert main(["import-evidence", str(workshop_path), str(evidence)]) == 1
    assert note_texts(workshop_path) == texts


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (
            [
                "CREATE VIEW everything AS SELECT * FROM note",
                "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET type = 'VIEW' WHERE name = 'everything'",
            ],
            "a view ('everything')",
        ),
        (
            [
                "CREATE INDEX ix_note_text ON note (text)",
                "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET type = 'INDEX' WHERE name = 'ix_note_text'",
            ],
            "an index ('ix_note_text')",
        ),
        (["CREATE TABLE loot (id TEXT, text TEXT)"], "a table ('loot')"),
    ],
    ids=["upper-case VIEW", "upper-case INDEX", "extra table"],
)
def test_objects_we_did_not_make_are_refused_in_any_spelling(
    workshop_path: Path, make: list[str], words: str
) -> None:
    tamper(workshop_path, *make)
    refused(workshop_path, UntrustedWorkshopFile, words)


def test_a_unique_index_under_one_of_our_names_is_refused(workshop_path: Path) -> None:
    tamper(
        workshop_path,
        "DROP INDEX ix_evidence_link_note_id",
        "CREATE UNIQUE INDEX ix_evidence_link_note_id ON evidence_link (note_id)",
    )
    refused(
        workshop_path,
        UntrustedWorkshopFile,
        "the index 'ix_evidence_link_note_id' has a definition Persona Workshop did not write",
    )


def test_an_automatic_index_sqlite_did_not_make_for_us_is_refused(workshop_path: Path) -> None:
    """An index named like the ones SQLite makes for a PRIMARY KEY or UNIQUE declaration,
    but made by someone else (a name the program used to wave through)."""
    tamper(workshop_path, "CREATE INDEX made_here ON note (colour)")
    rewrite_schema(
        workshop_path,
        "UPDATE sqlite_master SET name = 'sqlite_autoindex_note_9', "
        "sql = 'CREATE INDEX sqlite_autoindex_note_9 ON note (colour)' WHERE name = 'made_here'",
    )
    refused(workshop_path, UntrustedWorkshopFile, "an index ('sqlite_autoindex_note_9')")


def test_an_automatic_index_row_without_its_declaration_is_refused(workshop_path: Path) -> None:
    conn = sqlite3.connect(workshop_path)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_note_1'"
    ).fetchone()[0]
    conn.close()
    rewrite_schema(
        workshop_path,
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) "
        f"VALUES ('index', 'sqlite_autoindex_note_9', 'note', {root}, NULL)",
    )
    refused(workshop_path, DamagedWorkshopFile, "sqlite_autoindex_note_9")


# Our tables, defined otherwise ----------------------------------------------------------------
def _redefine(path: Path, table: str, change: Callable[[str], str]) -> Path:
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    new = change(sql).replace("'", "''")
    return rewrite_schema(path, f"UPDATE sqlite_master SET sql = '{new}' WHERE name = '{table}'")


def test_a_check_added_to_a_table_is_refused(workshop_path: Path) -> None:
    _redefine(
        workshop_path,
        "note",
        lambda sql: sql.replace(
            "PRIMARY KEY (id)", "CHECK (length(text) < 3),\n    PRIMARY KEY (id)"
        ),
    )
    refused(
        workshop_path,
        UntrustedWorkshopFile,
        "the table 'note' has a definition Persona Workshop did not write",
    )


def _rebuild_note(path: Path, keep: Callable[[str], bool], *after: str) -> Path:
    """Rebuild the note table from our definition with some of its lines left out."""
    lines = [
        line
        for line in schema_history.V3.split("CREATE TABLE note (", 1)[1]
        .split(");", 1)[0]
        .splitlines()
        if line.strip() and keep(line)
    ]
    body = ",\n".join(line.rstrip().rstrip(",") for line in lines)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        "PRAGMA foreign_keys = OFF; BEGIN;"
        "CREATE TABLE note_new (\n" + body + "\n);"
        "INSERT INTO note_new SELECT * FROM note; DROP TABLE note;"
        "ALTER TABLE note_new RENAME TO note;"
        "CREATE INDEX ix_note_cluster_id ON note (cluster_id);"
        "CREATE INDEX ix_note_source_id ON note (source_id);" + "".join(after) + "COMMIT;"
    )
    conn.close()
    return path


def test_a_table_without_its_primary_key_is_refused(workshop_path: Path) -> None:
    """Without the key, two notes can share an id: a merge would keep one of them."""
    _rebuild_note(
        workshop_path,
        lambda line: "PRIMARY KEY" not in line,
        "INSERT INTO note SELECT * FROM note WHERE rowid = 1;",
    )
    refused(workshop_path, UntrustedWorkshopFile, "'note' does not declare its PRIMARY KEY")


def test_a_table_without_its_foreign_keys_is_refused(workshop_path: Path) -> None:
    _rebuild_note(workshop_path, lambda line: "FOREIGN KEY" not in line)
    refused(workshop_path, UntrustedWorkshopFile, "'note' does not declare its FOREIGN KEYs")


def test_a_table_missing_a_column_is_refused_naming_it(workshop_path: Path) -> None:
    tamper(workshop_path, "ALTER TABLE note DROP COLUMN colour")
    refused(workshop_path, DamagedWorkshopFile, "missing parts of a workshop (note: colour)")


# What normalised means ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "change",
    [
        lambda sql: sql.upper().replace("CREATE TABLE NOTE", "create table Note"),
        lambda sql: sql.replace("(", "( -- written by hand\n", 1).replace(",", " /* , */ ,\n\t "),
        lambda sql: sql.replace("source_id", '"source_id"').replace("note (", "[note] ("),
        lambda sql: " ".join(sql.split()),
    ],
    ids=["upper case", "comments and line breaks", "quoted names", "one line"],
)
def test_our_own_definitions_written_differently_but_equivalently_open(
    workshop_path: Path, change: Callable[[str], str]
) -> None:
    _redefine(workshop_path, "note", change)
    with open_workshop(workshop_path) as wf:
        wf.add_note("Still works")
        assert wf.integrity_ok()
    with open_workshop(workshop_path, read_only=True) as wf:
        assert len(wf.snapshot().notes) == 7


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda sql: sql.replace("'", "'"), "nothing"),
        (lambda sql: sql.replace("colour VARCHAR", "colour TEXT"), "another type"),
        (lambda sql: sql.replace("text VARCHAR NOT NULL", "text VARCHAR"), "NULL allowed"),
        (lambda sql: sql.replace("text VARCHAR NOT NULL", 'text VARCHAR "NOT" NULL'), "quoted NOT"),
    ],
    ids=["unchanged", "type", "nullable", "keyword quoted as a name"],
)
def test_what_normalising_does_not_forgive(
    workshop_path: Path, change: Callable[[str], str], why: str
) -> None:
    _redefine(workshop_path, "note", change)
    if why == "nothing":
        open_workshop(workshop_path).close()
    else:
        refused(workshop_path, UntrustedWorkshopFile, "has a definition Persona Workshop did not")


def test_the_tokens_are_those_sqlite_reads() -> None:
    tokens = allow_list.tokens
    assert tokens('CREATE TABLE "Note" (a -- x\n, b)') == tokens("create table note(a,b)")
    assert tokens("DEFAULT 'Abc'") != tokens("DEFAULT 'abc'")
    assert tokens('"key"') != tokens("key")  # a keyword as a name must stay quoted
    assert tokens("[x]") == tokens("`x`") == tokens('"x"') == tokens("X")
    assert tokens("'it''s'") == (("str", "it's"),)
    assert tokens("/* unclosed") == ()
    with pytest.raises(allow_list.UnreadableSql):
        tokens("'unclosed")


# The frozen definitions --------------------------------------------------------------------
def test_a_new_file_has_exactly_the_schema_frozen_for_its_version(tmp_path: Path) -> None:
    path = tmp_path / "new.pwshop"
    create_workshop(path, "New").close()
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    conn.close()
    found = {e.key: e for e in allow_list.entries(rows)}
    assert found == allow_list.reference(schema_history.TABLES[schema.SCHEMA_VERSION])


def test_the_frozen_current_version_is_what_schema_py_declares() -> None:
    """A change to schema.py without a new version (and its frozen SQL and migration step)
    fails here: every table, column (order, type, emptiness, key), reference, index and
    uniqueness that schema.py describes is what the frozen SQL makes, and nothing more."""
    sql_type = {str: "VARCHAR", int: "INTEGER", float: "FLOAT", bool: "BOOLEAN", bytes: "BLOB"}
    conn = sqlite3.connect(":memory:")
    conn.executescript(schema_history.TABLES[schema.SCHEMA_VERSION])
    made = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert sorted(made) == sorted(schema.TABLES) == sorted(schema.ALL_TABLES)
    for name, columns in schema.TABLES.items():
        info = [r[1:] for r in conn.execute(f"PRAGMA table_info({name})")]
        assert info == [
            (c.name, sql_type[c.kind], int(not c.nullable), None, int(c.primary_key))
            for c in columns
        ], name
        references = {r[3]: (r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list({name})")}
        assert references == {
            c.name: (c.references, "id") for c in columns if c.references is not None
        }, name
        indexes = {
            (r[1], bool(r[2]), r[3]): [i[2] for i in conn.execute(f"PRAGMA index_info('{r[1]}')")]
            for r in conn.execute(f"PRAGMA index_list({name})")
            if r[3] != "pk"
        }
        assert indexes == {
            **{(f"ix_{name}_{c.name}", False, "c"): [c.name] for c in columns if c.indexed},
            **{(f"sqlite_autoindex_{name}_2", True, "u"): [c.name] for c in columns if c.unique},
        }, name
    conn.close()
    assert set(schema_history.TABLES) == set(range(1, schema.SCHEMA_VERSION + 1))


def test_the_frozen_version_1_is_what_version_1_wrote() -> None:
    v1_sql = Path(__file__).with_name("v1_schema.sql").read_text(encoding="utf-8")
    assert allow_list.reference(v1_sql) == allow_list.reference(schema_history.V1)


def test_a_file_migrated_by_an_earlier_release_still_opens(tmp_path: Path) -> None:
    """Earlier releases added the version-2 columns with ALTER TABLE; those files are sound."""
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "workshop-v2-first-migrated.pwshop"
    path = tmp_path / "old.pwshop"
    path.write_bytes(fixture.read_bytes())
    with open_workshop(path) as wf:
        assert len(wf.snapshot().notes) == 6
        wf.add_note("new")
    assert os.path.getsize(path) > 0


# Rows the declarations forbid, written behind SQLite's back ----------------------------------
def _with_declarations_lifted(path: Path, lift: Callable[[str], str], *statements: str) -> None:
    """Write rows the note table's declarations forbid: lift them in ``sqlite_master``,
    write, and put our definition back (the rows stay; SQLite's quick check does not look
    for repeated keys)."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name IN ('note', 'sqlite_autoindex_note_1')"
    ).fetchall()
    conn.close()
    ours = dict(rows)
    lifted = lift(ours["note"]).replace("'", "''")
    rewrite_schema(
        path,
        f"UPDATE sqlite_master SET sql = '{lifted}' WHERE name = 'note'",
        "UPDATE sqlite_master SET sql = 'CREATE INDEX sqlite_autoindex_note_1 ON note (id)' "
        "WHERE name = 'sqlite_autoindex_note_1'",
    )
    tamper(path, *statements)
    original = ours["note"].replace("'", "''")
    rewrite_schema(
        path,
        f"UPDATE sqlite_master SET sql = '{original}' WHERE name = 'note'",
        "UPDATE sqlite_master SET sql = NULL WHERE name = 'sqlite_autoindex_note_1'",
    )


def test_two_notes_sharing_an_id_are_refused_naming_it(workshop_path: Path) -> None:
    """The file declares its key, yet holds two notes with one id (a merge would keep one)."""
    _with_declarations_lifted(
        workshop_path,
        lambda sql: sql.replace("PRIMARY KEY (id),", ""),
        "INSERT INTO note SELECT 'twin', 'copy ' || text, x, y, w, h, z, colour, source_id, "
        "author_id, cluster_id, asset_id, origin_asset_id, question, created_at, updated_at "
        "FROM note "
        "WHERE rowid <= 2",
    )
    refused(workshop_path, DamagedWorkshopFile, "several note rows share the id 'twin'")


def test_a_note_without_an_id_is_refused(workshop_path: Path) -> None:
    _with_declarations_lifted(
        workshop_path,
        lambda sql: sql.replace("id VARCHAR NOT NULL,", "id VARCHAR,", 1).replace(
            "PRIMARY KEY (id),", ""
        ),
        "UPDATE note SET id = NULL WHERE rowid = 3",
    )
    with pytest.raises(DamagedWorkshopFile, match="damaged"):
        open_workshop(workshop_path)
    with pytest.raises(DamagedWorkshopFile, match="damaged"):
        open_workshop(workshop_path, read_only=True)


def test_a_note_table_that_allows_null_ids_is_refused(workshop_path: Path) -> None:
    """A table declared without NOT NULL on its id holds notes no export can name."""
    _redefine(
        workshop_path, "note", lambda sql: sql.replace("id VARCHAR NOT NULL,", "id VARCHAR,", 1)
    )
    tamper(workshop_path, "UPDATE note SET id = NULL WHERE rowid = 3")
    refused(workshop_path, UntrustedWorkshopFile, "the table 'note' has a definition")
    assert (
        main(["export-json", str(workshop_path), "-o", str(workshop_path.parent / "o.json")]) == 1
    )
