"""What a facilitator sees of the default layout: how much of the window the board gets,
whether the stage timer is in sight, whether any panel tab's title is cut, how much of
the board the overview map covers.

Used by ``test_room_fit.py`` in its own process, and run as a script in a child process
with ``QT_SCALE_FACTOR=2`` (a HiDPI screen; the scale is read once, when Qt starts):
``python room_fit_probe.py WORKSHOP SETTINGS`` prints the measures as JSON;
``python room_fit_probe.py WORKSHOP SETTINGS tour WIDTH HEIGHT`` walks every stage (see
``stage_tour``) and prints the list of measures as JSON.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)

from workshop.ui.intake.sources_panel import SourcesPanel


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
        "sources_rows": sources_rows(window),
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


def panel_dock(window: QMainWindow, name: str) -> QDockWidget | None:
    """The open workshop's dock ``name`` (a closed workshop's docks wait to be deleted)."""
    docks: list[QDockWidget] = getattr(window, "_feature_docks", [])
    return next((dock for dock in docks if dock.objectName() == name), None)


def sources_rows(window: QMainWindow) -> int | None:
    """How many rows of the list of sources are in sight (None while it is not)."""
    dock = panel_dock(window, "sourcesDock")
    panel = dock.findChild(SourcesPanel) if dock is not None else None
    tree = panel.tree if panel is not None else None  # not the Respondents tab's list
    if dock is None or tree is None or not tree.isVisible() or tree.topLevelItemCount() == 0:
        return None
    row = tree.visualItemRect(tree.topLevelItem(0)).height()
    return tree.viewport().height() // max(row, 1)


def tab_titled(window: QMainWindow, start: str) -> tuple[QTabBar, QPoint] | None:
    """The window's panel tab whose title starts with ``start`` and where to click it."""
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            if bar.tabText(index).startswith(start):
                return bar, bar.tabRect(index).center()
    return None


def stage_tour(window: QMainWindow, ready: Callable[[Callable[[], bool]], None]) -> list[dict]:
    """What the facilitator sees at every stage, from Frame to Share, clicking as they
    would: the stage's tab, each of the stage's buttons that opens a panel, then the
    Sources tab. ``ready(condition)`` lets Qt run until the condition holds."""
    from PySide6.QtTest import QTest

    from workshop.domain.model import STAGES, Stage
    from workshop.ui.facilitation.stage_panel import StagePanel

    dock = panel_dock(window, "stageDock")
    panel = dock.widget() if dock is not None else None
    assert isinstance(panel, StagePanel)
    left = Qt.MouseButton.LeftButton

    def choose(title: str) -> None:
        found = tab_titled(window, title)
        if found is not None:  # a panel with a place of its own is in sight without a tab
            bar, where = found
            QTest.mouseClick(bar, left, pos=where)
            ready(lambda: bar.tabText(bar.currentIndex()).startswith(title))
        QApplication.processEvents()

    seen: list[dict] = []
    choose("Stage")
    while panel.stage_combo.currentIndex() > 0:
        index = panel.stage_combo.currentIndex()
        QTest.mouseClick(panel.previous_button, left)
        ready(lambda i=index: panel.stage_combo.currentIndex() == i - 1)  # type: ignore[misc]
    for number, stage in enumerate(STAGES):
        choose("Stage")
        seen.append({**measure(window), "stage": str(stage), "step": "stage panel"})
        page = panel.tools.pages[stage]
        if stage is not Stage.SHARE:  # Share's buttons open the export and presenter windows
            for button in panel.tools.buttons:
                if page.isAncestorOf(button) and not button.isHidden():
                    panel.ensureWidgetVisible(button)
                    QTest.mouseClick(button, left)
                    QApplication.processEvents()
                    seen.append({**measure(window), "stage": str(stage), "step": button.text()})
                    choose("Stage")
        choose("Sources")
        ready(lambda: sources_rows(window) is not None)
        seen.append({**measure(window), "stage": str(stage), "step": "Sources"})
        choose("Stage")
        if number + 1 < len(STAGES):
            QTest.mouseClick(panel.next_button, left)
            ready(lambda n=number: panel.stage_combo.currentIndex() == n + 1)  # type: ignore[misc]
    return seen


def settle(app: QApplication, ready: Callable[[], bool]) -> None:
    """Let Qt run until ``ready`` (at most a few seconds, as qtbot.waitUntil would)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(5000)
    while not ready() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def main(workshop: str, settings_path: str, *tour: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontDatabase

    from workshop.resources import resource_path
    from workshop.ui.main_window import MainWindow

    app = QApplication([])
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    app.setFont(QFont("Noto Sans", 9))
    window = MainWindow(QSettings(settings_path, QSettings.Format.IniFormat))
    if tour:
        window.resize(int(tour[1]), int(tour[2]))
        window.show()
        window.open_path(workshop, remember=False)
        print(json.dumps(stage_tour(window, lambda ready: settle(app, ready))))
        window.close_workshop()
        window.close()
        return
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
    main(*sys.argv[1:])
