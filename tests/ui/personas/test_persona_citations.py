"""A note's details say which persona items cite it (directly, or through its cluster)."""

from __future__ import annotations

from pathlib import Path

from persona_screen import add_research

from workshop.domain.citations import citations
from workshop.domain.model import Section
from workshop.store import create_workshop


def test_a_note_is_cited_directly_and_through_its_cluster(tmp_path: Path) -> None:
    with create_workshop(tmp_path / "w.pwshop", "T") as wf:
        research = add_research(wf)
        planner = wf.add_persona("Time-poor planner").created[0]
        lover = wf.add_persona("Spreadsheet lover").created[0]
        goal = wf.add_item(planner, Section.GOAL, "A simple weekly routine").created[0]
        pain = wf.add_item(planner, Section.PAIN_POINT, "Hates long sessions").created[0]
        other = wf.add_item(lover, Section.GOAL, "Exact to the cent").created[0]
        wf.link_evidence(goal, cluster_ids=[research.routine])
        wf.link_evidence(pain, note_ids=[research.notes["ten"]])
        wf.link_evidence(other, note_ids=[research.notes["payday"]])
        snapshot = wf.snapshot()
    assert citations(snapshot, research.notes["ten"]) == [
        "Time-poor planner › Goals: A simple weekly routine",
        "Time-poor planner › Pain points and fears: Hates long sessions",
    ]
    assert citations(snapshot, research.notes["payday"]) == [
        "Spreadsheet lover › Goals: Exact to the cent"
    ]
    assert citations(snapshot, research.guess) == []
    assert citations(snapshot, "no-such-note") == []


def test_citations_name_the_section_in_the_chosen_language(tmp_path: Path) -> None:
    from workshop.i18n import using_language

    with create_workshop(tmp_path / "w.pwshop", "T") as wf:
        research = add_research(wf)
        planner = wf.add_persona("Planer").created[0]
        pain = wf.add_item(planner, Section.PAIN_POINT, "Lange Sitzungen").created[0]
        wf.link_evidence(pain, note_ids=[research.notes["ten"]])
        snapshot = wf.snapshot()
    with using_language("de"):
        assert citations(snapshot, research.notes["ten"]) == [
            "Planer › Schmerzpunkte und Ängste: Lange Sitzungen"
        ]
