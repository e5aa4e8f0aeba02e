"""Board places, sizes, numbers and JSON read from anything a file may hold."""

from __future__ import annotations

import math

from workshop.domain.board_geometry import COORD_LIMIT, SIZE_MAX, SIZE_MIN, coord, size
from workshop.domain.tolerant_values import as_int, json_value


def test_a_place_is_a_finite_number_within_the_board() -> None:
    assert coord(12.5) == 12.5
    assert coord("3") == 3.0
    assert coord(1e308) == COORD_LIMIT and coord(-1e308) == -COORD_LIMIT
    assert coord(10**400) == 0.0  # too large for a float: not a place at all
    for broken in (math.nan, math.inf, "left", None, b"\xff"):
        assert coord(broken, 5.0) == 5.0


def test_a_size_is_within_its_limits_and_positive() -> None:
    assert size(160.0, 1.0) == 160.0
    assert size(1.0, 99.0) == SIZE_MIN and size(1e9, 99.0) == SIZE_MAX
    assert size(0.0, 99.0) == 99.0 and size(-5, 99.0) == 99.0 and size("wide", 99.0) == 99.0


def test_json_and_whole_numbers_fall_back_to_their_defaults() -> None:
    assert json_value('["a"]', []) == ["a"] and json_value(b'{"k": 1}', {}) == {"k": 1}
    assert json_value('{"k": 1}', []) == [] and json_value("[", []) == []
    assert json_value(3, {}) == {}
    assert as_int("7") == 7 and as_int(2.9) == 2 and as_int(math.inf, 4) == 4 and as_int("x") == 0
