"""A double-click in voting mode is one dot: the facilitator meant one vote (a habit from
opening notes), not two. Two separate clicks stay two dots. Sent as the window system
sends them (press, release, double-click, release through the window)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from test_voting_mode import board_window, parts, start_round  # noqa: F401 (a fixture)

from workshop.ui.board.board_view import BoardView


def window_point(view: BoardView, x: float, y: float) -> QPoint:
    viewport = view.viewport()
    return viewport.mapTo(view.window(), QPoint(view.mapFromScene(x, y)))


def double_click(view: BoardView, x: float, y: float) -> None:
    window = view.window().windowHandle()
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton, pos=window_point(view, x, y))


def test_a_double_click_on_a_note_is_one_dot_and_opens_nothing(qtbot, board_window) -> None:  # noqa: F811
    window = board_window
    feature, panel, view = parts(window)
    feature.voting_dock.show()
    start_round(panel, "notes", votes=3)
    session = window.session
    lone = session.snapshot().notes[1]
    steps = session.undo.stack.count()
    double_click(view, lone.x + 20, lone.y + 20)
    votes = session.snapshot().votes
    assert [v.note_id for v in votes] == [lone.id]
    assert session.undo.stack.count() == steps + 1
    assert not view.note_editor.is_open
    assert "2 of 3 left" in panel.mode_label.text()
    # Two clicks apart (no double-click) are two dots.
    for _ in range(2):
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(view.mapFromScene(lone.x + 20, lone.y + 20)),
        )
    assert len(session.snapshot().votes) == 3


def test_a_double_click_on_a_clusters_body_is_one_dot(qtbot, board_window) -> None:  # noqa: F811
    window = board_window
    feature, panel, view = parts(window)
    feature.voting_dock.show()
    start_round(panel, "clusters", votes=3)
    session = window.session
    cluster = session.snapshot().clusters[0]
    double_click(view, 600.0, 450.0)
    assert [v.cluster_id for v in session.snapshot().votes] == [cluster.id]
    assert not view.note_editor.is_open
    assert session.snapshot().notes[0].cluster_id == cluster.id
    assert len(session.snapshot().notes) == 2  # no new note from the double-click
