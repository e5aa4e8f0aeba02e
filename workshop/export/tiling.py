"""Tiled printing: a big poster split onto office sheets (A4, Letter...) to trim and glue.

Each sheet keeps a white margin (printers cannot print to the edge) and shows one part of
the poster; neighbouring parts overlap by ``overlap`` points. Assembly: trim a sheet's left
and top margins along the crop marks, lay it over its neighbour so the picture lines up,
and glue it in the overlap (marked "glue" on the neighbour's edge). Every sheet is labelled
"Row r, column c" with a small map of the grid.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import HexColor, black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop.errors import ExportFailed
from workshop.export.fonts import FontChain
from workshop.export.paper import paper
from workshop.i18n import _

#: Default overlap between neighbouring sheets, and the blank margin of each sheet.
OVERLAP_MM = 10.0
OVERLAP = OVERLAP_MM * mm
SHEET_MARGIN = 12 * mm


@dataclass(frozen=True)
class Tile:
    row: int
    column: int
    rows: int
    columns: int
    #: The poster area shown: x, y (bottom-left, poster points), width, height.
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class TileGrid:
    sheet_width: float
    sheet_height: float
    margin: float
    overlap: float
    tiles: tuple[Tile, ...]

    @property
    def rows(self) -> int:
        return self.tiles[0].rows

    @property
    def columns(self) -> int:
        return self.tiles[0].columns


def _count(length: float, room: float, overlap: float) -> int:
    if length <= room:
        return 1
    return math.ceil((length - overlap) / (room - overlap) - 1e-9)


def plan_tiles(
    poster_width: float,
    poster_height: float,
    sheet: str,
    *,
    overlap: float = OVERLAP,
    margin: float = SHEET_MARGIN,
) -> TileGrid:
    """The fewest sheets of ``sheet`` paper (either way up) that cover the poster."""
    options = []
    for landscape in (False, True):
        chosen = paper(sheet, landscape)
        room_w = chosen.width - 2 * margin
        room_h = chosen.height - 2 * margin
        if room_w <= overlap * 2 or room_h <= overlap * 2:
            raise ExportFailed(
                _("{paper} sheets are too small to tile onto.").format(paper=chosen.name)
            )
        columns = _count(poster_width, room_w, overlap)
        rows = _count(poster_height, room_h, overlap)
        options.append((rows * columns, landscape, chosen, room_w, room_h, rows, columns))
    _sheets, _turned, chosen, room_w, room_h, rows, columns = min(
        options, key=lambda o: (o[0], o[1])
    )
    tiles = []
    for row in range(rows):
        top = poster_height - row * (room_h - overlap)
        bottom = max(0.0, top - room_h)
        for column in range(columns):
            left = column * (room_w - overlap)
            right = min(poster_width, left + room_w)
            tiles.append(
                Tile(row + 1, column + 1, rows, columns, left, bottom, right - left, top - bottom)
            )
    return TileGrid(chosen.width, chosen.height, margin, overlap, tuple(tiles))


def draw_tile(
    canvas: Any,
    grid: TileGrid,
    tile: Tile,
    draw_poster: Callable[[Any], None],
    chain: FontChain,
    caption: str,
) -> None:
    """One sheet: the poster part (clipped), crop and glue marks, the label and grid map."""
    margin = grid.margin
    left = margin
    top = grid.sheet_height - margin
    bottom = top - tile.height
    right = left + tile.width
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(left, bottom, tile.width, tile.height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.translate(left - tile.x, bottom - tile.y)
    draw_poster(canvas)
    canvas.restoreState()
    _marks(canvas, grid, tile, left, bottom, right, top, chain)
    _label(canvas, grid, tile, chain, caption, right)


def _marks(
    canvas: Any,
    grid: TileGrid,
    tile: Tile,
    left: float,
    bottom: float,
    right: float,
    top: float,
    chain: FontChain,
) -> None:
    length = min(grid.margin * 0.6, 7 * mm)
    offset = 1.5 * mm
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.4)
    for x, y, dx, dy in (
        (left, top, -1, 1),
        (right, top, 1, 1),
        (left, bottom, -1, -1),
        (right, bottom, 1, -1),
    ):
        canvas.line(x + dx * offset, y, x + dx * (offset + length), y)
        canvas.line(x, y + dy * offset, x, y + dy * (offset + length))
    # Where the next sheet's edge lands: glue in the strip beyond these marks.
    canvas.setStrokeColor(HexColor("#c62828"))
    canvas.setDash(2, 1.5)
    font = chain.regular
    canvas.setFont(font, 6)
    canvas.setFillColor(HexColor("#c62828"))
    if tile.column < tile.columns:
        x = right - grid.overlap
        canvas.line(x, top + offset, x, top + offset + length)
        canvas.line(x, bottom - offset, x, bottom - offset - length)
        canvas.drawString(x + 1.2, top + offset + length - 6, _("glue"))
    if tile.row < tile.rows:
        y = bottom + grid.overlap
        canvas.line(left - offset, y, left - offset - length, y)
        canvas.line(right + offset, y, right + offset + length, y)
        canvas.drawString(right + offset + 1, y - 7, _("glue"))
    canvas.restoreState()


def _label(
    canvas: Any, grid: TileGrid, tile: Tile, chain: FontChain, caption: str, right: float
) -> None:
    number = (tile.row - 1) * tile.columns + tile.column
    count = tile.rows * tile.columns
    first = _(
        "Row {row}, column {column}  ·  sheet {number} of {count} ({rows} rows × {columns} columns)"
    ).format(
        row=tile.row,
        column=tile.column,
        number=number,
        count=count,
        rows=tile.rows,
        columns=tile.columns,
    )
    if tile.column > 1 and tile.row > 1:
        steps = _("trim the left margin and the top margin along the marks")
    elif tile.column > 1:
        steps = _("trim the left margin along the marks")
    elif tile.row > 1:
        steps = _("trim the top margin along the marks")
    else:
        steps = ""
    second = caption
    if steps:
        second += "  ·  " + _("{steps}, glue over the neighbour").format(steps=steps)
    canvas.saveState()
    canvas.setFillColor(black)
    y = grid.margin - 5.5 * mm
    for text, size in ((first, 8.0), (second, 6.5)):
        x = grid.margin + 3 * mm
        for run in chain.runs(text):
            canvas.setFont(run.font, size)
            canvas.drawString(x, y, run.text)
            x += stringWidth(run.text, run.font, size)
        y -= size * 1.35
    _grid_map(canvas, grid, tile, right - 3 * mm)
    canvas.restoreState()


def _grid_map(canvas: Any, grid: TileGrid, tile: Tile, right: float) -> None:
    """A small map of the sheets, this one filled, at the bottom right."""
    room = grid.margin - 5.5 * mm
    cell = min(3 * mm, room / max(tile.rows, 1), 30 * mm / max(tile.columns, 1))
    x0 = right - cell * tile.columns
    y_top = grid.margin - 1.5 * mm
    canvas.setLineWidth(0.3)
    canvas.setStrokeColor(black)
    for row in range(tile.rows):
        for column in range(tile.columns):
            here = row + 1 == tile.row and column + 1 == tile.column
            canvas.setFillColor(black if here else HexColor("#ffffff"))
            canvas.rect(x0 + column * cell, y_top - (row + 1) * cell, cell, cell, stroke=1, fill=1)
