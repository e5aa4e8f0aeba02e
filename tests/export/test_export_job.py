"""The one export job (``workshop/export/job.py``) the CLI and the Export dialog share."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from export_samples import pdf, workshop_snapshot

from workshop.errors import ExportFailed
from workshop.export.job import ExportChoices, Kind, chosen_note_ids, make_pdf, persona_ids_named


def _title(kind: Kind, title: str) -> str:
    snapshot = workshop_snapshot(1)
    snapshot = replace(snapshot, workshop=replace(snapshot.workshop, title=title))
    buffer = io.BytesIO()
    choices = ExportChoices(
        kind=kind,
        persona_ids=tuple(p.id for p in snapshot.personas),
        size="A4",
    )
    make_pdf(snapshot, buffer, choices, load_asset=lambda _id: None)
    return str(pdf(buffer.getvalue()).metadata.title)


@pytest.mark.parametrize(
    ("title", "shown"),
    [("\tBudget\x07 app \n", "Budget app"), ("  \n ", "Untitled workshop")],
    ids=["control characters", "blank"],
)
def test_posters_deck_and_cards_clean_the_workshop_title_alike(title: str, shown: str) -> None:
    assert _title(Kind.POSTERS, title) == f"{shown} – persona posters"
    assert _title(Kind.DECK, title) == f"{shown} – persona deck"
    assert _title(Kind.CARDS, title) == f"{shown} – evidence cards"


def test_personas_are_named_in_any_case_and_an_unknown_name_lists_them() -> None:
    snapshot = workshop_snapshot(2)
    first, second = snapshot.personas[0], snapshot.personas[1]
    assert persona_ids_named(snapshot, [second.name.upper(), first.name]) == (second.id, first.id)
    with pytest.raises(ExportFailed, match=r"no persona called 'Nobody'.*personas: '"):
        persona_ids_named(snapshot, ["Nobody"])


def test_a_card_filter_matching_nothing_is_said() -> None:
    snapshot = workshop_snapshot(1)
    with pytest.raises(ExportFailed, match="No notes match that filter"):
        chosen_note_ids(
            snapshot,
            ExportChoices(kind=Kind.CARDS, cluster=snapshot.clusters[0].id, unclustered=True),
        )
    assert chosen_note_ids(snapshot, ExportChoices(kind=Kind.CARDS)) == [
        n.id for n in snapshot.notes
    ]
