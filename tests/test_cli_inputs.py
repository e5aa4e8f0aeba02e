"""Hostile inputs to the importing verbs, each in a fresh process with a time limit.

A named pipe nobody writes to, an endless device, a folder, a sparse file bigger than the
cap, a note longer than a note may be: each gives exit code 1 and one line saying what is
wrong, quickly, and leaves no output file behind and the workshop as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.domain.limits import INPUT_FILE_MAX, NOTE_TEXT_MAX
from workshop.io.text_decoding import MAX_TEXT_FILE_BYTES
from workshop.store import create_workshop, open_workshop

ROOT = Path(__file__).resolve().parents[1]
#: A verb that goes wrong must not take the shared machine's memory with it.
MEMORY_CAP = 2 * 1024**3


def _limit_memory() -> None:  # runs in the child, before the program starts
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_verb(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "workshop", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # the bug was a hang: waiting forever on a pipe nobody writes to
        check=False,
        preexec_fn=_limit_memory if sys.platform != "win32" else None,
    )


def refused_in_one_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workshop_file(tmp_path: Path) -> Path:
    path = tmp_path / "w.pwshop"
    create_workshop(path, "Budgeting app").close()
    return path


def named_pipe(folder: Path, name: str) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes (os.mkfifo)")
    path = folder / name
    os.mkfifo(path)
    return path


def sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:  # no disk space used
        handle.truncate(size)
    return path


needs_dev_zero = pytest.mark.skipif(
    not Path("/dev/zero").exists(), reason="this system has no /dev/zero device"
)


# import-json ------------------------------------------------------------------------------
def test_import_json_refuses_a_named_pipe(tmp_path: Path) -> None:
    pipe = named_pipe(tmp_path, "export.json")

    result = run_verb("import-json", pipe, "-o", "out.pwshop", cwd=tmp_path)

    refused_in_one_line(result, "is not a regular file (a named pipe)")
    assert not (tmp_path / "out.pwshop").exists()


@needs_dev_zero
def test_import_json_refuses_dev_zero_at_once(tmp_path: Path) -> None:
    result = run_verb("import-json", "/dev/zero", "-o", "out.pwshop", cwd=tmp_path)

    refused_in_one_line(result, "/dev/zero: this is not a regular file (a device)")
    assert "MemoryError" not in result.stderr
    assert not (tmp_path / "out.pwshop").exists()


def test_import_json_refuses_a_folder_and_an_oversized_file(tmp_path: Path) -> None:
    (tmp_path / "folder.json").mkdir()
    sparse(tmp_path / "huge.json", INPUT_FILE_MAX + 1024 * 1024)

    folder = run_verb("import-json", "folder.json", "-o", "a.pwshop", cwd=tmp_path)
    huge = run_verb("import-json", "huge.json", "-o", "b.pwshop", cwd=tmp_path)

    refused_in_one_line(folder, "this is a folder, not a file")
    refused_in_one_line(huge, "the file is too large to import (257 MB; the limit is 256 MB)")
    assert not (tmp_path / "a.pwshop").exists() and not (tmp_path / "b.pwshop").exists()


def test_import_json_refuses_a_note_longer_than_a_note_may_be(
    tmp_path: Path, workshop_file: Path
) -> None:
    with open_workshop(workshop_file) as workshop:
        workshop.add_note("short")  # type: ignore[attr-defined]
    made = run_verb("export-json", workshop_file, "-o", "w.json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    document = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))
    document["tables"]["note"][0]["text"] = "x" * (NOTE_TEXT_MAX + 1)
    (tmp_path / "long.json").write_text(json.dumps(document), encoding="utf-8")

    result = run_verb("import-json", "long.json", "-o", "out.pwshop", cwd=tmp_path)

    refused_in_one_line(result, "the note text is 20,001 characters long; a note holds at most")
    assert "tables.note[0].text" in result.stderr
    assert not (tmp_path / "out.pwshop").exists()


# import-evidence --------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["answers.csv", "answers", "wall.jpg", "notes.md"])
def test_import_evidence_refuses_a_named_pipe(
    tmp_path: Path, workshop_file: Path, name: str
) -> None:
    pipe = named_pipe(tmp_path, name)
    before = fingerprint(workshop_file)

    result = run_verb("import-evidence", workshop_file, pipe, cwd=tmp_path)

    refused_in_one_line(result, f"{name}: this is not a regular file (a named pipe)")
    assert "folder" not in result.stderr
    assert fingerprint(workshop_file) == before


@needs_dev_zero
def test_import_evidence_refuses_dev_zero(tmp_path: Path, workshop_file: Path) -> None:
    before = fingerprint(workshop_file)

    result = run_verb("import-evidence", workshop_file, "/dev/zero", cwd=tmp_path)

    refused_in_one_line(result, "zero: this is not a regular file (a device)")
    assert fingerprint(workshop_file) == before


def test_import_evidence_refuses_a_folder_and_an_oversized_export(
    tmp_path: Path, workshop_file: Path
) -> None:
    (tmp_path / "exports").mkdir()
    sparse(tmp_path / "huge.csv", MAX_TEXT_FILE_BYTES + 1024 * 1024)
    before = fingerprint(workshop_file)

    folder = run_verb("import-evidence", workshop_file, "exports", cwd=tmp_path)
    huge = run_verb("import-evidence", workshop_file, "huge.csv", cwd=tmp_path)

    refused_in_one_line(folder, "exports: this is a folder, not a file")
    refused_in_one_line(huge, "huge.csv: the file is too large to import (129 MB;")
    assert fingerprint(workshop_file) == before


def test_a_huge_cell_is_one_clear_line(tmp_path: Path, workshop_file: Path) -> None:
    """A 50 MB cell: refused with its row number, without holding it (the child runs
    under a memory cap)."""
    with open(tmp_path / "survey.csv", "wb") as handle:
        handle.write(b"Respondent,Comment\nAna,fine\nBo,")
        chunk = b"y" * (1024 * 1024)
        for _ in range(50):
            handle.write(chunk)
        handle.write(b"\nCy,ok\n")
    before = fingerprint(workshop_file)

    result = run_verb("import-evidence", workshop_file, "survey.csv", cwd=tmp_path)

    refused_in_one_line(result, "survey.csv: row 3 has a cell longer than 200,000 characters")
    assert fingerprint(workshop_file) == before


def test_a_paragraph_over_the_cap_names_where_it_is(tmp_path: Path, workshop_file: Path) -> None:
    text = "# Interview 7\n\nShort answer.\n\n" + "word " * (NOTE_TEXT_MAX // 4) + "\n"
    (tmp_path / "interview.md").write_text(text, encoding="utf-8")
    before = fingerprint(workshop_file)

    result = run_verb("import-evidence", workshop_file, "interview.md", cwd=tmp_path)

    refused_in_one_line(result, "interview.md: paragraph 2 holds 24,999 characters, more than")
    assert fingerprint(workshop_file) == before


# workshop files: info, merge --------------------------------------------------------------
def test_a_named_pipe_as_a_workshop_file_is_called_what_it_is(
    tmp_path: Path, workshop_file: Path
) -> None:
    pipe = named_pipe(tmp_path, "group-b.pwshop")

    info = run_verb("info", pipe, cwd=tmp_path)
    merge = run_verb("merge", workshop_file, pipe, "-o", "merged.pwshop", cwd=tmp_path)

    for result in (info, merge):
        refused_in_one_line(result, "this is not a regular file (a named pipe), so not a workshop")
        assert "folder" not in result.stderr
    assert not (tmp_path / "merged.pwshop").exists()


@needs_dev_zero
def test_a_device_as_a_workshop_file_is_called_a_device(tmp_path: Path) -> None:
    result = run_verb("info", "/dev/zero", cwd=tmp_path)

    refused_in_one_line(result, "this is not a regular file (a device), so not a workshop file")


def test_a_folder_as_a_workshop_file_is_still_called_a_folder(tmp_path: Path) -> None:
    (tmp_path / "w.pwshop").mkdir()

    result = run_verb("info", "w.pwshop", cwd=tmp_path)

    refused_in_one_line(result, "this is a folder, not a workshop file")
