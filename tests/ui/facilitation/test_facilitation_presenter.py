"""The presenter view: which screen, full screen, large type, following the facilitator."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QLabel

from workshop.domain.model import Stage
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


def test_f5_opens_it_full_screen_on_the_one_screen_and_esc_closes_it(
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
    assert presenter.isFullScreen()
    assert presenter.screen() is QApplication.primaryScreen()
    assert presenter.geometry() == QApplication.primaryScreen().geometry()
    assert feature.actions.presenter.isChecked()
    # No editing chrome: no menus, no toolbars, a board you cannot edit.
    assert not presenter.board.isInteractive()
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
    assert presenter.voting_label.text() == (
        "Voting on notes: “Most painful”, 3 each · 0 votes cast"
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
    assert QFontInfo(presenter.timer_display.font()).pixelSize() >= 170
    # Every line really gets that height on screen: nothing is squeezed below its font.
    for widget in labels:
        assert widget.height() >= widget.fontMetrics().height(), widget.text()


def test_it_follows_the_facilitators_selection_and_view(qtbot, window, feature) -> None:
    session = window.session
    ids = session.workshop.add_notes(
        [
            {"text": "far left", "x": -3000.0, "y": 0.0},
            {"text": "here", "x": 0.0, "y": 0.0},
            {"text": "there", "x": 400.0, "y": 300.0},
        ]
    ).created
    scene = QGraphicsScene()
    for note in session.snapshot().notes:
        scene.addRect(QRectF(note.x, note.y, note.w, note.h))
    board = QGraphicsView(scene)  # the facilitator's board
    qtbot.addWidget(board)
    board.resize(800, 600)
    board.show()
    session.set_board_scene(scene)

    presenter = feature.open_presenter()
    qtbot.waitExposed(presenter)
    assert presenter.board.scene() is scene
    assert presenter.facilitator_view() is board

    def shown() -> QRectF:
        return presenter.board.mapToScene(presenter.board.viewport().rect()).boundingRect()

    session.set_selection([ids[1], ids[2]])
    qtbot.waitUntil(lambda: shown().contains(QRectF(0, 0, 560, 420)) and shown().left() > -500)

    # With nothing selected it shows what the facilitator's board shows.
    board.fitInView(QRectF(-3000, 0, 160, 120), Qt.AspectRatioMode.KeepAspectRatio)
    session.set_selection([])
    qtbot.waitUntil(lambda: shown().contains(QRectF(-3000, 0, 160, 120)) and shown().right() < 0)

    # A selected cluster frame counts too.
    cluster = session.workshop.add_cluster("Far", x=2000.0, y=2000.0, w=300.0, h=200.0)
    scene.addRect(QRectF(2000, 2000, 300, 200))  # what the board would draw
    session.set_selection([], cluster.created)
    qtbot.waitUntil(
        lambda: shown().contains(QRectF(2000, 2000, 300, 200)) and shown().left() > 1000
    )
    feature.actions.go_to(Stage.CLUSTER)
    presenter.close()


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
