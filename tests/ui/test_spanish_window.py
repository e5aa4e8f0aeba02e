"""With ``LANGUAGE=es`` the window speaks Spanish, View › Language offers Español, and in
every menu of the Spanish window each keyboard accelerator (&-letter) leads to one entry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QMenuBar

from workshop.app import install_language
from workshop.demo import fresh_demo_copy
from workshop.ui.main_window import MainWindow
from workshop.ui.translators import remove_translators


@pytest.fixture
def spanish(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "es")
    installed = install_language(qapp)
    assert installed, "no Spanish catalogue was installed"
    yield
    remove_translators(qapp, installed)


@pytest.fixture
def window(spanish: None, qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    shown = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(shown)
    assert shown.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    yield shown
    shown.close_workshop()


def clashing_accelerators(menu: QMenu | QMenuBar, where: str) -> list[str]:
    """'File: n in &Nuevo taller…, Recortar una foto en &notas…' for each letter used twice."""
    by_key: dict[str, list[str]] = {}
    clashes = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        key = re.search(r"&(\w)", action.text())
        if key:
            by_key.setdefault(key.group(1).lower(), []).append(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            clashes += clashing_accelerators(submenu, action.text())
    clashes += [f"{where}: {k} in {', '.join(v)}" for k, v in by_key.items() if len(v) > 1]
    return clashes


def test_the_menus_are_spanish_with_language_es(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert titles[:3] == ["&Archivo", "&Editar", "&Ver"]
    assert {"&Tablero", "&Personas", "Ta&ller", "Ay&uda"} <= set(titles)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    file_entries = [a.text() for a in file_menu.actions()]
    assert "&Nuevo taller…" in file_entries and "&Salir" in file_entries
    assert "Español" in {a.text() for a in window.language_menu.actions()}


def test_no_two_entries_of_a_spanish_menu_share_an_accelerator(window: MainWindow) -> None:
    assert len([a for a in window.menuBar().actions() if a.menu() is not None]) >= 7
    clashes = clashing_accelerators(window.menuBar(), "menu bar")  # and every menu in it
    assert not clashes, clashes
