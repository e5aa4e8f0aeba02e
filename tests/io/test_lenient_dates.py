"""Dates as exports write them: read when certain, a reason when not."""

from __future__ import annotations

from datetime import date

import pytest

from workshop.io.lenient_dates import infer_day_order, read_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03-05T14:30:00Z", date(2024, 3, 5)),
        ("2024-03-05 14:30", date(2024, 3, 5)),
        ("2024/3/5", date(2024, 3, 5)),
        ("25/03/2024", date(2024, 3, 25)),
        ("03/25/2024", date(2024, 3, 25)),
        ("3/25/24 9:15 AM", date(2024, 3, 25)),
        ("05/05/2024", date(2024, 5, 5)),
        ("05.03.2024", date(2024, 3, 5)),
        ("5-3-99", None),  # ambiguous without a column to settle it
        ("5 March 2024", date(2024, 3, 5)),
        ("5th Mar. 2024", date(2024, 3, 5)),
        ("March 5, 2024", date(2024, 3, 5)),
        ("Sept 30 2023", date(2023, 9, 30)),
        ("05-Mar-24", date(2024, 3, 5)),
        (" 2024-02-29 ", date(2024, 2, 29)),
    ],
)
def test_dates_are_read(text: str, expected: date | None) -> None:
    found = read_date(text)
    if expected is None:
        assert isinstance(found, str)
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("03/04/2024", "“03/04/2024” could be 3 April or 4 March"),
        ("2023-02-29", "“2023-02-29” is not a real date"),
        ("13/13/2024", "“13/13/2024” is not a real date"),
        ("next week", "“next week” is not a date"),
        ("45352", "“45352” is not a date"),
        ("Smarch 5, 2024", "“Smarch 5, 2024” is not a date"),
        ("0001-01-01", "“0001-01-01” is not a date"),
        ("x" * 60, "“" + "x" * 37 + "…” is not a date"),
    ],
)
def test_reasons_for_what_is_not_read(text: str, reason: str) -> None:
    assert read_date(text) == reason


def test_the_column_settles_ambiguous_dates() -> None:
    assert read_date("03/04/2024", "dmy") == date(2024, 4, 3)
    assert read_date("03/04/2024", "mdy") == date(2024, 3, 4)
    assert read_date("25/04/2024", "mdy") == date(2024, 4, 25)  # a certain value wins


def test_day_order_is_inferred_from_the_column() -> None:
    assert infer_day_order(["03/04/2024", "25/04/2024"]) == "dmy"
    assert infer_day_order(["03/04/2024", "04/25/2024", ""]) == "mdy"
    assert infer_day_order(["03/04/2024", "05.25.2024"]) is None  # dots do not count
    assert infer_day_order(["25/04/2024", "04/25/2024"]) is None  # contradictory
    assert infer_day_order(["2024-04-25", "soon"]) is None
