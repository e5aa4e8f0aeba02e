"""Notes on the board: typed in, edited, moved, resized, deleted — each one undo step."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QPointF, Qt

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_a_note_is_made_by_pressing_n_and_typing(board: Board) -> None:
    kim = board.session.perform(lambda wf: wf.add_participant("Kim"))
    assert kim is not None
    board.session.set_writing_as(kim.created[0])
    board.key(Qt.Key.Key_N)
    editor = board.view.note_editor
    assert editor.is_open and editor.hasFocus()
    board.qtbot.keyClicks(editor, "Wants a weekly routine")
    board.key(Qt.Key.Key_Return, SHIFT, editor)
    board.qtbot.keyClicks(editor, "under ten minutes")
    board.key(Qt.Key.Key_Return, widget=editor)
    assert not editor.is_open
    notes = board.snapshot().notes
    assert [n.text for n in notes] == ["Wants a weekly routine\nunder ten minutes"]
    assert notes[0].author_id == kim.created[0]
    assert notes[0].source_id is None  # no source yet: an assumption
    item = board.scene.notes[notes[0].id]
    assert item.isSelected()
    assert board.view.visible_rect().contains(item.board_rect())
    assert board.session.undo.stack.undoText() == "Add note"
    board.session.undo.undo()
    assert board.snapshot().notes == [] and board.scene.notes == {}
    board.session.undo.redo()
    assert [n.text for n in board.snapshot().notes] == [notes[0].text]


def test_an_empty_note_makes_nothing(board: Board) -> None:
    board.double_click(QPointF(300, 200))
    editor = board.view.note_editor
    assert editor.is_open
    board.key(Qt.Key.Key_Escape, widget=editor)
    board.key(Qt.Key.Key_N)
    board.key(Qt.Key.Key_Return, widget=editor)
    assert board.snapshot().notes == []
    assert board.session.undo.stack.count() == 0


def test_double_click_makes_a_note_there_and_edits_an_existing_one(board: Board) -> None:
    board.view.set_zoom(1.0)
    board.view.centerOn(0, 0)
    board.double_click(QPointF(40, 30))
    board.qtbot.keyClicks(board.view.note_editor, "First")
    board.key(Qt.Key.Key_Return, widget=board.view.note_editor)
    note = board.note_with_text("First")
    assert abs(note.x + note.w / 2 - 40) < 2 and abs(note.y + note.h / 2 - 30) < 2
    board.double_click(board.centre_of(note.id))
    editor = board.view.note_editor
    assert editor.is_open and editor.toPlainText() == "First"
    editor.selectAll()
    board.qtbot.keyClicks(editor, "Changed")
    board.key(Qt.Key.Key_Return, widget=editor)
    assert board.note(note.id).text == "Changed"
    # Enter on a selected note edits it too; clicking away keeps what was typed.
    board.view.setFocus()
    board.key(Qt.Key.Key_Return)
    assert editor.is_open
    board.qtbot.keyClicks(editor, " again")
    board.view.setFocus()
    assert board.note(note.id).text == "Changed again"
    assert board.session.undo.stack.undoText() == "Edit note text"


def test_delete_key_deletes_the_selection_and_undo_brings_it_back(board: Board) -> None:
    ids = board.add_notes("one", "two", "three")
    board.view.zoom_to_fit()
    board.click(board.centre_of(ids[0]))
    board.click(board.centre_of(ids[2]), Qt.KeyboardModifier.ControlModifier)
    assert set(board.session.selected_note_ids) == {ids[0], ids[2]}
    board.key(Qt.Key.Key_Delete)
    assert [n.text for n in board.snapshot().notes] == ["two"]
    assert set(board.scene.notes) == {ids[1]}
    assert board.session.undo.stack.undoText() == "Delete 2 notes"
    board.session.undo.undo()
    assert sorted(n.text for n in board.snapshot().notes) == ["one", "three", "two"]
    assert set(board.scene.notes) == set(ids)


def test_arrow_keys_move_the_selection_one_step_per_press(board: Board) -> None:
    (note_id,) = board.add_notes("nudge me", x=100, y=100)
    board.view.zoom_to_fit()
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_Right)
    board.key(Qt.Key.Key_Down, SHIFT)
    note = board.note(note_id)
    assert (note.x, note.y) == (110.0, 200.0)
    assert board.session.undo.stack.count() == 3  # add, right, shift+down
    board.session.undo.undo()
    assert (board.note(note_id).x, board.note(note_id).y) == (110.0, 100.0)
    assert board.scene.notes[note_id].pos() == QPointF(110, 100)


def test_dragging_a_note_is_one_undo_step(board: Board) -> None:
    (note_id,) = board.add_notes("drag me", x=0, y=0)
    board.view.set_zoom(1.0)
    board.view.centerOn(300, 200)
    start = board.centre_of(note_id)
    board.drag(start, start + QPointF(250, 120), steps=12)
    note = board.note(note_id)
    assert (round(note.x), round(note.y)) == (250, 120)
    assert board.session.undo.stack.count() == 2
    assert board.session.undo.stack.undoText() == "Move note"
    board.session.undo.undo()
    assert board.scene.notes[note_id].pos() == QPointF(0, 0)


def test_the_corner_of_a_selected_note_resizes_it(board: Board) -> None:
    (note_id,) = board.add_notes("resize me", x=0, y=0)
    board.view.set_zoom(1.0)
    board.view.centerOn(200, 150)
    board.click(board.centre_of(note_id))
    corner = QPointF(158, 118)
    board.drag(corner, corner + QPointF(100, 60))
    note = board.note(note_id)
    assert (round(note.w), round(note.h)) == (260, 180)
    assert (note.x, note.y) == (0.0, 0.0)
    assert board.session.undo.stack.undoText() == "Resize note"
    board.session.undo.undo()
    assert board.scene.notes[note_id].rect().width() == 160


def test_a_click_tells_the_session_which_note(board: Board) -> None:
    (note_id,) = board.add_notes("vote for me")
    board.view.zoom_to_fit()
    with board.qtbot.waitSignal(board.session.note_clicked) as signal:
        board.click(board.centre_of(note_id))
    assert signal.args == [note_id]
    assert board.session.selected_note_ids == [note_id]


def test_f2_edits_and_a_read_only_workshop_cannot_be_changed(board: Board, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (note_id,) = board.add_notes("look, don't touch")
    board.view.zoom_to_fit()
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_F2)
    assert board.view.note_editor.is_open
    board.key(Qt.Key.Key_Escape, widget=board.view.note_editor)
    path = board.session.workshop.path
    board.window.close_workshop()
    from workshop.store import open_workshop

    board.window.attach(open_workshop(path, read_only=True), remember=False)
    board.qtbot.waitUntil(lambda: not board.feature.restore_pending)
    board.focus()
    assert board.session.read_only and set(board.scene.notes) == {note_id}
    board.key(Qt.Key.Key_N)
    assert not board.view.note_editor.is_open
    start = board.centre_of(note_id)
    board.drag(start, start + QPointF(120, 80))
    assert board.scene.notes[note_id].pos() == QPointF(0, 0)
    assert board.session.selected_note_ids == [note_id]  # selecting still works
    board.key(Qt.Key.Key_Delete)
    assert set(board.scene.notes) == {note_id}
    assert not board.feature.actions.delete.isEnabled()
