"""Help › Keyboard Shortcuts: F1 and Ctrl+/ open a list made from the window's actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from workshop.store import create_workshop
from workshop.ui.help_shortcuts import ShortcutsDialog, keys_text, plain_text
from workshop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.attach(create_workshop(tmp_path / "w.pwshop", "Keys"))  # every feature's actions
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close_workshop()


def open_dialog(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifiers)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_f1_lists_every_key_of_every_action(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window, Qt.Key.Key_F1)
    shown = {(action, keys) for _group, action, keys in dialog.visible_rows()}
    with_keys = [a for a in window.findChildren(QAction) if keys_text(a) and a.text()]
    assert len(with_keys) > 15  # the window's own, the board's, the workshop's...
    for action in with_keys:
        assert (plain_text(action.text()), keys_text(action)) in shown, action.text()
    groups = [group for group, _action, _keys in dialog.visible_rows()]
    assert groups[0] == "File"
    undo = next(k for g, a, k in dialog.visible_rows() if (g, a) == ("Edit", "Undo"))
    assert undo.startswith(QKeySequence("Ctrl+Z").toString())
    # Dedicated keys (an "Undo" or "Open" key) are not what anyone types.
    assert not any(", Undo" in k or k == "Open" for _g, _a, k in dialog.visible_rows())
    assert ("Help", "Keyboard Shortcuts", "F1, Ctrl+/") in dialog.visible_rows()
    assert any(g == "Workshop" and a == "Presenter View" for g, a, _k in dialog.visible_rows())

    # Filtering by a word or a key.
    qtbot.keyClicks(dialog.filter_edit, "undo")
    assert {a for _g, a, _k in dialog.visible_rows()} >= {"Undo", "Undo History"}
    assert all("undo" in (a + k).casefold() for _g, a, k in dialog.visible_rows())
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "F5")
    assert [a for _g, a, _k in dialog.visible_rows()] == ["Presenter View"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is None)


def test_ctrl_slash_opens_it_and_it_follows_the_actions(qtbot, window) -> None:
    # Not a list kept by hand: a new action with a key is in it the next time.
    extra = QAction("&Shuffle the Board", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.menu("view").addAction(extra)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    expected = QKeySequence("Ctrl+Alt+J").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("View", "Shuffle the Board", expected) in dialog.visible_rows()
    dialog.close()
    QApplication.processEvents()


def test_mnemonics_are_taken_out_and_doubled_ampersands_kept() -> None:
    assert plain_text("&Open…") == "Open…"
    assert plain_text("Find && &Replace") == "Find & Replace"
