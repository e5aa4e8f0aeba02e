"""Plain running pages (the deck's cover and evidence appendix): flowables poured into
one or two columns page after page, with a running footer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from workshop.export.flow import Box, Measurer, Placed, draw, flow

MAX_DOCUMENT_PAGES = 2000


@dataclass
class DocumentPage:
    width: float
    height: float
    placed: list[Placed]
    footer: Flowable | None
    margin: float
    rule_colour: Color
    #: Layout units to points (a one-page cover is drawn larger when it has room).
    scale: float = 1.0

    def draw(self, canvas: Any) -> None:
        canvas.saveState()
        canvas.scale(self.scale, self.scale)
        draw(canvas, self.placed)
        canvas.restoreState()
        if self.footer is not None:
            width = self.width - 2 * self.margin
            _, height = self.footer.wrap(width, self.height)
            self.footer.drawOn(canvas, self.margin, self.margin * 0.6)
            canvas.saveState()
            canvas.setStrokeColor(self.rule_colour)
            canvas.setLineWidth(0.5)
            y = self.margin * 0.6 + height + 3
            canvas.line(self.margin, y, self.width - self.margin, y)
            canvas.restoreState()


def one_page(
    flowables: list[Flowable],
    size: tuple[float, float],
    *,
    margin: float,
    gap: float,
    footer: Flowable,
    rule_colour: Color,
    max_scale: float,
) -> DocumentPage | None:
    """One page holding everything, drawn as large as fits up to ``max_scale``; None when
    it does not fit even at scale 1."""
    width, height = size
    _, foot_h = footer.wrap(width - 2 * margin, height)
    bottom = margin * 0.6 + foot_h + gap
    measurer = Measurer()

    def attempt(scale: float) -> Any:
        box = Box(
            margin / scale,
            bottom / scale,
            (width - 2 * margin) / scale,
            (height - margin - bottom) / scale,
        )
        return flow(flowables, [box], measurer)

    best = None
    low, high = 1.0, max_scale
    first = attempt(high)
    if first.fits:
        best = (high, first)
    else:
        floor = attempt(low)
        if not floor.fits:
            return None
        best = (low, floor)
        for _ in range(6):
            middle = (low + high) / 2
            trial = attempt(middle)
            if trial.fits:
                low, best = middle, (middle, trial)
            else:
                high = middle
    scale, result = best
    return DocumentPage(width, height, result.placed, footer, margin, rule_colour, scale)


def flow_pages(
    flowables: list[Flowable],
    size: tuple[float, float],
    *,
    margin: float,
    gap: float,
    columns: int,
    footer: Callable[[int], Flowable] | None,
    rule_colour: Color,
    continued: Callable[[str], Flowable | list[Flowable]] | None = None,
) -> tuple[list[DocumentPage], list[Flowable]]:
    """Pages holding ``flowables``; also returns what could never be placed.
    ``continued`` repeats headings where a column starts inside a section (see ``flow``)."""
    width, height = size
    measurer = Measurer()
    pages: list[DocumentPage] = []
    queue = list(flowables)
    unplaceable: list[Flowable] = []
    while queue and len(pages) < MAX_DOCUMENT_PAGES:
        number = len(pages) + 1
        foot = footer(number) if footer else None
        bottom = margin
        if foot is not None:
            _, foot_h = foot.wrap(width - 2 * margin, height)
            bottom = margin * 0.6 + foot_h + gap
        column_w = (width - 2 * margin - gap * (columns - 1)) / columns
        boxes = [
            Box(margin + i * (column_w + gap), bottom, column_w, height - margin - bottom)
            for i in range(columns)
        ]
        result = flow(queue, boxes, measurer, continued)
        unplaceable += result.unplaceable
        pages.append(DocumentPage(width, height, result.placed, foot, margin, rule_colour))
        queue = result.left
    return pages, unplaceable + queue
