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
    return InboxGrid(frame, taken).next_cell()


class InboxGrid:
    """The cells of an inbox frame's grid that its notes cover, kept up to date note by
    note (``take``), so that a burst of notes from the room's phones does not look at
    every note already in the inbox for each new one. It stays right while the frame's
    left, top and width do (``fits``): a frame growing downwards changes none of them."""

    def __init__(self, frame: Rect, taken: Iterable[Rect] = ()) -> None:
        self.columns = max(1, int((frame.w - 2 * CLUSTER_PAD + NOTE_GAP) // (CELL[0] + NOTE_GAP)))
        self.corner = (frame.x, frame.y, frame.w)
        self.left = frame.x + CLUSTER_PAD
        self.top = frame.y + CLUSTER_TITLE_BAND + CLUSTER_PAD
        self.step_x, self.step_y = CELL[0] + NOTE_GAP, CELL[1] + NOTE_GAP
        self.covered: set[tuple[int, int]] = set()
        #: Every cell before this one is covered (where to start looking for a free one).
        self._first_free = 0
        for note in taken:
            self.take(note)

    def fits(self, frame: Rect) -> bool:
        """Whether this grid is still the grid of ``frame``."""
        return self.corner == (frame.x, frame.y, frame.w)

    def take(self, note: Rect) -> None:
        """``note`` is in the inbox now: the cells it covers are no longer free."""
        left, top, step_x, step_y = self.left, self.top, self.step_x, self.step_y
        if note.right <= left or note.bottom <= top:
            return
        first_column = max(0, math.floor((note.x - left) / step_x))
        last_column = min(self.columns - 1, math.ceil((note.right - left) / step_x) - 1)
        first_row = max(0, math.floor((note.y - top) / step_y))
        last_row = math.ceil((note.bottom - top) / step_y) - 1
        if last_row - first_row > 10_000:  # a damaged size: it covers what it covers
            last_row = first_row + 10_000
        for row in range(first_row, last_row + 1):
            for column in range(first_column, last_column + 1):
                self.covered.add((row, column))

    def next_cell(self) -> Point:
        """The top-left corner of the first cell no note covers, counting row by row."""
        index = self._first_free
        while divmod(index, self.columns) in self.covered:
            index += 1
        self._first_free = index
        row, column = divmod(index, self.columns)
        return (self.left + column * self.step_x, self.top + row * self.step_y)
