"""Zooming a big board stays smooth: while a wheel or key zoom goes on, notes show the
picture they had at rest, scaled (no text laid out or drawn per step, no faces made for
notes coming into view); once the zoom comes to rest the notes on screen are drawn sharp
again, a batch per frame, and read as before."""

from __future__ import annotations

import pytest
from board_driver import Board
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from test_board_overview import inner
from test_board_text import dark_pixels

from workshop.ui.board import scene_faces
from workshop.ui.board.note_item import NoteItem

CTRL = Qt.KeyboardModifier.ControlModifier
TEXT = "Budget review takes too long every week"


def wheel(board: Board, clicks: int, pos: QPoint | None = None) -> None:
    """Ctrl+wheel on the board, ``clicks`` notches (negative: towards the facilitator)."""
    viewport = board.view.viewport()
    pos = pos or viewport.rect().center()
    event = QWheelEvent(
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        QPoint(),
        QPoint(0, 120 * clicks),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def grid(board: Board, rows: int, columns: int) -> list[str]:
    ids: list[str] = []
    for row in range(rows):
        ids += board.add_notes(*[f"{TEXT} {row}.{c}" for c in range(columns)], y=170.0 * row)
    return ids


def draws_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    drawn: list[str] = []
    original = NoteItem.draw_face

    def counting(self: NoteItem, painter):  # type: ignore[no-untyped-def]
        drawn.append(self.note_id)
        original(self, painter)

    monkeypatch.setattr(NoteItem, "draw_face", counting)
    return drawn


def test_a_wheel_zoom_shows_the_notes_pictures_then_draws_them_sharp(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    (note_id,) = board.add_notes(TEXT)
    board.view.set_zoom(1.0)
    board.view.centerOn(board.centre_of(note_id))
    board.at_rest()
    at_rest = board.grab()
    face = board.scene.notes[note_id].face
    assert face is not None and dark_pixels(at_rest, inner(board, note_id)) > 40
    assert face.snapshot is None  # no picture kept at rest

    wheel(board, 1)
    drawn = draws_counted(monkeypatch)
    assert board.view.zoom() > 1.1
    assert board.scene.zooming and face.moving and face.snapshot is not None
    # Its part of the view's picture as the zoom began: the note at 100%, whole.
    ratio = face.snapshot.picture.devicePixelRatio()
    assert face.snapshot.whole
    assert face.snapshot.source.width() == pytest.approx(board.note(note_id).w * ratio, abs=2)
    during = board.grab()
    # The picture, scaled: the text is there, and nothing was drawn again.
    assert dark_pixels(during, inner(board, note_id)) > 40
    assert drawn == []

    board.at_rest()
    assert not face.moving and face.snapshot is None  # the picture let go
    sharp = board.grab()
    assert set(drawn) == {note_id}  # drawn at the new zoom (on screen, and into the image)
    assert dark_pixels(sharp, inner(board, note_id)) > 40
    count = len(drawn)
    board.grab()
    assert len(drawn) == count  # a repaint at rest copies Qt's picture: no drawing


def test_zooming_out_makes_no_faces_until_the_zoom_comes_to_rest(board: Board) -> None:
    ids = grid(board, 12, 16)
    board.view.set_zoom(1.0)
    board.view.centerOn(board.scene.board_rect().center())
    board.at_rest()
    before = {i.note_id for i in board.scene.notes.values() if i.face is not None}
    assert 0 < len(before) < len(ids)
    for _ in range(4):
        wheel(board, -1)
    assert 0.4 < board.view.zoom() < 0.5
    now = {i.note_id for i in board.scene.notes.values() if i.face is not None}
    assert now == before  # none made while zooming: new notes show as their tiles
    board.at_rest()
    visible = board.view.visible_rect()
    on_screen = {n for n in ids if board.scene.notes[n].board_rect().intersects(visible)}
    assert on_screen - before
    assert all(board.scene.notes[n].face is not None for n in on_screen)


def test_after_a_zoom_the_notes_on_screen_are_drawn_sharp_a_batch_per_frame(
    board: Board,
) -> None:
    ids = grid(board, 6, 10)
    board.view.set_zoom(0.8)
    board.view.centerOn(board.scene.board_rect().center())
    board.at_rest()
    wheel(board, -1)
    assert board.scene.zooming
    board.scene.zoom_came_to_rest()  # what the rest timer does
    visible = board.view.visible_rect()
    on_screen = [board.scene.notes[n] for n in ids]
    on_screen = [i for i in on_screen if i.board_rect().intersects(visible)]
    assert len(on_screen) > scene_faces.SHARPEN_BATCH
    still = [i for i in on_screen if i.face is not None and i.face.moving]
    assert len(still) == len(on_screen) - scene_faces.SHARPEN_BATCH
    board.at_rest()
    assert all(i.face is not None and not i.face.moving for i in on_screen)


def test_a_jump_ends_a_zoom_at_once(board: Board) -> None:
    (note_id,) = board.add_notes(TEXT)
    board.view.set_zoom(1.0)
    board.at_rest()
    wheel(board, 1)
    assert board.scene.zooming
    board.view.show_rect(board.scene.notes[note_id].board_rect())
    assert not board.scene.zooming


def test_the_board_area_follows_every_change(board: Board) -> None:
    (near,) = board.add_notes("near")
    first = board.scene.board_rect()
    (far,) = board.add_notes("far", x=3000.0, y=2000.0)
    assert board.scene.board_rect().right() == 3000.0 + board.note(far).w
    board.session.undo.stack.undo()
    assert board.scene.board_rect() == first
    assert near in board.scene.notes and far not in board.scene.notes


def test_a_note_half_in_view_shows_its_tile_where_the_picture_ends(board: Board) -> None:
    (note_id,) = board.add_notes(TEXT, colour="#fff59d")
    board.view.set_zoom(1.0)
    note = board.scene.notes[note_id].board_rect()
    viewport = board.view.viewport().rect()
    # The note's right half beyond the view's right edge.
    board.view.centerOn(note.center().x() - viewport.width() / 2, note.center().y())
    board.at_rest()
    wheel(board, -2, viewport.center())
    face = board.scene.notes[note_id].face
    assert face is not None and face.snapshot is not None and not face.snapshot.whole
    image = board.grab()
    on_screen = board.view_rect_of(note_id).toAlignedRect()
    assert board.view.viewport().rect().contains(on_screen)  # all of it in view now
    left = on_screen.adjusted(3, 3, -on_screen.width() // 2, -3)
    right = on_screen.adjusted(on_screen.width() // 2 + 3, 3, -3, -3)
    assert dark_pixels(image, left) > 20  # what was in view: its text
    paper = image.pixelColor(right.center())
    assert paper.name() == "#fff59d"  # the rest: the note's paper, not a hole in it
