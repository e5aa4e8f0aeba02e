"""The note editor holds at most NOTE_TEXT_MAX characters, what the store accepts: a paste
or typing past it keeps what fits and says so; the note is saved with what fits."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop.domain.limits import NOTE_TEXT_MAX


def test_a_paste_past_the_cap_keeps_what_fits_and_says_so(board: Board) -> None:
    board.key(Qt.Key.Key_N)
    editor = board.view.note_editor
    QApplication.clipboard().setText("Pasted transcript. " * 1_200)  # 22,800 characters

    with board.qtbot.waitSignal(editor.capped) as said:
        board.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier, editor)
    board.key(Qt.Key.Key_Return, widget=editor)

    assert "at most 20,000 characters" in said.args[0]
    (note,) = board.snapshot().notes
    assert note.text == ("Pasted transcript. " * 1_200)[:NOTE_TEXT_MAX]


def test_typing_past_the_cap_stops_at_the_cap(board: Board) -> None:
    (note_id,) = board.add_notes("z" * (NOTE_TEXT_MAX - 2))
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_F2)
    editor = board.view.note_editor
    assert editor.is_open

    with board.qtbot.waitSignal(editor.capped):
        board.qtbot.keyClicks(editor, "abcd")
    board.key(Qt.Key.Key_Return, widget=editor)

    assert board.note(note_id).text == "z" * (NOTE_TEXT_MAX - 2) + "ab"


def test_a_note_under_the_cap_is_edited_as_ever(board: Board) -> None:
    board.key(Qt.Key.Key_N)
    editor = board.view.note_editor
    capped: list[str] = []
    editor.capped.connect(capped.append)

    board.qtbot.keyClicks(editor, "Budget every Sunday")
    board.key(Qt.Key.Key_Return, widget=editor)

    assert [n.text for n in board.snapshot().notes] == ["Budget every Sunday"]
    assert capped == []
