"""Ctrl+G on spread-out notes, with real clicks and keys: the new frame covers nothing
else on the board, and one undo takes it all back."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import Qt

from workshop.domain.board_geometry import Rect

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_g_on_spread_out_notes_frames_them_in_free_space(board: Board) -> None:
    (middle_note,) = board.add_notes("Fees", x=900, y=400)
    middle = board.session.perform(lambda wf: wf.group_into_cluster([middle_note], "Money"))
    assert middle is not None
    (loose,) = board.add_notes("Loose", x=1500, y=500)
    (left,) = board.add_notes("Bursty income", x=0, y=0)
    (right,) = board.add_notes("Late pay", x=2400, y=900)
    board.view.zoom_to_fit()
    board.click(board.centre_of(left))
    board.click(board.centre_of(right), CTRL)
    assert {n.note_id for n in board.scene.selected_notes()} == {left, right}
    stack = board.session.undo.stack
    steps = stack.count()
    board.key(Qt.Key.Key_G, CTRL)
    assert stack.count() == steps + 1
    editor = board.view.title_editor
    assert editor.is_open
    board.key(Qt.Key.Key_Return, widget=editor)

    snap = board.snapshot()
    (frame,) = [c for c in snap.clusters if c.id != middle.created[0]]
    box = Rect(frame.x, frame.y, frame.w, frame.h)
    for other in snap.clusters:
        assert other.id == frame.id or not box.overlaps(Rect(other.x, other.y, other.w, other.h))
    for note in snap.notes:
        rect = Rect(note.x, note.y, note.w, note.h)
        if note.cluster_id == frame.id:
            assert box.x <= rect.x and rect.right <= box.right
        else:
            assert not box.overlaps(rect)
    assert {board.note(left).cluster_id, board.note(right).cluster_id} == {frame.id}
    assert (board.note(loose).x, board.note(loose).y) == (1500.0, 500.0)
    # The scene shows the notes where the store put them.
    assert board.scene.notes[left].pos().x() == board.note(left).x

    stack.undo()
    assert len(board.snapshot().clusters) == 1
    assert (board.note(left).x, board.note(right).x) == (0.0, 2400.0)
