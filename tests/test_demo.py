"""The demo workshop: built by packaging/build_demo.py, shipped as JSON, opened as a fresh copy.

It must be what the builder makes (nobody edits the JSON by hand), hold the worked example of
the domain reference (a budgeting-app team's research, clusters, votes, a well evidenced
"Time-poor planner" and a thin proto-persona), look tidy on the board, and never be changed
by opening it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import sys
from contextlib import closing
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from workshop.demo import demo_document, fresh_demo_copy, newest_day
from workshop.domain.board_geometry import Rect
from workshop.domain.evidence_check import Rule, Severity, check_persona, evidence_by_item
from workshop.domain.metric_wording import missing_parts
from workshop.domain.model import (
    CheckSettings,
    MetricKind,
    Persona,
    PersonaStatus,
    PersonaTemplate,
    Section,
    SourceKind,
    StudyKind,
    WorkshopSnapshot,
)
from workshop.io import interchange
from workshop.store import open_workshop

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 30)


def load_builder() -> ModuleType:
    """packaging/ is not a package (the name belongs to the PyPI library): load by path."""
    name = "persona_workshop_packaging_build_demo"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "build_demo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> WorkshopSnapshot:
    path = tmp_path_factory.mktemp("demo") / "demo.pwshop"
    with closing(interchange.import_json(demo_document(), path)) as wf:
        return wf.snapshot()


def persona_by_archetype(snapshot: WorkshopSnapshot, archetype: str) -> Persona:
    (persona,) = [p for p in snapshot.personas if p.archetype == archetype]
    return persona


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_shipped_demo_is_exactly_what_the_builder_makes(tmp_path: Path) -> None:
    rebuilt = load_builder().build(tmp_path / "budgeting-app.json")
    assert rebuilt.read_bytes() == demo_document().read_bytes(), (
        "resources/demo/budgeting-app.json is stale: run packaging/build_demo.py"
    )


def test_the_demo_survives_import_and_export_unchanged(tmp_path: Path) -> None:
    with closing(interchange.import_json(demo_document(), tmp_path / "demo.pwshop")) as wf:
        out = interchange.export_json(wf, tmp_path / "again.json")
    assert out.read_bytes() == demo_document().read_bytes()


def test_the_demo_holds_the_research_of_the_worked_example(demo: WorkshopSnapshot) -> None:
    kinds = {s.kind for s in demo.sources}
    interviews = [s for s in demo.sources if s.kind is SourceKind.INTERVIEW]
    assumptions = [n for n in demo.notes if n.is_assumption]
    opinions = [s for s in demo.sources if s.kind is SourceKind.ASSUMPTION]
    assert demo.workshop.title == "Budgeting app — who are we building for?"
    assert set(demo.workshop.decisions) == {"onboarding_ux", "messaging", "content_strategy"}
    assert "30-day retention" in demo.workshop.metrics
    assert len(demo.notes) >= 60
    assert len(kinds) >= 5
    assert {SourceKind.SURVEY, SourceKind.SUPPORT_TICKET} <= kinds
    assert len(interviews) == 20
    assert "Interview 7 — nurse, night shift" in {s.label for s in interviews}
    assert all(s.date is not None and s.date.year == 2026 for s in demo.sources)
    assert 1 <= len(assumptions) <= 10
    # The team's brainstorm is there, as team opinion, not research.
    [brainstorm] = opinions
    assert brainstorm.label.startswith("Team brainstorm") and not brainstorm.is_research
    assert sum(n.source_id == brainstorm.id for n in demo.notes) == 3
    assert all(n.author_id for n in demo.notes)
    assert 5 <= len(demo.participants) <= 6
    assert len(demo.clusters) == 6
    assert all(c.title.strip() and c.title != "New cluster" for c in demo.clusters)
    assert [r.name for r in demo.vote_rounds] == ["Most painful"]
    assert len(demo.votes) > 0
    assert len(demo.personas) == 2


def test_the_time_poor_planner_is_well_evidenced_and_passes(demo: WorkshopSnapshot) -> None:
    planner = persona_by_archetype(demo, "Time-poor planner")
    report = check_persona(demo, planner.id, today=TODAY)
    assert report.passes, [f.message for f in report.findings if f.severity is Severity.ERROR]
    assert report.score == 1.0
    assert planner.status is PersonaStatus.VALIDATED
    assert planner.last_reviewed == date(2026, 11, 2)
    assert planner.owner and planner.quote and planner.role_context and planner.segment_name
    assert set(planner.evidence_pool) == {c.id for c in demo.clusters}
    items = demo.items_of(planner.id)
    texts = {(i.section, i.text.casefold()) for i in items}
    assert (Section.SUCCESS_METRIC, "finish weekly review in under 10 minutes") in texts
    assert any(s is Section.CONSTRAINT and "irregular income timing" in t for s, t in texts)
    metrics = {i.metric_kind: i.text for i in items if i.section is Section.METRIC_LINK}
    assert set(metrics) == {MetricKind.ACTIVATION, MetricKind.RETENTION}
    assert metrics[MetricKind.RETENTION] == "30-day retention"
    evidence = evidence_by_item(demo)
    thin = [i.text for i in items if len(evidence[i.id].sources) < 2]
    assert thin == [], "every item of the planner rests on two or more sources"
    assert {i.section for i in items} >= set(Section) - {Section.OTHER}
    # ... and it passes for the right reasons: research only, distinct sources, fresh claim
    # by claim, a measurable success metric, linked metrics with a baseline and a target,
    # under the default thresholds. As a validated persona any of those would be an error.
    assert report.settings == CheckSettings() and report.settings.differs_from_default() == ()
    for item in items:
        backing = evidence[item.id]
        assert backing.assumption_notes == (), item.text
        assert all(source.is_research for source in backing.sources)
        assert len({source.identity for source in backing.sources}) >= 2, item.text
        # distinct people (or analytics studies), not just distinct sources
        assert len(backing.units) >= 2, item.text
        newest = backing.newest_date
        assert newest is not None and (TODAY - newest).days <= 183, item.text
    [metric] = [i for i in items if i.section is Section.SUCCESS_METRIC]
    assert missing_parts(metric.text) == []
    assert all(
        i.metric_baseline and i.metric_target for i in items if i.section is Section.METRIC_LINK
    )
    assert report.findings == ()


def test_the_demo_shows_its_respondents_and_studies(demo: WorkshopSnapshot) -> None:
    """Every source is in a study; each interviewee is a respondent (P01..P20); the teacher
    of interview 2, observed at home, is one respondent behind two sources, and the check
    counts her once."""
    assert all(s.study_id for s in demo.sources if s.is_research)
    kinds = {study.kind for study in demo.studies}
    assert {StudyKind.INTERVIEW_ROUND, StudyKind.SURVEY, StudyKind.ANALYTICS_REPORT} <= kinds
    assert [r.label for r in demo.respondents] == [f"P{n:02d}" for n in range(1, 21)]
    assert all(r.attributes.get("profile") for r in demo.respondents)
    [p02] = [r for r in demo.respondents if r.label == "P02"]
    behind = sorted(s.label for s in demo.sources if s.respondent_id == p02.id)
    assert behind == [
        "Interview 2 — primary school teacher, two kids",
        "Observation 2 — Sunday budget review at home",
    ]
    units = [u for e in evidence_by_item(demo).values() for u in e.units if u.label == "P02"]
    assert any(len(u.sources) == 2 for u in units)  # one person behind both, counted once


def test_the_proto_persona_is_flagged_by_the_evidence_check(demo: WorkshopSnapshot) -> None:
    proto = persona_by_archetype(demo, "Side-hustle optimiser")
    report = check_persona(demo, proto.id, today=TODAY)
    assert proto.template is PersonaTemplate.PROTO
    assert not report.passes
    assert not report.blocking  # a proto-persona is allowed to fail
    rules = {f.rule for f in report.findings}
    assert {Rule.ASSUMPTION_BASED, Rule.GROUNDED, Rule.ACTIONABLE, Rule.METRICS} <= rules
    assert len(demo.items_of(proto.id)) <= 6
    # The stated reasons: its claims rest on the team's brainstorm (never research, however
    # many notes), or on nothing; constraints, decision criteria and metrics are missing.
    errors = {(f.rule, f.section) for f in report.findings if f.severity is Severity.ERROR}
    assert errors == {
        (Rule.ACTIONABLE, Section.CONSTRAINT),
        (Rule.ACTIONABLE, Section.DECISION_CRITERION),
        (Rule.METRICS, Section.SUCCESS_METRIC),
        (Rule.METRICS, Section.METRIC_LINK),
        (Rule.GROUNDED, Section.GOAL),
        (Rule.GROUNDED, Section.MOTIVATION),
        (Rule.GROUNDED, Section.PAIN_POINT),
        (Rule.GROUNDED, Section.CHANNEL),
    }
    opinion = [f for f in report.findings if "the team's opinion: 'Team brainstorm" in f.message]
    assert {f.section for f in opinion} == {Section.GOAL, Section.PAIN_POINT, Section.CHANNEL}
    [anecdote] = [f for f in report.findings if f.rule is Rule.SINGLE_ANECDOTE]
    assert anecdote.section is Section.TRIGGER and anecdote.severity is Severity.WARNING


def test_the_board_is_laid_out_tidily(demo: WorkshopSnapshot) -> None:
    frames = {c.id: Rect(c.x, c.y, c.w, c.h) for c in demo.clusters}
    notes = {n.id: Rect(n.x, n.y, n.w, n.h) for n in demo.notes}
    assert {(n.w, n.h) for n in demo.notes} == {(160.0, 120.0)}
    for note in demo.notes:
        box = notes[note.id]
        if note.cluster_id is None:
            assert not any(box.overlaps(f) for f in frames.values()), note.text
        else:
            frame = frames[note.cluster_id]
            assert frame.x < box.x and box.right < frame.right, note.text
            assert frame.y < box.y and box.bottom < frame.bottom, note.text
    for a, b in itertools.combinations(frames.values(), 2):
        assert not a.overlaps(b, margin=40)
    for a, b in itertools.combinations(notes.values(), 2):
        assert not a.overlaps(b)
    assert len({n.colour for n in demo.notes}) >= 5
    assert len({c.colour for c in demo.clusters}) >= 3


def test_opening_the_demo_makes_a_fresh_copy_and_leaves_the_original_alone(
    tmp_path: Path,
) -> None:
    before = sha256(demo_document())
    first = fresh_demo_copy(tmp_path / "demo")
    second = fresh_demo_copy(tmp_path / "demo")
    assert first != second
    assert first.parent == tmp_path / "demo"
    with closing(open_workshop(first)) as wf:
        assert wf.title == "Budgeting app — who are we building for?"
        counts = wf.counts()
        wf.add_note("Changed in the copy")
    assert counts["note"] >= 60
    assert counts["cluster"] == 6
    assert counts["persona"] == 2
    assert counts["vote"] > 0
    assert sha256(demo_document()) == before
    with closing(open_workshop(second)) as wf:
        assert wf.counts() == counts


def test_demo_files_untouched_for_a_week_are_removed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    from datetime import datetime, timedelta

    from workshop.demo import fresh_demo_copy

    folder = tmp_path / "demo"
    folder.mkdir()
    old = folder / "Budgeting app demo 2026-01-01 10-00-00-000000.pwshop"
    recent = folder / "Budgeting app demo 2026-01-06 10-00-00-000000.pwshop"
    mine = folder / "My own notes.pwshop"
    for path in (old, recent, mine):
        path.write_bytes(b"x")
    (folder / (old.name + "-wal")).write_bytes(b"x")
    eight_days = (datetime.now() - timedelta(days=8)).timestamp()
    six_days = (datetime.now() - timedelta(days=6)).timestamp()
    os.utime(old, (eight_days, eight_days))
    os.utime(mine, (eight_days, eight_days))
    os.utime(recent, (six_days, six_days))
    fresh = fresh_demo_copy(folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([recent.name, mine.name, fresh.name])


@pytest.mark.parametrize("today", [date(2027, 9, 1), date(2031, 2, 28)])
def test_the_demo_opened_years_later_is_judged_as_when_it_was_made(
    tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the demo long after release: its research is as old as it was when the demo
    was made, so Dana still passes and Sam fails for the same reasons (no stale findings
    grown by the calendar), and nothing is left beside the copy."""
    from workshop.io import interchange_validation

    class Later(date):
        @classmethod
        def today(cls) -> Later:
            return cls.fromordinal(today.toordinal())

    shipped = demo_snapshot(tmp_path)
    made_on = newest_day(json.loads(demo_document().read_text(encoding="utf-8")))
    as_shipped = {
        p.archetype: findings(check_persona(shipped, p.id, today=made_on)) for p in shipped.personas
    }
    monkeypatch.setattr(interchange_validation, "date", Later)  # the computer's clock
    path = fresh_demo_copy(tmp_path / "demo", today=today)
    with closing(open_workshop(path)) as wf:
        snapshot = wf.snapshot()
    for persona in snapshot.personas:
        report = check_persona(snapshot, persona.id, today=today)
        assert findings(report) == as_shipped[persona.archetype], persona.name
    planner = persona_by_archetype(snapshot, "Time-poor planner")
    assert check_persona(snapshot, planner.id, today=today).passes
    assert sorted(p.name for p in (tmp_path / "demo").iterdir()) == [path.name]


def findings(report: object) -> set[tuple[object, object]]:
    return {(f.rule, f.severity) for f in report.findings}  # type: ignore[attr-defined]


def demo_snapshot(tmp_path: Path) -> WorkshopSnapshot:
    path = tmp_path / "as-shipped.pwshop"
    with closing(interchange.import_json(demo_document(), path)) as wf:
        return wf.snapshot()
