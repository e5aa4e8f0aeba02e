"""Every right-click menu in the window: opened with a real right-click, closed, and then the
selection changes. No traceback (pytest-qt fails the test on an exception in a slot), no Qt
warning (they fail tests too), and the menus and the Board menu greyed out as they should be.

The right-click goes to the window (``QWindow``), the way the system delivers it, so Qt
itself turns it into the context menu event. The menu that comes up is read and closed with
Esc from a timer while it is up.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QListWidget,
    QMenu,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeout

from workshop.ui.board.board_view import BoardView
from workshop.ui.board.feature import BoardFeature
from workshop.ui.intake.sources_panel import SourcesPanel
from workshop.ui.main_window import MainWindow

RIGHT = Qt.MouseButton.RightButton


@dataclass
class MenuSeen:
    """The entries of a menu that popped up: text -> enabled (submenus as 'Title >')."""

    entries: dict[str, bool]

    def enabled(self) -> set[str]:
        return {text for text, on in self.entries.items() if on}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _entries(menu: QMenu) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = _plain(action.text()) + (" >" if action.menu() is not None else "")
        found[text] = action.isEnabled()
    return found


def right_click(qtbot, widget: QWidget, pos: QPoint) -> MenuSeen | None:  # type: ignore[no-untyped-def]
    """A real right-click at ``pos``; the menu that came up, read and closed with Esc
    (None when no menu came up)."""
    seen: list[MenuSeen] = []
    polls = QTimer()
    polls.setInterval(10)

    def close_when_up() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and popup.isVisible():
            polls.stop()
            seen.append(MenuSeen(_entries(popup)))
            qtbot.keyClick(popup, Qt.Key.Key_Escape)

    polls.timeout.connect(close_when_up)
    polls.start()
    # The window is active, as it is under the facilitator's hand (offscreen, nothing gives
    # it back after a menu closed, and Qt then hands the next right-click elsewhere).
    top = widget.window()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    # Through the window, as the system sends it: Qt makes the context menu event itself.
    window = top.windowHandle()
    at = widget.mapTo(widget.window(), pos)
    qtbot.mouseMove(window, at)
    qtbot.mouseClick(window, RIGHT, pos=at)
    try:
        # The menu may come up from an event the click queued (later on a loaded machine):
        # wait for it; none within a second means this place has no menu.
        try:
            qtbot.waitUntil(lambda: bool(seen), timeout=1000)
        except QtTimeout:
            pass
    finally:
        polls.stop()
    assert QApplication.activePopupWidget() is None, "the menu did not close"
    # Menus that delete themselves on close go now, as they would in the event loop.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return seen[0] if seen else None


def board_of(window: MainWindow) -> BoardFeature:
    return next(f for f in window._features if isinstance(f, BoardFeature))


def click_empty_board(qtbot, view: BoardView) -> QPoint:  # type: ignore[no-untyped-def]
    """A point on the board with nothing under it (the top left corner of the view)."""
    for x in range(10, view.viewport().width(), 40):
        for y in range(10, view.viewport().height(), 40):
            if view.item_at(QPoint(x, y)) is None:
                return QPoint(x, y)
    pytest.fail("the board has no empty spot in view")


def point_of(view: BoardView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


NOTHING_SELECTED_OFF = ("Edit Note", "Delete", "Cut", "Cluster Selected Notes", "Copy")


def assert_board_actions_follow_an_empty_selection(feature: BoardFeature, qtbot=None) -> None:  # type: ignore[no-untyped-def]
    actions = feature.actions
    if qtbot is not None:  # after a real click: once the events it queued are handled
        qtbot.waitUntil(lambda: not actions.delete.isEnabled() and not actions.edit.isEnabled())
    for action in (actions.edit, actions.delete, actions.cut, actions.cluster, actions.copy):
        assert not action.isEnabled(), f"{_plain(action.text())} is on with nothing selected"
    for menu in (actions.colour_menu, actions.source_menu, actions.cluster_menu):
        assert not menu.menuAction().isEnabled()
    assert actions.new_note.isEnabled()
    assert actions.paste.isEnabled()


def test_every_board_menu_then_a_selection_change(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    feature = board_of(demo_window)
    view, scene = feature.view, feature.scene
    qtbot.waitUntil(lambda: not feature.restore_pending)
    view.zoom_to_fit()
    viewport = view.viewport()

    # The empty board: new things and paste; nothing to edit.
    empty = click_empty_board(qtbot, view)
    menu = right_click(qtbot, viewport, empty)
    assert menu is not None
    assert {"New Note", "New Empty Cluster", "Paste", "Zoom to Fit"} <= menu.enabled()
    assert "Delete" not in menu.entries
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=empty)
    assert_board_actions_follow_an_empty_selection(feature, qtbot)

    # A note: it is selected by the right-click and everything for it is on, submenus too.
    note = next(iter(scene.notes.values()))
    view.centerOn(note.sceneBoundingRect().center())
    at_note = point_of(view, note.sceneBoundingRect().center())
    assert view.item_at(at_note) is note
    for time in range(2):  # the second time the submenus must still be there
        menu = right_click(qtbot, viewport, at_note)
        assert menu is not None, time
        assert note.isSelected()
        assert {
            "Edit Note",
            "Delete",
            "Colour >",
            "Assign Source >",
            "Move to Cluster >",
            "Cluster Selected Notes",
            "Cut",
            "Copy",
        } <= menu.enabled()
    assert feature.actions.delete.isEnabled()

    # A cluster, right-clicked on its title band.
    cluster = next(iter(scene.clusters.values()))
    view.centerOn(cluster)
    band = cluster.sceneBoundingRect()
    at_title = point_of(view, QPointF(band.center().x(), band.top() + 12))
    assert view.item_at(at_title) is cluster
    menu = right_click(qtbot, viewport, at_title)
    assert menu is not None
    assert cluster.isSelected()
    assert {"Remove Cluster Frame", "Rename Cluster", "Ungroup", "Tidy Cluster", "Colour >"} <= (
        menu.enabled()
    )
    assert "Edit Note" not in menu.entries
    assert "Cluster Selected Notes" in menu.entries and not menu.entries["Cluster Selected Notes"]

    # Then the selection changes: by a click on the empty board, then by selecting a note.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=click_empty_board(qtbot, view))
    qtbot.waitUntil(lambda: not scene.selectedItems())
    assert_board_actions_follow_an_empty_selection(feature, qtbot)
    note.setSelected(True)
    assert feature.actions.cluster.isEnabled() and feature.actions.delete.isEnabled()
    assert feature.actions.colour_menu.menuAction().isEnabled()
    scene.clearSelection()
    assert_board_actions_follow_an_empty_selection(feature)


def test_the_side_panels_menus_then_a_selection_change(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    feature = board_of(window)
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}

    # Sources: a right-click on a source offers what can be done with it, and the menu
    # goes when it closes (it used to stay, hidden, one more for every right-click).
    sources = docks["sourcesDock"]
    sources.raise_()
    panel = sources.findChild(SourcesPanel)
    assert panel is not None
    tree = panel.tree
    qtbot.waitUntil(tree.isVisible)
    first = panel.item_for(panel.session.snapshot().sources[0].id)
    assert first is not None
    menus_before = len(sources.findChildren(QMenu))
    for _ in range(2):
        menu = right_click(qtbot, tree.viewport(), tree.visualItemRect(first).center())
        assert menu is not None
        assert panel.selected_ids() == [panel.session.snapshot().sources[0].id]
        assert {"Add Source…", "Edit Source…", "Delete Source"} <= menu.enabled()
    assert len(sources.findChildren(QMenu)) == menus_before

    # The persona list: what the tool bar does, for the persona right-clicked.
    docks["personaListDock"].raise_()
    personas = docks["personaListDock"].findChild(QListWidget)
    assert personas is not None
    qtbot.waitUntil(personas.isVisible)
    second = personas.item(1)
    menu = right_click(qtbot, personas.viewport(), personas.visualItemRect(second).center())
    assert menu is not None
    assert personas.currentItem() is second
    assert {
        "Rename Persona",
        "Duplicate Persona",
        "Persona Colour >",
        "Move Persona Up",
        "Delete Persona",
    } <= menu.enabled()

    # Dock title bars: the main window's panel menu.
    stage = docks["stageDock"]
    title = stage.titleBarWidget() or stage
    menu = right_click(qtbot, title, QPoint(title.width() // 2, 6))
    if menu is not None:
        assert menu.enabled()

    # The board still follows its selection after all of these.
    feature.scene.clearSelection()
    assert_board_actions_follow_an_empty_selection(feature)
    note = next(iter(feature.scene.notes.values()))
    note.setSelected(True)
    assert feature.actions.delete.isEnabled()
