"""Fixtures for the evidence intake tests: a workshop file on disk, and the main window."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    """An empty workshop file, closed (the CLI opens it)."""
    path = tmp_path / "w.pwshop"
    create_workshop(path, "Intake").close()
    return path


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
