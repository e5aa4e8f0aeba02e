"""Refusals say what happened in the facilitator's words and name the path as given: no
output file at all, a device as input, a workshop open in the app during an import, a
workshop's change log as output (one wording from every verb), and a folder in every
language (kinds are compared as kinds, their words only shown)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.i18n import _, set_language
from workshop.store import create_workshop, open_workshop


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budgeting") as w:
        w.add_note("Pays on Thursdays")
    return path


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.csv"
    path.write_text("Respondent,Answer\nAnn,Budget on Sunday\n", encoding="utf-8")
    return path


@pytest.fixture
def german() -> Iterator[None]:
    set_language("de")
    yield
    set_language("en")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("verb", ["export-json", "poster", "import-json", "merge"])
def test_an_empty_output_name_is_no_output_file(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    first = {"import-json": [str(tmp_path / "in.json")], "merge": [str(workshop), str(workshop)]}
    code, err = run([verb, *first.get(verb, [str(workshop)]), "-o", ""], capsys)
    assert code == 1
    assert "no output file given; give the name of the file to write" in err, err
    assert ".:" not in err and "folder" not in err


def test_a_device_as_evidence_is_named_as_given(
    workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(["import-evidence", str(workshop), "/dev/null"], capsys)
    assert code == 1
    assert err == "persona-workshop: /dev/null: this is not a regular file (a device)\n"


def test_importing_into_a_workshop_open_in_the_app_says_close_it_there(
    workshop: Path, answers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workshop(workshop):  # the app holds it open for editing
        code, err = run(["import-evidence", str(workshop), str(answers)], capsys)
    assert code == 1
    assert "close it there first, then import again" in err, err
    assert "read-only" not in err


def test_a_change_log_as_output_is_said_the_same_way_by_every_verb(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workshop(workshop) as w:
        w.add_note("makes the -shm")
    side = f"{workshop}-shm"
    said = "this is one of the files kept beside w.pwshop (its change log)"
    (tmp_path / "d.json").write_text("{}", encoding="utf-8")
    for argv in (
        ["export-json", str(workshop), "-o", side],
        ["poster", str(workshop), "-o", side],
        ["import-json", str(tmp_path / "d.json"), "-o", side],
    ):
        code, err = run(argv, capsys)
        assert code == 1 and said in err, (argv, err)


def test_a_folder_is_a_folder_in_german(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], german: None
) -> None:
    folder = tmp_path / "sub"
    folder.mkdir()
    code, err = run(["import-evidence", str(workshop), str(folder)], capsys)
    assert code == 1
    assert _("this is a folder, not a file") == "dies ist ein Ordner, keine Datei"
    assert err.endswith(f"{folder}: dies ist ein Ordner, keine Datei\n"), err
    code, err = run(["info", str(folder)], capsys)
    assert code == 1
    assert err.endswith(f"{folder}: dies ist ein Ordner, keine Workshop-Datei\n"), err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no named pipes")
def test_a_named_pipe_as_output_is_not_taken_for_a_folder_in_german(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], german: None
) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    code, err = run(["export-json", str(workshop), "-o", str(pipe)], capsys)
    assert code == 1
    assert "dies ist eine benannte Pipe, keine Datei" in err, err
