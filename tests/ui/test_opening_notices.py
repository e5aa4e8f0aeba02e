"""What opening a workshop found and did reaches the facilitator, not only a log."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.store.test_leftover_logs import crash_while_editing, made
from workshop.store import open_workshop
from workshop.ui.main_window import MainWindow


@pytest.mark.skipif(sys.platform == "win32", reason="kills the editor with SIGKILL")
def test_a_stale_change_log_kept_aside_is_told_in_the_window(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "stick"
    folder.mkdir()
    path = made(folder / "w.pwshop", "shared")
    laptop = tmp_path / "laptop-b.pwshop"
    shutil.copy(path, laptop)
    crash_while_editing(path, "stale edit")
    with open_workshop(laptop) as wf:
        wf.add_note("newer edit")
    shutil.copy(laptop, path)  # a newer copy over the file; the old log still beside it

    assert window.open_path(str(path), remember=False)
    box = window.findChild(QMessageBox, "openingNotices")
    assert box is not None and box.isVisible()
    assert "leftover change log from an older copy of this workshop" in box.text()
    assert "not applied" in box.text()
    assert "leftover change log" in window.statusBar().currentMessage()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openingNotices") is None)


def test_a_clean_open_says_nothing(window: MainWindow, tmp_path: Path) -> None:
    path = made(tmp_path / "w.pwshop", "a note")
    assert window.open_path(str(path), remember=False)
    assert window.findChild(QMessageBox, "openingNotices") is None
