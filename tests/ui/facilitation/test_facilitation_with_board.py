"""Dot voting and the presenter view with the real evidence board."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QGraphicsView

from workshop.store import create_workshop
from workshop.ui import main_window
from workshop.ui.board.board_view import BoardView
from workshop.ui.board.feature import BoardFeature
from workshop.ui.facilitation.feature import FacilitationFeature
from workshop.ui.facilitation.vote_overlay import VoteMark


@pytest.fixture
def board_window(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(
        main_window, "feature_factories", lambda: [BoardFeature, FacilitationFeature]
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = main_window.MainWindow(settings)
    qtbot.addWidget(win)
    wf = create_workshop(tmp_path / "w.pwshop", "Board and votes")
    wf.add_participant("Ana")
    wf.add_notes([{"text": f"Note {i}", "x": 220.0 * i, "y": 0.0} for i in range(3)])
    win.attach(wf)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_clicking_notes_on_the_board_votes_and_the_result_heats_it(qtbot, board_window) -> None:
    window = board_window
    session = window.session
    feature = next(f for f in window._features if isinstance(f, FacilitationFeature))
    view = window.findChild(BoardView)
    assert view is not None and session.board_scene is view.scene()
    feature.voting_dock.show()
    feature.voting_panel.form.votes_spin.setValue(2)
    feature.voting_panel.form.start_round()
    notes = session.snapshot().notes
    view.fitInView(view.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def click(note) -> None:
        centre = view.mapFromScene(note.x + note.w / 2, note.y + note.h / 2)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre))

    click(notes[1])
    click(notes[1])
    assert [v.note_id for v in session.snapshot().votes] == [notes[1].id, notes[1].id]
    # The live badge sits over the note but never takes its clicks.
    click(notes[1])
    assert feature.voting_panel.refused_label.text() == "Ana has used all 2 votes in this round."

    feature.voting_panel.end_button.click()
    marks = [i for i in view.scene().items() if isinstance(i, VoteMark)]
    assert [m.badge_text() for m in marks] == ["2 dots · #1"]

    presenter = feature.open_presenter()
    qtbot.waitExposed(presenter)
    # The room sees the notes' words, not a second view of the board.
    assert presenter.findChildren(QGraphicsView) == []
    assert view.scene().views() == [view]
    presenter.close()


def test_the_board_still_works_after_the_presenter_view_closed(qtbot, board_window) -> None:
    """Notes are Qt-made rectangles; a view deleted with the window around it made PySide
    forget them (the next move crashed) until the presenter let go of the board first."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    window = board_window
    feature = next(f for f in window._features if isinstance(f, FacilitationFeature))
    view = window.findChild(BoardView)
    presenter = feature.open_presenter()
    qtbot.waitExposed(presenter)
    presenter.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    scene = view.scene()
    assert all(Shiboken.isValid(item.tile) for item in scene.notes.values())
    note = window.session.snapshot().notes[0]
    item = scene.notes[note.id]
    item.setSelected(True)
    assert [n.note_id for n in scene.selected_notes()] == [note.id]
    window.session.perform(
        lambda wf: wf.set_note_geometry({note.id: {"x": 500.0, "y": 300.0}}, "Move")
    )
    assert (item.pos().x(), item.pos().y()) == (500.0, 300.0)


def test_a_cluster_clicked_on_the_board_is_what_the_room_sees(qtbot, board_window) -> None:
    window = board_window
    session = window.session
    feature = next(f for f in window._features if isinstance(f, FacilitationFeature))
    view = window.findChild(BoardView)
    for title, x in (("Routine", 0.0), ("Income", 1000.0)):
        session.perform(lambda wf, t=title, x=x: wf.add_cluster(t, x=x, y=400.0, w=600.0, h=300.0))
    session.perform(lambda wf: wf.set_stage("cluster"))
    view.fitInView(view.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    presenter = feature.open_presenter()
    qtbot.waitExposed(presenter)
    assert presenter.heading_label.text() == "Routine"
    # The facilitator clicks the second cluster's title band on the board.
    band = view.mapFromScene(1000.0 + 300.0, 400.0 + 20.0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(band))
    income = next(c.id for c in session.snapshot().clusters if c.title == "Income")
    assert session.selected_cluster_ids == [income]
    assert presenter.heading_label.text() == "Income"
    presenter.close()
