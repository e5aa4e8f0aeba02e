"""The JSON interchange is strict: a value the format does not allow is refused with its
path in the document, never rewritten; an older document still imports; an export of a
damaged file is written as the program reads it, so it imports again."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from workshop.domain.model import PersonaTemplate, Section, SourceKind
from workshop.errors import ImportFailed
from workshop.io import interchange
from workshop.io.interchange_validation import check_tables
from workshop.store import create_workshop, open_workshop


def small_workshop(path: Path) -> Path:
    with create_workshop(path, "Budget app") as w:
        w.update_settings(check={"min_sources": 3})
        src = w.add_source("Interview 7", "interview", date="2026-03-04").created[0]
        note = w.add_note("Pays on Thursdays", source_id=src).created[0]
        cluster = w.group_into_cluster([note], "Money timing").created[0]
        for name in ("Dana", "Sam", "Lee"):
            w.add_persona(name, "user")
        dana = w.snapshot().persona_named("Dana")
        assert dana is not None
        item = w.add_item(dana.id, "goal", "A weekly routine").created[0]
        w.link_evidence(item, note_ids=[note])
        w.link_evidence(item, cluster_ids=[cluster])
    return path


def exported(tmp_path: Path) -> dict[str, Any]:
    tmp_path.mkdir(exist_ok=True)
    with open_workshop(small_workshop(tmp_path / "a.pwshop")) as w:
        return json.loads(interchange.dumps(interchange.document(interchange.workshop_rows(w))))


def refused(tmp_path: Path, doc: dict[str, Any]) -> str:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        interchange.import_json(path, tmp_path / "out.pwshop")
    assert not (tmp_path / "out.pwshop").exists()
    return caught.value.message


def _persona(doc: dict[str, Any], name: str) -> tuple[int, dict[str, Any]]:
    [(index, row)] = [(i, r) for i, r in enumerate(doc["tables"]["persona"]) if r["name"] == name]
    return index, row


def test_a_template_not_in_the_list_is_refused_with_its_path(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    index, row = _persona(doc, "Lee")
    row["template"] = "Proto"
    message = refused(tmp_path, doc)
    assert message == (
        f"tables.persona[{index}].template: 'Proto' is not one of user, b2b_buyer, proto"
    )


def test_a_section_not_in_the_list_is_refused_not_made_other(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    doc["tables"]["persona_item"][0]["section"] = "Goal"
    message = refused(tmp_path, doc)
    assert message.startswith("tables.persona_item[0].section: 'Goal' is not one of goal, ")
    assert all(s.value in message for s in Section)


@pytest.mark.parametrize("kind", ["opinion", "Assumption", "brainstorm", ""])
def test_an_unknown_source_kind_is_refused_with_the_list_of_kinds(tmp_path: Path, kind) -> None:
    doc = exported(tmp_path)
    doc["tables"]["source"][0]["kind"] = kind
    message = refused(tmp_path, doc)
    assert message.startswith(f"tables.source[0].kind: {kind!r} is not one of interview, ")
    assert "other, assumption" in message


def test_the_assumption_kind_imports_as_team_opinion(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    doc["tables"]["source"][0]["kind"] = "assumption"
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with interchange.import_json(path, tmp_path / "ok.pwshop") as w:
        [source] = w.snapshot().sources
    assert source.kind is SourceKind.ASSUMPTION and not source.is_research


@pytest.mark.parametrize(
    ("change", "which"),
    [
        (lambda link, other: link.update(cluster_id=None, note_id=None), "neither"),
        (lambda link, other: link.update(cluster_id=other["cluster_id"]), "both"),
    ],
)
def test_an_evidence_link_must_name_exactly_one_note_or_cluster(
    tmp_path: Path, change: Callable[[dict[str, Any], dict[str, Any]], None], which: str
) -> None:
    doc = exported(tmp_path)
    links = doc["tables"]["evidence_link"]
    index = next(i for i, link in enumerate(links) if link["note_id"])
    other = next(link for link in links if link["cluster_id"])
    change(links[index], other)
    message = refused(tmp_path, doc)
    assert message.startswith(f"tables.evidence_link[{index}]: an evidence link has {which} of")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("spring 2019", "is not a date written as YYYY-MM-DD"),
        ("2019-02-30", "is not a real date"),
        ("2031-01-05", "is in the future"),
        ((date.today() + timedelta(days=3)).isoformat(), "is in the future"),
        ("1066-10-14", "is before 1900"),
        ("2019-2-1", "is not a date written as YYYY-MM-DD"),
    ],
)
def test_impossible_and_future_dates_are_refused(tmp_path: Path, value, problem: str) -> None:
    doc = exported(tmp_path)
    doc["tables"]["source"][0]["date"] = value
    message = refused(tmp_path, doc)
    assert message.startswith("tables.source[0].date: ")
    assert message.endswith(problem)
    doc = exported(tmp_path / "again")
    doc["tables"]["persona"][1]["last_reviewed"] = value
    assert refused(tmp_path, doc).startswith("tables.persona[1].last_reviewed: ")


@pytest.mark.parametrize("value", [0, -5, "3", True, 1, 2.5, 10_000])
def test_thresholds_outside_their_bounds_are_refused(tmp_path: Path, value: Any) -> None:
    doc = exported(tmp_path)
    doc["tables"]["workshop"][0]["settings"]["check"]["min_sources"] = value
    message = refused(tmp_path, doc)
    assert message.startswith("tables.workshop[0].settings.check.min_sources: min_sources ")
    assert "from 2 to 20" in message


def test_an_unknown_threshold_and_a_bad_decision_are_refused(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    doc["tables"]["workshop"][0]["settings"]["check"]["min_notes"] = 2
    assert "settings.check.min_notes: 'min_notes' is not a threshold" in refused(tmp_path, doc)
    doc = exported(tmp_path / "again")
    doc["tables"]["workshop"][0]["decisions"] = ["messaging", "pricing"]
    assert refused(tmp_path, doc).startswith("tables.workshop[0].decisions[1]: 'pricing'")


def as_older(doc: dict[str, Any], version: int) -> dict[str, Any]:
    """The document as a version-2 (or 1) export wrote it: no respondents, no studies, no
    note questions."""
    tables = {k: v for k, v in doc["tables"].items() if k not in ("study", "respondent")}
    for row in tables["source"]:
        del row["study_id"], row["respondent_id"]
    for row in tables["note"]:
        del row["question"]
    return {**doc, "version": version, "tables": tables}


def test_a_version_1_document_still_imports(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    assert doc["version"] == 3
    doc = as_older(doc, 1)
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with interchange.import_json(path, tmp_path / "v1.pwshop") as w:
        snapshot = w.snapshot()
    assert {p.name for p in snapshot.personas} == {"Dana", "Sam", "Lee"}
    assert all(p.template is PersonaTemplate.USER for p in snapshot.personas)


def test_an_export_of_a_damaged_file_is_written_as_read_and_imports_again(
    tmp_path: Path,
) -> None:
    path = small_workshop(tmp_path / "a.pwshop")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE source SET kind = 'opinion', date = 'spring 2019'")
    conn.execute("UPDATE persona SET template = 'Proto' WHERE name = 'Lee'")
    conn.execute('UPDATE workshop SET settings = \'{"check": {"min_sources": 1}}\'')
    conn.commit()
    conn.close()
    with open_workshop(path) as w:
        read = w.snapshot()
        interchange.export_json(w, tmp_path / "a.json")
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert doc["tables"]["source"][0]["kind"] == read.sources[0].kind == "other"
    assert doc["tables"]["source"][0]["date"] is None
    assert doc["tables"]["workshop"][0]["settings"] == {"check": {}}
    with interchange.import_json(tmp_path / "a.json", tmp_path / "b.pwshop") as again:
        assert again.snapshot().sources == read.sources


def test_check_tables_accepts_what_the_program_writes(tmp_path: Path) -> None:
    doc = exported(tmp_path)
    check_tables(doc["tables"], "doc.json")  # no error
