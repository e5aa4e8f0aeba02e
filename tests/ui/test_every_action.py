"""No dead buttons: with the demo open, every menu item and tool bar button either says why
it is greyed out (its status tip) or does something the facilitator can see: a dialog, a
file dialog, a message, a changed workshop, view, panel or window.

Each is triggered in turn; modal dialogs are closed (rejected) as soon as they appear,
file dialogs answer "cancelled", windows that open are closed again. Qt warnings and
exceptions fail the test (pytest-qt).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGraphicsView,
    QLabel,
    QMenu,
    QToolBar,
    QWidget,
    QWidgetAction,
)

from workshop.demo import fresh_demo_copy
from workshop.i18n.preference import read_preference, write_preference
from workshop.ui.main_window import MainWindow

MENUS = ("File", "Edit", "View", "Board", "Personas", "Workshop", "Help")
#: Items that may do nothing visible in the state the test reaches, and why.
MAY_LOOK_IDLE = {
    "View > Zoom to Fit": "after Zoom In and Zoom Out the view is back at the fit it opened with",
    "Personas > Persona Colour > Indigo": "the first demo persona is indigo already (checked)",
}


@dataclass
class Seen:
    """What the test's stand-ins saw: dialogs closed, file dialogs asked."""

    dialogs: list[str] = field(default_factory=list)
    file_dialogs: list[str] = field(default_factory=list)

    def count(self) -> int:
        return len(self.dialogs) + len(self.file_dialogs)


@pytest.fixture(autouse=True)
def keep_language_choice() -> Iterator[None]:
    """View › Language's entries are triggered too: put the choice back afterwards, or the
    last language listed would speak in every later test."""
    before = read_preference()
    yield
    write_preference(before)


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[Seen]:
    record = Seen()

    def asked(name: str, answer: Any) -> Any:
        def ask(*_args: object, **_kwargs: object) -> Any:
            record.file_dialogs.append(name)
            return answer

        return staticmethod(ask)

    for name, answer in (
        ("getOpenFileName", ("", "")),
        ("getOpenFileNames", ([], "")),
        ("getSaveFileName", ("", "")),
        ("getExistingDirectory", ""),
    ):
        monkeypatch.setattr(QFileDialog, name, asked(name, answer))

    def close_modal() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            record.dialogs.append(modal.windowTitle() or type(modal).__name__)
            modal.reject()

    closer = QTimer()
    closer.setInterval(5)
    closer.timeout.connect(close_modal)
    closer.start()
    # QColorDialog.getColor is a static Qt call with its own loop: answer "cancelled".
    monkeypatch.setattr(
        QColorDialog, "getColor", staticmethod(lambda *a, **k: cancelled_colour(record))
    )
    yield record
    closer.stop()


def plain(text: str) -> str:
    """A menu text without its mnemonic marks."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cancelled_colour(record: Seen) -> QColor:
    record.dialogs.append("colour")
    return QColor()  # not valid: the facilitator cancelled


def leaf_actions(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
    menu.aboutToShow.emit()  # menus filled as they open (sources, clusters)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or isinstance(action, QWidgetAction):
            continue
        here = f"{path} > {plain(action.text())}"
        sub = action.menu()
        if isinstance(sub, QMenu):
            if not action.isEnabled():
                yield here, action  # a closed submenu: it must say why
            else:
                yield from leaf_actions(sub, here)
        else:
            yield here, action


def every_item(window: MainWindow) -> dict[str, QAction]:
    items: dict[str, QAction] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        title = plain(top.text())
        if isinstance(menu, QMenu) and title in MENUS:
            items.update(leaf_actions(menu, title))
    for bar in window.findChildren(QToolBar):
        where = bar.objectName() or bar.parentWidget().__class__.__name__
        for action in bar.actions():
            if action.isSeparator() or isinstance(action, QWidgetAction):
                continue
            if action not in items.values():
                items[f"tool bar {where} > {plain(action.text())}"] = action
    return items


def look(window: MainWindow) -> tuple[object, ...]:
    """What a facilitator can see, in brief."""
    session = window.session
    parts: list[object] = [window.isVisible(), window.windowTitle(), id(session)]
    parts.append(window.statusBar().currentMessage())
    parts.append(
        tuple(sorted(w.title() for w in QGuiApplication.topLevelWindows() if w.isVisible()))
    )
    focus = QApplication.focusWidget()
    parts.append(type(focus).__name__ + (focus.objectName() if focus else ""))
    docks = window.findChildren(QDockWidget)
    parts.append(tuple((d.objectName(), d.isVisible(), d.windowTitle()) for d in docks))
    for dock in docks:  # what the panels say (the timer, counts…)
        if dock.isVisible():
            parts.append(tuple(label.text() for label in dock.findChildren(QLabel)))
    if session is not None:
        stack = session.undo.stack
        parts += [stack.index(), stack.count(), tuple(session.selected_note_ids)]
        for view in window.findChildren(QGraphicsView):
            if view.isVisible():
                parts.append(view.transform().m11())
                parts.append(view.horizontalScrollBar().value())
                parts.append(view.verticalScrollBar().value())
        board = window.findChild(QWidget, "board")
        if board is not None:
            parts.append(tuple(w.isVisible() for w in board.findChildren(QWidget)))
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            for item in menu.actions():
                parts.append((item.text(), item.isChecked(), item.isEnabled()))
    return tuple(parts)


def close_new_windows(window: MainWindow) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
            widget.close()


def open_demo(window: MainWindow, folder: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    assert window.open_path(str(fresh_demo_copy(folder)), remember=False)
    settle(window, qtbot)


def settle(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let Qt finish what an item started: close modal dialogs, show a board just made
    (Qt shows a new child of a shown window on its next turn), drop the old one."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    scene = window.session.board_scene if window.session is not None else None
    if scene is not None:
        qtbot.waitUntil(lambda: all(view.isVisible() for view in scene.views()))
    qtbot.wait(1)  # deleted widgets go


def test_every_menu_item_and_tool_button_does_something_or_says_why_not(
    window: MainWindow, seen: Seen, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_demo(window, tmp_path, qtbot)
    paths = list(every_item(window))
    assert len(paths) > 60, paths  # every menu of the workspace is there
    done: set[str] = set()
    idle: list[str] = []
    silent_greys: list[str] = []
    for path in paths:
        if window.session is None or not window.isVisible():
            open_demo(window, tmp_path, qtbot)
        action = every_item(window).get(path)
        if action is None or path in done:
            continue  # a menu that changed with the last item (e.g. the recent files)
        done.add(path)
        if not action.isEnabled():
            if not action.statusTip().strip():
                silent_greys.append(path)
            continue
        window.statusBar().clearMessage()
        before, asked = look(window), seen.count()
        action.trigger()
        settle(window, qtbot)
        after = look(window)
        if after == before and seen.count() == asked and path not in MAY_LOOK_IDLE:
            idle.append(path)
        close_new_windows(window)
    assert silent_greys == [], f"greyed out without a status tip saying why: {silent_greys}"
    assert idle == [], f"did nothing a facilitator could see: {idle}"
