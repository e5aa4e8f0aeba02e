"""The check and the checklist read a snapshot made by the real store the same way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workshop.domain.evidence_check import Rule, check_workshop, item_evidence
from workshop.domain.model import MetricKind, Section, SourceKind, Stage
from workshop.domain.stages import checklist
from workshop.store import create_workshop

TODAY = date(2025, 6, 1)


def test_a_stored_persona_is_checked_from_its_snapshot(tmp_path: Path) -> None:
    with create_workshop(tmp_path / "check.pwshop", "Check") as wf:
        wf.update_settings(check={"min_sources": 2, "max_age_days": 90})
        sam = wf.add_source("Sam", SourceKind.INTERVIEW, date=date(2025, 1, 10)).created[0]
        poll = wf.add_source("Poll", SourceKind.SURVEY, date=date(2025, 1, 20)).created[0]
        cluster = wf.group_into_cluster(
            [
                wf.add_note("Wants a routine", source_id=sam).created[0],
                wf.add_note("Weekly review", source_id=poll).created[0],
            ],
            "Routine",
        ).created[0]
        guess = wf.add_note("Probably busy").created[0]
        persona = wf.add_persona("Time-poor planner", last_reviewed=date(2025, 5, 1)).created[0]
        goal = wf.add_item(persona, Section.GOAL, "Simple weekly routine").created[0]
        wf.link_evidence(goal, cluster_ids=[cluster])
        busy = wf.add_item(persona, Section.CONSTRAINT, "Little time").created[0]
        wf.link_evidence(busy, note_ids=[guess])
        metric = wf.add_item(
            persona, Section.METRIC_LINK, "Weekly habit", metric_kind=MetricKind.RETENTION
        ).created[0]
        wf.link_evidence(metric, cluster_ids=[cluster])
        snapshot = wf.snapshot()

    assert item_evidence(snapshot, goal).summary() == "2 notes from 2 sources (interview, survey)"
    [report] = check_workshop(snapshot, today=TODAY)
    assert report.settings.max_age_days == 90
    by_rule = {(f.rule, f.item_id or f.section) for f in report.findings}
    assert (Rule.GROUNDED, busy) in by_rule  # only an assumption behind it
    assert (Rule.FRESH, goal) in by_rule  # its newest evidence 2025-01-20 is over 90 days old
    assert (Rule.ACTIONABLE, Section.TRIGGER) in by_rule
    assert (Rule.METRICS, Section.SUCCESS_METRIC) in by_rule
    assert (report.items_well_evidenced, report.items_total) == (2, 3)
    assert (
        checklist(snapshot, TODAY, Stage.EVIDENCE)[0].text
        == "3 notes from 2 sources (2 kinds of source)"
    )
