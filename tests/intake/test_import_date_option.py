"""``--date YYYY-MM-DD`` dates every source of a file that has no date column (a
transcript, verbatim notes, a table without dates); a day that cannot be, or has not come
yet, is refused before anything is read, and a file dated by a column refuses it."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as stopped:
        code = int(stopped.code or 0)
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def dated(path: Path) -> dict[str, date | None]:
    """Each source's date by label."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    return {s.label: s.date for s in snapshot.sources}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_date_dates_every_speaker_of_a_transcript(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "team-sitting-in.txt",
        "--date",
        "2026-11-12",
    )

    assert code == 0, err
    assert dated(workshop_path) == {"P7 (team-sitting-in.txt)": date(2026, 11, 12)}
    assert "Every source dated 2026-11-12 (--date)." in out


def test_date_wins_over_the_heading_of_verbatim_notes(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "bold-labels-p4.md",
        "--date",
        "2025-05-01",
    )

    assert code == 0, err
    assert dated(workshop_path) == {"P4 (bold-labels-p4.md)": date(2025, 5, 1)}


def test_date_dates_every_row_of_a_table_without_dates(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "answers.csv"
    export.write_text("Participant,Comment\nP1,Rent first.\nP2,Fees scare me.\n", encoding="utf-8")

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, export, "--date", "2025-03-09")

    assert code == 0, err
    assert dated(workshop_path) == {"P1": date(2025, 3, 9), "P2": date(2025, 3, 9)}


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        ("2025-02-30", "“2025-02-30” is not a real date"),
        ((date.today() + timedelta(days=30)).isoformat(), "is in the future"),
        ("12/11/2026", "'12/11/2026' is not a day written YYYY-MM-DD"),
    ],
)
def test_an_impossible_future_or_unreadable_day_is_refused(
    day: str, reason: str, workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(workshop_path)

    code, _, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "team-sitting-in.txt", "--date", day
    )

    assert code == 2
    assert "error: argument --date:" in err and reason in err
    assert digest(workshop_path) == before


def test_a_file_dated_by_a_column_refuses_date_until_the_column_is_set_aside(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "dated.csv"
    export.write_text(
        "Participant,Date,Comment\nP1,2025-04-17,Rent first.\nP2,2025-04-18,Fees.\n",
        encoding="utf-8",
    )
    before = digest(workshop_path)

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, export, "--date", "2025-01-01")

    assert code == 1
    assert "--date is for a file without a date column, and this one is dated by “Date”" in err
    assert digest(workshop_path) == before

    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        export,
        "--date",
        "2025-01-01",
        "--date-column",
        "",
    )
    assert code == 0, err
    assert dated(workshop_path) == {"P1": date(2025, 1, 1), "P2": date(2025, 1, 1)}
