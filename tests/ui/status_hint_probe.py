"""Whether the status bar's hint line keeps clear of the widgets at its right (zoom control,
stage timer, phone count) with the board's long status tip in it.

Used by ``test_status_hint.py`` in its own process, and run as a script in a child process
with ``QT_SCALE_FACTOR=2`` (the scale is read once, when Qt starts):
``python status_hint_probe.py WORKSHOP SETTINGS WIDTH HEIGHT`` (in the language
``LANGUAGE`` names) prints the measures as JSON.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def hover_board(window: QMainWindow, ready: Callable[[Callable[[], bool]], None]) -> str:
    """Move the pointer onto the board, as the facilitator would: its status tip shows
    in the status bar. Returns that tip."""
    from PySide6.QtTest import QTest

    from workshop.ui.board.board_view import BoardView

    board = window.findChild(BoardView)
    assert board is not None
    ready(lambda: board.isVisible() and QTest.qWaitForWindowExposed(window, 0))
    # Near its top left corner: at twice the scale the offscreen screen (800×600) ends
    # before the middle of a 1280-wide window, and the pointer cannot go past it.
    QTest.mouseMove(board.viewport(), QPoint(40, 40))
    ready(lambda: window.statusBar().currentMessage() == board.statusTip())
    assert window.statusBar().currentMessage() == board.statusTip(), "the board's tip is not shown"
    return board.statusTip()


def _in_window(window: QMainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def measure_hint(window: QMainWindow) -> dict[str, Any]:
    """Where the hint line is and what it shows, and where the widgets right of it are."""
    from workshop.ui.status_hint import HINT_NAME, StatusHint

    window.layout().activate()
    QApplication.processEvents()
    hint = window.findChild(StatusHint, HINT_NAME)
    assert hint is not None
    area = _in_window(window, hint)
    others = [
        w
        for w in window.statusBar().findChildren(QWidget)
        if w.parent() is window.statusBar() and w is not hint and w.isVisible()
    ]
    overlaps = [
        w.objectName() or type(w).__name__ for w in others if _in_window(window, w).intersects(area)
    ]
    zoom = window.findChild(QWidget, "zoomControl")
    return {
        "ratio": window.devicePixelRatioF(),
        "window": window.width(),
        "hint": [area.x(), area.y(), area.width(), area.height()],
        "zoom": [*_in_window(window, zoom).getRect()] if zoom is not None else None,
        "overlaps": overlaps,
        "shown": hint.text(),
        "whole": hint.whole_text(),
        "tooltip": hint.toolTip(),
        "shown_width": hint.fontMetrics().horizontalAdvance(hint.text()),
        "room": hint.contentsRect().width(),
        "message": window.statusBar().currentMessage(),
    }


def settle(app: QApplication, ready: Callable[[], bool]) -> None:
    """Let Qt run until ``ready`` (at most a few seconds, as qtbot.waitUntil would)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(5000)
    while not ready() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def main(workshop: str, settings_path: str, width: str, height: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontDatabase

    from workshop.app import install_language
    from workshop.resources import resource_path
    from workshop.ui.main_window import MainWindow

    app = QApplication([])
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    app.setFont(QFont("Noto Sans", 9))
    install_language(app)
    window = MainWindow(QSettings(settings_path, QSettings.Format.IniFormat))
    window.resize(int(width), int(height))
    window.show()
    settle(app, lambda: window.width() == int(width))
    window.open_path(workshop, remember=False)
    hover_board(window, lambda ready: settle(app, ready))
    print(json.dumps(measure_hint(window)))
    window.close_workshop()
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
