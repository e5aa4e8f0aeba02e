"""Imports are idempotent: the same rows again add nothing and say so; a changed file adds
only its new rows, into the sources it made before."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import open_workshop

EXPORT = (
    "Respondent ID,Submitted,What almost stopped you from signing up?\r\n"
    "R-1041,2025-03-02,The price page did not say what happens after the trial\r\n"
    "R-1042,2025-03-02,Too expensive\r\n"
    "R-1043,2025-03-03,Too expensive\r\n"
    "R-1041,2025-03-02,I could not tell if my bank was supported\r\n"
    "R-1044,2025-03-04,Nothing really\r\n"
)
MORE = (
    "R-1045,2025-03-09,Too expensive\r\nR-1046,2025-03-10,Signing up with Google failed twice\r\n"
)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def board(path: Path) -> tuple[Counter[tuple[str, str]], int]:
    """(note text, source label) counted, and the number of sources."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    labels = {s.id: s.label for s in snapshot.sources}
    return Counter((n.text, labels[n.source_id]) for n in snapshot.notes), len(snapshot.sources)


def import_args(workshop: Path, export: Path, *more: str) -> list[str | Path]:
    return [
        "import-evidence",
        workshop,
        export,
        "--source-column",
        "Respondent ID",
        "--date-column",
        "Submitted",
        "--no-with-questions",
        *more,
    ]


def test_importing_the_same_file_again_adds_nothing_and_says_so(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "signup-survey.csv"
    export.write_bytes(EXPORT.encode())
    assert run_cli(capsys, *import_args(workshop_path, export))[0] == 0
    first = board(workshop_path)

    code, out, err = run_cli(capsys, *import_args(workshop_path, export))

    assert code == 0, err
    assert "5 notes already in the workshop" in out
    assert "0 notes from 0 sources" in out
    assert "Nothing new to import" in out and "Imported into" not in out
    assert board(workshop_path) == first
    assert sum(first[0].values()) == 5 and first[1] == 4


def test_a_grown_file_imports_only_its_new_rows_into_the_same_sources(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "signup-survey.csv"
    export.write_bytes(EXPORT.encode())
    run_cli(capsys, *import_args(workshop_path, export))
    export.write_bytes((EXPORT + MORE).encode())
    # One earlier respondent answered again, with new words.
    with export.open("ab") as handle:
        handle.write(b"R-1042,2025-03-11,The card form rejected my postcode\r\n")

    code, out, err = run_cli(capsys, *import_args(workshop_path, export))

    assert code == 0, err
    assert "5 notes already in the workshop" in out
    notes, sources = board(workshop_path)
    assert sum(notes.values()) == 8
    assert sources == 6  # R-1045 and R-1046 are new; R-1042 got a note, not a twin source
    assert notes[("The card form rejected my postcode", "R-1042")] == 1
    assert notes[("Too expensive", "R-1045")] == 1
    assert notes[("Too expensive", "R-1042")] == 1


def test_repeated_answers_in_one_source_are_kept_and_counted_on_reimport(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "exit-poll.csv"
    export.write_text("Answer\nToo expensive\nToo expensive\nSlow\n", encoding="utf-8")
    run_cli(capsys, "import-evidence", workshop_path, export)
    grown = "Answer\nToo expensive\nToo expensive\nSlow\nToo expensive\n"
    export.write_text(grown, encoding="utf-8")

    code, out, _ = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 0
    assert "3 notes already in the workshop" in out
    notes, sources = board(workshop_path)
    assert notes == Counter({("Too expensive", "exit-poll.csv"): 3, ("Slow", "exit-poll.csv"): 1})
    assert sources == 1


def test_the_dry_run_counts_what_is_already_there(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "signup-survey.csv"
    export.write_bytes(EXPORT.encode())
    run_cli(capsys, *import_args(workshop_path, export))
    before = workshop_path.read_bytes()

    code, out, _ = run_cli(capsys, *import_args(workshop_path, export, "--dry-run"))

    assert code == 0
    assert "5 notes already in the workshop" in out
    assert "Dry run" in out
    assert workshop_path.read_bytes() == before


def test_a_transcript_imported_again_adds_nothing(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    transcript = Path(__file__).parents[1] / "fixtures" / "intake" / "usability-session-2.vtt"
    run_cli(capsys, "import-evidence", workshop_path, transcript)
    first = board(workshop_path)

    code, out, _ = run_cli(capsys, "import-evidence", workshop_path, transcript)

    assert code == 0
    assert "3 notes already in the workshop" in out
    assert board(workshop_path) == first
