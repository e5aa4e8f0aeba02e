"""Spanish end to end without the window: the evidence check's findings in the program's
language (``es``), and posters and decks in the workshop's language when it is Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.cli import main
from workshop.demo import fresh_demo_copy
from workshop.i18n import set_language
from workshop.store import open_workshop


@pytest.fixture(scope="module")
def madrid(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo whose workshop language is Spanish."""
    path = fresh_demo_copy(tmp_path_factory.mktemp("madrid"))
    workshop = open_workshop(path)
    try:
        workshop.update_settings(language="es")
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


def test_check_speaks_spanish_when_the_program_does(
    madrid: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_language("es")
    main(["check", str(madrid)])
    out = capsys.readouterr().out
    assert "Umbrales: al menos 2 informantes distintos por afirmación clave" in out
    assert "Sam, the side-hustler (protopersona, basada en supuestos): no aprobada" in out
    assert "Corregir: " in out
    assert "Fix: " not in out and "Thresholds" not in out


def test_a_poster_is_printed_in_spanish_for_a_spanish_workshop(
    madrid: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "poster.pdf"
    assert main(["poster", str(madrid), "--persona", "Sam, the side-hustler", "-o", str(out)]) == 0
    printed = text(out)
    for heading in ("Rol y contexto", "Objetivos", "Puntos de dolor y miedos", "Última revisión"):
        assert heading in printed
    assert "BASADA EN SUPUESTOS" in printed
    assert "Role and context" not in printed and "Pain points" not in printed
    capsys.readouterr()


def test_a_deck_is_printed_in_spanish_with_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = fresh_demo_copy(tmp_path / "demo")  # an English workshop
    out = tmp_path / "deck.pdf"
    assert main(["deck", str(demo), "--language", "es", "-o", str(out)]) == 0
    printed = text(out)
    assert "Presentación de personas" in printed and "Anexo de evidencia" in printed
    assert "Personas de esta presentación" in printed
    assert "Persona deck" not in printed
    capsys.readouterr()
