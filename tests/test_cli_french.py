"""French from the command line: ``check`` prints French findings when the program speaks
French, and a workshop whose language is French prints French posters and decks from an
English program (a room in Lyon, an English laptop)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.cli import main
from workshop.demo import fresh_demo_copy
from workshop.i18n import set_language
from workshop.store import open_workshop

NBSP = "\u00a0"


@pytest.fixture
def lyon(tmp_path: Path) -> Path:
    """A copy of the demo whose workshop language is French."""
    path = fresh_demo_copy(tmp_path / "lyon")
    workshop = open_workshop(path)
    try:
        workshop.update_settings(language="fr")
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


def test_check_prints_french_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = fresh_demo_copy(tmp_path / "demo")
    set_language("fr")
    main(["check", str(demo)])
    out = capsys.readouterr().out
    assert f"Seuils{NBSP}: au moins 2 répondants distincts par affirmation clé" in out
    assert f"(proto-persona, fondée sur des hypothèses){NBSP}: échoue" in out
    assert f"À corriger{NBSP}: " in out
    assert "Fix: " not in out and "passes" not in out


def test_a_french_workshop_prints_french_posters(
    lyon: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "affiche.pdf"
    assert main(["poster", str(lyon), "-o", str(out)]) == 0
    printed = text(out)
    for heading in ("Rôle et contexte", "Objectifs", "Points de friction et craintes"):
        assert heading in printed
    assert "FONDÉE SUR DES HYPOTHÈSES" in printed  # the proto-persona's banner
    assert "Role and context" not in printed and "Pain points" not in printed
    assert "pages written" in capsys.readouterr().out  # the report: the program's language


def test_a_french_workshop_prints_a_french_deck(
    lyon: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "livret.pdf"
    assert main(["deck", str(lyon), "-o", str(out)]) == 0
    printed = text(out)
    assert "Livret de personas" in printed and "Personas de ce livret" in printed
    assert "Annexe des preuves" in printed
    capsys.readouterr()
