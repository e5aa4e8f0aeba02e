"""``room_in_frame``: a note dropped into a cluster never lands on one of its notes."""

from __future__ import annotations

import random

from workshop.domain.board_geometry import (
    CLUSTER_PAD,
    CLUSTER_TITLE_BAND,
    NOTE_GAP,
    Rect,
    room_in_frame,
)

FRAME = Rect(0, 0, 760, 500)
NOTE = (160.0, 120.0)


def _inside(frame: Rect, box: Rect) -> bool:
    return (
        box.x >= frame.x + CLUSTER_PAD - 0.01
        and box.right <= frame.right - CLUSTER_PAD + 0.01
        and box.y >= frame.y + CLUSTER_TITLE_BAND + CLUSTER_PAD - 0.01
        and box.bottom <= frame.bottom - CLUSTER_PAD + 0.01
    )


def test_a_drop_that_covers_nothing_stays_where_it_was_dropped() -> None:
    taken = [Rect(20, 64, 160, 120)]
    assert room_in_frame(FRAME, taken, NOTE, (400.0, 300.0)) == (400.0, 300.0)
    # Touching a note's edge is not covering it.
    assert room_in_frame(FRAME, taken, NOTE, (180.0, 64.0)) == (180.0, 64.0)


def test_a_drop_onto_a_note_goes_to_the_nearest_free_spot_inside() -> None:
    # Two rows of notes, the second with one gap at its right.
    taken = [Rect(20 + 176 * c, 84 + 136 * r, 160, 120) for r in range(2) for c in range(4)]
    taken = taken[:-1]
    dropped = (540.0, 230.0)  # over the last note of the second row, and the gap
    x, y = room_in_frame(FRAME, taken, NOTE, dropped)
    box = Rect(x, y, *NOTE)
    assert not any(box.overlaps(r) for r in taken)
    assert _inside(FRAME, box)
    # The gap (576, 220) or a spot as near: not the far corner of the frame.
    assert (x - dropped[0]) ** 2 + (y - dropped[1]) ** 2 <= (576 - 540) ** 2 + (220 - 230) ** 2


def test_a_full_frame_takes_the_note_under_its_notes() -> None:
    taken = [Rect(20 + 176 * c, 84 + 136 * r, 160, 120) for r in range(3) for c in range(4)]
    full = Rect(0, 0, 744, 480)
    x, y = room_in_frame(full, taken, NOTE, (200.0, 200.0))
    assert x == CLUSTER_PAD
    assert y == max(r.bottom for r in taken) + NOTE_GAP


def test_drops_never_cover_a_note() -> None:
    rng = random.Random(11)
    for _case in range(200):
        frame = Rect(rng.uniform(-500, 500), rng.uniform(-500, 500), rng.uniform(300, 1200), 800)
        taken = [
            Rect(
                rng.uniform(frame.x, frame.right - 100),
                rng.uniform(frame.y + 60, frame.bottom - 100),
                rng.uniform(60, 240),
                rng.uniform(60, 200),
            )
            for _ in range(rng.randint(1, 25))
        ]
        size = (rng.uniform(60, 300), rng.uniform(60, 250))
        near = (rng.uniform(frame.x, frame.right), rng.uniform(frame.y, frame.bottom))
        x, y = room_in_frame(frame, taken, size, near)
        box = Rect(x, y, *size)
        assert not any(box.overlaps(r) for r in taken), (frame, taken, size, near)
