"""Where a phone's note goes in the inbox: the first free cell, row by row; a note the
facilitator dragged out leaves a gap the next one fills; nothing lands on anything."""

from __future__ import annotations

from workshop.domain.board_geometry import NOTE_SIZE, Rect
from workshop.domain.inbox_layout import CELL, INBOX_COLUMNS, inbox_place, inbox_size, next_cell


def _frame() -> Rect:
    return Rect(100.0, 50.0, *inbox_size())


def test_an_empty_inbox_fills_its_first_row_then_the_next() -> None:
    frame, taken = _frame(), list[Rect]()
    spots = []
    for _ in range(INBOX_COLUMNS + 1):
        x, y = next_cell(frame, taken)
        spots.append((x, y))
        taken.append(Rect(x, y, *NOTE_SIZE))
    assert len({y for _x, y in spots[:INBOX_COLUMNS]}) == 1
    assert spots[INBOX_COLUMNS][1] > spots[0][1]
    assert spots[INBOX_COLUMNS][0] == spots[0][0]
    for index, a in enumerate(taken):
        assert not any(a.overlaps(b) for b in taken[index + 1 :])


def test_a_gap_is_filled_and_notes_elsewhere_are_ignored() -> None:
    frame = _frame()
    cells = []
    taken: list[Rect] = []
    for _ in range(3):
        x, y = next_cell(frame, taken)
        cells.append((x, y))
        taken.append(Rect(x, y, *CELL))
    del taken[1]  # dragged out of the inbox
    outside = [Rect(frame.x - 500, frame.y, 100, 100), Rect(frame.x, frame.y - 400, 100, 100)]
    assert next_cell(frame, taken + outside) == cells[1]


def test_a_note_of_a_damaged_size_blocks_only_so_much() -> None:
    frame = _frame()
    giant = Rect(frame.x + 20, frame.y + 70, 10.0, 1e12)
    x, y = next_cell(frame, [giant])
    assert not giant.overlaps(Rect(x, y, *NOTE_SIZE))


def test_a_new_inbox_goes_right_of_the_board_and_covers_nothing() -> None:
    assert inbox_place([]) == (0.0, 0.0)
    board = [Rect(0, 0, 400, 300), Rect(0, 500, 160, 120)]
    x, y = inbox_place(board)
    inbox = Rect(x, y, *inbox_size())
    assert x > 400 and not any(inbox.overlaps(r) for r in board)
