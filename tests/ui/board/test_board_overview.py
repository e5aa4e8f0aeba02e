"""The board zoomed out still reads: notes show their first words where they fit, and
cluster titles are drawn large over their frames."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from test_board_text import dark_pixels

from workshop.ui.board import style
from workshop.ui.board.note_face import _lines_that_fit, _wrap_option, first_words, glance_size


def inner(board: Board, note_id: str) -> QRect:
    rect = board.view_rect_of(note_id).toAlignedRect()
    return rect.adjusted(3, 3, -3, -3)


def test_zoomed_out_notes_show_their_first_words(board: Board) -> None:
    (words, empty) = board.add_notes("Budget review takes too long every week", " ", x=0, y=0)
    board.view.set_zoom(0.3)
    board.view.centerOn(board.centre_of(words))
    assert style.GLANCE_ZOOM <= board.view.zoom() < style.DETAIL_ZOOM
    board.at_rest()
    image = board.grab()
    assert dark_pixels(image, inner(board, words)) > 40
    assert dark_pixels(image, inner(board, empty)) == 0
    shown = board.scene.notes[words].glance(glance_size(board.view.zoom()))
    assert shown is not None and shown.text().startswith("Bud")
    assert 10 <= glance_size(board.view.zoom()) * board.view.zoom() <= style.GLANCE_MAX_PX
    # Further out, where no words can be read, notes are plain tiles again.
    board.view.set_zoom(style.GLANCE_ZOOM * 0.6)
    board.view.centerOn(board.centre_of(words))
    board.at_rest()
    assert board.scene.face_count == 0
    assert dark_pixels(board.grab(), inner(board, words)) == 0


def test_first_words_keep_whole_lines_and_mark_the_rest(qapp) -> None:  # type: ignore[no-untyped-def]
    font = style.font(30.0)
    assert first_words("short", font, 150, 100) == "short"
    cut = first_words("one two three four five six seven eight nine ten", font, 150, 80)
    assert cut.endswith("…") and cut.startswith("one")
    # The "…" fits on the last line: the cut text shows whole in the same room.
    assert not _lines_that_fit(cut, font, _wrap_option(), 150, 80)[2]
    long_word = first_words("Supercalifragilistic expialidocious", font, 150, 50)
    assert (
        long_word.endswith("…") and not _lines_that_fit(long_word, font, _wrap_option(), 150, 50)[2]
    )
    assert first_words("anything", font, 150, 5) == ""
    assert first_words("   ", QFont(), 150, 100) == ""


def test_cluster_titles_read_at_zoom_to_fit(board: Board) -> None:
    ids = board.add_notes(*[f"note {i}" for i in range(8)], x=40, y=120)
    change = board.session.perform(
        lambda wf: wf.add_cluster("Weekly routines", x=0.0, y=0.0, w=1700.0, h=400.0)
    )
    assert change is not None
    board.add_notes("far", x=3000, y=2000)
    board.view.zoom_to_fit()
    zoom = board.view.zoom()
    assert zoom < style.DETAIL_ZOOM
    frame = board.view.mapFromScene(board.scene.clusters[change.created[0]].board_rect())
    top = frame.boundingRect()
    rise = int(style.CLUSTER_TITLE_MAX_PX * 1.6)
    title_band = QRect(top.left(), max(0, top.top() - rise), top.width(), rise + 4)
    # Large: its letters are taller than the 13 px minimum would make them.
    image = board.view.viewport().grab().toImage().copy(title_band)
    rows = [
        y for y in range(image.height()) if dark_pixels(image, QRect(0, y, image.width(), 1)) > 0
    ]
    assert rows and rows[-1] - rows[0] > style.CLUSTER_TITLE_MIN_PX
    assert ids
