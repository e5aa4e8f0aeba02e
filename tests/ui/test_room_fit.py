"""The default layout on a 1280×800 laptop and on a HiDPI screen at twice the scale: the
board keeps at least 60% of the width, the stage timer stays in sight in the status bar,
no panel tab's title is cut, and the overview map covers at most a tenth of the board
and can be hidden from the View menu (remembered)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget
from room_fit_probe import measure, stage_tour

from workshop.demo import fresh_demo_copy
from workshop.domain.model import STAGES
from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow

HERE = Path(__file__).parent


def _busy_workshop(path: Path) -> Path:
    """A board far larger than the view, so the overview map shows."""
    wf = create_workshop(path, "Budget app")
    wf.add_notes([{"text": f"n{i}", "x": (i % 20) * 400, "y": (i // 20) * 300} for i in range(200)])
    wf.close()
    return path


def _check(m: dict) -> None:
    assert m["board"] >= 0.6 * m["window"], m
    assert m["timer_visible"] and m["timer_text"], m
    assert m["cut_tabs"] == [], m
    assert m["tab_position"] == m["west"], m
    assert 0 < m["minimap_area"] <= 0.1 * m["board_area"], m


def test_at_1280_by_800_the_board_has_most_of_the_width(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.open_path(str(_busy_workshop(tmp_path / "w.pwshop")), remember=False)
    from workshop.ui.board.board_view import BoardView
    from workshop.ui.board.minimap import Minimap

    board = window.findChild(BoardView)
    assert board is not None
    qtbot.waitUntil(lambda: board.isVisible() and board.fit_on_resize)
    board.set_zoom(1.0)
    minimap = window.findChild(Minimap)
    assert minimap is not None
    qtbot.waitUntil(minimap.isVisible)
    _check(measure(window))


def test_the_overview_map_can_be_hidden_and_stays_hidden(
    window: MainWindow, tmp_path: Path, settings: QSettings, qtbot
) -> None:
    from workshop.ui.board.board_view import BoardView
    from workshop.ui.board.minimap import Minimap

    window.resize(1280, 800)
    window.open_path(str(_busy_workshop(tmp_path / "w.pwshop")), remember=False)
    board = window.findChild(BoardView)
    assert board is not None
    qtbot.waitUntil(lambda: board.isVisible() and board.fit_on_resize)
    board.set_zoom(1.0)
    minimap = window.findChild(Minimap)
    assert minimap is not None
    qtbot.waitUntil(minimap.isVisible)
    toggle = next(a for a in window.menu("view").actions() if a.text() == "Show Overview &Map")
    assert toggle.isChecked()
    toggle.trigger()
    assert not minimap.isVisible()
    window.close_workshop()
    qtbot.waitUntil(lambda: window.findChild(BoardView) is None)
    window.open_path(str(tmp_path / "w.pwshop"), remember=False)
    board = window.findChild(BoardView)
    assert board is not None
    qtbot.waitUntil(board.isVisible)
    board.set_zoom(0.5)
    again = window.findChild(Minimap)
    assert again is not None and not again.enabled_by_user
    again.follow()
    assert not again.isVisible()
    toggle = next(a for a in window.menu("view").actions() if a.text() == "Show Overview &Map")
    assert not toggle.isChecked()
    toggle.trigger()
    qtbot.waitUntil(again.isVisible)


def test_on_a_hidpi_screen_at_twice_the_scale_the_layout_still_fits(tmp_path: Path) -> None:
    workshop = _busy_workshop(tmp_path / "hidpi.pwshop")
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(HERE / "room_fit_probe.py"), str(workshop), str(tmp_path / "s.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    m = json.loads(done.stdout.strip().splitlines()[-1])
    assert m["ratio"] == 2.0, m
    assert m["window"] == 1280, m
    _check(m)


def _check_tour(seen: list[dict], window_width: int) -> None:
    """Every step of a stage tour: the board keeps 60% of the width, the timer is in
    sight, no tab title is cut, and the list of sources shows at least six rows."""
    assert [s["stage"] for s in seen if s["step"] == "stage panel"] == [str(s) for s in STAGES]
    assert len(seen) > 2 * len(STAGES)  # the stages' own buttons were pressed too
    for step in seen:
        assert step["window"] == window_width, step
        assert step["board"] >= 0.6 * step["window"], step
        assert step["timer_visible"] and step["timer_text"], step
        assert step["cut_tabs"] == [], step
        if step["step"] == "Sources":
            assert step["sources_rows"] is not None and step["sources_rows"] >= 6, step


@pytest.mark.parametrize("height", [800, 720])
def test_the_demo_at_every_stage_fits_a_laptop(
    window: MainWindow, tmp_path: Path, qtbot, height: int
) -> None:
    window.resize(1280, height)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    _check_tour(stage_tour(window, qtbot.waitUntil), 1280)


def test_an_arrangement_left_on_a_wide_screen_does_not_crowd_a_laptop(
    window: MainWindow, tmp_path: Path, settings: QSettings, qtbot
) -> None:
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "a")), remember=False)
    wide_arrangement = window.saveState()
    window.close_workshop()
    from workshop.ui.board.board_view import BoardView

    qtbot.waitUntil(lambda: window.findChild(BoardView) is None)  # measured: the next one
    # As saved by a version that kept one arrangement for every window: a wide one.
    settings.setValue("window/workshop_state", wide_arrangement)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "b")), remember=False)
    _check_tour(stage_tour(window, qtbot.waitUntil), 1280)


def _dock(window: MainWindow, name: str) -> QDockWidget:
    """The open workshop's panel (those of a closed one wait to be deleted)."""
    return next(d for d in window._feature_docks if d.objectName() == name)


def test_the_facilitators_own_arrangement_is_kept_on_the_same_kind_of_window(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "a")), remember=False)
    persona = _dock(window, "personaEditorDock")
    assert window.dockWidgetArea(persona) != left
    window.addDockWidget(left, persona)  # the facilitator drags the persona editor left
    window.close_workshop()
    assert window.open_path(str(fresh_demo_copy(tmp_path / "b")), remember=False)
    assert window.dockWidgetArea(_dock(window, "personaEditorDock")) == left
    window.close_workshop()
    # A wide window has its own arrangement: the one left on the laptop stays there.
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "c")), remember=False)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(_dock(window, "personaEditorDock")) == right


def test_on_a_wide_screen_the_list_of_sources_is_not_squeezed_under_the_stage(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    seen = stage_tour(window, qtbot.waitUntil)
    for step in seen:
        assert step["board"] >= 0.55 * step["window"], step
        assert step["cut_tabs"] == [], step
        if step["step"] == "Sources":
            assert step["sources_rows"] is not None and step["sources_rows"] >= 6, step


def test_on_a_hidpi_screen_every_stage_of_the_demo_fits(tmp_path: Path) -> None:
    demo = fresh_demo_copy(tmp_path / "demo")
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "room_fit_probe.py"),
            str(demo),
            str(tmp_path / "s.ini"),
            "tour",
            "1280",
            "800",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert {step["ratio"] for step in seen} == {2.0}
    _check_tour(seen, 1280)
