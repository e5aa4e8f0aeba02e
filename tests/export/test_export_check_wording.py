"""What print says about the evidence check: posters and the deck name the thresholds the
check used (and when they are not the defaults), and team opinion is never counted as a
source on a poster."""

from __future__ import annotations

import io
from dataclasses import replace

from export_samples import all_text, pdf, squash, workshop_snapshot

from workshop.domain.model import EvidenceLink, Note, Source, SourceKind, WorkshopSnapshot
from workshop.export import export_deck, export_posters


def poster_text(snapshot: WorkshopSnapshot) -> str:
    out = io.BytesIO()
    export_posters(snapshot, out, size="A3")
    return squash(all_text(pdf(out.getvalue())))


def deck_text(snapshot: WorkshopSnapshot) -> str:
    out = io.BytesIO()
    export_deck(snapshot, out, size="A4")
    return squash(all_text(pdf(out.getvalue())))


def with_settings(snapshot: WorkshopSnapshot, check: dict[str, object]) -> WorkshopSnapshot:
    workshop = replace(snapshot.workshop, settings={"check": check})
    return replace(snapshot, workshop=workshop)


def test_the_poster_footer_names_the_default_thresholds() -> None:
    text = poster_text(workshop_snapshot(1, items_per_section=1))
    assert (
        squash("Checked with 2 respondents per key claim, 183 days, 7 items per section (defaults)")
        in text
    )


def test_the_poster_footer_says_when_the_thresholds_are_not_the_defaults() -> None:
    snapshot = with_settings(workshop_snapshot(1, items_per_section=1), {"min_sources": 3})
    text = poster_text(snapshot)
    assert (
        squash(
            "Checked with 3 respondents per key claim, 183 days, 7 items per section "
            "(NOT the defaults)"
        )
        in text
    )


def test_the_deck_cover_names_the_thresholds() -> None:
    snapshot = with_settings(workshop_snapshot(1, items_per_section=1), {"max_age_days": 90})
    text = deck_text(snapshot)
    assert squash("Evidence check") in text
    assert (
        squash(
            "at least 2 distinct respondents per key claim, evidence at most 90 days old, "
            "at most 7 items per section (NOT the defaults: max_age_days 183)"
        )
        in text
    )


def test_team_opinion_is_not_counted_as_a_source_on_a_poster() -> None:
    snapshot = workshop_snapshot(1, items_per_section=1)
    opinions = [
        Source(id="o1", kind=SourceKind.ASSUMPTION, label="Team brainstorm (assumptions)"),
        Source(id="o2", kind=SourceKind.ASSUMPTION, label="CEO's opinion"),
    ]
    notes = [Note(id=f"on{i}", text=f"Opinion {i}", source_id=s.id) for i, s in enumerate(opinions)]
    [goal] = [i for i in snapshot.items if i.section.value == "goal"]
    others = [link for link in snapshot.links if link.item_id != goal.id]
    links = [EvidenceLink(id=f"ol{n.id}", item_id=goal.id, note_id=n.id) for n in notes]
    snapshot = replace(
        snapshot,
        sources=[*snapshot.sources, *opinions],
        notes=[*snapshot.notes, *notes],
        links=others + links,
    )
    text = poster_text(snapshot)
    assert squash("Assumption-based (no research behind it)") in text
    assert squash("2 notes of opinion, not research") in text
