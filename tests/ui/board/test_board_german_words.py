"""With the window in German, what the board's gestures are called is German too: the
undo step of a deletion or a move, the name offered for a copy of the workshop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from board_driver import Board
from PySide6.QtCore import Qt

from workshop.ui.translators import install_translators, remove_translators


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "de")
    assert installed, "no German catalogue was installed"
    yield
    remove_translators(qapp, installed)


def test_undo_steps_of_board_gestures_are_german(german: None, board: Board) -> None:
    ids = board.add_notes("eins", "zwei", "drei")
    board.view.zoom_to_fit()
    board.click(board.centre_of(ids[0]))
    board.click(board.centre_of(ids[2]), Qt.KeyboardModifier.ControlModifier)
    board.key(Qt.Key.Key_Delete)
    assert board.session.undo.stack.undoText() == "2 Notizen löschen"
    board.click(board.centre_of(ids[1]))
    board.key(Qt.Key.Key_Delete)
    assert board.session.undo.stack.undoText() == "Notiz löschen"


def test_a_copy_of_the_workshop_is_offered_under_a_german_name(
    german: None, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def ask(title: str, suggested: str) -> None:
        offered.append(suggested)

    monkeypatch.setattr(board.window, "ask_save_path", ask)
    board.window.save_copy()
    assert [Path(p).name for p in offered] == ["board Kopie.pwshop"]
