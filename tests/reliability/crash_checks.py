"""Judging a workshop file after a kill.

The harness knows the state the file must be in after every reported operation (it
replays the rows each report carries). What it finds may differ from that only by the
one operation that was running when the kill came, and then only by *all* of it: a
bulk import entirely or not at all, a new cluster together with every membership, a
deleted note together with its links and votes. ``judge_in_flight`` says whether a
difference is exactly such a whole operation, per kind of operation.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from workshop.store import schema

Key = tuple[str, str]
Row = dict[str, Any]
State = dict[Key, Row]


def norm(value: Any) -> Any:
    """One spelling per value, whoever wrote it down (SQLite, SQLAlchemy, JSON)."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, bytes | memoryview):
        return "blob:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def norm_row(row: Row | None) -> Row | None:
    return None if row is None else {k: norm(v) for k, v in row.items()}


def read_state(path: Path) -> State:
    """Every content row of the file, read without going through the program."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        state: State = {}
        for table in schema.CONTENT_TABLES:
            cursor = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            for values in cursor:
                row = norm_row(dict(zip(names, values, strict=True)))
                assert row is not None
                state[(table, str(row["id"]))] = row
        return state
    finally:
        conn.close()


def replay(state: State, rows: Iterable[list[Any]]) -> None:
    """Bring ``state`` forward by a reported operation's rows."""
    for table, row_id, _before, after in rows:
        if after is None:
            state.pop((table, row_id), None)
        else:
            state[(table, row_id)] = norm_row(after)  # type: ignore[assignment]


class Diff:
    """Rows that differ between what was expected and what is in the file."""

    def __init__(self, expected: State, found: State) -> None:
        self.expected, self.found = expected, found
        self.rows = {
            key: (expected.get(key), found.get(key))
            for key in expected.keys() | found.keys()
            if expected.get(key) != found.get(key)
        }

    def __bool__(self) -> bool:
        return bool(self.rows)

    def of(self, table: str, kind: str) -> dict[str, tuple[Row | None, Row | None]]:
        wanted = {
            "added": lambda b, a: b is None,
            "deleted": lambda b, a: a is None,
            "updated": lambda b, a: b is not None and a is not None,
        }[kind]
        return {k[1]: v for k, v in self.rows.items() if k[0] == table and wanted(*v)}

    def kinds(self) -> set[tuple[str, str]]:
        found = set()
        for (table, _id), (before, after) in self.rows.items():
            kind = "added" if before is None else "deleted" if after is None else "updated"
            found.add((table, kind))
        return found

    def only(self, *allowed: tuple[str, str]) -> None:
        extra = self.kinds() - set(allowed)
        assert not extra, f"rows changed that this operation does not touch: {sorted(extra)}"

    def fields(self, table: str, row_id: str) -> set[str]:
        before, after = self.rows[(table, row_id)]
        assert before is not None and after is not None
        return {k for k in before if before[k] != after.get(k)} - {"updated_at"}

    def where(self, table: str, column: str, values: Iterable[Any]) -> set[str]:
        """Ids of expected rows of ``table`` whose ``column`` is one of ``values``."""
        wanted = set(values)
        return {k[1] for k, row in self.expected.items() if k[0] == table and row[column] in wanted}


def _one_added(table: str, **fields: Any) -> Callable[[Diff, dict[str, Any]], None]:
    def check(diff: Diff, params: dict[str, Any]) -> None:
        diff.only((table, "added"))
        added = diff.of(table, "added")
        assert len(added) == 1, f"{len(added)} {table} rows added, not one"
        ((_b, row),) = added.values()
        assert row is not None
        for column, param in fields.items():
            assert row[column] == params[param], f"{table}.{column} is {row[column]!r}"

    return check


def _import(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(("source", "added"), ("note", "added"))
    assert set(diff.of("source", "added")) == {params["source"]}, "notes without their source"
    added = diff.of("note", "added")
    assert len(added) == params["count"], (
        f"half an import: {len(added)} of {params['count']} notes are there"
    )
    for _b, note in added.values():
        assert note is not None and note["text"].startswith(params["tag"])
        assert note["source_id"] == params["source"]


def _move_notes(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(("note", "updated"))
    positions = {k: (float(x), float(y)) for k, (x, y) in params["positions"].items()}
    should_move = {
        n
        for n, (x, y) in positions.items()
        if ("note", n) in diff.expected
        and (diff.expected[("note", n)]["x"], diff.expected[("note", n)]["y"]) != (x, y)
    }
    moved = diff.of("note", "updated")
    assert set(moved) == should_move, f"half a move: {len(moved)} of {len(should_move)} notes moved"
    for note_id, (_b, after) in moved.items():
        assert after is not None and (after["x"], after["y"]) == positions[note_id]
        assert diff.fields("note", note_id) <= {"x", "y"}


def _edit_note(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(("note", "updated"))
    assert set(diff.of("note", "updated")) == {params["id"]}
    assert diff.fields("note", params["id"]) == {"text"}
    assert diff.found[("note", params["id"])]["text"] == params["text"]


def _cluster_notes(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(("cluster", "added"), ("note", "updated"))
    clusters = diff.of("cluster", "added")
    assert len(clusters) == 1, "memberships without their cluster"
    ((cluster_id, (_b, frame)),) = clusters.items()
    assert frame is not None and frame["title"] == params["title"]
    members = diff.of("note", "updated")
    assert set(members) == set(params["ids"]), (
        f"a cluster with {len(members)} of its {len(params['ids'])} notes"
    )
    for note_id, (_b, after) in members.items():
        assert after is not None and after["cluster_id"] == cluster_id
        # Grouping may also gather the notes into free space (board_geometry): a place,
        # never their text, source or anything else.
        assert "cluster_id" in diff.fields("note", note_id) <= {"cluster_id", "x", "y"}


def _move_cluster(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(("cluster", "updated"), ("note", "updated"))
    cluster_id, dx, dy = params["id"], params["dx"], params["dy"]
    assert set(diff.of("cluster", "updated")) == {cluster_id}, "notes moved without their frame"
    members = diff.where("note", "cluster_id", [cluster_id])
    assert set(diff.of("note", "updated")) == members, "a frame moved without all its notes"
    for table, row_id in [("cluster", cluster_id), *(("note", n) for n in members)]:
        before, after = diff.rows[(table, row_id)]
        assert before is not None and after is not None
        assert (after["x"], after["y"]) == (before["x"] + dx, before["y"] + dy)
        assert diff.fields(table, row_id) <= {"x", "y"}


def _ungroup(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(
        ("cluster", "deleted"),
        ("note", "updated"),
        ("evidence_link", "deleted"),
        ("evidence_link", "added"),
        ("vote", "deleted"),
    )
    cluster_id = params["id"]
    assert set(diff.of("cluster", "deleted")) == {cluster_id}
    members = diff.where("note", "cluster_id", [cluster_id])
    assert set(diff.of("note", "updated")) == members
    assert all(diff.fields("note", n) == {"cluster_id"} for n in members)
    assert all(diff.found[("note", n)]["cluster_id"] is None for n in members)
    cluster_links = diff.where("evidence_link", "cluster_id", [cluster_id])
    assert set(diff.of("evidence_link", "deleted")) == cluster_links
    items = {diff.expected[("evidence_link", link)]["item_id"] for link in cluster_links}
    for _id, (_b, link) in diff.of("evidence_link", "added").items():
        assert link is not None and link["item_id"] in items and link["note_id"] in members
    assert set(diff.of("vote", "deleted")) == diff.where("vote", "cluster_id", [cluster_id])


def _delete_notes(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(("note", "deleted"), ("evidence_link", "deleted"), ("vote", "deleted"))
    ids = set(params["ids"])
    deleted = set(diff.of("note", "deleted"))
    assert deleted == ids, f"half a delete: {len(deleted)} of {len(ids)} notes gone"
    assert set(diff.of("evidence_link", "deleted")) == diff.where("evidence_link", "note_id", ids)
    assert set(diff.of("vote", "deleted")) == diff.where("vote", "note_id", ids)


def _link_evidence(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(("evidence_link", "added"))
    item = params["item"]
    have = [
        row
        for key, row in diff.expected.items()
        if key[0] == "evidence_link" and row["item_id"] == item
    ]
    wanted = {("note", n) for n in params["notes"] if ("note", n) in diff.expected} - {
        ("note", r["note_id"]) for r in have
    }
    wanted |= {("cluster", c) for c in params["clusters"] if ("cluster", c) in diff.expected} - {
        ("cluster", r["cluster_id"]) for r in have
    }
    added = diff.of("evidence_link", "added").values()
    got = {
        ("note", a["note_id"]) if a["note_id"] else ("cluster", a["cluster_id"])
        for _, a in added
        if a
    }
    assert got == wanted, f"{len(got)} of {len(wanted)} links made"
    assert all(a is not None and a["item_id"] == item for _, a in added)


def _delete_persona(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(("persona", "deleted"), ("persona_item", "deleted"), ("evidence_link", "deleted"))
    assert set(diff.of("persona", "deleted")) == {params["id"]}
    items = diff.where("persona_item", "persona_id", [params["id"]])
    assert set(diff.of("persona_item", "deleted")) == items
    assert set(diff.of("evidence_link", "deleted")) == diff.where("evidence_link", "item_id", items)


def _delete_source(diff: Diff, params: dict[str, Any]) -> None:
    diff.only(("source", "deleted"), ("note", "updated"))
    assert set(diff.of("source", "deleted")) == {params["id"]}
    notes = diff.where("note", "source_id", [params["id"]])
    assert set(diff.of("note", "updated")) == notes, "a source deleted with notes still on it"
    assert all(diff.fields("note", n) == {"source_id"} for n in notes)


def expected_undo(rows: list[list[Any]]) -> dict[Key, Row | None]:
    """Each row as it was before the change (the first before-image wins)."""
    images: dict[Key, Row | None] = {}
    for table, row_id, before, _after in rows:
        images.setdefault((table, row_id), norm_row(before))
    return images


def expected_redo(rows: list[list[Any]]) -> dict[Key, Row | None]:
    return {(t, i): norm_row(after) for t, i, _before, after in rows}


def _restore(images: dict[Key, Row | None], diff: Diff) -> None:
    assert set(diff.rows) <= set(images), "undo/redo touched rows outside its change"
    wrong = [key for key, image in images.items() if diff.found.get(key) != image]
    assert not wrong, f"undo/redo half done: {len(wrong)} of {len(images)} rows not restored"


JUDGES: dict[str, Callable[[Diff, dict[str, Any]], None]] = {
    "add_note": _one_added("note", text="text"),
    "import": _import,
    "move_notes": _move_notes,
    "edit_note": _edit_note,
    "cluster_notes": _cluster_notes,
    "move_cluster": _move_cluster,
    "ungroup": _ungroup,
    "delete_notes": _delete_notes,
    "add_persona": _one_added("persona", name="name"),
    "add_item": _one_added("persona_item", persona_id="persona", text="text"),
    "link_evidence": _link_evidence,
    "delete_persona": _delete_persona,
    "cast_vote": _one_added("vote", round_id="round", participant_id="participant", note_id="note"),
    "add_participant": _one_added("participant", name="name"),
    "add_source": _one_added("source", label="label"),
    "delete_source": _delete_source,
}


def judge_in_flight(
    kind: str, params: dict[str, Any], diff: Diff, history: dict[int, list[list[Any]]]
) -> bool:
    """True if the running operation is in the file whole, False if not at all; an
    AssertionError says what is half there."""
    if not diff:
        return False
    if kind in ("undo", "redo"):
        rows = history[params["target"]]
        _restore(expected_undo(rows) if kind == "undo" else expected_redo(rows), diff)
    else:
        JUDGES[kind](diff, params)
    return True
