"""The status bar's hint line never runs under the zoom control, the stage timer or the
phone count: a hint too long for the room they leave is shortened with "…", and its
tooltip holds the whole text. In every language, at 1280×800, 1280×720 and on a HiDPI
screen at twice the scale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontInfo
from status_hint_probe import hover_board, measure_hint

from workshop.app import install_language
from workshop.demo import fresh_demo_copy
from workshop.ui.board.zoom_control import ZoomControl
from workshop.ui.main_window import MainWindow
from workshop.ui.translators import remove_translators

HERE = Path(__file__).parent
ROOT = HERE.parent


def _language(qapp, monkeypatch: pytest.MonkeyPatch, code: str) -> Iterator[None]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", code)
    installed = install_language(qapp)
    assert installed or code == "en", f"no {code} catalogue was installed"
    yield
    remove_translators(qapp, installed)


@pytest.fixture(params=["de", "fr", "es", "en"])
def language(qapp, monkeypatch: pytest.MonkeyPatch, request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    for _installed in _language(qapp, monkeypatch, request.param):
        yield request.param


@pytest.fixture
def german(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from _language(qapp, monkeypatch, "de")


def _check(m: dict) -> None:
    """Clear of the widgets at its right, shortened to its room, the whole in the tooltip."""
    assert m["overlaps"] == [], m
    assert m["zoom"] is not None, m
    hint_x, _y, hint_w, _h = m["hint"]
    assert hint_x + hint_w <= m["zoom"][0], m
    assert m["whole"] == " ".join(m["message"].split()) and m["whole"], m
    assert m["shown_width"] <= m["room"], m
    if m["shown"] != m["whole"]:
        assert m["shown"].endswith("…"), m
        assert m["whole"].startswith(m["shown"][:-1].rstrip()), m
        assert m["tooltip"] == m["whole"], m
    else:
        assert m["tooltip"] == "", m


def _open_demo(window: MainWindow, qtbot, tmp_path: Path, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)


def test_in_german_at_1280_by_800_the_hint_is_shortened_clear_of_the_zoom_control(
    qapp, german: None, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import TEST_FONT_FAMILY

    assert QFontInfo(qapp.font()).family() == TEST_FONT_FAMILY  # the bundled font
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    try:
        _open_demo(window, qtbot, tmp_path, 1280, 800)
        tip = hover_board(window, qtbot.waitUntil)
        assert tip.startswith("Doppelklick für eine neue Notiz")
        hint = window.status_hint
        zoom = window.findChild(ZoomControl, "zoomControl")
        assert zoom is not None and zoom.isVisible()
        assert not hint.geometry().intersects(zoom.geometry())
        assert hint.text() != tip and hint.text().endswith("…")
        assert hint.toolTip() == tip
        _check(measure_hint(window))
    finally:
        window.close_workshop()


@pytest.mark.parametrize("height", [800, 720])
def test_in_every_language_the_hint_keeps_clear(
    language: str, qtbot, tmp_path: Path, height: int
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    try:
        _open_demo(window, qtbot, tmp_path, 1280, height)
        hover_board(window, qtbot.waitUntil)
        m = measure_hint(window)
        _check(m)
        if language == "de":  # the longest: more than the room
            assert m["shown"] != m["whole"], m
    finally:
        window.close_workshop()


def test_a_short_message_shows_whole_and_a_wider_window_shows_more(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _open_demo(window, qtbot, tmp_path, 1280, 800)
    bar, hint = window.statusBar(), window.status_hint
    bar.showMessage("Saved")
    qtbot.waitUntil(lambda: hint.text() == "Saved")
    assert hint.toolTip() == ""
    long = "word " * 400
    bar.showMessage(long)
    qtbot.waitUntil(lambda: hint.toolTip() == long.strip())
    narrow = len(hint.text())
    window.resize(1920, 800)
    qtbot.waitUntil(lambda: len(hint.text()) > narrow)
    _check(measure_hint(window))
    bar.clearMessage()
    qtbot.waitUntil(lambda: hint.text() == "" and hint.toolTip() == "")


@pytest.mark.parametrize("language", ["de", "fr"])
def test_on_a_hidpi_screen_at_twice_the_scale_the_hint_keeps_clear(
    tmp_path: Path, language: str
) -> None:
    workshop = fresh_demo_copy(tmp_path / "demo")
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": "2",
        "QT_QPA_PLATFORM": "offscreen",
        "LANGUAGE": language,
    }
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "status_hint_probe.py"),
            str(workshop),
            str(tmp_path / "s.ini"),
            "1280",
            "800",
        ],
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
    if language == "de":
        assert m["shown"] != m["whole"], m
