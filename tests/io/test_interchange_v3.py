"""JSON interchange version 3: respondents, studies and a note's question go out and come
back; a version-2 document still imports (with no study, no respondent, no question), and
neither version may carry what it does not define. Every refusal names its path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_interchange_strict import as_older, refused

from workshop.domain.model import StudyKind
from workshop.io import interchange
from workshop.store import create_workshop, open_workshop


def research_workshop(path: Path) -> Path:
    with create_workshop(path, "Budget app") as w:
        survey = w.add_study("Churn survey", "survey", date_from="2026-01-05", date_to="2026-01-19")
        maria = w.add_respondent("Maria", {"segment": "Freelancer", "age band": "25-34"})
        src = w.add_source("Respondent Maria", "survey", date="2026-01-07").created[0]
        w.update_source(src, study_id=survey.created[0], respondent_id=maria.created[0])
        w.add_note("Too many steps", source_id=src, question="What annoys you most?")
    return path


def exported(tmp_path: Path) -> dict[str, Any]:
    with open_workshop(research_workshop(tmp_path / "a.pwshop")) as w:
        return json.loads(interchange.dumps(interchange.document(interchange.workshop_rows(w))))


def imported(tmp_path: Path, doc: dict[str, Any], name: str = "in"):  # type: ignore[no-untyped-def]
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with interchange.import_json(path, tmp_path / f"{name}.pwshop") as w:
        return w.snapshot()


def test_respondents_studies_and_questions_come_back(tmp_path: Path) -> None:
    snap = imported(tmp_path, exported(tmp_path))
    (study,) = snap.studies
    (maria,) = snap.respondents
    (source,) = snap.sources
    (note,) = snap.notes
    assert (study.name, study.kind, str(study.date_from), str(study.date_to)) == (
        "Churn survey",
        StudyKind.SURVEY,
        "2026-01-05",
        "2026-01-19",
    )
    assert maria.attributes == {"segment": "Freelancer", "age band": "25-34"}
    assert (source.study_id, source.respondent_id) == (study.id, maria.id)
    assert (note.text, note.question) == ("Too many steps", "What annoys you most?")


def test_a_version_2_document_imports_with_no_study_respondent_or_question(
    tmp_path: Path,
) -> None:
    snap = imported(tmp_path, as_older(exported(tmp_path), 2))
    assert snap.studies == [] and snap.respondents == []
    (source,) = snap.sources
    assert (source.study_id, source.respondent_id) == (None, None)
    assert [(n.text, n.question) for n in snap.notes] == [("Too many steps", "")]


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda d: d["tables"].update(study=[]), "does not know (study)"),
        (lambda d: d["tables"]["note"][0].update(question="Why?"), "unknown fields: question"),
        (
            lambda d: d["tables"]["source"][0].update(respondent_id=None),
            "unknown fields: respondent_id",
        ),
    ],
    ids=["study table", "note question", "source respondent"],
)
def test_a_version_2_document_may_not_carry_version_3_parts(
    tmp_path: Path, spoil: Any, message: str
) -> None:
    doc = as_older(exported(tmp_path), 2)
    spoil(doc)
    assert message in refused(tmp_path, doc)


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (
            lambda d: d["tables"]["study"][0].update(kind="focus group"),
            "tables.study[0].kind: 'focus group' is not one of interview_round, survey,",
        ),
        (
            lambda d: d["tables"]["study"][0].update(date_to="2026-01-01"),
            "tables.study[0].date_to: '2026-01-01' is before the study's date_from",
        ),
        (
            lambda d: d["tables"]["study"][0].update(date_from="spring 2026"),
            "tables.study[0].date_from: 'spring 2026' is not a date written as YYYY-MM-DD",
        ),
        (
            lambda d: d["tables"]["respondent"][0]["attributes"].update(age=34),
            "tables.respondent[0].attributes.age: 34 should be text",
        ),
        (
            lambda d: d["tables"]["respondent"][0].update(attributes=["Freelancer"]),
            "tables.respondent[0].attributes: a respondent's attributes should be an object",
        ),
        (
            lambda d: d["tables"]["source"][0].update(respondent_id="nobody"),
            "tables.source[0].respondent_id: 'nobody' is not a respondent in this export",
        ),
        (lambda d: d["tables"]["note"][0].update(question=None), "'question' may not be empty"),
    ],
    ids=["study kind", "study ends first", "study date", "attribute", "attributes", "ref", "q"],
)
def test_version_3_values_are_refused_with_their_path(
    tmp_path: Path, spoil: Any, message: str
) -> None:
    doc = exported(tmp_path)
    spoil(doc)
    assert message in refused(tmp_path, doc)
