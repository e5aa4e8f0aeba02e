"""The check cannot be fooled from the command line: workshops made with the verbs a
facilitator uses (import-evidence, import-json), checked with ``check``. Issue 15."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.domain.model import MetricKind, PersonaStatus, Section, SourceKind
from workshop.io.lenient_dates import read_date
from workshop.store import WorkshopFile, create_workshop, open_workshop

TODAY = "2026-11-30"
REVIEWED = date(2026, 11, 2)
KEY = (Section.GOAL, Section.PAIN_POINT, Section.CONSTRAINT, Section.TRIGGER)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def persona_from(wf: WorkshopFile, notes: list[str], **fields: object) -> str:
    persona = wf.add_persona(
        "Time-poor planner", last_reviewed=REVIEWED, segment_name="Young families", **fields
    ).created[0]
    for section, text in (
        *((s, f"{s.value} claim") for s in KEY),
        (Section.DECISION_CRITERION, "Setup takes minutes"),
        (Section.SUCCESS_METRIC, "Finish weekly review in under 10 minutes"),
    ):
        item = wf.add_item(persona, section, text).created[0]
        wf.link_evidence(item, note_ids=notes)
    metric = wf.add_item(
        persona,
        Section.METRIC_LINK,
        "30-day retention",
        metric_kind=MetricKind.RETENTION,
        metric_baseline="38%",
    ).created[0]
    wf.link_evidence(metric, note_ids=notes)
    return persona


def test_opinion_sources_are_not_grounded_and_fail(tmp_path: Path, capsys) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        brainstorm = wf.add_source(
            "Team brainstorm (assumptions)", SourceKind.ASSUMPTION, date="2026-11-01"
        ).created[0]
        ceo = wf.add_source("CEO's opinion", "assumption", date="2026-11-01").created[0]
        notes = [
            wf.add_note("Parents want a weekly routine", source_id=brainstorm).created[0],
            wf.add_note("Everyone hates spreadsheets", source_id=ceo).created[0],
        ]
        persona_from(wf, notes)
    code, out, _ = run(capsys, "check", str(path), "--today", TODAY)
    assert code == 1
    assert "Time-poor planner: fails, 0 of 7 items well evidenced (0%)" in out
    assert out.count("rests only on assumptions (the team's opinion:") == 7  # + the metric link
    code, out, _ = run(capsys, "poster", str(path), "-o", str(tmp_path / "p.pdf"))
    assert code == 0


def test_every_claim_from_one_interview_fails_when_validated(tmp_path: Path, capsys) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        sam = wf.add_source("Interview with Sam", "interview", date="2026-10-02").created[0]
        twin = wf.add_source("Interview with Sam", "interview", date="2026-10-02").created[0]
        notes = [
            wf.add_note("Reviews money on Sunday", source_id=sam).created[0],
            wf.add_note("Reviews money on Sunday", source_id=twin).created[0],
        ]
        persona = persona_from(wf, notes)
    code, out, _ = run(capsys, "check", str(path), "--today", TODAY, "--json")
    assert code == 0  # a draft may carry single anecdotes as warnings
    [report] = json.loads(out)["personas"]
    anecdotes = [f for f in report["findings"] if f["rule"] == "single-anecdote"]
    assert len(anecdotes) == 5 and {f["severity"] for f in anecdotes} == {"warning"}
    assert all("entered 2 times, counted once" in f["message"] for f in anecdotes)
    with open_workshop(path) as wf:
        wf.update_persona(persona, "Mark validated", status=PersonaStatus.VALIDATED)
    code, out, _ = run(capsys, "check", str(path), "--today", TODAY, "--json")
    assert code == 1
    doc = json.loads(out)
    assert doc["passes"] is False and doc["personas"][0]["passes"] is False
    errors = [f for f in doc["personas"][0]["findings"] if f["severity"] == "error"]
    assert {f["rule"] for f in errors} == {"single-anecdote"}
    assert len(errors) == 5


def test_the_same_csv_imported_twice_is_still_one_source_per_respondent(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "w.pwshop"
    create_workshop(path, "Budget app").close()
    survey = tmp_path / "churn-survey.csv"
    survey.write_text(
        "Respondent,Date,Why did you cancel?\n"
        "R1,2026-10-01,Setup took too long\n"
        "R2,2026-10-02,Too many categories\n",
        encoding="utf-8",
    )
    args = ["import-evidence", str(path), str(survey), "--text-column", "Why did you cancel?"]
    args += ["--source-column", "Respondent", "--date-column", "Date", "--source-kind", "survey"]
    assert run(capsys, *args)[0] == 0
    assert run(capsys, *args)[0] == 0  # the same file again
    with open_workshop(path) as wf:
        snapshot = wf.snapshot()
        r1 = [n.id for n in snapshot.notes if n.text.startswith("Setup took too long")]
        persona_from(wf, r1)
    assert len(r1) == 1  # imported twice: the second import adds nothing (it is idempotent)
    code, out, _ = run(capsys, "check", str(path), "--today", TODAY, "--json")
    assert code == 0  # a draft: single anecdotes are warnings
    [report] = json.loads(out)["personas"]
    anecdotes = [f for f in report["findings"] if f["rule"] == "single-anecdote"]
    assert len(anecdotes) == 5  # R1 twice is still R1: one respondent
    assert all("only 1 respondent ('R1')" in f["message"] for f in anecdotes)
    assert report["items"]["well_evidenced"] == 2  # only the two metrics need just one


def test_an_unknown_kind_on_the_command_line_is_refused_with_the_kinds(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "w.pwshop"
    create_workshop(path, "Budget app").close()
    notes = tmp_path / "notes.txt"
    notes.write_text("We think parents are busy.\n", encoding="utf-8")
    code, _, err = run(capsys, "import-evidence", str(path), str(notes), "--source-kind", "opinion")
    assert code == 1
    assert "'opinion' is not a kind of source; use one of: interview, survey," in err
    assert "other, assumption" in err
    code, _, _ = run(
        capsys, "import-evidence", str(path), str(notes), "--source-kind", "assumption"
    )
    assert code == 0
    with open_workshop(path) as wf:
        [source] = wf.snapshot().sources
    assert source.kind is SourceKind.ASSUMPTION


def test_impossible_and_future_dates_in_an_export_are_not_taken(tmp_path: Path) -> None:
    assert read_date("2019-02-30") == "“2019-02-30” is not a real date"
    assert read_date("2031-01-05") == "“2031-01-05” is in the future"
    assert read_date("5 March 2031") == "“5 March 2031” is in the future"
    assert read_date("spring 2019") == "“spring 2019” is not a date"
    assert read_date("2019-03-05") == date(2019, 3, 5)


def test_relaxed_thresholds_in_json_are_refused(tmp_path: Path, capsys) -> None:
    path = tmp_path / "w.pwshop"
    create_workshop(path, "Budget app").close()
    out = tmp_path / "w.json"
    assert run(capsys, "export-json", str(path), "-o", str(out))[0] == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["tables"]["workshop"][0]["settings"] = {"check": {"min_sources": 1}}
    out.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run(capsys, "import-json", str(out), "-o", str(tmp_path / "again.pwshop"))
    assert code == 1
    assert "tables.workshop[0].settings.check.min_sources: min_sources" in err
    assert not (tmp_path / "again.pwshop").exists()


def test_one_person_interviewed_and_surveyed_is_one_respondent_and_fails_validation(
    tmp_path: Path, capsys
) -> None:
    """Imported as a facilitator would: a survey answer and an interview transcript of the
    same person become two sources of one respondent; a validated persona resting on them
    fails, and the finding says "1 respondent", not "2 sources"."""
    path = tmp_path / "w.pwshop"
    create_workshop(path, "Budget app").close()
    survey = tmp_path / "churn-survey.csv"
    survey.write_text(
        "Respondent,Date,Why did you cancel?\nPriya Nair,2026-10-01,Logging in every time\n",
        encoding="utf-8",
    )
    transcript = tmp_path / "priya.txt"
    transcript.write_text(
        "Kim Oduya (00:00:05): How do you approve claims?\n"
        "Priya Nair (00:00:12): I log in again every single time.\n"
        "Kim Oduya (00:00:31): How does that feel?\n"
        "Priya Nair (00:00:34): Annoying. I batch them on Sunday night.\n",
        encoding="utf-8",
    )
    args = ["--source-column", "Respondent", "--date-column", "Date", "--source-kind", "survey"]
    assert run(capsys, "import-evidence", str(path), str(survey), *args)[0] == 0
    assert run(capsys, "import-evidence", str(path), str(transcript))[0] == 0
    with open_workshop(path) as wf:
        snapshot = wf.snapshot()
        (interview,) = [s for s in snapshot.sources if s.label.endswith("(priya.txt)")]
        wf.update_source(interview.id, date="2026-10-02")
        assert [r.label for r in snapshot.respondents] == ["Priya Nair"]
        persona_from(wf, [n.id for n in snapshot.notes], status=PersonaStatus.VALIDATED)

    code, out, _ = run(capsys, "check", str(path), "--today", TODAY, "--json")

    assert code == 1  # validated, and every key claim rests on one person
    [report] = json.loads(out)["personas"]
    anecdotes = [f for f in report["findings"] if f["rule"] == "single-anecdote"]
    assert len(anecdotes) == 5 and all(f["severity"] == "error" for f in anecdotes)
    assert all(
        "only 1 respondent ('Priya Nair', behind 2 sources)" in f["message"] for f in anecdotes
    ), anecdotes[0]["message"]
