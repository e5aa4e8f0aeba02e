"""Where a note sent from a phone goes: the "Inbox" cluster, filled row by row.

The inbox is a frame ``INBOX_COLUMNS`` notes wide. Each new note takes the first cell of
its grid (left to right, top to bottom) that no note in the inbox covers, so notes the
facilitator drags out leave a gap the next note fills, and nothing lands on top of
another. Cells are as large as the largest thing a phone sends (a text note or a photo).
Pure geometry: no Qt, no SQL.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from workshop.domain.board_geometry import (
    CLEARANCE,
    CLUSTER_PAD,
    CLUSTER_TITLE_BAND,
    IMAGE_CAPTION,
    IMAGE_SIDE,
    NOTE_GAP,
    NOTE_SIZE,
    Point,
    Rect,
    bounds,
    free_place,
)

INBOX_COLUMNS = 4
#: One cell of the inbox's grid: room for a text note or a photo note.
CELL: Point = (max(NOTE_SIZE[0], IMAGE_SIDE), max(NOTE_SIZE[1], IMAGE_SIDE + IMAGE_CAPTION))


def inbox_size() -> Point:
    """A new inbox frame: ``INBOX_COLUMNS`` cells wide, one row high."""
    width = 2 * CLUSTER_PAD + INBOX_COLUMNS * CELL[0] + (INBOX_COLUMNS - 1) * NOTE_GAP
    height = CLUSTER_TITLE_BAND + 2 * CLUSTER_PAD + CELL[1]
    return (width, height)


def inbox_place(board: Iterable[Rect]) -> Point:
    """Where a new inbox goes: right of everything on the board, level with its top (the
    nearest free place to that, in fact); at the origin on an empty board."""
    rects = list(board)
    outline = bounds(rects)
    if outline is None:
        return (0.0, 0.0)
    return free_place(rects, inbox_size(), (outline.right + CLEARANCE * 4, outline.y))


def next_cell(frame: Rect, taken: Iterable[Rect]) -> Point:
    """The top-left corner of the first cell of the inbox ``frame``'s grid that none of
    the notes ``taken`` (those in the inbox) covers, counting row by row."""
    columns = max(1, int((frame.w - 2 * CLUSTER_PAD + NOTE_GAP) // (CELL[0] + NOTE_GAP)))
    left = frame.x + CLUSTER_PAD
    top = frame.y + CLUSTER_TITLE_BAND + CLUSTER_PAD
    step_x, step_y = CELL[0] + NOTE_GAP, CELL[1] + NOTE_GAP
    covered: set[tuple[int, int]] = set()
    for note in taken:
        if note.right <= left or note.bottom <= top:
            continue
        first_column = max(0, math.floor((note.x - left) / step_x))
        last_column = min(columns - 1, math.ceil((note.right - left) / step_x) - 1)
        first_row = max(0, math.floor((note.y - top) / step_y))
        last_row = math.ceil((note.bottom - top) / step_y) - 1
        if last_row - first_row > 10_000:  # a damaged size: it covers what it covers
            last_row = first_row + 10_000
        for row in range(first_row, last_row + 1):
            for column in range(first_column, last_column + 1):
                covered.add((row, column))
    index = 0
    while divmod(index, columns) in covered:
        index += 1
    row, column = divmod(index, columns)
    return (left + column * step_x, top + row * step_y)
