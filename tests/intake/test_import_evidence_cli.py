"""``persona-workshop import-evidence``: every oddity of real exports, end to end through the
CLI into the workshop file; input it cannot read changes nothing."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from intake_files import CASES, FAILURES, PLAN_FAILURES, Case, file_hash
from PIL import Image

from workshop.cli import main
from workshop.domain.board_geometry import Rect
from workshop.store import open_workshop


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def board(path: Path) -> tuple[list[tuple[str, str | None]], dict[str, str]]:
    """(note text, source label) of every note, and the kind of each source by label."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    labels = {s.id: s.label for s in snapshot.sources}
    notes = [(n.text, labels.get(n.source_id)) for n in snapshot.notes]
    return notes, {s.label: s.kind.value for s in snapshot.sources}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_oddity_imports_through_the_cli(
    case: Case, workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = case.write(tmp_path)

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, source, *case.cli_args())

    assert code == 0, err
    assert f"{len(case.notes):,} note" in out
    notes, _ = board(workshop_path)
    assert sorted(notes) == sorted(case.notes)


@pytest.mark.parametrize(
    ("name", "data", "word"),
    [f[1:] for f in FAILURES + PLAN_FAILURES],
    ids=[f[0] for f in FAILURES + PLAN_FAILURES],
)
def test_unreadable_input_exits_1_with_one_line_and_changes_nothing(
    name: str,
    data: bytes,
    word: str,
    workshop_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    before = file_hash(workshop_path)

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, bad)

    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and word in err and name in err
    assert file_hash(workshop_path) == before


def test_a_missing_column_or_kind_is_refused_by_name(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = CASES[0].write(tmp_path)
    before = file_hash(workshop_path)

    code, _, err = run_cli(
        capsys, "import-evidence", workshop_path, source, "--text-column", "Feedback"
    )
    assert code == 1
    assert "no column 'Feedback'" in err and "Respondent, Comment" in err

    code, _, err = run_cli(
        capsys, "import-evidence", workshop_path, source, "--source-kind", "gossip"
    )
    assert code == 1
    assert "'gossip' is not a kind of source" in err
    assert file_hash(workshop_path) == before


def test_nothing_to_import_is_a_failure_that_says_why(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "blank.csv"
    source.write_text("Respondent,Comment\nAna,n/a\nBo,\n")
    before = file_hash(workshop_path)

    code, _, err = run_cli(
        capsys, "import-evidence", workshop_path, source, "--text-column", "Comment"
    )

    assert code == 1
    assert "nothing to import" in err and "no answer" in err
    assert file_hash(workshop_path) == before


def test_defaults_pick_the_wordiest_column_and_one_source_for_the_file(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tickets.csv"
    source.write_text(
        "Ticket,Opened,Description\n"
        "1041,2025-05-02,Cannot find the export button anywhere\n"
        "1042,2025-05-03,Password reset mail never arrives\n"
    )

    code, out, err = run_cli(
        capsys, "import-evidence", workshop_path, source, "--source-kind", "Support ticket"
    )

    assert code == 0, err
    assert "Note text from “Description”" in out
    notes, kinds = board(workshop_path)
    assert sorted(notes) == [
        ("Cannot find the export button anywhere", "tickets.csv"),
        ("Password reset mail never arrives", "tickets.csv"),
    ]
    assert kinds == {"tickets.csv": "support_ticket"}


def test_summary_says_what_was_skipped_and_keep_empty_keeps_it(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "survey.csv"
    source.write_text("Respondent,Comment,Date\nAna,Slow,13/05/2025\nBo,n/a,02/05/2025\nCy,,\n")

    code, out, _ = run_cli(
        capsys,
        "import-evidence", workshop_path, source,
        "--source-column", "Respondent", "--date-column", "Date", "--source-kind", "survey",
    )  # fmt: skip

    assert code == 0
    assert "Skipped 1 cell: no answer (“n/a”) in “Comment” (row 3)" in out
    assert "Skipped 1 cell: no text in “Comment” (row 4)" in out
    with open_workshop(workshop_path, read_only=True) as workshop:
        sources = workshop.snapshot().sources  # type: ignore[attr-defined]
    assert [(s.label, s.kind.value, str(s.date)) for s in sources] == [
        ("Ana", "survey", "2025-05-13")
    ]

    code, out, _ = run_cli(
        capsys, "import-evidence", workshop_path, source, "--keep-empty", "--source-column", ""
    )
    assert code == 0
    # "n/a" and the empty cell kept; "Slow" is in the workshop from this file already.
    assert "2 notes from 1 source" in out
    assert "1 note already in the workshop" in out


def test_join_columns_makes_one_note_per_row(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "two.csv"
    source.write_text("Liked,Disliked\nThe colours,The logins\n")

    code, _, _ = run_cli(
        capsys, "import-evidence", workshop_path, source,
        "--text-column", "Liked", "--text-column", "B", "--join-columns",
    )  # fmt: skip

    assert code == 0
    notes, _ = board(workshop_path)
    assert notes == [("Liked: The colours\nDisliked: The logins", "two.csv")]


def test_dry_run_changes_nothing(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = CASES[0].write(tmp_path)
    before = file_hash(workshop_path)

    code, out, _ = run_cli(capsys, "import-evidence", workshop_path, source, "--dry-run")

    assert code == 0
    # its "Respondent" column is recognised: two respondents
    assert "3 notes from 2 sources, 2 respondents" in out and "nothing was imported" in out
    assert file_hash(workshop_path) == before


def test_imported_notes_are_blocks_clear_of_what_is_on_the_board(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workshop(workshop_path) as workshop:
        workshop.add_note("Already here", x=0, y=0)  # type: ignore[attr-defined]
        workshop.add_cluster("Existing cluster", x=200, y=-100, w=600, h=500)  # type: ignore[attr-defined]
    source = CASES[0].write(tmp_path)

    code, _, _ = run_cli(
        capsys, "import-evidence", workshop_path, source, "--source-column", "Respondent"
    )

    assert code == 0
    with open_workshop(workshop_path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    old = [Rect(0, 0, 160, 120), Rect(200, -100, 600, 500)]
    new = [n for n in snapshot.notes if n.source_id]
    assert len(new) == 3
    for note in new:
        assert not any(Rect(note.x, note.y, note.w, note.h).overlaps(r) for r in old)
    by_source: dict[str | None, list[tuple[float, float]]] = {}
    for note in new:
        by_source.setdefault(note.source_id, []).append((note.x, note.y))
    ana, bo = sorted(by_source.values(), key=len, reverse=True)
    assert len(ana) == 2 and ana[0][1] == ana[1][1]  # Ana's two notes side by side
    assert bo[0][0] > max(x for x, _ in ana)  # Bo's block beside Ana's


def _photo(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def test_photos_become_image_notes_and_a_photo_already_there_is_refused(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = _photo(tmp_path / "wall.jpg")
    other = _photo(tmp_path / "wall-2.jpg", (80, 40))

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, photo, other)

    assert code == 0, err
    assert "2 photos imported as image notes" in out
    with open_workshop(workshop_path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    assert len(snapshot.notes) == 2 and all(n.is_image for n in snapshot.notes)
    before = file_hash(workshop_path)

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, photo)

    assert code == 1
    assert "wall.jpg: the same photo is already on the board" in err
    assert file_hash(workshop_path) == before


def test_a_broken_photo_or_a_mix_of_inputs_is_refused(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = _photo(tmp_path / "wall.jpg")
    broken = tmp_path / "cut.jpg"
    broken.write_bytes(photo.read_bytes()[:200])
    before = file_hash(workshop_path)

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, photo, broken)
    assert code == 1
    assert "cut.jpg" in err

    table = CASES[0].write(tmp_path)
    code, _, err = run_cli(capsys, "import-evidence", workshop_path, table, table)
    assert code == 1
    assert "one table or text file at a time" in err
    assert file_hash(workshop_path) == before


def test_the_verb_runs_without_qt(workshop_path: Path, tmp_path: Path) -> None:
    blocker = (
        "import sys\n"
        "class _NoQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked: ' + name)\n"
        "sys.meta_path.insert(0, _NoQt())\n"
        "from workshop.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    source = CASES[0].write(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    result = subprocess.run(
        [sys.executable, "-c", blocker, "import-evidence", str(workshop_path), str(source)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "3 notes from 2 sources, 2 respondents" in result.stdout
