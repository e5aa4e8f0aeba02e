"""What the Export dialog prints, as plain data, and the call that prints it (no Qt here).

The dialog turns its choices into an :class:`ExportChoices`; :func:`make_pdf` hands them to
the export engine (the same one the ``poster``/``deck``/``cards`` verbs use). A preview is
the same call with ``first_page_only``: just enough to make the first page right, so it is
quick, and it may run on a worker thread (it touches no Qt and no database: images come
from a loader the caller fills beforehand).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from workshop.domain.evidence_check import check_workshop
from workshop.domain.model import WorkshopSnapshot
from workshop.export import (
    AssetLoader,
    ExportReport,
    export_cards,
    export_deck,
    export_posters,
    select_notes,
)
from workshop.export.cards import card_grid
from workshop.export.output import Target
from workshop.export.tiling import OVERLAP_MM


class Kind(Enum):
    POSTERS = "posters"
    DECK = "deck"
    CARDS = "cards"


class NoteFilter(Enum):
    ALL = "all"
    UNCLUSTERED = "unclustered"
    CLUSTER = "cluster"
    SOURCE = "source"


@dataclass(frozen=True)
class ExportChoices:
    kind: Kind = Kind.POSTERS
    #: Posters and deck: the personas to print, in order.
    persona_ids: tuple[str, ...] = ()
    #: The paper (posters, deck) or the sheet the cards are printed on.
    size: str = "A2"
    landscape: bool = False
    theme: str = "classic"
    #: Posters: "A4"/"Letter" to split each poster onto office sheets, None for one sheet.
    tile: str | None = None
    overlap_mm: float = OVERLAP_MM
    cover: bool = True
    appendix: bool = True
    card_size: str = "76x76"
    #: Cards: which notes (a cluster or source is named by id in ``filter_id``).
    note_filter: NoteFilter = NoteFilter.ALL
    filter_id: str | None = None
    flagged_persona_ids: frozenset[str] = field(default_factory=frozenset)


def failing_persona_ids(snapshot: WorkshopSnapshot, today: date) -> frozenset[str]:
    """Personas that fail the evidence check: their posters carry the assumption mark."""
    return frozenset(r.persona_id for r in check_workshop(snapshot, today=today) if not r.passes)


def chosen_note_ids(snapshot: WorkshopSnapshot, choices: ExportChoices) -> list[str]:
    match choices.note_filter:
        case NoteFilter.ALL:
            return [n.id for n in snapshot.notes]
        case NoteFilter.UNCLUSTERED:
            return select_notes(snapshot, unclustered=True)
        case NoteFilter.CLUSTER:
            return select_notes(snapshot, cluster=choices.filter_id or "")
        case NoteFilter.SOURCE:
            return select_notes(snapshot, source=choices.filter_id or "")


def _preview_personas(choices: ExportChoices) -> list[str]:
    """The personas the first page needs: the first one, or all of them for a deck cover."""
    if choices.kind is Kind.DECK and choices.cover:
        return list(choices.persona_ids)
    return list(choices.persona_ids[:1])


def _preview_notes(snapshot: WorkshopSnapshot, choices: ExportChoices) -> list[str]:
    """The notes of the first sheet of cards (enough to fill it)."""
    _sheet, origins = card_grid(choices.card_size, choices.size)
    return chosen_note_ids(snapshot, choices)[: len(origins)]


def assets_needed(
    snapshot: WorkshopSnapshot, choices: ExportChoices, *, first_page_only: bool
) -> set[str]:
    """The ids of the images an export with these choices will ask for."""
    if choices.kind is Kind.CARDS:
        wanted = set(
            _preview_notes(snapshot, choices)
            if first_page_only
            else chosen_note_ids(snapshot, choices)
        )
        return {n.asset_id for n in snapshot.notes if n.id in wanted and n.asset_id}
    personas = set(_preview_personas(choices) if first_page_only else choices.persona_ids)
    return {p.photo_asset_id for p in snapshot.personas if p.id in personas and p.photo_asset_id}


def make_pdf(
    snapshot: WorkshopSnapshot,
    out: Target,
    choices: ExportChoices,
    *,
    load_asset: AssetLoader,
    first_page_only: bool = False,
) -> ExportReport:
    """Print with these choices; ``first_page_only`` makes just enough for a preview."""
    flagged: Collection[str] = choices.flagged_persona_ids
    if choices.kind is Kind.CARDS:
        notes = (
            _preview_notes(snapshot, choices)
            if first_page_only
            else chosen_note_ids(snapshot, choices)
        )
        return export_cards(
            snapshot,
            out,
            note_ids=notes,
            card_size=choices.card_size,
            sheet=choices.size,
            load_asset=load_asset,
        )
    persona_ids: Sequence[str] = (
        _preview_personas(choices) if first_page_only else choices.persona_ids
    )
    if choices.kind is Kind.DECK:
        return export_deck(
            snapshot,
            out,
            persona_ids=persona_ids,
            size=choices.size,
            landscape=choices.landscape,
            theme=choices.theme,
            cover=choices.cover,
            appendix=choices.appendix and not first_page_only,
            load_asset=load_asset,
            flagged_persona_ids=flagged,
        )
    return export_posters(
        snapshot,
        out,
        persona_ids=persona_ids,
        size=choices.size,
        landscape=choices.landscape,
        theme=choices.theme,
        tile=choices.tile,
        overlap_mm=choices.overlap_mm,
        load_asset=load_asset,
        flagged_persona_ids=flagged,
    )


def suggested_file_name(title: str, choices: ExportChoices) -> str:
    """A file name for the save dialog: "<workshop> – posters.pdf" without unsafe characters."""
    what = {Kind.POSTERS: "posters", Kind.DECK: "persona deck", Kind.CARDS: "evidence cards"}
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .") or "Workshop"
    return f"{safe[:80].strip()} – {what[choices.kind]}.pdf"
