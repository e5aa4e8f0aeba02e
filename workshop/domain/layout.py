"""Where new notes go on the board: tidy grid blocks that never cover existing notes.

An import lays its notes out as one block per source (or per column): each block a grid
about as wide as it is tall, blocks side by side on shelves, the whole group placed in
free space — near a point the facilitator is looking at when one is given and it is free
there, otherwise just right of everything already on the board. Pure geometry in board
units; no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workshop.domain.model import DEFAULT_NOTE_SIZE

Point = tuple[float, float]

#: Blocks that fit in this width (about a screen of notes) stay on one shelf.
_ROW_WIDTH = 1600.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Rect, margin: float = 0.0) -> bool:
        """Whether the rectangles share area when this one is grown by ``margin``
        (touching edges do not count)."""
        return (
            self.x - margin < other.right
            and other.x < self.right + margin
            and self.y - margin < other.bottom
            and other.y < self.bottom + margin
        )


@dataclass(frozen=True)
class BlockShape:
    columns: int
    rows: int
    width: float
    height: float


def block_shape(count: int, note_size: Point = DEFAULT_NOTE_SIZE, gap: float = 20.0) -> BlockShape:
    """The grid for ``count`` notes: as many columns as rows, or one more."""
    if count <= 0:
        return BlockShape(0, 0, 0.0, 0.0)
    columns = math.ceil(math.sqrt(count))
    rows = math.ceil(count / columns)
    w, h = note_size
    return BlockShape(columns, rows, columns * w + (columns - 1) * gap, rows * h + (rows - 1) * gap)


def place_blocks(
    existing: Iterable[Rect | tuple[float, float, float, float]],
    block_sizes: Sequence[int],
    note_size: Point = DEFAULT_NOTE_SIZE,
    gap: float = 20.0,
    *,
    near: Point | None = None,
    max_width: float | None = None,
) -> list[list[Point]]:
    """Top-left positions for the notes of each block, in reading order.

    ``existing`` are the rectangles already on the board (notes, image notes, cluster
    frames); no new note overlaps one or comes closer to it than ``3 * gap``. Blocks are
    ``3 * gap`` apart and wrap onto a new shelf past ``max_width`` (by default about
    one and a half times the side of a square holding them all, and at least a screen).
    """
    rects = [r if isinstance(r, Rect) else Rect(*r) for r in existing]
    shapes = [block_shape(n, note_size, gap) for n in block_sizes]
    spacing = 3 * gap
    offsets, group = _shelves(shapes, spacing, max_width)
    origin = _free_spot(rects, group, near, spacing)
    w, h = note_size
    result: list[list[Point]] = []
    for shape, (bx, by), count in zip(shapes, offsets, block_sizes, strict=True):
        positions = []
        for index in range(max(count, 0)):
            row, column = divmod(index, shape.columns)
            positions.append(
                (origin[0] + bx + column * (w + gap), origin[1] + by + row * (h + gap))
            )
        result.append(positions)
    return result


def _shelves(
    shapes: list[BlockShape], spacing: float, max_width: float | None
) -> tuple[list[Point], Point]:
    """Offsets of each block inside the group, and the group's size."""
    area = sum((s.width + spacing) * (s.height + spacing) for s in shapes)
    widest = max((s.width for s in shapes), default=0.0)
    limit = max_width if max_width is not None else max(widest, 1.5 * math.sqrt(area), _ROW_WIDTH)
    offsets: list[Point] = []
    x = y = shelf_height = group_width = 0.0
    for shape in shapes:
        if shape.columns == 0:
            offsets.append((x, y))
            continue
        if x > 0 and x + shape.width > limit:
            x, y = 0.0, y + shelf_height + spacing
            shelf_height = 0.0
        offsets.append((x, y))
        group_width = max(group_width, x + shape.width)
        shelf_height = max(shelf_height, shape.height)
        x += shape.width + spacing
    return offsets, (group_width, y + shelf_height)


def _free_spot(rects: list[Rect], size: Point, near: Point | None, margin: float) -> Point:
    if not rects:
        return near if near is not None else (0.0, 0.0)
    left = min(r.x for r in rects)
    top = min(r.y for r in rects)
    right = max(r.right for r in rects)
    bottom = max(r.bottom for r in rects)
    beside = (right + margin, top)
    below = (left, bottom + margin)
    if near is None:
        return beside
    nx, ny = near
    nearest = sorted(rects, key=lambda r: (r.x - nx) ** 2 + (r.y - ny) ** 2)[:40]
    candidates = [near]
    for r in nearest:
        candidates += [
            (r.right + margin, r.y),
            (r.x, r.bottom + margin),
            (r.right + margin, ny),
            (nx, r.bottom + margin),
        ]
    candidates.sort(key=lambda c: (c[0] - nx) ** 2 + (c[1] - ny) ** 2)
    w, h = size
    for cx, cy in candidates:
        box = Rect(cx, cy, w, h)
        if not any(box.overlaps(r, margin) for r in rects):
            return (cx, cy)
    # Right of or below everything is always free: take the nearer.
    return min((beside, below), key=lambda c: (c[0] - nx) ** 2 + (c[1] - ny) ** 2)
