"""With ``LANGUAGE=fr`` the window speaks French, and every menu keeps keyboard access:
each entry with an &-key in English has one in French, unique within its menu."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

from workshop.app import install_language
from workshop.demo import fresh_demo_copy
from workshop.ui.main_window import MainWindow
from workshop.ui.translators import remove_translators


@pytest.fixture
def french(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "fr")
    installed = install_language(qapp)
    assert installed, "no French catalogue was installed"
    yield
    remove_translators(qapp, installed)


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(actions: list[QAction], where: str) -> list[str]:
    """Entries of one menu (and its submenus, each on its own) sharing an &-key."""
    seen: dict[str, list[str]] = {}
    found = []
    for action in actions:
        key = accelerator(action.text())
        if key:
            seen.setdefault(key, []).append(action.text())
        menu = action.menu()
        if menu is not None:
            found += clashes(menu.actions(), action.text())
    return found + [f"{where}: {names}" for names in seen.values() if len(names) > 1]


def test_the_window_is_french_and_each_menu_key_is_unique(
    french: None,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert titles == [
        "&Fichier",
        "É&dition",
        "&Affichage",
        "&Tableau",
        "&Personas",
        "Ate&lier",
        "Aid&e",
    ]
    file_entries = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Nouvel atelier…" in file_entries and "&Importer des preuves…" in file_entries
    assert "Français" in [a.text() for a in window.language_menu.actions()]
    assert clashes(window.menuBar().actions(), "menu bar") == []
    window.close_workshop()
