"""The application bootstrap: names, and files handed over by the system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent

from workshop.app import FileOpenFilter, make_application
from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow


def test_application_names(qapp) -> None:  # type: ignore[no-untyped-def]
    assert make_application() is qapp


def test_a_file_open_event_opens_the_workshop(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "from-finder.pwshop"
    create_workshop(path, "From Finder").close()
    handler = FileOpenFilter(window)
    event = QFileOpenEvent(QUrl.fromLocalFile(str(path)))
    assert handler.eventFilter(window, event)
    assert window.session is not None
    assert window.session.workshop.title == "From Finder"
