"""Persona posters: one persona per page, or tiled onto office sheets."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from workshop.domain.model import Persona, WorkshopSnapshot
from workshop.errors import ExportFailed
from workshop.export.output import (
    ExportReport,
    Sheet,
    Target,
    missing_characters_warning,
    pdf_canvas,
    write_pdf,
)
from workshop.export.paper import paper, paper_name
from workshop.export.persona_content import ExportContext
from workshop.export.persona_page import PersonaPage, lay_out_persona
from workshop.export.photos import AssetLoader, no_assets
from workshop.export.text import workshop_title
from workshop.export.themes import theme as find_theme
from workshop.export.tiling import OVERLAP_MM, draw_tile, plan_tiles
from workshop.i18n import _


def chosen_personas(snapshot: WorkshopSnapshot, persona_ids: Sequence[str] | None) -> list[Persona]:
    """The personas to print, in the order asked for (all, by position, when None)."""
    if persona_ids is None:
        chosen = sorted(snapshot.personas, key=lambda p: (p.position, p.name.casefold()))
        if not chosen:
            raise ExportFailed(_("This workshop has no personas to print yet."))
        return chosen
    by_id = {p.id: p for p in snapshot.personas}
    missing = [pid for pid in persona_ids if pid not in by_id]
    if missing:
        raise ExportFailed(_("One of the chosen personas is no longer in the workshop."))
    if not persona_ids:
        raise ExportFailed(_("Choose at least one persona to print."))
    return [by_id[pid] for pid in persona_ids]


def lay_out(
    ctx: ExportContext, personas: list[Persona], report: ExportReport, *, fit_each: bool = False
) -> list[PersonaPage]:
    """Every persona's pages. A set shares one type scale, the largest at which every one of
    them fits (so the room sees equal posters); ``fit_each`` sets each as large as it fits."""
    laid = [lay_out_persona(ctx, persona) for persona in personas]
    if not fit_each and len(laid) > 1:
        common = min(pages[0].layout.scale for pages, _ in laid)
        laid = [
            (pages, notes)
            if abs(pages[0].layout.scale - common) < 1e-9
            else lay_out_persona(ctx, persona, scale=common)
            for persona, (pages, notes) in zip(personas, laid, strict=True)
        ]
    out: list[PersonaPage] = []
    for pages, notes in laid:
        out += pages
        report.did_not_fit += notes
    return out


def export_posters(
    snapshot: WorkshopSnapshot,
    out: Target,
    *,
    persona_ids: Sequence[str] | None = None,
    size: str = "A2",
    landscape: bool = False,
    theme: str = "classic",
    tile: str | None = None,
    overlap_mm: float = OVERLAP_MM,
    load_asset: AssetLoader = no_assets,
    flagged_persona_ids: Collection[str] = (),
    fit_each: bool = False,
) -> ExportReport:
    """Print persona posters (see the package docstring)."""
    ctx = ExportContext(
        snapshot, paper(size, landscape), find_theme(theme), load_asset, flagged_persona_ids
    )
    if tile is not None and paper_name(tile) == ctx.paper.name:
        raise ExportFailed(
            _(
                "The poster is already {paper}: tiling it onto {paper} sheets would only cut it "
                "up. Print it without tiling, or choose a larger poster size."
            ).format(paper=ctx.paper.name)
        )
    personas = chosen_personas(snapshot, persona_ids)
    report = ExportReport(min_type_size=ctx.floor)
    title = _("{workshop} – persona posters").format(
        workshop=workshop_title(snapshot.workshop.title)
    )
    with pdf_canvas(title, _("Persona posters")) as (canvas, buffer):
        pages = lay_out(ctx, personas, report, fit_each=fit_each)
        if tile is None:
            for page in pages:
                canvas.setPageSize((page.width, page.height))
                page.draw(canvas)
                canvas.showPage()
            report.pages = len(pages)
        else:
            overlap = overlap_mm * 72 / 25.4
            sheet_name = paper_name(tile)
            number = 0
            for index, page in enumerate(pages, start=1):
                grid = plan_tiles(page.width, page.height, sheet_name, overlap=overlap)
                caption = _("{name} – {paper} poster").format(
                    name=page.persona.name, paper=ctx.paper.label
                )
                if len(pages) > 1:
                    caption += " " + _("{index} of {count}").format(index=index, count=len(pages))
                for part in grid.tiles:
                    number += 1
                    canvas.setPageSize((grid.sheet_width, grid.sheet_height))
                    draw_tile(canvas, grid, part, page.draw, ctx.chain, caption)
                    canvas.showPage()
                    report.sheets.append(
                        Sheet(
                            page=number,
                            poster_page=index,
                            row=part.row,
                            column=part.column,
                            rows=part.rows,
                            columns=part.columns,
                            area=(part.x, part.y, part.width, part.height),
                        )
                    )
            report.pages = number
        canvas.save()
        data = buffer.getvalue()
    report.did_not_fit += list(ctx.cut)
    report.warnings += ctx.warnings
    warning = missing_characters_warning(ctx.missing)
    if warning:
        report.warnings.append(warning)
    report.path = write_pdf(data, out)
    return report
