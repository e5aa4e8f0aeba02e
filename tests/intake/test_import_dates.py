"""Dates of an export as a second tester found them: in a small file a date column with a
future and an impossible date still dates the other rows (the bad cells left out with their
rows named), and a column headed like a date column that dates nothing says why."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import open_workshop


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def source_dates(path: Path) -> dict[str, date | None]:
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    return {s.label: s.date for s in snapshot.sources}


def test_six_rows_with_a_future_and_an_impossible_date_keep_the_good_dates(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    future = date.today() + timedelta(days=90)
    tomorrow = date.today() + timedelta(days=1)  # a day's grace for time zones
    export = tmp_path / "dates2.csv"
    export.write_text(
        "Participant,Date,Comment\n"
        "P1,2025-04-17,Good.\n"
        "P2,2025-04-18,Good2.\n"
        "P3,2025-04-19,Good3.\n"
        f"P4,{future.isoformat()},Future date.\n"
        "P5,2025-02-30,Bad.\n"
        f"P6,{tomorrow.isoformat()},Tomorrow.\n",
        encoding="utf-8",
    )

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 0, err
    assert source_dates(workshop_path) == {
        "P1": date(2025, 4, 17),
        "P2": date(2025, 4, 18),
        "P3": date(2025, 4, 19),
        "P4": None,
        "P5": None,
        "P6": tomorrow,
    }
    assert f"Date ignored for 1 cell: “{future.isoformat()}” is in the future (row 5)" in out
    assert "Date ignored for 1 cell: “2025-02-30” is not a real date (row 6)" in out
    assert "dates from “Date”" in out


def test_a_date_column_that_dates_nothing_says_why_it_is_not_used(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "when.csv"
    export.write_text(
        "Participant,Date,Comment\nP1,soon,Rent first.\nP2,later,Fees.\nP3,2025-04-19,Ok.\n",
        encoding="utf-8",
    )

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 0, err
    assert set(source_dates(workshop_path).values()) == {None}
    assert (
        "Note: “Date” is not used as the date column: only 1 of its 3 filled cells are dates "
        "(row 2: “soon” is not a date); choose it with --date-column"
    ) in out
    assert "no date column" in out


def test_an_empty_date_column_says_so(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "empty.csv"
    export.write_text("Participant,Date,Comment\nP1,,Rent first.\nP2,,Fees.\n", encoding="utf-8")

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 0, err
    assert "Note: “Date” is empty, so it dates nothing" in out
