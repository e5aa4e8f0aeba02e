"""What a facilitator sees of the window at start on the screen it opens on.

Run in a child process (a screen's size and scale are read once, when Qt starts), on the
offscreen platform given a screen by ``QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json``:

``python window_fit_probe.py SETTINGS FOLDER LANGUAGE`` starts the window as the app does
(where it was left, or the first time maximised), opens a copy of the demo in FOLDER and
prints as JSON the screen's free area, the window's frame and least size, and where the
status bar's zoom and timer and the panels' title-bar buttons are, then quits (saving the
window's place in SETTINGS as the app does).

``python window_fit_probe.py SETTINGS FOLDER LANGUAGE leave X Y W H`` instead puts the
window at X, Y, W×H (not maximised) and quits, as a facilitator who left it there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QWidget


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def on_screen(widget: QWidget) -> list[int]:
    """Where the widget is on the screen."""
    return rect(QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size()))


def measure(window: Any, app: QApplication) -> dict[str, Any]:
    from workshop.ui.board.zoom_control import ZoomControl

    window.layout().activate()
    app.processEvents()
    screen = window.screen()
    timer = window.findChild(QWidget, "statusTimer")
    zoom = window.findChild(ZoomControl)
    buttons = [
        [dock.objectName(), button.objectName(), *on_screen(button)]
        for dock in window.findChildren(QDockWidget)
        # A panel behind another's tab is kept out of the window's rectangle.
        if dock.isVisible() and window.rect().intersects(dock.geometry())
        for button in dock.findChildren(QAbstractButton)
        if button.objectName().startswith("qt_dockwidget_") and button.isVisible()
    ]
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    return {
        "room": rect(screen.availableGeometry()),
        "ratio": screen.devicePixelRatio(),
        "frame": rect(window.frameGeometry()),
        "least": [least.width(), least.height()],
        "timer": on_screen(timer) if timer is not None and timer.isVisible() else None,
        "zoom": on_screen(zoom) if zoom is not None and zoom.isVisible() else None,
        "panel_buttons": buttons,
    }


def main(settings_path: str, folder: str, language: str, *leave: str) -> None:
    from workshop.demo import fresh_demo_copy
    from workshop.ui.main_window import MainWindow
    from workshop.ui.translators import install_translators
    from workshop.ui.window_fit import show_fitted

    app = QApplication([])
    install_translators(app, language)
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    window = MainWindow(settings)
    show_fitted(window, restored=settings.contains("window/geometry"))
    if leave:
        x, y, width, height = (int(n) for n in leave[1:])
        window.showNormal()
        window.setGeometry(x, y, width, height)
        app.processEvents()
        window.close()
        return
    window.open_path(str(fresh_demo_copy(Path(folder))), remember=False)
    for _ in range(10):
        app.processEvents()
    print(json.dumps(measure(window, app)))
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
