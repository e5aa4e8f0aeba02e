"""import-json refuses what no workshop holds, in one line with the value's path, and
writes nothing: numbers off the board or too large for the file, empty and dangling ids,
votes for nothing, colours and timestamps the program does not write, JSON columns of the
wrong shape, texts over their caps. What the program exports
(also from a damaged file) imports again."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_interchange_strict import exported, refused, small_workshop

from workshop.cli import main
from workshop.domain.limits import NOTE_TEXT_MAX, SHORT_TEXT_MAX
from workshop.io import interchange
from workshop.store import open_workshop


def _set(doc: dict[str, Any], table: str, column: str, value: Any, index: int = 0) -> None:
    doc["tables"][table][index][column] = value


def _raw(doc: dict[str, Any]) -> str:
    """The document as JSON text; numbers too large for a float are written as digits."""
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("column", "value", "said"),
    [
        ("x", 10**400, "tables.note[0].x: a number of 401 digits is off the board"),
        ("x", 10**30, "tables.note[0].x: a number of 31 digits is off the board"),
        ("y", -1e300, "tables.note[0].y: -1e+300 is off the board"),
        (
            "z",
            2_000_000,
            "tables.note[0].z: 2000000 is off the board (it must be from -1,000,000 to 1,000,000)",
        ),
        (
            "w",
            -5,
            "tables.note[0].w: -5 is not a width the board allows (it must be from 20 to 20,000)",
        ),
        ("h", 0, "tables.note[0].h: 0 is not a height the board allows"),
    ],
)
def test_numbers_beyond_the_board_are_refused_with_their_path(
    tmp_path: Path, column: str, value: Any, said: str
) -> None:
    doc = exported(tmp_path)
    _set(doc, "note", column, value)
    message = refused(tmp_path, doc)
    assert message.startswith(said), message
    assert "\n" not in message


def test_a_cluster_of_1e300_is_refused(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    _set(doc, "cluster", "w", 1e300)
    assert refused(tmp_path, doc).startswith(
        "tables.cluster[0].w: 1e+300 is not a width the board allows (it must be from 20 to"
    )


def test_the_cli_refuses_a_huge_number_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = exported(tmp_path)
    (tmp_path / "big.json").write_text(
        _raw(doc).replace('"x": 0.0', '"x": 1' + "0" * 400, 1), encoding="utf-8"
    )
    code = main(["import-json", str(tmp_path / "big.json"), "-o", str(tmp_path / "o.pwshop")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "tables.note[0].x: a number of 401 digits is off the board" in err
    assert not (tmp_path / "o.pwshop").exists()


@pytest.mark.parametrize("value", [0, -1, 10**9])
def test_dots_per_person_are_bounded(tmp_path: Path, value: int) -> None:
    doc = exported(tmp_path)
    doc["tables"]["vote_round"] = [
        {
            "id": "r1",
            "name": "Pains",
            "target": "notes",
            "votes_per_participant": value,
            "is_open": True,
            "show_tallies": True,
            "created_at": "2026-03-04T10:00:00+00:00",
            "updated_at": "2026-03-04T10:00:00+00:00",
        }
    ]
    assert refused(tmp_path, doc).startswith("tables.vote_round[0].votes_per_participant: "), value


def _with_vote(doc: dict[str, Any], **fields: Any) -> None:
    doc["tables"]["participant"] = [
        {
            "id": "p1",
            "name": "Ann",
            "colour": "#607d8b",
            "created_at": "2026-03-04T10:00:00+00:00",
            "updated_at": "2026-03-04T10:00:00+00:00",
        }
    ]
    doc["tables"]["vote_round"] = [
        {
            "id": "r1",
            "name": "Pains",
            "target": "notes",
            "votes_per_participant": 3,
            "is_open": True,
            "show_tallies": True,
            "created_at": "2026-03-04T10:00:00+00:00",
            "updated_at": "2026-03-04T10:00:00+00:00",
        }
    ]
    vote = {
        "id": "v1",
        "round_id": "r1",
        "participant_id": "p1",
        "note_id": None,
        "cluster_id": None,
        "created_at": "2026-03-04T10:00:00+00:00",
        "updated_at": "2026-03-04T10:00:00+00:00",
    }
    vote.update(fields)
    doc["tables"]["vote"] = [vote]


def test_a_vote_for_nothing_is_refused(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    _with_vote(doc)
    assert refused(tmp_path, doc) == (
        "tables.vote[0]: a vote names neither note_id nor cluster_id; it is for exactly one"
    )


def test_a_vote_for_a_note_imports(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    _with_vote(doc, note_id=doc["tables"]["note"][0]["id"])
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with interchange.import_json(path, tmp_path / "ok.pwshop") as w:
        assert len(w.snapshot().votes) == 1


def test_an_empty_note_id_is_refused(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    _set(doc, "note", "id", "")
    assert refused(tmp_path, doc) == "tables.note[0].id: the id is empty; every row needs one"


def test_a_dangling_id_names_the_row_and_the_id(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    _set(doc, "note", "cluster_id", "c9")
    said = "tables.note[0].cluster_id: 'c9' is not a cluster in this export"
    assert refused(tmp_path, doc) == said


def test_a_repeated_id_names_both_rows(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    doc["tables"]["persona"][2]["id"] = doc["tables"]["persona"][0]["id"]
    doc["tables"]["persona"].sort(key=lambda r: r["id"])
    message = refused(tmp_path, doc)
    assert message.startswith("tables.persona[1].id: '") and message.endswith(
        "is already the id of tables.persona[0]"
    ), message


@pytest.mark.parametrize(
    ("table", "column", "value", "said"),
    [
        ("cluster", "colour", "not a colour", "'not a colour' is not a colour written as #RRGGBB"),
        ("note", "colour", "#fff", "'#fff' is not a colour written as #RRGGBB"),
        ("note", "created_at", "yesterday", "'yesterday' is not a date and time"),
        ("note", "updated_at", "2026-13-40T00:00:00", "is not a date and time"),
        ("persona", "evidence_pool", "abc", "should be a list of texts, not 'abc'"),
        ("workshop", "decisions", "abc", "should be a list of texts, not 'abc'"),
        ("workshop", "metrics", [1, 2], "[0]: 1 is not a text; each should be one"),
        ("workshop", "settings", [], "should be an object"),
    ],
)
def test_values_the_program_never_writes_are_refused(
    tmp_path: Path, table: str, column: str, value: Any, said: str
) -> None:
    doc = exported(tmp_path)
    _set(doc, table, column, value)
    message = refused(tmp_path, doc)
    assert message.startswith(f"tables.{table}[0].{column}"), message
    assert said in message, message


@pytest.mark.parametrize(
    ("table", "column", "length", "most"),
    [
        ("workshop", "title", 5_000_000, SHORT_TEXT_MAX),
        ("persona_item", "text", 1_000_000, NOTE_TEXT_MAX),
        ("source", "label", 1_000_000, SHORT_TEXT_MAX),
        ("persona", "name", SHORT_TEXT_MAX + 1, SHORT_TEXT_MAX),
    ],
)
def test_texts_over_their_cap_are_refused(
    tmp_path: Path, table: str, column: str, length: int, most: int
) -> None:
    doc = exported(tmp_path)
    _set(doc, table, column, "a" * length)
    assert refused(tmp_path, doc) == (
        f"tables.{table}[0].{column}: the text is {length:,} characters long; "
        f"it may be at most {most:,}"
    )


def test_a_participant_name_of_a_million_characters_is_refused(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    _with_vote(doc, note_id=doc["tables"]["note"][0]["id"])
    _set(doc, "participant", "name", "b" * 1_000_000)
    assert refused(tmp_path, doc).startswith("tables.participant[0].name: the text is 1,000,000")


def test_a_line_break_in_a_note_is_kept(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    _set(doc, "note", "text", "two\nlines\tand a tab")
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with interchange.import_json(path, tmp_path / "ok.pwshop") as w:
        assert w.snapshot().notes[0].text == "two\nlines\tand a tab"


def test_an_export_of_a_file_with_odd_values_imports_again(tmp_path: Path) -> None:
    path = small_workshop(tmp_path / "a.pwshop")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE note SET w = -5, h = 0, colour = 'not a colour', created_at = 'x'")
    conn.execute("UPDATE workshop SET metrics = '[1, 2]'")
    conn.commit()
    conn.close()
    with open_workshop(path) as w:
        interchange.export_json(w, tmp_path / "a.json")
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    note = doc["tables"]["note"][0]
    read = (note["w"], note["h"], note["colour"], note["created_at"])
    assert read == (160.0, 120.0, "#fff59d", "")
    assert doc["tables"]["workshop"][0]["metrics"] == ["1", "2"]
    with interchange.import_json(tmp_path / "a.json", tmp_path / "b.pwshop") as again:
        assert again.snapshot().workshop.metrics == ("1", "2")


def test_the_demo_imports(tmp_path: Path) -> None:
    demo = Path(__file__).parents[2] / "resources" / "demo" / "budgeting-app.json"
    with interchange.import_json(demo, tmp_path / "demo.pwshop") as w:
        assert len(w.snapshot().notes) > 50
