"""The store describes its columns in plain Python types, and reads any file's rows with
values that fit their columns (what a merge reads)."""

from __future__ import annotations

from pathlib import Path

from workshop.store import (
    CONTENT_TABLES,
    ColumnKind,
    column_kinds,
    content_columns,
    create_workshop,
)


def test_every_content_column_is_described_in_plain_python_types() -> None:
    for table_name in CONTENT_TABLES:
        kinds = column_kinds(table_name)
        assert tuple(c.name for c in kinds) == content_columns(table_name)
        assert all(c.kind in {bool, int, float, bytes, str} for c in kinds)
    note = {c.name: c for c in column_kinds("note")}
    assert note["x"] == ColumnKind("x", float, False, 0.0)
    assert note["w"].default == 160.0
    assert note["cluster_id"] == ColumnKind("cluster_id", str, True, None, "cluster")
    assert {c.name: c.kind for c in column_kinds("vote_round")}["is_open"] is bool
    assert {c.name: c.kind for c in column_kinds("vote_round")}["votes_per_participant"] is int
    assert {c.name: c.kind for c in column_kinds("asset")}["data"] is bytes


def test_damaged_values_are_read_as_their_columns_declare(tmp_path: Path) -> None:
    with create_workshop(tmp_path / "w.pwshop", "Budget app") as wf:
        note_id = wf.add_note("Pays on Thursdays").created[0]
        round_id = wf.add_vote_round("Votes").created[0]
        # What another program may leave in the file: SQLite keeps what it is given.
        wf._raw.execute(
            "UPDATE note SET x = 'left', y = 1e999, w = -1e999, h = 'NaN', text = ?, "
            "z = 7 WHERE id = ?",
            (b"caf\xe9", note_id),
        )
        wf._raw.execute(
            "UPDATE vote_round SET votes_per_participant = 'many', is_open = 'yes' WHERE id = ?",
            (round_id,),
        )
        rows = wf.clean_content_rows()
    note = next(r for r in rows["note"] if r["id"] == note_id)
    assert (note["x"], note["y"], note["w"], note["h"], note["z"]) == (0.0, 0.0, 160.0, 120.0, 7.0)
    assert type(note["z"]) is float
    assert note["text"] == "caf\ufffd"
    vote_round = next(r for r in rows["vote_round"] if r["id"] == round_id)
    assert vote_round["votes_per_participant"] == 3 and vote_round["is_open"] is True
    assert set(rows) == set(CONTENT_TABLES)
    assert list(rows["note"][0]) == list(content_columns("note"))
