"""The window fits the screen it opens on: one left on a big screen comes back no bigger
than a smaller screen's free area, centred on it, and a first start on a HiDPI screen at
twice the scale (1920×1080, 960×540 to Qt) opens within the screen, the status bar's
zoom and timer and the panels' buttons in sight.

Each start runs in a child process (``window_fit_probe.py``): the screen's size and scale
are read once, when Qt starts. The offscreen platform has no window manager to keep a
window from growing past the screen, so the window's least size is checked too: on a real
desktop a window never gets smaller than that."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workshop.ui.window_fit import fitted

HERE = Path(__file__).parent


def _screen(tmp_path: Path, width: int, height: int) -> str:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "Screen", "x": 0, "y": 0, "width": width, "height": height}
                    | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        )
    )
    return f"offscreen:configfile={config}"


def _start(
    tmp_path: Path, screen: str, *args: str, scale: str = "1", language: str = "en"
) -> dict[str, Any] | None:
    env = {**os.environ, "QT_QPA_PLATFORM": screen, "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "window_fit_probe.py"),
            str(tmp_path / "settings.ini"),
            str(tmp_path / "demo"),
            language,
            *args,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else None


def _inside(room: list[int], place: list[int]) -> bool:
    x, y, width, height = room
    left, top, w, h = place
    return x <= left and y <= top and left + w <= x + width and top + h <= y + height


def _check_fits(m: dict[str, Any]) -> None:
    room = m["room"]
    assert _inside(room, m["frame"]), m
    assert m["least"][0] <= room[2] and m["least"][1] <= room[3], m
    assert m["timer"] is not None and _inside(room, m["timer"]), m
    assert m["zoom"] is not None and _inside(room, m["zoom"]), m
    assert m["panel_buttons"], m
    for _panel, _button, *place in m["panel_buttons"]:
        assert _inside(room, place), m


@pytest.mark.parametrize("left_maximised", [True, False], ids=["maximised", "1800x1000"])
def test_a_window_left_on_a_big_screen_fits_a_smaller_one(
    tmp_path: Path, left_maximised: bool
) -> None:
    big = _screen(tmp_path, 1920, 1080)
    if left_maximised:  # the first start maximises it; quitting keeps that
        _start(tmp_path, big)
    else:
        _start(tmp_path, big, "leave", "60", "40", "1800", "1000")
    m = _start(tmp_path, _screen(tmp_path, 1280, 720))
    assert m is not None
    _check_fits(m)
    if not left_maximised:  # it had to shrink: centred on the screen
        x, y, width, height = m["frame"]
        assert abs(2 * x + width - 1280) <= 1 and abs(2 * y + height - 720) <= 1, m


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_first_start_at_twice_the_scale_fits_the_screen(tmp_path: Path, language: str) -> None:
    m = _start(tmp_path, _screen(tmp_path, 1920, 1080), scale="2", language=language)
    assert m is not None
    assert m["ratio"] == 2.0 and m["room"][2:] == [960, 540], m
    _check_fits(m)


def test_a_window_that_fits_stays_where_it_was() -> None:
    from PySide6.QtCore import QRect

    room = QRect(0, 0, 1280, 720)
    assert fitted(QRect(100, 50, 800, 600), room) == QRect(100, 50, 800, 600)
    # Sticking out at the right: moved in, its size kept.
    assert fitted(QRect(900, 50, 800, 600), room) == QRect(480, 50, 800, 600)
    # Too big: as big as the room and on it.
    assert fitted(QRect(-20, 0, 1300, 820), room) == room
    assert fitted(QRect(0, 0, 1284, 500), room) == QRect(0, 110, 1280, 500)
