"""One export job for the CLI and the GUI: what to print, as plain data, and the call
that prints it. No Qt, no database.

The Export dialog and the ``poster``/``deck``/``cards`` verbs both turn their choices into
an :class:`ExportChoices` and hand it to :func:`make_pdf`, so a poster is the same
whichever made it. A preview is the same call with ``first_page_only``: just enough to make
the first page right, so it is quick, and it may run on a worker thread (images come from
a loader the caller fills beforehand).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from workshop.domain.evidence_check import check_workshop
from workshop.domain.file_names import title_for_file_name
from workshop.domain.model import WorkshopSnapshot
from workshop.errors import ExportFailed
from workshop.export.cards import card_grid, export_cards, select_notes
from workshop.export.deck import export_deck
from workshop.export.output import ExportReport, Target
from workshop.export.photos import AssetLoader
from workshop.export.poster import export_posters
from workshop.export.tiling import OVERLAP_MM
from workshop.i18n import _, using_language


class Kind(Enum):
    POSTERS = "posters"
    DECK = "deck"
    CARDS = "cards"


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
    #: Cards: which notes. Without a filter every note; filters combine. A cluster or a
    #: source is named by its id, its title or label (any case).
    cluster: str | None = None
    source: str | None = None
    unclustered: bool = False
    flagged_persona_ids: frozenset[str] = field(default_factory=frozenset)
    #: The language of headings and messages; None: the workshop's (its ``language``
    #: setting), else the program's.
    language: str | None = None
    #: Each persona's type as large as it fits, instead of one scale for the set.
    fit_each: bool = False


def failing_persona_ids(snapshot: WorkshopSnapshot, today: date | None = None) -> frozenset[str]:
    """Personas that fail the evidence check: their posters carry the assumption mark."""
    reports = check_workshop(snapshot, today=today or date.today())
    return frozenset(r.persona_id for r in reports if not r.passes)


def persona_ids_named(snapshot: WorkshopSnapshot, names: Sequence[str] | None) -> tuple[str, ...]:
    """The ids of the personas named (none named: all, by position); an unknown name is a
    one-line error listing the personas there are."""
    if not names:
        ordered = sorted(snapshot.personas, key=lambda p: (p.position, p.name.casefold()))
        if not ordered:
            raise ExportFailed(_("This workshop has no personas to print yet."))
        return tuple(p.id for p in ordered)
    ids: list[str] = []
    for name in names:
        persona = snapshot.persona_named(name)
        if persona is None:
            known = sorted(snapshot.personas, key=lambda p: (p.position, p.name.casefold()))
            listed = ", ".join(f"'{p.name}'" for p in known) or _("none yet")
            raise ExportFailed(
                _(
                    "There is no persona called '{name}' in this workshop (personas: {names})."
                ).format(name=name.strip(), names=listed)
            )
        if persona.id not in ids:
            ids.append(persona.id)
    return tuple(ids)


def chosen_note_ids(snapshot: WorkshopSnapshot, choices: ExportChoices) -> list[str]:
    """The notes the cards print; a filter that matches nothing is a one-line error."""
    if choices.cluster is None and choices.source is None and not choices.unclustered:
        return [n.id for n in snapshot.notes]
    ids = select_notes(
        snapshot,
        cluster=choices.cluster,
        source=choices.source,
        unclustered=choices.unclustered,
    )
    if not ids:
        raise ExportFailed(_("No notes match that filter, so there are no cards to print."))
    return ids


def report_lines(report: ExportReport, bullet: str = "  -") -> list[str]:
    """The report as lines for a terminal or a dialog; what did not fit stands out."""
    lines = report.lines()[:1]
    if report.did_not_fit:
        lines.append(
            _(
                "Not everything fitted where it belongs. Nothing was cut: it continues on extra "
                "pages or cards."
            )
        )
        lines += [f"{bullet} {entry}" for entry in report.did_not_fit]
    return lines + report.warnings


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
    """Print with these choices; ``first_page_only`` makes just enough for a preview.
    Headings are in ``choices.language``, else the workshop's language (a room in Berlin
    prints German posters from an English laptop)."""
    with using_language(choices.language or workshop_language(snapshot)):
        return _make_pdf(
            snapshot, out, choices, load_asset=load_asset, first_page_only=first_page_only
        )


def workshop_language(snapshot: WorkshopSnapshot) -> str | None:
    """The language the workshop's outputs are printed in (its settings), or None."""
    language = snapshot.workshop.settings.get("language")
    return language if isinstance(language, str) and language.strip() else None


def _make_pdf(
    snapshot: WorkshopSnapshot,
    out: Target,
    choices: ExportChoices,
    *,
    load_asset: AssetLoader,
    first_page_only: bool = False,
) -> ExportReport:
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
            fit_each=choices.fit_each,
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
        fit_each=choices.fit_each,
    )


def suggested_file_name(title: str, choices: ExportChoices) -> str:
    """A file name for the save dialog: "<workshop> – posters.pdf" without unsafe characters."""
    what = {
        Kind.POSTERS: _("{workshop} – posters.pdf"),
        Kind.DECK: _("{workshop} – persona deck.pdf"),
        Kind.CARDS: _("{workshop} – evidence cards.pdf"),
    }
    return what[choices.kind].format(workshop=title_for_file_name(title) or _("Workshop"))
