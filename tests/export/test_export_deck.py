"""The persona deck: cover, persona pages, the evidence appendix as a traceable trail."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from export_samples import all_text, page_sizes, pdf, squash, type_sizes, workshop_snapshot

from workshop.domain.model import Decision
from workshop.export import MIN_TYPE_SIZES, export_deck, paper
from workshop.export.evidence import Evidence


def deck(snapshot: object, **options: object) -> tuple[object, object]:
    out = io.BytesIO()
    report = export_deck(snapshot, out, **options)  # type: ignore[arg-type]
    return pdf(out.getvalue()), report


def test_the_deck_has_a_cover_every_persona_and_the_appendix() -> None:
    snapshot = workshop_snapshot(3, items_per_section=1)
    workshop = replace(
        snapshot.workshop,
        product="Budget app",
        decisions=(Decision.ONBOARDING_UX.value, "pricing page"),
        metrics=("activation", "30-day retention"),
    )
    snapshot = replace(snapshot, workshop=workshop)
    reader, report = deck(snapshot)
    pages = [page.extract_text() for page in reader.pages]  # type: ignore[attr-defined]
    assert report.pages == len(pages) >= 5  # type: ignore[attr-defined]
    cover = squash(pages[0])
    for expected in (
        "Budget app discovery",
        "Persona deck",
        "Simplify onboarding",
        "Onboarding and UX, pricing page",
        "activation, 30-day retention",
    ):
        assert squash(expected) in cover
    for persona in snapshot.personas:
        assert squash(f"{persona.name} — {persona.archetype}") in cover
    assert "Planner 0" in pages[1] and "Planner 1" in pages[2] and "Planner 2" in pages[3]
    assert "Evidence appendix" in pages[4]
    assert min(size for size, _ in type_sizes(reader)) >= MIN_TYPE_SIZES["A4"] - 0.01  # type: ignore[arg-type]
    a4_landscape = paper("A4", landscape=True).size
    assert all(size == pytest.approx(a4_landscape, abs=0.5) for size in page_sizes(reader))  # type: ignore[arg-type]


def test_the_appendix_lists_each_items_notes_with_their_source_labels() -> None:
    snapshot = workshop_snapshot(2, items_per_section=2)
    reader, _ = deck(snapshot, cover=False)
    text = squash(all_text(reader))
    evidence = Evidence(snapshot)
    checked = 0
    for item in snapshot.items:
        assert squash(f"{item.section.label}: {item.text}") in text
        for note in evidence.notes_of_item(item.id):
            assert squash(f"“{note.text}”{evidence.source_line(note)}") in text
            checked += 1
    assert checked > 20
    assert squash("Interview 0 · Interview · 2024-03-01") in text
    assert squash("No source (an assumption)") in text
    assert squash("No evidence linked.") in text


def test_cover_and_appendix_are_optional_and_personas_can_be_chosen() -> None:
    snapshot = workshop_snapshot(3, items_per_section=1)
    reader, _report = deck(
        snapshot, persona_ids=["p1"], cover=False, appendix=False, landscape=False
    )
    assert len(reader.pages) == 1  # type: ignore[attr-defined]
    text = all_text(reader)
    assert "Planner 1" in text and "Planner 0" not in text and "Evidence appendix" not in text
    assert page_sizes(reader) == [pytest.approx(paper("A4").size, abs=0.5)]  # type: ignore[arg-type]


def test_a_twenty_persona_deck_holds_every_item() -> None:
    snapshot = workshop_snapshot(20, items_per_section=1)
    reader, report = deck(snapshot, appendix=False)
    text = squash(all_text(reader))
    for item in snapshot.items:
        assert squash(item.text) in text
    assert report.pages == len(reader.pages) >= 21  # type: ignore[attr-defined]


def test_a_note_typed_in_quote_marks_is_quoted_once_in_the_appendix() -> None:
    """Found in the demo deck: “"I liked it but couldn't keep up."” had two pairs."""
    snapshot = workshop_snapshot(1, items_per_section=1)
    typed = {
        "n0": '"I liked it but couldn\'t keep up."',
        "n1": "\u201cI gave up after a week.\u201d",
        "n3": '"A" and "B" were both said.',
        "n6": '"Bank link kept breaking" \u2014 19% of answers.',
    }
    notes = [n._replace(text=typed.get(n.id, n.text)) for n in snapshot.notes]
    reader, _ = deck(replace(snapshot, notes=notes), cover=False)
    text = squash(all_text(reader))
    assert squash("\u201cI liked it but couldn't keep up.\u201d") in text
    assert squash("\u201cI gave up after a week.\u201d") in text
    assert squash('\u201c"A" and "B" were both said.\u201d') in text
    assert squash('\u201c"Bank link kept breaking" \u2014 19% of answers.\u201d') in text
    assert "\u201c\u201c" not in text and '\u201c"I' not in text
