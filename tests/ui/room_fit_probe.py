"""What a facilitator sees of the default layout: how much of the window the board gets,
whether the stage timer is in sight, whether any panel tab's title is cut, how much of
the board the overview map covers.

Used by ``test_room_fit.py`` in its own process, and run as a script in a child process
with ``QT_SCALE_FACTOR=2`` (a HiDPI screen; the scale is read once, when Qt starts):
``python room_fit_probe.py WORKSHOP SETTINGS`` prints the measures as JSON.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QMainWindow, QTabBar, QTabWidget, QWidget


def measure(window: QMainWindow) -> dict[str, Any]:
    from workshop.ui.board.board_view import BoardView
    from workshop.ui.board.minimap import Minimap

    window.layout().activate()
    QApplication.processEvents()
    board = window.findChild(BoardView)
    timer = window.findChild(QWidget, "statusTimer")
    cut: list[str] = []
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window or not bar.isVisible():
            continue
        vertical = bar.shape() in (
            QTabBar.Shape.RoundedWest,
            QTabBar.Shape.RoundedEast,
            QTabBar.Shape.TriangularWest,
            QTabBar.Shape.TriangularEast,
        )
        for index in range(bar.count()):
            text = bar.tabText(index)
            room = bar.tabRect(index)
            length = room.height() if vertical else room.width()
            if bar.elideMode().name != "ElideNone" or length < bar.fontMetrics().horizontalAdvance(
                text
            ):
                cut.append(text)
    minimap = window.findChild(Minimap)
    viewport = board.viewport() if board is not None else None
    return {
        "ratio": window.devicePixelRatioF(),
        "window": window.width(),
        "board": board.width() if board is not None else 0,
        "board_area": viewport.width() * viewport.height() if viewport is not None else 0,
        "timer_visible": bool(timer is not None and timer.isVisible()),
        "timer_text": timer.text() if timer is not None else "",  # type: ignore[attr-defined]
        "cut_tabs": cut,
        "tab_position": window.tabPosition(
            window.dockWidgetArea(window._feature_docks[0])  # type: ignore[attr-defined]
        ).name,
        "minimap_area": (
            minimap.width() * minimap.height() if minimap is not None and minimap.isVisible() else 0
        ),
        "west": QTabWidget.TabPosition.West.name,
    }


def settle(app: QApplication, ready: Callable[[], bool]) -> None:
    """Let Qt run until ``ready`` (at most a few seconds, as qtbot.waitUntil would)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(5000)
    while not ready() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def main(workshop: str, settings_path: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontDatabase

    from workshop.resources import resource_path
    from workshop.ui.main_window import MainWindow

    app = QApplication([])
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    app.setFont(QFont("Noto Sans", 9))
    window = MainWindow(QSettings(settings_path, QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.open_path(workshop, remember=False)
    from workshop.ui.board.board_view import BoardView
    from workshop.ui.board.minimap import Minimap

    # Wait for the board to fit itself to the window (where it first opens), then zoom in.
    settle(app, lambda: bool(getattr(window.findChild(BoardView), "fit_on_resize", False)))
    window.findChild(BoardView).set_zoom(1.0)  # type: ignore[union-attr]
    settle(app, lambda: window.findChild(Minimap).isVisible())  # type: ignore[union-attr]
    print(json.dumps(measure(window)))
    window.close_workshop()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
