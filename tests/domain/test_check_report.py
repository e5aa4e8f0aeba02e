"""The check's JSON (documented in docs/check-json.md) and text output."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from domain_builders import TODAY, Builder, full_persona

from workshop.domain.evidence_check import check_workshop, to_json, to_text
from workshop.domain.model import PersonaTemplate, Section

TOP_KEYS = {"version", "passes", "thresholds", "default_settings", "counts", "personas"}
PERSONA_KEYS = {
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
FINDING_KEYS = {"rule", "severity", "section", "item_id", "item", "message", "fix"}
RULES = {
    "grounded",
    "single-anecdote",
    "actionable",
    "metrics",
    "fresh",
    "noise-irrelevant",
    "noise-too-many",
    "segment",
    "assumption-based",
    "thresholds",
}


def two_personas() -> Builder:
    b = Builder()
    full_persona(b, "Time-poor planner")
    flagged = full_persona(
        b, "Spreadsheet lover", skip=(Section.TRIGGER,), last_reviewed=TODAY - timedelta(days=400)
    )
    b.item(flagged, Section.OTHER, "Collects vinyl")
    b.item(flagged, Section.GOAL, "Exact to the cent", notes=b.backed(1))
    proto = b.persona("Guessed freelancer", template=PersonaTemplate.PROTO)
    b.item(proto, Section.GOAL, "Wants invoices", notes=(b.note("hunch"),))
    return b


def test_the_json_has_the_documented_shape() -> None:
    data = to_json(check_workshop(two_personas().snapshot, today=TODAY))
    assert json.loads(json.dumps(data)) == data
    assert set(data) == TOP_KEYS
    assert data["version"] == 1
    assert data["passes"] is False
    assert set(data["counts"]) == {"error", "warning", "note"}
    personas = data["personas"]
    assert [p["name"] for p in personas] == [
        "Time-poor planner",
        "Spreadsheet lover",
        "Guessed freelancer",
    ]
    for persona in personas:
        assert set(persona) == PERSONA_KEYS
        assert isinstance(persona["score"], float)
        assert 0.0 <= persona["score"] <= 1.0
        assert set(persona["items"]) == {"total", "well_evidenced"}
        assert persona["checked_on"] == "2025-06-01"
        assert persona["settings"] == {
            "min_sources": 2,
            "max_age_days": 183,
            "max_items_per_section": 7,
        }
        assert sum(persona["counts"].values()) == len(persona["findings"])
        for finding in persona["findings"]:
            assert set(finding) == FINDING_KEYS
            assert finding["rule"] in RULES
            assert finding["severity"] in {"error", "warning", "note"}
            assert isinstance(finding["message"], str)
            assert finding["message"]
            assert finding["fix"]
            assert (finding["item"] is None) == (finding["item_id"] is None)
    assert sum(data["counts"].values()) == sum(len(p["findings"]) for p in personas)


def test_the_json_says_which_persona_passes_and_which_is_flagged() -> None:
    data = to_json(check_workshop(two_personas().snapshot, today=TODAY))
    good, flagged, proto = data["personas"]
    assert (good["passes"], good["blocking"], good["score"], good["findings"]) == (
        True,
        False,
        1.0,
        [],
    )
    assert (flagged["passes"], flagged["blocking"]) == (False, True)
    assert flagged["score"] == 0.75
    assert flagged["items"] == {"total": 8, "well_evidenced": 6}
    rules = sorted(f["rule"] for f in flagged["findings"])
    assert rules == ["actionable", "fresh", "noise-irrelevant", "single-anecdote"]
    trigger = next(f for f in flagged["findings"] if f["rule"] == "actionable")
    assert (trigger["section"], trigger["item_id"], trigger["item"]) == ("trigger", None, None)
    vinyl = next(f for f in flagged["findings"] if f["rule"] == "noise-irrelevant")
    assert (vinyl["section"], vinyl["item"]) == ("other", "Collects vinyl")
    assert (proto["assumption_based"], proto["passes"], proto["blocking"]) == (True, False, False)


def test_only_proto_personas_failing_still_passes() -> None:
    b = Builder()
    full_persona(b)
    b.persona("Guess", template=PersonaTemplate.PROTO)
    data = to_json(check_workshop(b.snapshot, today=TODAY))
    assert data["passes"] is True
    assert data["counts"]["error"] > 0


def test_an_empty_workshop_gives_an_empty_passing_report() -> None:
    data = to_json(check_workshop(Builder().snapshot, today=TODAY))
    assert data == {
        "version": 1,
        "passes": True,
        "thresholds": "at least 2 distinct respondents per key claim, evidence at most 183 days "
        "old, at most 7 items per section (the defaults)",
        "default_settings": {"min_sources": 2, "max_age_days": 183, "max_items_per_section": 7},
        "counts": {"error": 0, "warning": 0, "note": 0},
        "personas": [],
    }
    assert to_text([]) == "No personas to check."


def test_the_text_report_has_a_block_per_persona() -> None:
    text = to_text(check_workshop(two_personas().snapshot, today=TODAY))
    blocks = text.split("\n\n")
    assert blocks[0] == (  # the day it was checked on, as the JSON's checked_on
        f"Checked on {TODAY.isoformat()}.\n"
        "Thresholds: at least 2 distinct respondents per key claim, evidence at most 183 days old, "
        "at most 7 items per section (the defaults)."
    )
    assert blocks[1] == "Time-poor planner: passes, 7 of 7 items well evidenced (100%)"
    assert blocks[2].startswith("Spreadsheet lover: fails, 6 of 8 items well evidenced (75%)")
    assert "  error   No buying triggers yet" in blocks[2]
    assert "Fix: " in blocks[2]
    assert blocks[3].startswith("Guessed freelancer (proto-persona, assumption-based): fails")


def test_the_documented_example_has_the_same_shape() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "check-json.md").read_text(encoding="utf-8")
    example = json.loads(doc.split("```json\n", 1)[1].split("```", 1)[0])
    assert set(example) == TOP_KEYS
    for persona in example["personas"]:
        assert set(persona) == PERSONA_KEYS
        assert persona["score"] == round(
            persona["items"]["well_evidenced"] / persona["items"]["total"], 3
        )
        for finding in persona["findings"]:
            assert set(finding) == FINDING_KEYS
            assert finding["rule"] in RULES
    for rule in RULES:
        assert f"| `{rule}` |" in doc
