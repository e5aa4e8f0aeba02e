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

from PySide6.QtCore import QSettings
from room_fit_probe import measure

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
    toggle = next(a for a in window.menu("view").actions() if a.text() == "Show &Overview Map")
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
    toggle = next(a for a in window.menu("view").actions() if a.text() == "Show &Overview Map")
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
