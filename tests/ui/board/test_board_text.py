"""Any text a facilitator types shows as typed, inside its note: markup stays literal, emoji,
Japanese and Arabic render, and a 10,000-character note is cut off with a mark instead of
spilling over the board."""

from __future__ import annotations

import pytest
from board_driver import Board
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from workshop.ui.board import style

MARKUP = "<b>Bold?</b> & <i>no</i> <script>alert(1)</script> &amp;"
EMOJI = "Budget day 🎉💸 every Sunday 😀👍🏽 — no spreadsheets 🙅"
JAPANESE = "毎週の家計簿は十分で終わらせたい。スプレッドシートは怖い。"
ARABIC = "أريد أن أرى ميزانيتي كل أسبوع في عشر دقائق فقط"
LONG = ("Transcript: " + "we spend too long on the weekly budget review and give up " * 200)[
    :10_000
]


def outside_pixels(image: QImage, rect: QRect, margin: int = 40) -> set[tuple[int, int, int]]:
    """The colours around ``rect`` (3 px out to ``margin`` px out)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    inner = rect.adjusted(-3, -3, 3, 3)
    outer = rect.adjusted(-margin, -margin, margin, margin).intersected(QRect(0, 0, width, height))
    found: set[tuple[int, int, int]] = set()
    for y in range(outer.top(), outer.bottom() + 1):
        row = data[y * stride : (y + 1) * stride]
        for x in range(outer.left(), outer.right() + 1):
            if inner.contains(x, y):
                continue
            b, g, r = row[4 * x], row[4 * x + 1], row[4 * x + 2]
            found.add((r, g, b))
    return found


def dark_pixels(image: QImage, rect: QRect) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    count = 0
    for y in range(rect.top(), rect.bottom() + 1):
        row = data[y * stride : (y + 1) * stride]
        for x in range(rect.left(), rect.right() + 1):
            if row[4 * x] + row[4 * x + 1] + row[4 * x + 2] < 300:
                count += 1
    return count


def type_note(board: Board, how: str, text: str) -> str:
    board.key(Qt.Key.Key_N)
    editor = board.view.note_editor
    if how == "keys":
        board.qtbot.keyClicks(editor, text)
    elif how == "chars":
        board.type_text(text, editor)
    elif how == "input method":
        board.compose(text, editor)
    else:  # pasted into the note
        QApplication.clipboard().setText(text)
        board.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier, editor)
    board.key(Qt.Key.Key_Return, widget=editor)
    (note,) = board.snapshot().notes
    return note.id


@pytest.mark.parametrize(
    ("how", "text"),
    [
        ("keys", MARKUP),
        ("chars", EMOJI),
        ("input method", JAPANESE),
        ("chars", ARABIC),
        ("paste", LONG),
    ],
    ids=["markup", "emoji", "japanese", "arabic", "10000 characters"],
)
def test_text_renders_inside_its_note(board: Board, how: str, text: str) -> None:
    note_id = type_note(board, how, text)
    assert board.note(note_id).text == text
    item = board.scene.notes[note_id]
    board.view.set_zoom(1.0)
    board.view.centerOn(item.board_rect().center())
    assert item.face is not None
    image = board.grab()
    rect = board.view_rect_of(note_id).toAlignedRect()
    background = style.BACKGROUND
    assert outside_pixels(image, rect) == {
        (background.red(), background.green(), background.blue())
    }
    text_area = rect.adjusted(
        int(style.PAD), int(style.HEADER), -int(style.PAD), -int(style.FOOTER)
    )
    assert dark_pixels(image, text_area) > 150  # the text is drawn
    fit = item.text_fit()
    if text is LONG:
        assert fit.truncated and len(fit.static.text()) < 1000
    else:
        assert not fit.truncated
        assert fit.static.text() == text  # literally, markup and all
        assert fit.static.textFormat() == Qt.TextFormat.PlainText


def test_long_text_is_cut_at_every_zoom_and_size(board: Board) -> None:
    (note_id,) = board.add_notes(LONG, w=220.0, h=90.0)
    item = board.scene.notes[note_id]
    for zoom in (0.45, 1.0, 2.3):
        board.view.set_zoom(zoom)
        board.view.centerOn(item.board_rect().center())
        image = board.grab()
        rect = board.view_rect_of(note_id).toAlignedRect()
        assert len(outside_pixels(image, rect, margin=25)) == 1, zoom
    assert item.text_fit().truncated
