"""Options are taken as written: an abbreviation is never read as the option it starts
(``--date 2026-11-12`` was silently ``--date-column`` and the import went ahead with exit 0),
and an option no verb knows is an error that names the options the verb does know."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from workshop.cli import VERB_NAMES, gui_parser, main, verb_parser
from workshop.store import create_workshop


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stopped:
        main([str(a) for a in args])
    return int(stopped.value.code or 0), " ".join(capsys.readouterr().err.split())


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    path = tmp_path / "w.pwshop"
    create_workshop(path, "Options").close()
    return path


@pytest.mark.parametrize("abbreviation", ["--date-col", "--dry", "--source-c", "--text"])
def test_an_abbreviated_option_of_import_evidence_is_refused_and_nothing_is_imported(
    abbreviation: str, workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("The app logs me out.\n", encoding="utf-8")
    before = hashlib.sha256(workshop_path.read_bytes()).hexdigest()

    code, err = run(capsys, "import-evidence", workshop_path, notes, abbreviation, "x")

    assert code == 2
    assert f"error: unknown option {abbreviation}; the options are: " in err
    assert "--date-column" in err and "--dry-run" in err
    assert hashlib.sha256(workshop_path.read_bytes()).hexdigest() == before


def test_every_verb_refuses_abbreviations(workshop_path: Path) -> None:
    parser = verb_parser()
    verbs = next(a for a in parser._actions if a.dest == "verb")
    for name in VERB_NAMES:
        assert verbs.choices[name].allow_abbrev is False, name  # type: ignore[index]
    assert parser.allow_abbrev is False


def test_an_unknown_option_of_another_verb_names_that_verbs_options(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, "check", workshop_path, "--jso")

    assert code == 2
    assert "persona-workshop check: error: unknown option --jso; the options are: " in err
    assert "--json" in err


def test_the_app_refuses_an_abbreviated_option(capsys: pytest.CaptureFixture[str]) -> None:
    # The app's parser itself: were "--dem" taken as "--demo", main() would open the app.
    with pytest.raises(SystemExit) as stopped:
        gui_parser().parse_args(["--dem"])
    err = " ".join(capsys.readouterr().err.split())

    assert stopped.value.code == 2
    assert "error: unknown option --dem; the options are: --help, --demo" in err
