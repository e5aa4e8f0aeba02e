"""A main window with a fresh workshop open, and the facilitation feature in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workshop.store import create_workshop
from workshop.ui import main_window
from workshop.ui.facilitation.feature import FacilitationFeature
from workshop.ui.main_window import MainWindow


class Messages(list[tuple[str, str]]):
    """What the window would have shown in message boxes."""


@pytest.fixture
def messages() -> Messages:
    return Messages()


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch, messages: Messages) -> MainWindow:
    # Only this feature: the others (board, personas...) are tested on their own, and
    # the facilitation feature finds theirs by name when they are there.
    monkeypatch.setattr(main_window, "feature_factories", lambda: [FacilitationFeature])
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings)
    monkeypatch.setattr(win, "show_message", lambda title, text: messages.append((title, text)))
    qtbot.addWidget(win)
    win.attach(create_workshop(tmp_path / "w.pwshop", "Budget app workshop"))
    return win


def facilitation(window: MainWindow) -> FacilitationFeature:
    for feature in window._features:
        if isinstance(feature, FacilitationFeature):
            return feature
    raise AssertionError("the facilitation feature is not attached")


@pytest.fixture
def feature(window: MainWindow) -> FacilitationFeature:
    return facilitation(window)


@pytest.fixture
def facilitation_of():
    """The facilitation feature of a window (for a window a test opens itself)."""
    return facilitation
