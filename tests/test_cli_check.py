"""``persona-workshop check``: the evidence check from the command line, for people and scripts.

The JSON shape asserted here is the one documented in docs/check-json.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.domain.model import MetricKind, PersonaTemplate, Section, SourceKind
from workshop.store import WorkshopFile, create_workshop

TODAY = "2025-06-01"
REVIEWED = date(2025, 5, 1)


def _backed(wf: WorkshopFile, persona: str, section: Section, text: str, notes: list[str]) -> str:
    item = wf.add_item(persona, section, text).created[0]
    wf.link_evidence(item, note_ids=notes)
    return item


def _make(path: Path, *, blocking: bool) -> Path:
    """A workshop with a persona that passes, a proto-persona that fails (allowed), and,
    when ``blocking``, a research persona with an unsupported goal."""
    with create_workshop(path, "Budget app") as wf:
        sam = wf.add_source("Interview Sam", SourceKind.INTERVIEW, date=date(2025, 4, 2)).created[0]
        poll = wf.add_source("Churn survey", SourceKind.SURVEY, date=date(2025, 4, 20)).created[0]
        notes = [
            wf.add_note("Reviews money on Sunday evening", source_id=sam).created[0],
            wf.add_note("Weekly check-in, 10 minutes max", source_id=poll).created[0],
        ]
        planner = wf.add_persona(
            "Time-poor planner",
            archetype="Working parent",
            last_reviewed=REVIEWED,
            owner="Dana",
            segment_name="Young families",
        ).created[0]
        for section, text in (
            (Section.GOAL, "A simple weekly routine"),
            (Section.CONSTRAINT, "Irregular income timing"),
            (Section.TRIGGER, "A missed bill"),
            (Section.DECISION_CRITERION, "Setup takes minutes"),
            (Section.SUCCESS_METRIC, "Finish weekly review in under 10 minutes"),
        ):
            _backed(wf, planner, section, text, notes)
        metric = wf.add_item(
            planner,
            Section.METRIC_LINK,
            "Keeps the habit",
            metric_kind=MetricKind.RETENTION,
            metric_target="45% still active after 30 days",
        ).created[0]
        wf.link_evidence(metric, note_ids=notes[:1])
        wf.add_persona("Gut feeling", PersonaTemplate.PROTO)
        if blocking:
            lover = wf.add_persona("Spreadsheet lover", last_reviewed=REVIEWED).created[0]
            wf.add_item(lover, Section.GOAL, "Exact to the cent")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_documented_shape(tmp_path: Path, capsys) -> None:
    path = _make(tmp_path / "w.pwshop", blocking=True)
    code, out, err = run(capsys, str(path), "--json", "--today", TODAY)
    assert code == 1, err
    doc = json.loads(out)
    assert set(doc) == {
        "version",
        "passes",
        "thresholds",
        "default_settings",
        "counts",
        "personas",
    }
    assert doc["version"] == 1
    assert doc["passes"] is False
    assert set(doc["counts"]) == {"error", "warning", "note"}
    assert [p["name"] for p in doc["personas"]] == [
        "Time-poor planner",
        "Gut feeling",
        "Spreadsheet lover",
    ]
    for persona in doc["personas"]:
        assert set(persona) == {
            "id",
            "name",
            "assumption_based",
            "passes",
            "blocking",
            "score",
            "items",
            "checked_on",
            "settings",
            "settings_differ_from_defaults",
            "counts",
            "findings",
        }
        assert persona["settings_differ_from_defaults"] == []
        assert persona["checked_on"] == TODAY
        assert set(persona["items"]) == {"total", "well_evidenced"}
        assert persona["settings"] == {
            "min_sources": 2,
            "max_age_days": 183,
            "max_items_per_section": 7,
        }
        assert isinstance(persona["score"], float) and 0.0 <= persona["score"] <= 1.0
        severities = [f["severity"] for f in persona["findings"]]
        rank = {"error": 0, "warning": 1, "note": 2}
        assert severities == sorted(severities, key=rank.__getitem__)  # errors first
        for finding in persona["findings"]:
            assert set(finding) == {
                "rule",
                "severity",
                "section",
                "item_id",
                "item",
                "message",
                "fix",
            }
            assert (finding["item"] is None) == (finding["item_id"] is None)
    planner, proto, lover = doc["personas"]
    assert (planner["passes"], planner["blocking"], planner["score"]) == (True, False, 1.0)
    assert planner["items"] == {"total": 6, "well_evidenced": 6}
    assert (proto["assumption_based"], proto["passes"], proto["blocking"]) == (True, False, False)
    assert "assumption-based" in {f["rule"] for f in proto["findings"]}
    assert (lover["passes"], lover["blocking"]) == (False, True)
    grounded = [f for f in lover["findings"] if f["rule"] == "grounded"]
    assert [(f["section"], f["item"], f["severity"]) for f in grounded] == [
        ("goal", "Exact to the cent", "error")
    ]
    assert doc["counts"]["error"] == sum(p["counts"]["error"] for p in doc["personas"])


def test_exit_status_is_zero_when_only_a_proto_persona_fails(tmp_path: Path, capsys) -> None:
    path = _make(tmp_path / "w.pwshop", blocking=False)
    code, out, _ = run(capsys, str(path), "--today", TODAY)
    assert code == 0
    assert "Time-poor planner: passes, 6 of 6 items well evidenced (100%)" in out
    assert "Gut feeling (proto-persona, assumption-based): fails" in out


def test_one_persona_by_name(tmp_path: Path, capsys) -> None:
    path = _make(tmp_path / "w.pwshop", blocking=True)
    code, out, _ = run(capsys, str(path), "--persona", "time-POOR planner", "--json")
    assert code == 0
    assert [p["name"] for p in json.loads(out)["personas"]] == ["Time-poor planner"]
    code, out, _ = run(capsys, str(path), "--persona", "Spreadsheet lover", "--json")
    assert code == 1
    assert json.loads(out)["passes"] is False


def test_the_check_that_cannot_run_exits_2_with_one_line(tmp_path: Path, capsys) -> None:
    path = _make(tmp_path / "w.pwshop", blocking=True)
    code, out, err = run(capsys, str(path), "--persona", "Nobody", "--json")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "no persona called 'Nobody'" in err and "'Time-poor planner'" in err
    code, out, err = run(capsys, str(tmp_path / "missing.pwshop"))
    assert (code, out) == (2, "")
    assert "missing.pwshop" in err
    not_a_workshop = tmp_path / "notes.pwshop"
    not_a_workshop.write_text("just some text", encoding="utf-8")
    code, out, err = run(capsys, str(not_a_workshop))
    assert (code, out) == (2, "")
    assert err.strip()


def test_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as missing_file:
        main(["check"])
    assert missing_file.value.code == 2
    with pytest.raises(SystemExit) as bad_day:
        main(["check", str(tmp_path / "w.pwshop"), "--today", "yesterday"])
    assert bad_day.value.code == 2
    assert "'yesterday' is not a date" in capsys.readouterr().err


def test_check_runs_without_qt_and_the_workshop_may_be_open_elsewhere(tmp_path: Path) -> None:
    path = _make(tmp_path / "w.pwshop", blocking=True)
    block_qt = (
        "import sys\n"
        "class _NoQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked for this test: ' + name)\n"
        "sys.meta_path.insert(0, _NoQt())\n"
        "from workshop.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    from workshop.store import open_workshop

    with open_workshop(path):  # the facilitator has it open in the app
        done = subprocess.run(
            [sys.executable, "-c", block_qt, "check", str(path), "--json", "--today", TODAY],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["personas"][2]["blocking"] is True
