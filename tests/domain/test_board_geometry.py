"""Board geometry: imported notes land in tidy blocks and never on top of existing ones;
cluster frames surround, grow, take notes in and tidy them."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.domain.board_geometry import (
    CLUSTER_PAD,
    CLUSTER_TITLE_BAND,
    IMAGE_CAPTION,
    IMAGE_MIN_SIDE,
    IMAGE_SIDE,
    NOTE_GAP,
    Placed,
    Rect,
    block_shape,
    frame_around,
    grid_in_frame,
    grow_to_hold,
    image_note_size,
    place_blocks,
    tidy,
)

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


# Cluster frames ---------------------------------------------------------------------------
def test_a_frame_around_notes_leaves_room_on_every_side_and_a_title_band_above() -> None:
    frame = frame_around([Rect(0, 100, 160, 120), Rect(300, 80, 160, 120)])
    assert frame == Rect(
        -CLUSTER_PAD,
        80 - CLUSTER_PAD - CLUSTER_TITLE_BAND,
        460 + 2 * CLUSTER_PAD,
        140 + 2 * CLUSTER_PAD + CLUSTER_TITLE_BAND,
    )
    with pytest.raises(ValueError, match="at least one note"):
        frame_around([])


def test_a_frame_grows_to_hold_a_dropped_note_and_never_shrinks() -> None:
    frame = Rect(400, 0, 400, 300)
    assert grow_to_hold(frame, [Rect(440, 80, 160, 120)]) is frame  # it fits already
    grown = grow_to_hold(frame, [Rect(700, 250, 160, 120)])
    assert (grown.x, grown.y) == (400, 0)
    assert grown.right == 860 + CLUSTER_PAD and grown.bottom == 370 + CLUSTER_PAD
    up_left = grow_to_hold(frame, [Rect(300, 10, 160, 120)])
    assert up_left.x == 300 - CLUSTER_PAD and up_left.y == 10 - CLUSTER_PAD - CLUSTER_TITLE_BAND
    assert up_left.right == frame.right and up_left.bottom == frame.bottom


def test_notes_put_into_a_cluster_go_in_rows_below_its_notes() -> None:
    frame = Rect(0, 0, 400, 300)
    staying = [Rect(20, 64, 160, 120)]
    spots = grid_in_frame(frame, staying, [(160, 120)] * 3)
    top = 64 + 120 + NOTE_GAP
    assert spots == [
        (CLUSTER_PAD, top),
        (CLUSTER_PAD + 160 + NOTE_GAP, top),
        (CLUSTER_PAD, top + 120 + NOTE_GAP),
    ]
    empty = grid_in_frame(frame, [], [(160, 120)])
    assert empty == [(CLUSTER_PAD, CLUSTER_TITLE_BAND + CLUSTER_PAD)]
    assert grid_in_frame(frame, staying, []) == []


def test_tidy_lays_notes_out_in_reading_order_and_fits_the_frame() -> None:
    frame = Rect(100, 100, 999, 999)
    notes = [
        Placed("c", Rect(0, 300, 160, 120)),
        Placed("b", Rect(500, 0, 160, 120)),
        Placed("a", Rect(0, 10, 160, 120)),
    ]
    spots, fitted = tidy(frame, notes)
    left, top = 100 + CLUSTER_PAD, 100 + CLUSTER_TITLE_BAND + CLUSTER_PAD
    assert spots == {
        "a": (left, top),
        "b": (left + 160 + NOTE_GAP, top),
        "c": (left, top + 120 + NOTE_GAP),
    }
    assert (fitted.x, fitted.y) == (100, 100)
    assert fitted.w == 2 * CLUSTER_PAD + 2 * 160 + NOTE_GAP
    assert fitted.h == CLUSTER_TITLE_BAND + 2 * CLUSTER_PAD + 2 * 120 + NOTE_GAP
    assert tidy(frame, []) == ({}, frame)
    one_column, _ = tidy(frame, notes, columns=1)
    assert [one_column[n][1] for n in "abc"] == [top, top + 120 + NOTE_GAP, top + 2 * 136]


def test_an_image_note_keeps_its_pictures_shape_with_the_caption_below() -> None:
    assert image_note_size(400, 200) == (IMAGE_SIDE, IMAGE_SIDE / 2 + IMAGE_CAPTION)
    assert image_note_size(10, 1000) == (IMAGE_MIN_SIDE, IMAGE_SIDE + IMAGE_CAPTION)
    assert image_note_size(0, 0) == (IMAGE_MIN_SIDE, IMAGE_MIN_SIDE + IMAGE_CAPTION)
