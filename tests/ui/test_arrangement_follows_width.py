"""A window resized across ``NARROW_BELOW`` while a workshop is open switches between the
narrow and the wide arrangement of the panels: the one left is kept and comes back as it
was left, a panel the facilitator closed stays closed, and a window hovering about the
threshold does not swap its panels back and forth."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QTabWidget
from room_fit_probe import measure

from workshop.demo import fresh_demo_copy
from workshop.ui import dock_layout
from workshop.ui.dock_layout import (
    ARRANGED_NARROW,
    NARROW_BELOW,
    STATE_KEYS,
    SWITCH_SLACK,
    ArrangementFollower,
)
from workshop.ui.main_window import MainWindow

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


def _dock(window: MainWindow, name: str) -> QDockWidget:
    """The open workshop's panel (those of a closed one wait to be deleted)."""
    return next(d for d in window._feature_docks if d.objectName() == name)


def _follower(window: MainWindow) -> ArrangementFollower:
    follower = dock_layout.following(window)
    assert follower is not None
    return follower


def _resize(window: MainWindow, qtbot, width: int, height: int = 800) -> None:  # type: ignore[no-untyped-def]
    """A real resize of the window, then until the arrangement has followed it; the window
    keeps the size it was given (a switch neither grows nor shrinks it)."""
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    follower = dock_layout.following(window)
    if follower is not None:
        qtbot.waitUntil(lambda: not follower.waiting())
    assert window.size() == QSize(width, height)
    assert window.minimumSize().height() <= height


def _narrow(window: MainWindow) -> bool:
    return bool(window.property(ARRANGED_NARROW))


def _check_narrow(window: MainWindow) -> None:
    assert _narrow(window)
    m = measure(window)
    assert m["board"] >= 0.6 * m["window"], m
    assert m["cut_tabs"] == [], m
    assert m["tab_position"] == m["west"], m
    assert window.dockWidgetArea(_dock(window, "stageDock")) == RIGHT


def _check_wide(window: MainWindow) -> None:
    assert not _narrow(window)
    m = measure(window)
    assert m["cut_tabs"] == [], m
    assert window.tabPosition(RIGHT) == QTabWidget.TabPosition.North
    assert window.dockWidgetArea(_dock(window, "stageDock")) == LEFT
    assert window.dockWidgetArea(_dock(window, "sourcesDock")) == LEFT
    assert window.dockWidgetArea(_dock(window, "noteDetailsDock")) == RIGHT
    assert m["board"] >= 0.5 * m["window"], m


def test_resizing_across_the_threshold_switches_and_brings_back_the_arrangement_left(
    window: MainWindow, settings: QSettings, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _resize(window, qtbot, 1280)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    _check_narrow(window)
    switches: list[bool] = []
    _follower(window).switched.connect(switches.append)

    _resize(window, qtbot, 1920, 1080)
    assert switches == [False]
    _check_wide(window)
    assert settings.value(STATE_KEYS[True]) is not None  # the narrow one was kept

    # The facilitator moves the persona editor to the left while the window is wide.
    persona = _dock(window, "personaEditorDock")
    assert window.dockWidgetArea(persona) == RIGHT
    window.addDockWidget(LEFT, persona)
    qtbot.waitUntil(lambda: window.dockWidgetArea(persona) == LEFT)

    _resize(window, qtbot, 1280)
    assert switches == [False, True]
    _check_narrow(window)
    assert window.dockWidgetArea(persona) == RIGHT  # in the one column

    _resize(window, qtbot, 1920, 1080)
    assert switches == [False, True, False]
    assert window.dockWidgetArea(persona) == LEFT  # where it was moved
    assert persona.toggleViewAction().isChecked()
    assert not _narrow(window)
    assert window.dockWidgetArea(_dock(window, "stageDock")) == LEFT


def test_a_window_opened_wide_and_made_narrow_gets_the_narrow_arrangement(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    _check_wide(window)
    _resize(window, qtbot, 1280, 720)
    _check_narrow(window)


def test_a_panel_closed_stays_closed_and_one_opened_stays_open(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    sources, voting = _dock(window, "sourcesDock"), _dock(window, "votingDock")
    assert sources.toggleViewAction().isChecked() and not voting.toggleViewAction().isChecked()
    sources.toggleViewAction().trigger()  # View › Sources: closed
    voting.toggleViewAction().trigger()  # View › Dot Voting: opened
    qtbot.waitUntil(lambda: voting.toggleViewAction().isChecked())
    for width, height in ((1920, 1080), (1280, 800), (1920, 1080)):
        _resize(window, qtbot, width, height)
        assert _narrow(window) == (width < NARROW_BELOW)
        assert not sources.toggleViewAction().isChecked() and not sources.isVisible()
        assert voting.toggleViewAction().isChecked()


def test_a_window_hovering_about_the_threshold_keeps_its_arrangement(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    switches: list[bool] = []
    _follower(window).switched.connect(switches.append)
    # Either side of NARROW_BELOW, each width let settle: within the slack, no switch.
    for width in (NARROW_BELOW - 10, NARROW_BELOW + 10, NARROW_BELOW - SWITCH_SLACK + 1):
        _resize(window, qtbot, width, 1080)
        assert not _narrow(window), width
    _resize(window, qtbot, NARROW_BELOW - SWITCH_SLACK - 1, 1080)
    assert _narrow(window)
    for width in (NARROW_BELOW + 10, NARROW_BELOW - 10, NARROW_BELOW + SWITCH_SLACK - 1):
        _resize(window, qtbot, width, 1080)
        assert _narrow(window), width
    assert switches == [True]


def test_dragging_the_window_edge_across_switches_once(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    switches: list[bool] = []
    follower = _follower(window)
    follower.switched.connect(switches.append)
    for width in range(1288, 1921, 8):  # a resize every few pixels, as a drag sends them
        window.resize(width, 800)
        qtbot.waitUntil(lambda w=width: window.width() == w)  # type: ignore[misc]
        assert follower.waiting()
    qtbot.waitUntil(lambda: not follower.waiting())
    assert switches == [False]
    _check_wide(window)


def test_closing_the_workshop_stops_following(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    assert dock_layout.following(window) is not None
    window.close_workshop()
    assert dock_layout.following(window) is None
    window.resize(1920, 1080)  # nothing to arrange, nothing fails
    qtbot.waitUntil(lambda: window.width() == 1920)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "again")), remember=False)
    assert not _narrow(window)
    following = [f for f in window.findChildren(ArrangementFollower) if f.objectName()]
    assert following == [dock_layout.following(window)]  # the first one's was stopped
