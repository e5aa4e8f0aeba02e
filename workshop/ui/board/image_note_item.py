"""An image note: a photo or picture stored in the workshop file, with an optional caption.

Like a text note it is a plain rectangle when zoomed out; its face draws the picture
(loaded from the file the first time it is shown, shared by notes of the same picture)
and the caption below it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from workshop.ui.board import style
from workshop.ui.board.note_face import elided
from workshop.ui.board.note_item import NoteItem


class ImageNoteItem(NoteItem):
    __slots__ = ()

    def picture_rect(self) -> QRectF:
        r = self.rect()
        return QRectF(0.0, 0.0, r.width(), max(1.0, r.height() - style.CAPTION))

    def draw_glance(self, painter: QPainter, zoom: float) -> None:
        """Zoomed out, a picture note shows its picture (its caption is too small)."""
        self.draw_body(painter)

    def draw_body(self, painter: QPainter) -> None:
        area = self.picture_rect()
        picture = self.board.picture(self.note.asset_id) if self.note.asset_id else None
        if picture is None or picture.isNull():
            painter.fillRect(area, QColor("#cfd8dc"))
            painter.setPen(style.MUTED_TEXT)
            painter.setFont(style.font(style.SMALL_SIZE))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._missing())
        else:
            size = picture.deviceIndependentSize()
            scale = min(area.width() / size.width(), area.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            target = QRectF(
                area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h
            )
            painter.drawPixmap(target, picture, QRectF(picture.rect()))
            if self.dimmed:
                painter.fillRect(area, QColor(238, 238, 234, 170))
        caption = QRectF(
            style.PAD, area.bottom() + 2, self.rect().width() - 2 * style.PAD, style.CAPTION - 4
        )
        self.draw_caption(painter, caption)

    def draw_caption(self, painter: QPainter, area: QRectF) -> None:
        author = self.board.author_for(self.note)
        small = style.font(style.SMALL_SIZE)
        author_text = elided(author.name, small, area.width() / 3) if author is not None else ""
        author_width = QFontMetricsF(small).horizontalAdvance(author_text) + 6 if author_text else 0
        text_font = style.font(style.CAPTION_SIZE)
        painter.setFont(text_font)
        painter.setPen(self.text_colour())
        caption = elided(self.note.text, text_font, area.width() - author_width)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption)
        if author_text:
            painter.setFont(small)
            painter.setPen(style.MUTED_TEXT)
            painter.drawText(
                area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, author_text
            )

    @staticmethod
    def _missing() -> str:
        return QCoreApplication.translate("Board", "picture missing")
