"""Board geometry, in board units: the one place its rules live. Pure Python, no Qt.

- Sizes: a new note (``NOTE_SIZE``), a new cluster frame (``CLUSTER_SIZE``), an image
  note (``image_note_size``).
- A cluster frame: ``CLUSTER_PAD`` of room around its notes under a title band of
  ``CLUSTER_TITLE_BAND``; ``frame_around`` notes (grouping), ``grow_to_hold`` notes
  dropped into it (``room_in_frame`` keeps a dropped note off its other notes),
  ``grid_in_frame`` for notes put into it from a menu, ``tidy`` for its notes in a grid
  with the frame fitted to them.
- Values: ``coord`` and ``size`` turn whatever a file holds for a place or a size into a
  usable one (within ``COORD_LIMIT``; ``SIZE_MIN`` to ``SIZE_MAX``).
- Free space: where new notes go (``place_blocks``): tidy grid blocks that never cover
  existing notes. An import lays its notes out as one block per source (or per column):
  each block a grid about as wide as it is tall, blocks side by side on shelves, the whole
  group placed in free space — near a point the facilitator is looking at when one is
  given and it is free there, otherwise just right of everything already on the board.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Point = tuple[float, float]

#: A new note's size.
NOTE_SIZE: Point = (160.0, 120.0)
#: A new (empty) cluster frame's size.
CLUSTER_SIZE: Point = (400.0, 300.0)
#: Room between a cluster frame and its notes.
CLUSTER_PAD = 20.0
#: The band at the top of a cluster frame that holds its title.
CLUSTER_TITLE_BAND = 44.0
#: Space between notes laid out in a cluster (tidy, put into a cluster).
NOTE_GAP = 16.0
#: An image note's picture is this long on its long side; its caption strip below it.
IMAGE_SIDE = 240.0
IMAGE_CAPTION = 28.0
#: No image note is smaller than this on either side of its picture.
IMAGE_MIN_SIDE = 60.0
#: Board coordinates are kept within this range; anything beyond is a hostile or broken value.
COORD_LIMIT = 1_000_000.0
#: A note's or frame's side is kept within this range.
SIZE_MIN, SIZE_MAX = 20.0, 20_000.0
#: Blocks that fit in this width (about a screen of notes) stay on one shelf.
_ROW_WIDTH = 1600.0


def coord(value: Any, default: float = 0.0) -> float:
    """A place on the board from any value: a finite number within ``COORD_LIMIT`` (clamped
    to it); ``default`` for what is not a number at all (text, NaN, infinity)."""
    if type(value) is float and -COORD_LIMIT <= value <= COORD_LIMIT:  # NaN fails this too
        return value
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return default
    if not math.isfinite(number):
        return default
    return max(-COORD_LIMIT, min(COORD_LIMIT, number))


def size(value: Any, default: float) -> float:
    """A side of a note or frame from any value: within ``SIZE_MIN`` to ``SIZE_MAX``;
    ``default`` for what is not a positive number."""
    number = coord(value, default)
    return max(SIZE_MIN, min(SIZE_MAX, number)) if number > 0 else default


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

    @property
    def centre(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, point: Point) -> bool:
        """Whether a point lies inside (edges included)."""
        px, py = point
        return self.x <= px <= self.right and self.y <= py <= self.bottom

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


def block_shape(count: int, note_size: Point = NOTE_SIZE, gap: float = 20.0) -> BlockShape:
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
    note_size: Point = NOTE_SIZE,
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


# Cluster frames ---------------------------------------------------------------------------
def image_note_size(width: int, height: int) -> Point:
    """An image note for a picture of ``width`` x ``height`` pixels: its shape, scaled to
    ``IMAGE_SIDE`` on its long side, with the caption strip below."""
    scale = IMAGE_SIDE / max(width, height, 1)
    return (
        max(IMAGE_MIN_SIDE, width * scale),
        max(IMAGE_MIN_SIDE, height * scale) + IMAGE_CAPTION,
    )


def frame_around(notes: Iterable[Rect]) -> Rect:
    """The cluster frame that surrounds ``notes`` (grouping them): ``CLUSTER_PAD`` on every
    side and the title band above. At least one note is needed."""
    rects = list(notes)
    if not rects:
        raise ValueError("a frame needs at least one note to surround")
    left = min(r.x for r in rects) - CLUSTER_PAD
    top = min(r.y for r in rects) - CLUSTER_PAD - CLUSTER_TITLE_BAND
    right = max(r.right for r in rects) + CLUSTER_PAD
    bottom = max(r.bottom for r in rects) + CLUSTER_PAD
    return Rect(left, top, right - left, bottom - top)


def grow_to_hold(frame: Rect, notes: Iterable[Rect]) -> Rect:
    """``frame`` grown (never shrunk) so that ``notes`` dropped into it sit inside with room
    (``CLUSTER_PAD``, and the title band above them). The same frame when they already do."""
    left, top, right, bottom = frame.x, frame.y, frame.right, frame.bottom
    for note in notes:
        left = min(left, note.x - CLUSTER_PAD)
        top = min(top, note.y - CLUSTER_PAD - CLUSTER_TITLE_BAND)
        right = max(right, note.right + CLUSTER_PAD)
        bottom = max(bottom, note.bottom + CLUSTER_PAD)
    if (left, top, right, bottom) == (frame.x, frame.y, frame.right, frame.bottom):
        return frame
    return Rect(left, top, right - left, bottom - top)


def grid_in_frame(
    frame: Rect, staying: Iterable[Rect], sizes: Sequence[Point], gap: float = NOTE_GAP
) -> list[Point]:
    """Top-left corners for notes put into a cluster (from a menu, not dragged): a grid as
    wide as the frame allows, under its title band and below the notes ``staying`` in it.
    Cells are as large as the largest note; the frame may then need ``grow_to_hold``."""
    if not sizes:
        return []
    top = max([frame.y + CLUSTER_TITLE_BAND + CLUSTER_PAD] + [r.bottom + gap for r in staying])
    cell_w = max(w for w, _h in sizes)
    cell_h = max(h for _w, h in sizes)
    columns = max(1, int((frame.w - 2 * CLUSTER_PAD + gap) // (cell_w + gap)))
    spots: list[Point] = []
    for index in range(len(sizes)):
        row, column = divmod(index, columns)
        spots.append((frame.x + CLUSTER_PAD + column * (cell_w + gap), top + row * (cell_h + gap)))
    return spots


@dataclass(frozen=True)
class Placed:
    """A note with its place: what ``tidy`` sorts and positions."""

    id: str
    rect: Rect


def tidy(
    frame: Rect, notes: Iterable[Placed], columns: int | None = None, gap: float = NOTE_GAP
) -> tuple[dict[str, Point], Rect]:
    """A cluster tidied: its notes in reading order (rows of about 40 units, then left to
    right) laid out in a grid under the title band, about as many columns as rows (or
    ``columns``), and the frame fitted around the grid at the same top-left corner.
    Returns each note's new top-left corner and the new frame (the frame unchanged when
    the cluster holds no notes)."""
    ordered = sorted(notes, key=lambda n: (round(n.rect.y / 40), n.rect.x, n.id))
    if not ordered:
        return {}, frame
    cols = columns or max(1, math.ceil(math.sqrt(len(ordered))))
    cell_w = max(n.rect.w for n in ordered)
    cell_h = max(n.rect.h for n in ordered)
    left = frame.x + CLUSTER_PAD
    top = frame.y + CLUSTER_TITLE_BAND + CLUSTER_PAD
    spots = {
        n.id: (left + (i % cols) * (cell_w + gap), top + (i // cols) * (cell_h + gap))
        for i, n in enumerate(ordered)
    }
    rows = math.ceil(len(ordered) / cols)
    fitted = Rect(
        frame.x,
        frame.y,
        2 * CLUSTER_PAD + cols * cell_w + (cols - 1) * gap,
        CLUSTER_TITLE_BAND + 2 * CLUSTER_PAD + rows * cell_h + (rows - 1) * gap,
    )
    return spots, fitted


def bounds(rects: Iterable[Rect]) -> Rect | None:
    """The smallest rectangle holding all of ``rects`` (None for none)."""
    found = list(rects)
    if not found:
        return None
    left = min(r.x for r in found)
    top = min(r.y for r in found)
    return Rect(left, top, max(r.right for r in found) - left, max(r.bottom for r in found) - top)


# Room for clusters: no frame over another ---------------------------------------------------
#: Clear space kept between a gathered or tidied cluster and everything else.
CLEARANCE = 24.0
#: How many of the nearest things on the board ``free_place`` tries to sit beside.
_NEAREST = 60


class _Grid:
    """Rectangles filed by the cells of a coarse grid they touch, so asking what a box
    overlaps looks at its neighbours only (a board holds thousands of notes)."""

    def __init__(self, rects: Sequence[Rect], cell: float = 600.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Rect]] = {}
        for r in rects:
            for key in self._keys(r.x, r.y, r.right, r.bottom):
                self.cells.setdefault(key, []).append(r)

    def _keys(
        self, left: float, top: float, right: float, bottom: float
    ) -> Iterable[tuple[int, int]]:
        c = self.cell
        for gx in range(math.floor(left / c), math.floor(right / c) + 1):
            for gy in range(math.floor(top / c), math.floor(bottom / c) + 1):
                yield (gx, gy)

    def blocked(self, box: Rect, margin: float) -> bool:
        keys = self._keys(box.x - margin, box.y - margin, box.right + margin, box.bottom + margin)
        return any(box.overlaps(r, margin) for key in keys for r in self.cells.get(key, ()))


def free_place(
    obstacles: Sequence[Rect], size: Point, near: Point, margin: float = CLEARANCE
) -> Point:
    """The top-left corner nearest to ``near`` for a box of ``size`` that overlaps none of
    ``obstacles`` nor comes closer to one than ``margin``: ``near`` itself when it is free,
    else a place beside (right, left, above or below) one of the things nearby; right of
    everything, at the same height, when nothing nearby leaves room."""
    w, h = size
    nx, ny = near
    grid = _Grid(obstacles, max(600.0, w + 2 * margin, h + 2 * margin))
    if not grid.blocked(Rect(nx, ny, w, h), margin):
        return near
    cx, cy = nx + w / 2, ny + h / 2
    nearest = sorted(obstacles, key=lambda r: (r.centre[0] - cx) ** 2 + (r.centre[1] - cy) ** 2)
    candidates: list[Point] = []
    for r in nearest[:_NEAREST]:
        right, left = r.right + margin, r.x - margin - w
        below, above = r.bottom + margin, r.y - margin - h
        candidates += [(right, ny), (left, ny), (nx, below), (nx, above)]
        candidates += [(right, r.y), (left, r.y), (r.x, below), (r.x, above)]
    candidates.sort(key=lambda c: (c[0] - nx) ** 2 + (c[1] - ny) ** 2)
    for px, py in candidates:
        if not grid.blocked(Rect(px, py, w, h), margin):
            return (px, py)
    return (max(r.right for r in obstacles) + margin, ny)


#: How many of a dropped note's nearest neighbours ``room_in_frame`` tries to sit beside.
_NEIGHBOURS = 20


def room_in_frame(
    frame: Rect, taken: Sequence[Rect], size: Point, near: Point, gap: float = NOTE_GAP
) -> Point:
    """Where a note dropped into a cluster at ``near`` (its top-left corner) goes, so that
    it covers none of ``taken`` (the cluster's other notes): ``near`` itself when it
    covers none; else the nearest spot inside the frame (under its title band, clear of
    its edges) at least half a ``gap`` from every note; when the frame has no such spot,
    under its notes at the left (the frame then grows to hold it)."""
    w, h = size
    nx, ny = near
    grid = _Grid(taken, max(600.0, w + 2 * gap, h + 2 * gap))
    if not grid.blocked(Rect(nx, ny, w, h), 0.0):
        return near
    left, top = frame.x + CLUSTER_PAD, frame.y + CLUSTER_TITLE_BAND + CLUSTER_PAD
    right, bottom = frame.right - CLUSTER_PAD - w, frame.bottom - CLUSTER_PAD - h
    xs = [nx, left, right]
    ys = [ny, top, bottom]
    centre = (nx + w / 2, ny + h / 2)
    nearest = sorted(
        taken, key=lambda r: (r.centre[0] - centre[0]) ** 2 + (r.centre[1] - centre[1]) ** 2
    )
    for r in nearest[:_NEIGHBOURS]:
        xs += [r.right + gap, r.x - gap - w, r.x]
        ys += [r.bottom + gap, r.y - gap - h, r.y]
    candidates = [
        (x, y)
        for x in xs
        if left - 0.01 <= x <= right + 0.01
        for y in ys
        if top - 0.01 <= y <= bottom + 0.01
    ]
    candidates.sort(key=lambda c: (c[0] - nx) ** 2 + (c[1] - ny) ** 2)
    for x, y in candidates:
        if not grid.blocked(Rect(x, y, w, h), gap / 2):
            return (x, y)
    below = max((r.bottom for r in taken), default=top - gap) + gap
    return (left, max(top, below))


def gather(
    notes: Sequence[Placed], obstacles: Sequence[Rect], gap: float = NOTE_GAP
) -> tuple[dict[str, Point], Rect]:
    """Notes grouped into a new cluster (Ctrl+G): each note's top-left corner and the frame.

    The notes stay where they are when the frame around them covers none of
    ``obstacles`` (the other frames and notes) and is not much larger than a tidy grid of
    them. Otherwise they are laid out in a tidy grid (``tidy``) in a frame put in free
    space (``free_place``) as near as it can be to their centre of gravity, so spread-out
    notes never make a giant frame over other clusters."""
    if not notes:
        raise ValueError("a cluster needs at least one note to gather")
    around = frame_around(n.rect for n in notes)
    spots, frame = tidy(Rect(0.0, 0.0, 0.0, 0.0), notes, None, gap)
    covers = any(around.overlaps(r) for r in obstacles)
    if not covers and around.w * around.h <= 2 * frame.w * frame.h:
        return {n.id: (n.rect.x, n.rect.y) for n in notes}, around
    gx = sum(n.rect.centre[0] for n in notes) / len(notes)
    gy = sum(n.rect.centre[1] for n in notes) / len(notes)
    fx, fy = free_place(obstacles, (frame.w, frame.h), (gx - frame.w / 2, gy - frame.h / 2))
    placed = {note_id: (x + fx, y + fy) for note_id, (x, y) in spots.items()}
    return placed, Rect(fx, fy, frame.w, frame.h)


def clear_frame(
    frame: Rect, lying_over: Sequence[Placed], staying: Sequence[Rect]
) -> dict[str, Point]:
    """What does not belong in a tidied cluster but lies over its frame (``lying_over``:
    loose notes, or other clusters' frames that move with their notes), each moved to the
    nearest free place outside it. ``staying`` are the things that do not move. Returns
    each moved thing's new top-left corner."""
    taken = [*staying, frame]
    moved: dict[str, Point] = {}
    for thing in sorted(lying_over, key=lambda t: (t.rect.y, t.rect.x, t.id)):
        spot = free_place(taken, (thing.rect.w, thing.rect.h), (thing.rect.x, thing.rect.y))
        moved[thing.id] = spot
        taken.append(Rect(spot[0], spot[1], thing.rect.w, thing.rect.h))
    return moved
