"""A note dragged into a cluster never lands on one of its notes (covering its text): it
goes to the nearest free spot in the frame, in the one undo step of the drag.

Real drags with the mouse on the board's viewport, from one note to a point over another.
"""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt

from workshop.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def _drag(board: Board, start: QPointF, end: QPointF, steps: int = 8) -> None:
    viewport = board.view.viewport()
    a, b = board.at(start), board.at(end)
    board.qtbot.mousePress(viewport, LEFT, pos=a)
    for i in range(1, steps + 1):
        t = i / steps
        board.qtbot.mouseMove(
            viewport, QPoint(round(a.x() + (b.x() - a.x()) * t), round(a.y() + (b.y() - a.y()) * t))
        )
    board.qtbot.mouseRelease(viewport, LEFT, pos=b)


def _rect(board: Board, note_id: str) -> QRectF:
    note = board.note(note_id)
    return QRectF(note.x, note.y, note.w, note.h)


def _covers(board: Board, note_id: str, others: list[str]) -> list[str]:
    mine = _rect(board, note_id)
    return [o for o in others if mine.intersects(_rect(board, o))]


def test_a_note_dropped_over_a_clusters_note_goes_to_a_free_spot(board: Board) -> None:
    change = board.session.perform(
        lambda wf: wf.add_cluster("Pain points", x=400.0, y=0.0, w=560.0, h=360.0)
    )
    assert change is not None
    cluster_id = change.created[0]
    members = board.add_notes("Fees surprise", "Too many steps", x=420, y=64, cluster_id=cluster_id)
    (dropped,) = board.add_notes("Checklist is too long", x=0, y=500)
    board.view.set_zoom(1.0)
    board.view.centerOn(500, 300)
    stack = board.session.undo.stack
    steps = stack.count()
    # Dropped with its corner a little right of and below the first note's: over its text.
    over = board.scene.notes[members[0]].board_rect().center() + QPointF(30, 30)
    _drag(board, board.centre_of(dropped), over)

    note = board.note(dropped)
    assert note.cluster_id == cluster_id
    assert _covers(board, dropped, members) == []
    frame = board.snapshot().clusters[0]
    assert (frame.w, frame.h) == (560.0, 360.0)  # there was room: the frame did not grow
    assert frame.x < note.x and note.x + note.w < frame.x + frame.w
    assert frame.y < note.y and note.y + note.h < frame.y + frame.h
    # Near where it was dropped (just below the notes), not anywhere in the frame.
    assert abs(note.y - (64 + 120 + 16)) < 1
    assert board.scene.notes[dropped].pos() == QPointF(note.x, note.y)  # shown where stored
    # One step: undo takes it back out, redo puts it in the same free spot.
    assert stack.count() == steps + 1
    assert stack.undoText() == "Move note into “Pain points”"
    placed = (note.x, note.y)
    board.session.undo.undo()
    assert board.note(dropped).cluster_id is None
    assert (board.note(dropped).x, board.note(dropped).y) == (0.0, 500.0)
    assert board.scene.notes[dropped].pos() == QPointF(0, 500)
    board.session.undo.redo()
    assert (board.note(dropped).x, board.note(dropped).y) == placed
    assert board.note(dropped).cluster_id == cluster_id
    assert board.scene.notes[dropped].pos() == QPointF(*placed)


def test_a_note_dropped_where_nothing_is_stays_there(board: Board) -> None:
    change = board.session.perform(
        lambda wf: wf.add_cluster("Pain points", x=400.0, y=0.0, w=560.0, h=360.0)
    )
    assert change is not None
    cluster_id = change.created[0]
    board.add_notes("Fees surprise", x=420, y=64, cluster_id=cluster_id)
    (dropped,) = board.add_notes("Checklist is too long", x=0, y=500)
    board.view.set_zoom(1.0)
    board.view.centerOn(500, 300)
    _drag(board, board.centre_of(dropped), QPointF(800, 260))
    note = board.note(dropped)
    assert note.cluster_id == cluster_id
    assert (note.x + note.w / 2, note.y + note.h / 2) == (800.0, 260.0)


def test_on_the_demo_a_note_dropped_over_a_clusters_note_covers_nothing(
    demo_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    board = Board(demo_window, qtbot)
    qtbot.waitUntil(lambda: not board.feature.restore_pending)
    scene = board.scene
    loose = next(n for n in scene.notes.values() if n.note.cluster_id is None)
    cluster = next(c for c in scene.clusters.values() if len(scene.member_items(c.cluster_id)) > 2)
    members = [m.note_id for m in scene.member_items(cluster.cluster_id)]
    last = max(scene.member_items(cluster.cluster_id), key=lambda m: (m.pos().y(), m.pos().x()))
    board.view.show_rect(loose.board_rect() | cluster.board_rect())
    board.at_rest()
    steps = board.session.undo.stack.count()
    over = last.board_rect().center() + QPointF(last.rect().width() / 3, 0)
    _drag(board, loose.board_rect().center(), over)
    assert board.note(loose.note_id).cluster_id == cluster.cluster_id
    assert _covers(board, loose.note_id, members) == []
    assert board.session.undo.stack.count() == steps + 1
