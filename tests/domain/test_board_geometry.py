"""place_blocks: imported notes land in tidy blocks and never on top of existing ones."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from workshop.domain.board_geometry import Rect, block_shape, place_blocks

NOTE = (160.0, 120.0)
GAP = 20.0


def note_rects(blocks: list[list[tuple[float, float]]]) -> list[Rect]:
    return [Rect(x, y, *NOTE) for block in blocks for x, y in block]


def bounds(rects: list[Rect]) -> Rect:
    left, top = min(r.x for r in rects), min(r.y for r in rects)
    return Rect(left, top, max(r.right for r in rects) - left, max(r.bottom for r in rects) - top)


def test_block_shapes_are_near_square_grids() -> None:
    assert block_shape(0) == block_shape(-1)
    assert (block_shape(1).columns, block_shape(1).rows) == (1, 1)
    assert (block_shape(5).columns, block_shape(5).rows) == (3, 2)
    assert (block_shape(9).columns, block_shape(9).rows) == (3, 3)
    assert (block_shape(10).columns, block_shape(10).rows) == (4, 3)
    assert block_shape(4, NOTE, GAP).width == 2 * 160 + 20


def test_an_empty_board_starts_at_the_origin_in_reading_order() -> None:
    [block] = place_blocks([], [5], NOTE, GAP)

    assert block == [(0, 0), (180, 0), (360, 0), (0, 140), (180, 140)]


def test_blocks_sit_side_by_side_without_touching() -> None:
    blocks = place_blocks([], [4, 1, 9], NOTE, GAP)

    assert [len(b) for b in blocks] == [4, 1, 9]
    boxes = [bounds(note_rects([b])) for b in blocks]
    for first, second in itertools.combinations(boxes, 2):
        assert not first.overlaps(second, margin=3 * GAP - 1)
    assert boxes[1].x == boxes[0].right + 3 * GAP
    assert boxes[0].y == boxes[1].y == boxes[2].y


def test_many_blocks_wrap_onto_shelves() -> None:
    blocks = place_blocks([], [3] * 40, NOTE, GAP, max_width=2000)

    rects = note_rects(blocks)
    assert max(r.right for r in rects) <= 2000
    assert len({b[0][1] for b in blocks}) > 1


def test_empty_blocks_take_no_room() -> None:
    blocks = place_blocks([], [2, 0, 2], NOTE, GAP)

    assert blocks[1] == []
    assert bounds(note_rects([blocks[2]])).x == bounds(note_rects([blocks[0]])).right + 3 * GAP


def test_without_a_point_the_import_goes_right_of_the_board() -> None:
    existing: list[Rect | tuple[float, float, float, float]] = [
        Rect(0, 0, 160, 120),
        Rect(500, 300, 160, 120),
        (-200, 50, 100, 100),
    ]

    blocks = place_blocks(existing, [3], NOTE, GAP)

    assert blocks[0][0] == (660 + 3 * GAP, 0)


def test_a_free_point_is_used_as_is() -> None:
    existing = [Rect(0, 0, 160, 120)]

    [block] = place_blocks(existing, [2], NOTE, GAP, near=(1000, 1000))

    assert block[0] == (1000, 1000)


def test_an_occupied_point_finds_free_room_nearby() -> None:
    wall = [Rect(x * 180, y * 140, *NOTE) for x in range(20) for y in range(20)]

    [block] = place_blocks(wall, [4], NOTE, GAP, near=(200, 200))

    placed = note_rects([block])
    assert not any(p.overlaps(w) for p in placed for w in wall)
    # Beside the wall (x >= 3600) or below it (y >= 2800), not somewhere far off.
    assert block[0][0] < 3800 and block[0][1] < 3000


existing_rects = st.lists(
    st.builds(
        Rect,
        st.floats(-3000, 3000),
        st.floats(-3000, 3000),
        st.floats(1, 800),
        st.floats(1, 800),
    ),
    max_size=40,
)


@given(
    existing=existing_rects,
    sizes=st.lists(st.integers(0, 30), max_size=8),
    near=st.none() | st.tuples(st.floats(-4000, 4000), st.floats(-4000, 4000)),
)
def test_new_notes_never_overlap_existing_ones_or_each_other(
    existing: list[Rect], sizes: list[int], near: tuple[float, float] | None
) -> None:
    blocks = place_blocks(existing, sizes, NOTE, GAP, near=near)

    assert [len(b) for b in blocks] == sizes
    placed = note_rects(blocks)
    for note in placed:
        assert not any(note.overlaps(r) for r in existing)
    for first, second in itertools.combinations(placed, 2):
        assert not first.overlaps(second)


def test_ten_thousand_notes_in_one_block() -> None:
    [block] = place_blocks([Rect(0, 0, 160, 120)], [10_000], NOTE, GAP)

    assert len(block) == 10_000
    assert len({p[0] for p in block}) == 100
    assert len(set(block)) == 10_000
