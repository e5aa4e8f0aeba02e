"""Clusters: drag notes in and out, group and ungroup, move a cluster with its notes."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QPointF, Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def make_cluster(board: Board, title: str = "Pain points") -> str:
    change = board.session.perform(
        lambda wf: wf.add_cluster(title, x=400.0, y=0.0, w=400.0, h=300.0)
    )
    assert change is not None
    return change.created[0]


def test_dragging_a_note_into_a_cluster_puts_it_in_and_undo_takes_it_out(board: Board) -> None:
    cluster_id = make_cluster(board)
    (note_id,) = board.add_notes("Checklist is too long", x=0, y=60)
    board.view.set_zoom(1.0)
    board.view.centerOn(400, 150)
    start = board.centre_of(note_id)
    board.drag(start, QPointF(600, 170), steps=10)
    note = board.note(note_id)
    assert note.cluster_id == cluster_id
    assert board.scene.clusters[cluster_id].note_count == 1
    assert board.session.undo.stack.undoText() == "Move note into “Pain points”"
    board.session.undo.undo()
    assert board.note(note_id).cluster_id is None
    assert (board.note(note_id).x, board.note(note_id).y) == (0.0, 60.0)
    assert board.scene.notes[note_id].pos() == QPointF(0, 60)
    assert board.scene.clusters[cluster_id].note_count == 0
    board.session.undo.redo()
    assert board.note(note_id).cluster_id == cluster_id
    # Dragged out again: it leaves the cluster.
    board.drag(board.centre_of(note_id), QPointF(100, 500), steps=10)
    assert board.note(note_id).cluster_id is None
    assert board.session.undo.stack.undoText() == "Take note out of “Pain points”"


def test_a_note_dropped_at_a_clusters_edge_grows_the_frame(board: Board) -> None:
    cluster_id = make_cluster(board)
    (note_id,) = board.add_notes("Edge case", x=0, y=400)
    board.view.set_zoom(0.8)
    board.view.centerOn(500, 300)
    board.drag(board.centre_of(note_id), QPointF(760, 250), steps=8)
    frame = board.snapshot().clusters[0]
    note = board.note(note_id)
    assert note.cluster_id == cluster_id
    assert frame.x + frame.w >= note.x + note.w and frame.y + frame.h >= note.y + note.h


def test_ctrl_g_clusters_the_selection_and_ctrl_shift_g_ungroups(board: Board) -> None:
    ids = board.add_notes("a", "b", "c")
    board.view.zoom_to_fit()
    board.key(Qt.Key.Key_A, CTRL)
    assert len(board.scene.selected_notes()) == 3
    board.key(Qt.Key.Key_G, CTRL)
    editor = board.view.title_editor
    assert editor.is_open and editor.text() == "New cluster"
    board.qtbot.keyClicks(editor, "Routines")
    board.key(Qt.Key.Key_Return, widget=editor)
    (cluster,) = board.snapshot().clusters
    assert cluster.title == "Routines"
    assert {n.cluster_id for n in board.snapshot().notes} == {cluster.id}
    assert board.scene.clusters[cluster.id].isSelected()
    board.view.setFocus()
    board.key(Qt.Key.Key_G, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert board.snapshot().clusters == []
    assert {n.cluster_id for n in board.snapshot().notes} == {None}
    assert set(board.scene.notes) == set(ids) and board.scene.clusters == {}
    board.session.undo.undo()  # ungroup
    board.session.undo.undo()  # rename
    board.session.undo.undo()  # cluster
    assert board.snapshot().clusters == [] and board.scene.clusters == {}


def test_dragging_a_cluster_by_its_title_moves_its_notes(board: Board) -> None:
    cluster_id = make_cluster(board)
    inside = board.add_notes("in the cluster", x=440, y=80, cluster_id=cluster_id)
    (outside,) = board.add_notes("outside", x=0, y=0)
    board.view.set_zoom(1.0)
    board.view.centerOn(600, 250)
    board.drag(QPointF(480, 20), QPointF(580, 120), steps=8)
    frame = board.snapshot().clusters[0]
    assert (frame.x, frame.y) == (500.0, 100.0)
    assert (board.note(inside[0]).x, board.note(inside[0]).y) == (540.0, 180.0)
    assert (board.note(outside).x, board.note(outside).y) == (0.0, 0.0)
    assert board.session.undo.stack.undoText() == "Move cluster"
    board.session.undo.undo()
    assert board.scene.notes[inside[0]].pos() == QPointF(440, 80)
    assert board.scene.clusters[cluster_id].pos() == QPointF(400, 0)


def test_the_inside_of_a_cluster_starts_a_rubber_band(board: Board) -> None:
    cluster_id = make_cluster(board)
    ids = board.add_notes("x", "y", x=420, y=80, cluster_id=cluster_id)
    board.view.set_zoom(1.0)
    board.view.centerOn(600, 150)
    board.drag(QPointF(410, 60), QPointF(790, 290), steps=6)
    assert set(board.session.selected_note_ids) == set(ids)
    assert not board.scene.clusters[cluster_id].isSelected()
    assert board.snapshot().clusters[0].x == 400.0  # the frame did not move


def test_tidy_arranges_a_cluster_and_shows_counts(board: Board) -> None:
    cluster_id = make_cluster(board)
    board.add_notes("1", "2", "3", "4", "5", x=420, y=500, cluster_id=cluster_id)
    item = board.scene.clusters[cluster_id]
    assert item.note_count == 5
    board.view.select_notes([], [cluster_id])
    board.feature.actions.tidy.trigger()
    notes = board.snapshot().notes
    frame = board.snapshot().clusters[0]
    assert all(frame.x < n.x and n.x + n.w < frame.x + frame.w for n in notes)
    assert all(frame.y < n.y and n.y + n.h < frame.y + frame.h for n in notes)
    assert board.session.undo.stack.undoText() == "Tidy cluster"
