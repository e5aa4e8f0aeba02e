"""Fixtures for tests that drive the real main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workshop.demo import fresh_demo_copy
from workshop.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_workshop()


@pytest.fixture
def demo_window(window: MainWindow, tmp_path: Path) -> MainWindow:
    """The main window with a fresh copy of the demo workshop open (every feature on)."""
    window.resize(1280, 800)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    return window
