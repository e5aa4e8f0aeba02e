"""Each board gesture, made with the mouse and keys, is one transaction and one undo step;
a write failing anywhere in it leaves the file and the undo stack as they were, and Undo
then takes back the gesture before it (not half of the failed one).

The failures are made in the store (``transaction_probe``): its n-th write in the
gesture fails as on a full disk.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from board_driver import Board
from PySide6.QtCore import QPointF, Qt
from transaction_probe import commits, file_state, statements, writes_failing_at

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def said(board: Board, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window tells the facilitator (a message box, not shown here)."""
    messages: list[str] = []
    monkeypatch.setattr(board.window, "show_message", lambda title, text: messages.append(text))
    return messages


def make_cluster(board: Board, title: str = "Pain points") -> str:
    change = board.session.perform(
        lambda wf: wf.add_cluster(title, x=400.0, y=0.0, w=400.0, h=300.0)
    )
    assert change is not None
    return change.created[0]


def check_gesture(
    board: Board,
    monkeypatch: pytest.MonkeyPatch,
    gesture: Callable[[], None],
    writes: int,
    reset: Callable[[], None] = lambda: None,
) -> None:
    """``gesture`` (which makes ``writes`` writes) with each write failing in turn, then for
    real: one transaction and one undo step."""
    session = board.session
    stack = session.undo.stack
    before = file_state(session.workshop)
    steps, top = stack.count(), stack.undoText()
    for failing in range(1, writes + 1):
        with (
            writes_failing_at(monkeypatch, failing),
            board.qtbot.waitSignal(session.undo.failed, timeout=2000) as failed,
        ):
            gesture()
        assert "could not be saved" in failed.args[0]
        assert file_state(session.workshop) == before, f"write {failing} of {writes}"
        assert (stack.count(), stack.undoText()) == (steps, top)
        reset()
    with writes_failing_at(monkeypatch, None) as made, statements(session.workshop) as seen:
        gesture()
    assert len(made) == writes, "the gesture writes more or less than the test thinks"
    assert commits(seen) == 1
    assert stack.count() == steps + 1


def test_a_drop_into_a_cluster_whose_frame_must_grow(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    cluster_id = make_cluster(board)
    first, second = board.add_notes("Checklist too long", "Fees surprise", x=0, y=400)
    board.view.set_zoom(0.8)
    board.view.centerOn(500, 300)
    board.drag(board.centre_of(first), QPointF(520, 150), steps=8)  # well inside: no growth
    assert board.note(first).cluster_id == cluster_id
    previous = board.note(first)

    def drop_at_the_edge() -> None:
        board.drag(board.centre_of(second), QPointF(760, 250), steps=8)

    def back_where_stored() -> None:
        note = board.note(second)
        assert board.scene.notes[second].pos() == QPointF(note.x, note.y)
        assert note.cluster_id is None

    # The note moves and joins; the frame grows.
    check_gesture(board, monkeypatch, drop_at_the_edge, writes=2, reset=back_where_stored)
    frame = board.snapshot().clusters[0]
    note = board.note(second)
    assert note.cluster_id == cluster_id
    assert frame.x + frame.w >= note.x + note.w and frame.y + frame.h >= note.y + note.h
    assert board.scene.clusters[cluster_id].board_rect().height() == frame.h
    board.session.undo.undo()
    assert board.note(second).cluster_id is None and board.snapshot().clusters[0].h == 300.0
    board.session.undo.undo()  # the drop before it, whole
    assert board.note(first).cluster_id is None
    assert (board.note(first).x, board.note(first).y) != (previous.x, previous.y)


def test_a_failed_drop_leaves_undo_to_take_back_the_drop_before_it(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The defect this design removes: a drop whose second write failed kept its first
    write, added no undo step, and Undo then reverted the previous drop."""
    cluster_id = make_cluster(board)
    first, second = board.add_notes("Checklist too long", "Fees surprise", x=0, y=400)
    board.view.set_zoom(0.8)
    board.view.centerOn(500, 300)
    board.drag(board.centre_of(first), QPointF(520, 150), steps=8)
    with writes_failing_at(monkeypatch, 2), board.qtbot.waitSignal(board.session.undo.failed):
        board.drag(board.centre_of(second), QPointF(760, 250), steps=8)
    assert board.note(second).cluster_id is None
    assert (board.note(second).x, board.note(second).y) == (200.0, 400.0)
    board.session.undo.undo()
    assert board.note(first).cluster_id is None
    assert board.note(second).cluster_id is None
    assert board.scene.clusters[cluster_id].note_count == 0


def test_grouping_the_selection_with_ctrl_g(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    board.add_notes("a", "b", "c")
    board.view.zoom_to_fit()

    def group() -> None:
        board.focus()
        board.key(Qt.Key.Key_A, CTRL)
        board.key(Qt.Key.Key_G, CTRL)

    # The new cluster, then its notes put in it.
    check_gesture(board, monkeypatch, group, writes=2, reset=lambda: None)
    (cluster,) = board.snapshot().clusters
    assert {n.cluster_id for n in board.snapshot().notes} == {cluster.id}
    assert set(board.scene.clusters) == {cluster.id}
    board.key(Qt.Key.Key_Escape, widget=board.view.title_editor)


def two_clusters(board: Board, *in_second: str) -> tuple[str, str]:
    """ "Money" holding two notes, and "Time" below it holding ``in_second``."""
    a = make_cluster(board, "Money")
    board.add_notes("a", "b", x=420, y=100, cluster_id=a)
    other = board.session.perform(
        lambda wf: wf.add_cluster("Time", x=0.0, y=600.0, w=600.0, h=400.0)
    )
    assert other is not None
    b = other.created[0]
    board.add_notes(*in_second, x=20, y=700, cluster_id=b)
    board.view.zoom_to_fit()
    return a, b


def test_tidying_two_clusters(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = two_clusters(board, "c", "d", "e")

    def tidy() -> None:
        board.view.select_notes([], [a, b])
        board.feature.actions.tidy.trigger()

    # Each cluster: its notes (in runs that change the same columns), then its frame.
    check_gesture(board, monkeypatch, tidy, writes=6)
    assert board.session.undo.stack.undoText() == "Tidy cluster"
    board.session.undo.undo()
    assert {n.x for n in board.snapshot().notes if n.cluster_id == b} == {20.0, 220.0, 420.0}


def test_pasting_copied_clusters(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = two_clusters(board, "c")
    board.view.select_notes([], [a, b])
    board.key(Qt.Key.Key_C, CTRL)

    def paste() -> None:
        board.focus()
        board.key(Qt.Key.Key_V, CTRL)

    # One insert per new cluster and per new note.
    check_gesture(board, monkeypatch, paste, writes=5)
    snapshot = board.snapshot()
    assert len(snapshot.clusters) == 4 and len(snapshot.notes) == 6
    assert set(board.scene.clusters) == {c.id for c in snapshot.clusters}
    board.session.undo.undo()
    assert len(board.snapshot().clusters) == 2 and len(board.scene.notes) == 3
