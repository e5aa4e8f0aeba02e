"""The presenter view: which screen, full screen, large type (what it shows, following
the facilitator: test_presenter_room)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QGraphicsView, QLabel

from workshop.ui.facilitation.presenter_view import (
    MIN_TEXT_FRACTION,
    PresenterView,
    choose_presenter_screen,
)

#: The guarantee, stated in presenter_view's docstring: no text under 34 px at 1080p.
MIN_TEXT_PX_AT_1080P = 34


class FakeScreen:
    def __init__(self, name: str) -> None:
        self.name = name


def test_the_screen_choice() -> None:
    laptop, projector, third = FakeScreen("laptop"), FakeScreen("projector"), FakeScreen("3")
    assert choose_presenter_screen([laptop, projector], laptop) is projector
    # The editing window may be on the second screen: the presenter takes the other one.
    assert choose_presenter_screen([laptop, projector], projector) is laptop
    assert choose_presenter_screen([laptop, projector, third], laptop) is projector
    assert choose_presenter_screen([laptop], laptop) is laptop
    assert choose_presenter_screen([laptop], None) is laptop
    assert choose_presenter_screen([], None) is None


def test_f5_opens_it_as_a_window_on_the_one_screen_and_esc_closes_it(
    qtbot, window, feature
) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert feature.actions.presenter.shortcut().toString() == "F5"
    assert len(QApplication.screens()) == 1  # offscreen: one screen
    feature.actions.presenter.trigger()
    presenter = feature.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    # One screen: an ordinary window the facilitator can leave (full screen is F11).
    assert not presenter.isFullScreen()
    assert presenter.screen() is QApplication.primaryScreen()
    assert feature.actions.presenter.isChecked()
    # No editing chrome: no menus, no toolbars, no board to edit.
    assert presenter.findChildren(QGraphicsView) == []
    # The facilitator's keys work there too.
    assert feature.actions.timer_toggle in presenter.actions()

    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert feature.presenter is None
    assert not feature.actions.presenter.isChecked()


def test_it_shows_the_stage_and_the_timer(qtbot, window, feature) -> None:
    presenter = feature.open_presenter()
    qtbot.waitExposed(presenter)
    assert presenter.title_label.text() == "Frame the workshop"
    assert presenter.position_label.text() == "Stage 1 of 6 · Frame"
    assert presenter.timer_display.text() == "10:00"
    feature.actions.next_stage.trigger()
    assert presenter.title_label.text() == "Gather the evidence"
    assert presenter.timer_display.text() == "25:00"
    assert presenter.voting_label.isHidden()

    window.session.workshop.add_participant("Ana")
    window.session.workshop.add_vote_round("Most painful", votes_per_participant=3)
    assert presenter.voting_label.full_text == (
        "Voting on notes: “Most painful” · 3 dots each · 0 of 3 cast"
    )
    feature.actions.presenter.trigger()  # F5 again closes it
    assert feature.presenter is None


def test_no_text_is_smaller_than_the_guarantee_at_1080p(qtbot, window, feature) -> None:
    presenter = PresenterView(window.session, feature.timer)
    qtbot.addWidget(presenter)
    presenter.resize(1920, 1080)
    presenter.show()
    qtbot.waitExposed(presenter)
    assert presenter.height() == 1080
    window.session.workshop.add_vote_round("Most painful")  # the voting line shows too
    labels = [w for w in presenter.findChildren(QLabel) if w.isVisible()]
    assert len(labels) >= 5
    sizes = {w.text(): QFontInfo(w.font()).pixelSize() for w in labels}
    assert min(sizes.values()) >= MIN_TEXT_PX_AT_1080P, sizes
    assert round(1080 * MIN_TEXT_FRACTION) == MIN_TEXT_PX_AT_1080P
    assert QFontInfo(presenter.timer_display.font()).pixelSize() >= 100
    # Every line really gets that height on screen: nothing is squeezed below its font.
    for widget in labels:
        assert widget.height() >= widget.fontMetrics().height(), widget.text()


def test_with_two_screens_it_opens_on_the_second(tmp_path) -> None:
    """A real second (virtual) screen: the offscreen platform with two screens, in a child
    process (this process's platform has one screen and cannot change)."""
    config = {
        "synchronousWindowSystemEvents": True,
        "windowFrameMargins": False,
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
            {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080},
        ],
    }
    config_file = tmp_path / "screens.json"
    config_file.write_text(json.dumps(config), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config_file}")
    probe = Path(__file__).with_name("two_screens_probe.py")
    done = subprocess.run(
        [sys.executable, str(probe), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).parents[3],
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screens"] == ["laptop", "projector"]
    assert report["window_screen"] == "laptop"
    assert report["presenter_screen"] == "projector"
    assert report["full_screen"]
    assert report["geometry"] == [1366, 0, 1920, 1080]
    assert report["smallest_text_px"] >= MIN_TEXT_PX_AT_1080P
