"""With ``LANGUAGE=de`` the window speaks German (menus, panels, the evidence check's
findings); View › Language remembers an override; right-to-left languages mirror."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from workshop.app import install_language
from workshop.demo import fresh_demo_copy
from workshop.i18n.preference import read_preference, write_preference
from workshop.ui.main_window import MainWindow
from workshop.ui.translators import install_translators, remove_translators


@pytest.fixture
def german(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "de")
    installed = install_language(qapp)
    assert installed, "no German catalogue was installed"
    yield
    remove_translators(qapp, installed)


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_the_menus_are_german_with_language_de(german: None, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert menu_titles(window)[:4] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    file_entries = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Neuer Workshop…" in file_entries and "&Beenden" in file_entries
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    titles = menu_titles(window)
    assert "Pi&nnwand" in titles and "&Personas" in titles
    assert "&Board" not in titles
    window.close_workshop()


def test_the_window_is_english_without_a_catalogue(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert menu_titles(window)[:4] == ["&File", "&Edit", "&View", "&Help"]


def test_view_language_remembers_the_choice(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    entries = {a.text(): a for a in window.language_menu.actions()}
    assert {"System Default", "English", "Deutsch"} <= set(entries)
    try:
        entries["Deutsch"].trigger()
        assert read_preference() == "de"
        assert "Deutsch" in window.statusBar().currentMessage()
        entries["System Default"].trigger()
        assert read_preference() is None
    finally:
        write_preference(None)


def test_a_right_to_left_language_mirrors_the_layout(qapp) -> None:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "he")
    try:
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        remove_translators(qapp, installed)
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_text_missing_from_the_catalogue_shows_as_it_is(german: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A label translated already (a kind of source, by the headless catalogue) and then
    passed through tr() again must not go blank: a miss falls back to the text itself."""
    from PySide6.QtCore import QCoreApplication

    from workshop.domain.model import SourceKind
    from workshop.ui.intake.source_dialog import SourceDialog

    assert QCoreApplication.translate("SourceDialog", "Text no catalogue holds") == (
        "Text no catalogue holds"
    )
    dialog = SourceDialog()
    qtbot.addWidget(dialog)
    shown = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert len(shown) == len(SourceKind) and all(text.strip() for text in shown), shown
    assert "Umfrage" in shown
