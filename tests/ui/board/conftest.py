"""Fixtures for the evidence board: a main window with a workshop open and its board."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from board_driver import Board
from PySide6.QtCore import QSettings

from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow


@pytest.fixture
def board(qtbot, tmp_path: Path) -> Iterator[Board]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.attach(create_workshop(tmp_path / "board.pwshop", "Budget app"))
    driver = Board(window, qtbot)
    qtbot.waitUntil(lambda: not driver.feature.restore_pending)
    driver.focus()
    yield driver
    window.close_workshop()
