"""Editing a note or a cluster's title never moves the board, and Esc never loses what
was typed into a new note. Driven with real double-clicks and keys on the board."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QPointF, Qt

from workshop.ui.board import style
from workshop.ui.board.view import EDIT_ZOOM


def where(board: Board) -> tuple[object, int, int]:
    view = board.view
    return view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def test_double_click_edits_a_note_in_place_at_a_low_zoom(board: Board) -> None:
    ids = board.add_notes(*[f"note {i}" for i in range(12)], x=0, y=0)
    board.add_notes(*[f"row {i}" for i in range(12)], x=0, y=1600)
    board.view.zoom_to_fit()
    board.view.set_zoom(0.3)
    before = where(board)
    assert board.view.zoom() < EDIT_ZOOM
    board.double_click(board.centre_of(ids[3]))
    editor = board.view.note_editor
    assert editor.is_open and where(board) == before
    # The editor is scaled to a readable size, over the note (not the whole board at 100%).
    note_on_screen = board.view_rect_of(ids[3])
    assert editor.width() > note_on_screen.width() * 1.5
    assert editor.geometry().contains(note_on_screen.center().toPoint())
    assert editor.font().pixelSize() >= round(style.TEXT_SIZES[0] * EDIT_ZOOM)
    editor.selectAll()
    board.qtbot.keyClicks(editor, "edited")
    board.key(Qt.Key.Key_Return, widget=editor)
    assert board.note(ids[3]).text == "edited"
    assert where(board) == before
    board.double_click(board.centre_of(ids[5]))
    board.qtbot.keyClicks(editor, " dropped")
    board.key(Qt.Key.Key_Escape, widget=editor)
    assert board.note(ids[5]).text == "note 5"
    assert where(board) == before


def test_a_new_note_and_a_cluster_title_are_typed_without_moving_the_view(board: Board) -> None:
    board.add_notes(*[f"n{i}" for i in range(10)], x=0, y=0)
    board.view.zoom_to_fit()
    board.view.zoom_out()
    before = where(board)
    board.double_click(QPointF(900, 900))
    assert board.view.note_editor.is_open and where(board) == before
    board.qtbot.keyClicks(board.view.note_editor, "fresh")
    board.key(Qt.Key.Key_Return, widget=board.view.note_editor)
    assert board.note_with_text("fresh") is not None
    assert where(board) == before
    # Ctrl+G on a selection asks for the new cluster's name in place.
    board.view.setFocus()
    board.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    board.key(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    title = board.view.title_editor
    assert title.is_open
    board.qtbot.keyClicks(title, "Routines")
    board.key(Qt.Key.Key_Return, widget=title)
    assert [c.title for c in board.snapshot().clusters] == ["Routines"]
    assert board.view.transform() == before[0]


def test_editing_a_note_out_of_sight_shows_it_and_goes_back(board: Board) -> None:
    (near, far) = board.add_notes("near", "far", x=0, y=0)
    board.session.perform(lambda wf: wf.move_notes({far: (5000.0, 5000.0)}))
    board.view.set_zoom(1.0)
    board.view.centerOn(board.centre_of(near))
    before = where(board)
    board.view.select_notes([far])
    board.key(Qt.Key.Key_F2)
    assert board.view.note_editor.is_open
    assert board.view.visible_rect().intersects(board.scene.notes[far].board_rect())
    board.key(Qt.Key.Key_Escape, widget=board.view.note_editor)
    assert where(board) == before


def test_escape_keeps_a_new_notes_text_as_one_undo_step(board: Board) -> None:
    board.double_click(QPointF(300, 200))
    editor = board.view.note_editor
    board.qtbot.keyClicks(editor, "keep me")
    board.key(Qt.Key.Key_Escape, widget=editor)
    assert not editor.is_open
    assert [n.text for n in board.snapshot().notes] == ["keep me"]
    assert board.session.undo.stack.count() == 1
    board.session.undo.undo()
    assert board.snapshot().notes == []


def test_escape_on_an_empty_new_note_leaves_nothing_to_undo(board: Board) -> None:
    board.double_click(QPointF(300, 200))
    board.key(Qt.Key.Key_Escape, widget=board.view.note_editor)
    board.key(Qt.Key.Key_N)
    board.qtbot.keyClicks(board.view.note_editor, "   ")
    board.key(Qt.Key.Key_Escape, widget=board.view.note_editor)
    assert board.snapshot().notes == []
    assert board.session.undo.stack.count() == 0
    assert not board.view.note_editor.is_open
