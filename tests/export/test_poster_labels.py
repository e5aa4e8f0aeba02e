"""Honest labels (issue 17): assumption-based only for proto-personas and claims resting on
assumptions; a research persona failing the check is a draft with its open findings; the
footer agrees with the header; initials are letters from the first two words."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from export_samples import all_text, pdf, squash, workshop_snapshot

from workshop.domain.initials import initials
from workshop.domain.model import (
    EvidenceLink,
    Note,
    PersonaStatus,
    Source,
    SourceKind,
    WorkshopSnapshot,
)
from workshop.export import export_deck, export_posters
from workshop.export.job import failing_persona_ids


def poster_text(snapshot: WorkshopSnapshot, flagged: frozenset[str] | set[str]) -> str:
    out = io.BytesIO()
    export_posters(snapshot, out, size="A3", flagged_persona_ids=flagged)
    return all_text(pdf(out.getvalue()))


def test_a_validated_research_persona_failing_the_check_is_a_draft_with_its_findings() -> None:
    snapshot = workshop_snapshot(1)
    persona = replace(snapshot.personas[0], status=PersonaStatus.VALIDATED)
    snapshot = replace(snapshot, personas=[persona])
    flagged = failing_persona_ids(snapshot)
    assert persona.id in flagged  # unlinked items: the check finds errors
    text = poster_text(snapshot, flagged)
    assert "Draft: not yet validated \u2014 " in text
    assert "open findings" in text
    assert "ASSUMPTION-BASED" not in text and "Assumption-based" not in text
    assert "Status: Validated" not in text  # the footer never contradicts the header
    assert "Status: Draft, not yet validated" in text


def test_a_passing_research_persona_has_no_banner_and_its_own_status() -> None:
    snapshot = workshop_snapshot(1)
    persona = replace(snapshot.personas[0], status=PersonaStatus.VALIDATED)
    text = poster_text(replace(snapshot, personas=[persona]), set())
    assert "not yet validated" not in text and "ASSUMPTION" not in text.upper()
    assert "Status: Validated" in text


def test_an_item_resting_only_on_team_opinion_is_marked_assumption_based() -> None:
    snapshot = workshop_snapshot(1, items_per_section=1)
    opinion = Source(id="o1", kind=SourceKind.ASSUMPTION, label="Team brainstorm")
    note = Note(id="on", text="We think so", source_id="o1")
    goal = next(i for i in snapshot.items if i.section.value == "goal")
    links = [link for link in snapshot.links if link.item_id != goal.id]
    snapshot = replace(
        snapshot,
        sources=[*snapshot.sources, opinion],
        notes=[*snapshot.notes, note],
        links=[*links, EvidenceLink(id="ol", item_id=goal.id, note_id="on")],
    )
    text = squash(poster_text(snapshot, set()))
    assert squash(f"{goal.text}0Assumption-based (no research behind it)") in text
    assert text.count(squash("Assumption-based (no research")) == 1


def test_the_deck_cover_uses_the_same_labels() -> None:
    snapshot = workshop_snapshot(2, items_per_section=1)
    proto = replace(snapshot.personas[0], template=snapshot.personas[0].template.PROTO)
    snapshot = replace(snapshot, personas=[proto, snapshot.personas[1]])
    out = io.BytesIO()
    export_deck(snapshot, out, flagged_persona_ids={"p0", "p1"})
    cover = pdf(out.getvalue()).pages[0].extract_text()
    assert "proto-persona, assumption-based" in cover
    assert "draft, not yet validated" in cover


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dana, the working parent", "DW"),
        ("Sam, the side-hustler", "SS"),
        ("<b>Maya</b> & Co", "MC"),
        ("<&", "?"),
        ("The Planner", "P"),
        ("  zoë   ålund ", "ZÅ"),
        ("", "?"),
    ],
)
def test_initials_are_letters_from_the_first_two_words(name: str, expected: str) -> None:
    assert initials(name) == expected
