"""The verbs speak the chosen language: ``LANGUAGE=de persona-workshop check`` prints German
findings; posters and decks print in the workshop's language (its ``language`` setting), so
a room in Berlin gets German posters from an English laptop; ``--language`` overrides."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.cli import main
from workshop.demo import fresh_demo_copy
from workshop.i18n import set_language
from workshop.store import open_workshop


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_demo_copy(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def berlin(tmp_path: Path) -> Path:
    """A copy of the demo whose workshop language is German."""
    path = fresh_demo_copy(tmp_path / "berlin")
    workshop = open_workshop(path)
    try:
        workshop.update_settings(language="de")
    finally:
        workshop.close()
    return path


@pytest.fixture(autouse=True)
def english_program() -> Iterator[None]:
    set_language("en")
    yield
    set_language(None)


def text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_check_prints_german_findings_with_language_de(demo: Path) -> None:
    env = {**os.environ, "LANGUAGE": "de"}
    result = subprocess.run(
        [sys.executable, "-m", "workshop", "check", str(demo)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.stderr == ""
    assert (
        "Schwellenwerte: mindestens 2 verschiedene befragte Personen pro Kernaussage"
        in result.stdout
    )
    assert (
        "Sam, the side-hustler (Proto-Persona, annahmenbasiert): nicht bestanden" in result.stdout
    )
    assert "Beheben: " in result.stdout
    assert "Fix: " not in result.stdout and "passes" not in result.stdout


def test_the_print_report_follows_the_program_language(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    env = {**os.environ, "LANGUAGE": "de"}
    command = [sys.executable, "-m", "workshop", "poster", str(demo), "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"2 Seiten nach {out} geschrieben." in result.stdout
    assert "Ziele" in text(out)  # the program's language when the workshop names none


def test_a_poster_is_printed_in_the_workshops_language(
    berlin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "poster.pdf"
    assert (
        main(["poster", str(berlin), "--persona", "Dana, the working parent", "-o", str(out)]) == 0
    )
    printed = text(out)
    for heading in ("Rolle und Kontext", "Ziele", "Schmerzpunkte und Ängste", "Zuletzt geprüft"):
        assert heading in printed
    assert "Role and context" not in printed and "Pain points" not in printed
    capsys.readouterr()


def test_language_option_overrides_the_workshop(
    berlin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "poster.pdf"
    args = ["poster", str(berlin), "--persona", "Dana, the working parent", "--language", "en"]
    assert main([*args, "-o", str(out)]) == 0
    printed = text(out)
    assert "Role and context" in printed and "Rolle und Kontext" not in printed
    capsys.readouterr()


def test_an_english_workshop_prints_german_with_the_option(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "deck.pdf"
    assert main(["deck", str(demo), "--language", "de", "-o", str(out)]) == 0
    printed = text(out)
    assert "Persona-Deck" in printed and "Beleganhang" in printed
    assert "Personas in diesem Deck" in printed
    capsys.readouterr()


def test_an_unknown_language_is_refused_in_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["poster", str(demo), "--language", "xx", "-o", str(tmp_path / "p.pdf")])
    assert exit_.value.code == 2
    assert "language" in capsys.readouterr().err
    assert not (tmp_path / "p.pdf").exists()
