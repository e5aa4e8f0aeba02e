"""The presenter view as the room sees it: what it shows at each stage, at 1920×1080 and
1280×720 with nothing cut, following the facilitator, steered from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QDockWidget, QGraphicsView, QLabel, QWidget

from workshop.domain.model import Section, Stage
from workshop.resources import resource_path
from workshop.ui.facilitation.presenter_text import FittedLabel
from workshop.ui.facilitation.presenter_view import PresenterView

LONG = (
    "Sunday review took eighteen minutes; eleven of them went on re-categorising "
    "transactions one by one, and then she gave up and closed the app for the week"
)


@pytest.fixture(autouse=True)
def bundled_font(qapp):
    """The app's own font, so the measurements do not depend on this machine's fonts."""
    families = []
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        assert font_id >= 0, name
        families += QFontDatabase.applicationFontFamilies(font_id)
    before = QApplication.font()
    QApplication.setFont(QFont(families[0], 10))
    yield families[0]
    QApplication.setFont(before)


@pytest.fixture
def room(window):
    """Three clusters (one with many long notes), two people, a round of votes."""
    wf = window.session.workshop
    clusters = {
        title: wf.add_cluster(title, x=x, y=0.0, w=600.0, h=900.0).created[0]
        for title, x in (
            ("Weekly routine", 0.0),
            ("Irregular income", 800.0),
            ("<b>Trust</b>", 1600.0),
        )
    }
    rows = [
        {
            "text": f"{LONG} ({i})",
            "x": 20.0,
            "y": 60.0 + 90 * i,
            "cluster_id": clusters["Weekly routine"],
        }
        for i in range(14)
    ]
    rows.append(
        {
            "text": "Paid weekly, sometimes twice",
            "x": 820.0,
            "y": 60.0,
            "cluster_id": clusters["Irregular income"],
        }
    )
    rows.append(
        {
            "text": "Bank sync broke twice",
            "x": 1620.0,
            "y": 60.0,
            "cluster_id": clusters["<b>Trust</b>"],
        }
    )
    notes = list(wf.add_notes(rows).created)
    ana = wf.add_participant("Ana").created[0]
    round_id = wf.add_vote_round("Most painful", votes_per_participant=3).created[0]
    for _ in range(2):
        wf.cast_vote(round_id, ana, note_id=notes[9])  # the 10th note: most votes
    wf.set_stage(Stage.CLUSTER)
    window.session.set_selection([])
    return {"clusters": clusters, "notes": notes, "round": round_id, "ana": ana}


def open_presenter(qtbot, window, feature, width: int, height: int) -> PresenterView:
    presenter = PresenterView(window.session, feature.timer)
    qtbot.addWidget(presenter)
    presenter.resize(width, height)
    presenter.show()
    qtbot.waitExposed(presenter)
    assert (presenter.width(), presenter.height()) == (width, height)
    return presenter


def assert_nothing_cut(presenter: PresenterView) -> None:
    """Every visible label's every line fits its width, its lines fit its height, and the
    label lies inside the window."""
    labels = [w for w in presenter.findChildren(QLabel) if w.isVisible()]
    assert labels
    for widget in labels:
        metrics = widget.fontMetrics()
        lines = widget.text().split("\n")
        available = (
            widget.text_width()
            if isinstance(widget, FittedLabel)
            else widget.contentsRect().width() - 2 * widget.margin()
        )
        for line in lines:
            assert metrics.horizontalAdvance(line) <= available, (line, available)
        assert widget.height() >= len(lines) * metrics.lineSpacing() - metrics.leading(), (
            widget.text()
        )
        top_left = widget.mapTo(presenter, QPoint(0, 0))
        bottom_right = widget.mapTo(presenter, QPoint(widget.width() - 1, widget.height() - 1))
        assert presenter.rect().contains(top_left) and presenter.rect().contains(bottom_right), (
            widget.text(),
            top_left,
            bottom_right,
        )


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1280, 720)])
def test_a_cluster_for_the_room_fits_the_projector(
    qtbot, window, feature, room, width, height
) -> None:
    presenter = open_presenter(qtbot, window, feature, width, height)
    # Not a picture of the board: the notes' words, large.
    assert presenter.findChildren(QGraphicsView) == []
    assert presenter.heading_label.text() == "Weekly routine"
    assert presenter.detail_label.text() == "Cluster 1 of 3 · 14 notes · 2 dots"
    body = QFontInfo(presenter.entries.labels[0].font()).pixelSize()
    if height == 1080:
        assert body >= 28
    assert body == presenter.text_px()
    shown = presenter.entries.visible_texts()
    # The most-voted note first, the rest as many as fit, and how many more.
    assert shown[0] == f"{LONG} (9)  ·  2 dots"
    assert 3 <= len(shown) < 14
    assert presenter.entries.more.text() == f"+{14 - len(shown)} more"
    assert presenter.entries.more.isVisible()
    # A long note wraps to more than one line and ends with "…" rather than running off.
    assert "\n" in presenter.entries.labels[1].text()
    # The vote results beside it, and the timer in sight.
    assert presenter.results_box.isVisible()
    assert presenter.results.visible_texts()[0].startswith("1. Sunday review took")
    assert presenter.timer_display.isVisible()
    assert presenter.timer_display.text() == "30:00"
    assert QFontInfo(presenter.timer_display.font()).pixelSize() >= 2 * body
    assert_nothing_cut(presenter)


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1280, 720)])
def test_the_persona_at_validate_fits_the_projector(
    qtbot, window, feature, room, width, height
) -> None:
    wf = window.session.workshop
    dana = wf.add_persona("Dana, the working parent", archetype="Time-poor planner").created[0]
    for index in range(12):
        wf.add_item(dana, Section.GOAL, f"Goal {index}: {LONG}")
    wf.set_stage(Stage.VALIDATE)
    presenter = open_presenter(qtbot, window, feature, width, height)
    assert presenter.heading_label.text() == "Dana, the working parent"
    # At Validate the room sees how the persona fares in the evidence check.
    assert presenter.detail_label.full_text == (
        "Persona 1 of 1 · fails the check, 0% well evidenced · Time-poor planner"
    )
    assert presenter.entries.visible_texts()[0].startswith("Goals: Goal 0: Sunday")
    assert presenter.entries.more.isVisible()
    assert presenter.position_label.text() == "Stage 5 of 6 · Validate"
    assert_nothing_cut(presenter)


def test_it_follows_the_facilitators_selection(qtbot, window, feature, room) -> None:
    presenter = open_presenter(qtbot, window, feature, 1280, 720)
    session = window.session
    session.set_selection([], [room["clusters"]["Irregular income"]])
    assert presenter.heading_label.text() == "Irregular income"
    assert presenter.entries.visible_texts() == ["Paid weekly, sometimes twice"]
    # Selecting a note shows the cluster it is in.
    session.set_selection([room["notes"][-1]], [])
    assert presenter.heading_label.full_text == "<b>Trust</b>"
    # User text is never rich text.
    assert presenter.heading_label.textFormat() == Qt.TextFormat.PlainText
    assert presenter.heading_label.text() == "<b>Trust</b>"


def test_the_keys_step_through_clusters_zoom_and_close(qtbot, window, feature, room) -> None:
    window.show()
    qtbot.waitExposed(window)
    feature.actions.presenter.trigger()
    presenter = feature.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    titles = ["Weekly routine", "Irregular income", "<b>Trust</b>"]
    assert presenter.heading_label.full_text == titles[0]
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.heading_label.full_text == titles[1]
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.heading_label.full_text == titles[2]
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # the last stays
    assert presenter.heading_label.full_text == titles[2]
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert presenter.heading_label.full_text == titles[1]
    qtbot.keyClick(presenter, Qt.Key.Key_Left)
    assert presenter.heading_label.full_text == titles[0]
    assert presenter.detail_label.text().startswith("Cluster 1 of 3")

    normal = presenter.text_px()
    qtbot.keyClick(presenter, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = presenter.text_px()
    assert bigger > normal
    assert QFontInfo(presenter.entries.labels[0].font()).pixelSize() == bigger
    qtbot.keyClick(presenter, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(presenter, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert presenter.text_px() < normal
    assert_nothing_cut(presenter)
    qtbot.keyClick(presenter, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert presenter.text_px() == normal

    # The timer keeps running from here, and Esc gives the screen back.
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    assert feature.timer.running
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert feature.presenter is None
    assert not feature.actions.presenter.isChecked()


def test_on_one_screen_it_is_an_ordinary_window(qtbot, window, feature, room) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert len(QApplication.screens()) == 1  # offscreen: one screen
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = feature.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    assert presenter.isWindow() and not presenter.isFullScreen()
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.contains(presenter.geometry())
    assert presenter.geometry() != screen  # the facilitator can still reach their window
    # The facilitator goes back to their window and returns: it is still there.
    window.activateWindow()
    feature.actions.next_stage.trigger()
    assert presenter.isVisible()
    assert presenter.position_label.text() == "Stage 4 of 6 · Draft"
    as_a_window = presenter.geometry()
    qtbot.keyClick(presenter, Qt.Key.Key_F11)
    assert presenter.isFullScreen()
    assert presenter.geometry() == QApplication.primaryScreen().geometry()
    qtbot.keyClick(presenter, Qt.Key.Key_F11)
    assert not presenter.isFullScreen()
    assert presenter.geometry() == as_a_window
    qtbot.keyClick(presenter, Qt.Key.Key_F5)  # the facilitator's F5 works here too
    assert feature.presenter is None


def test_it_shows_the_persona_the_facilitator_opens(qtbot, window, feature) -> None:
    class Editor(QWidget):
        persona_shown = Signal(str)

    editor = Editor()
    dock = QDockWidget("Persona", window)  # the editor is a dock's panel, as in the app
    dock.setWidget(editor)
    window.session_changed.emit(window.session)  # the other features are ready
    wf = window.session.workshop
    ids = [wf.add_persona(name).created[0] for name in ("Dana", "Sam")]
    wf.set_stage(Stage.DRAFT)
    editor.persona_shown.emit(ids[1])
    presenter = feature.open_presenter()
    qtbot.waitExposed(presenter)
    assert presenter.heading_label.text() == "Sam"
    editor.persona_shown.emit(ids[0])
    assert presenter.heading_label.text() == "Dana"
    qtbot.keyClick(presenter, Qt.Key.Key_Down)
    assert presenter.heading_label.text() == "Sam"
    presenter.close()


def test_the_timer_is_in_sight_at_every_stage(qtbot, window, feature) -> None:
    presenter = open_presenter(qtbot, window, feature, 1280, 720)
    for stage in Stage:
        window.session.workshop.set_stage(stage)
        assert presenter.title_label.isVisible()
        assert presenter.timer_display.isVisible()
        assert presenter.rect().contains(presenter.timer_display.geometry())
        assert_nothing_cut(presenter)
