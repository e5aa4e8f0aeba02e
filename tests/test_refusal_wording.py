"""A refusal that no asking changes says so in the words of whoever shows it: the window's
message has no command-line flag in it (it asks "Replace it?" instead), while the command
line's line still says that ``--force`` does not change it. A damaged file is said in
words; SQLite's own text stays with the details."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from output_files import one_line, run

from workshop.errors import DamagedWorkshopFile
from workshop.store import create_workshop, open_workshop, outputs


def _workshop(path: Path, notes: int = 1) -> Path:
    wf = create_workshop(path, "Budgeting app")
    wf.add_notes([{"text": f"note {i} " * 20} for i in range(notes)])
    wf.close()
    return path


def _refusals(tmp_path: Path) -> list[outputs.OutputRefused]:
    """Every refusal that holds with force: a workshop under a PDF, a workshop's change log,
    something that is not a file, a file that holds something else."""
    workshop = _workshop(tmp_path / "w.pwshop")
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    research = tmp_path / "interviews.pdf"
    research.write_text("Respondent,Comment\n")
    found = []
    for target, makes in (
        (workshop, "pdf"),
        (Path(f"{workshop}-wal"), "pdf"),
        (pipe, "pdf"),
        (research, "pdf"),
    ):
        with pytest.raises(outputs.OutputRefused) as refused:
            outputs.check_output(target, force=True, makes=makes)
        found.append(refused.value)
    return found


def test_a_refusal_that_force_does_not_change_has_no_flag_in_its_message(tmp_path: Path) -> None:
    refusals = _refusals(tmp_path)
    assert len(refusals) == 4
    for refusal in refusals:
        assert refusal.even_with_force, refusal
        assert "--force" not in refusal.message, refusal.message
        assert str(refusal).endswith(f"{refusal.message} (--force does not change this)")


def test_the_command_line_still_says_force_does_not_change_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = _workshop(tmp_path / "w.pwshop")
    other = _workshop(tmp_path / "other.pwshop")
    before = other.read_bytes()
    code, _out, err = run(capsys, "deck", workshop, "-o", other, "--force")
    assert code == 1 and one_line(err), err
    assert "this is a workshop file; it is never replaced by an export" in err
    assert err.rstrip().endswith("(--force does not change this)"), err
    assert other.read_bytes() == before


def test_a_damaged_file_is_said_in_words_with_sqlites_text_as_details(tmp_path: Path) -> None:
    path = _workshop(tmp_path / "cut.pwshop", notes=400)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    for read_only in (False, True):
        with pytest.raises(DamagedWorkshopFile) as damaged:
            open_workshop(path, read_only=read_only)
        error = damaged.value
        assert error.message.startswith("the file is damaged (part of it cannot be read)")
        assert "malformed" not in error.message
        assert error.details == "SQLite: database disk image is malformed"
        assert str(error).endswith("(SQLite: database disk image is malformed)")
