"""Closing a workshop while notes are selected on the board: nothing may call back into
a board (or notes) that are already gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from shiboken6 import Shiboken

from workshop.demo import fresh_demo_copy
from workshop.ui.board.scene import BoardScene
from workshop.ui.main_window import MainWindow


def board_of(window: MainWindow) -> BoardScene:
    assert window.session is not None
    scene = window.session.board_scene
    assert isinstance(scene, BoardScene)
    return scene


def select_some_notes(window: MainWindow, qtbot, how: str) -> list[str]:  # type: ignore[no-untyped-def]
    scene = board_of(window)
    note_ids = sorted(scene.notes)[:3]
    if how == "highlight":  # as an evidence badge or a voting result asks for them
        assert window.session is not None
        window.session.highlight_requested.emit(note_ids)
    else:  # Ctrl+click on each note, as the facilitator would
        view = scene.views()[0]
        for note_id in note_ids:
            view.centerOn(scene.notes[note_id].tile)
            centre = scene.notes[note_id].sceneBoundingRect().center()
            point: QPoint = view.mapFromScene(centre)
            qtbot.mouseClick(
                view.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.ControlModifier,
                point,
            )
    qtbot.waitUntil(lambda: len(scene.selected_notes()) == len(note_ids))
    return note_ids


@pytest.mark.parametrize("how", ["highlight", "click"])
def test_file_close_with_notes_selected(demo_window: MainWindow, qtbot, how: str) -> None:  # type: ignore[no-untyped-def]
    scene = board_of(demo_window)
    chosen = select_some_notes(demo_window, qtbot, how)
    assert demo_window.session is not None
    assert sorted(demo_window.session.selected_note_ids) == chosen
    demo_window.close_action.trigger()
    assert demo_window.session is None
    assert demo_window.pages.currentWidget() is demo_window.start_screen
    qtbot.waitUntil(lambda: not Shiboken.isValid(scene))  # the board is really gone


def test_closing_the_window_with_notes_selected(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_some_notes(demo_window, qtbot, "highlight")
    demo_window.close()
    assert demo_window.session is None


def test_a_window_that_goes_without_closing_the_workshop(
    qtbot, settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # As when the application quits without closing its window: Qt deletes the window's
    # widgets, and the board's scene (which is no widget) goes after them.
    window = MainWindow(settings)
    window.show()
    assert window.open_path(str(fresh_demo_copy(tmp_path)), remember=False)
    scene = board_of(window)
    assert window.session is not None
    window.session.highlight_requested.emit(sorted(scene.notes)[:3])
    assert scene.selected_notes()
    workshop = window.session.workshop
    Shiboken.delete(window)
    try:
        Shiboken.delete(scene)  # before the fix: RuntimeError in the board's selection slot
    finally:
        workshop.close()
