"""``free_place``: a box put nearest to where it is wanted, over nothing on the board."""

from __future__ import annotations

import random

from workshop.domain.board_geometry import CLEARANCE, Rect, free_place


def test_the_wanted_place_is_kept_when_free() -> None:
    assert free_place([Rect(0, 0, 100, 100)], (50, 50), (500, 500)) == (500, 500)


def test_a_box_never_lands_on_anything_and_stays_near() -> None:
    rng = random.Random(16)
    for _board in range(30):
        obstacles = [
            Rect(rng.uniform(0, 3000), rng.uniform(0, 2000), rng.uniform(100, 500), 120)
            for _ in range(rng.randint(1, 120))
        ]
        near = (rng.uniform(0, 3000), rng.uniform(0, 2000))
        size = (rng.uniform(100, 700), rng.uniform(100, 500))
        x, y = free_place(obstacles, size, near)
        box = Rect(x, y, *size)
        assert not any(box.overlaps(r, CLEARANCE) for r in obstacles)


def test_a_packed_board_sends_the_box_beside_everything() -> None:
    packed = [Rect(x * 170.0, y * 130.0, 160, 120) for x in range(30) for y in range(30)]
    x, y = free_place(packed, (400, 300), (2000, 2000))
    assert not any(Rect(x, y, 400, 300).overlaps(r, CLEARANCE) for r in packed)
