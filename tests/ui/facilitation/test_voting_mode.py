"""Voting mode on the real board: clicks anywhere on a cluster or a note vote (one undo
step each), the board says the mode is on, keys choose who votes, Esc stops it, and the
badge says "3 dots · #1" without covering the cluster's count badge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QLabel

from workshop.domain.model import Cluster, Note, VoteTarget, WorkshopSnapshot
from workshop.store import create_workshop
from workshop.ui import main_window
from workshop.ui.board.board_view import BoardView
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.feature import BoardFeature
from workshop.ui.facilitation.feature import FacilitationFeature
from workshop.ui.facilitation.round_mode import target_at
from workshop.ui.facilitation.vote_overlay import VoteMark


@pytest.fixture
def board_window(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(
        main_window, "feature_factories", lambda: [BoardFeature, FacilitationFeature]
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = main_window.MainWindow(settings)
    qtbot.addWidget(win)
    wf = create_workshop(tmp_path / "w.pwshop", "Votes on the board")
    for name in ("Ana", "Ben", "Cy"):
        wf.add_participant(name)
    cluster = wf.add_cluster("Weekly routine", x=0.0, y=0.0, w=800.0, h=600.0).created[0]
    wf.add_notes(
        [
            {"text": "Sunday review", "x": 40.0, "y": 80.0, "cluster_id": cluster},
            {"text": "Lone note", "x": 1000.0, "y": 80.0},
        ]
    )
    win.attach(wf)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def parts(window):
    feature = next(f for f in window._features if isinstance(f, FacilitationFeature))
    view = window.findChild(BoardView)
    assert view is not None
    view.fitInView(view.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    return feature, feature.voting_panel, view


def start_round(panel, target: str, votes: int = 3) -> None:
    form = panel.form
    form.target_combo.setCurrentIndex(form.target_combo.findData(target))
    form.votes_spin.setValue(votes)
    form.name_edit.setText("Most painful")
    form.start_button.click()


def click(qtbot, view: BoardView, x: float, y: float) -> None:
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(view.mapFromScene(x, y))
    )


def test_a_click_on_a_clusters_body_is_a_vote_and_one_undo_step(qtbot, board_window) -> None:
    window = board_window
    feature, panel, view = parts(window)
    feature.voting_dock.show()
    start_round(panel, "clusters")
    session = window.session
    cluster = session.snapshot().clusters[0]
    stack = session.undo.stack
    steps = stack.count()
    # The body: below the title band, away from the note.
    click(qtbot, view, 600.0, 450.0)
    votes = session.snapshot().votes
    assert [(v.cluster_id, v.note_id) for v in votes] == [(cluster.id, None)]
    assert stack.count() == steps + 1
    assert stack.undoText() == "Vote"
    # A note in the cluster stands for its cluster; nothing was selected or moved.
    note = session.snapshot().notes[0]
    click(qtbot, view, note.x + 20, note.y + 20)
    assert [v.cluster_id for v in session.snapshot().votes] == [cluster.id] * 2
    assert view.scene().selectedItems() == []
    assert session.snapshot().notes[0].x == note.x
    # Empty board: nothing.
    click(qtbot, view, 900.0, 500.0)
    assert len(session.snapshot().votes) == 2
    session.undo.undo()
    assert len(session.snapshot().votes) == 1


def test_the_board_says_voting_is_on_and_keys_choose_who_votes(qtbot, board_window) -> None:
    window = board_window
    feature, panel, view = parts(window)
    feature.voting_dock.show()
    start_round(panel, "notes", votes=2)
    banner = view.findChild(QLabel, "votingBanner")
    assert banner is not None and banner.isVisible()
    assert banner.text() == (
        "Voting: click a note to give Ana's dot · 2 of 2 left · Tab: next person · Esc: stop"
    )
    assert view.viewport().geometry().contains(banner.geometry())
    assert panel.mode_label.text() == "Voting: click a note to give Ana's dot · 2 of 2 left"
    assert "Tab" in panel.keys_label.text() and "Esc" in panel.keys_label.text()

    lone = window.session.snapshot().notes[1]
    click(qtbot, view, lone.x + lone.w - 5, lone.y + lone.h - 5)  # its far corner
    assert banner.text().startswith("Voting: click a note to give Ana's dot · 1 of 2 left")

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert panel.voters.currentItem().text() == "2. Ben — 2 left"
    assert "Ben's dot" in banner.text()
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert panel.voters.currentItem().text() == "3. Cy — 2 left"
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert panel.voters.currentItem().text() == "2. Ben — 2 left"
    click(qtbot, view, lone.x + 10, lone.y + 10)
    ben = window.session.snapshot().participants[1].id
    assert [v.participant_id for v in window.session.snapshot().votes][-1] == ben

    # Esc stops, visibly, and a click then selects again.
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not panel.recording()
    assert banner.isHidden()
    assert window.statusBar().currentMessage() == (
        "Voting stopped (Esc): clicks on the board select again."
    )
    assert panel.mode_button.text() == "&Vote by clicking the board"
    click(qtbot, view, lone.x + 10, lone.y + 10)
    assert len(window.session.snapshot().votes) == 2
    assert [i.note_id for i in view.scene().selected_notes()] == [lone.id]
    # The panel's button turns it on again, and Esc in the panel stops it as well.
    qtbot.mouseClick(panel.mode_button, Qt.MouseButton.LeftButton)
    assert panel.recording() and banner.isVisible()
    qtbot.keyClick(panel.voters, Qt.Key.Key_Escape)
    assert not panel.recording() and banner.isHidden()


def test_the_badge_says_dots_and_rank_and_leaves_the_count_badge_free(qtbot, board_window) -> None:
    window = board_window
    feature, panel, view = parts(window)
    feature.voting_dock.show()
    start_round(panel, "clusters")
    for _ in range(3):
        click(qtbot, view, 600.0, 450.0)
    panel.end_button.click()
    marks = [i for i in view.scene().items() if isinstance(i, VoteMark)]
    assert [m.badge_text() for m in marks] == ["3 dots · #1"]
    assert marks[0].toolTip() == "This cluster got 3 dots and ranks #1 in this round."
    frame = next(i for i in view.scene().items() if isinstance(i, ClusterItem))
    count_badge = frame.mapRectToScene(frame.badge_rect())
    assert not marks[0].badge_rect().intersects(count_badge)
    assert not marks[0].badge_rect().intersects(frame.mapRectToScene(frame.band_rect()))


def test_what_a_click_votes_for() -> None:
    from workshop.domain.model import Workshop

    outer = Cluster("outer", "Outer", x=0, y=0, w=1000, h=1000, z=-1)
    inner = Cluster("inner", "Inner", x=100, y=100, w=300, h=300, z=-1)
    notes = [
        Note("low", "a", x=500, y=500, w=100, h=100, z=1, cluster_id="outer"),
        Note("high", "b", x=550, y=550, w=100, h=100, z=2),
    ]
    snapshot = WorkshopSnapshot(Workshop("w", "W"), notes=notes, clusters=[outer, inner])
    assert target_at(snapshot, 560, 560, VoteTarget.NOTES) == ("high", False)
    assert target_at(snapshot, 510, 510, VoteTarget.NOTES) == ("low", False)
    assert target_at(snapshot, 510, 510, VoteTarget.CLUSTERS) == ("outer", True)
    # A note in no cluster, in a round on clusters: it is what was clicked (refused later).
    assert target_at(snapshot, 640, 640, VoteTarget.CLUSTERS) == ("high", False)
    assert target_at(snapshot, 200, 200, VoteTarget.CLUSTERS) == ("inner", True)
    assert target_at(snapshot, 900, 100, VoteTarget.NOTES) == ("outer", True)
    assert target_at(snapshot, 2000, 0, VoteTarget.NOTES) is None
