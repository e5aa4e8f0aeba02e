"""The overview map in the corner of a big board: every note as a dot of its colour, the
clusters, and a frame for what the view shows. Click or drag in it to go there.

It hides itself while the whole board is in view. Its picture is redrawn at most a few
times a second, after the board changes; moving the view only moves the frame.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from workshop.ui.board import style
from workshop.ui.board.view import NavigableView

MAX_SIZE = QSize(220, 160)
#: The map covers at most this share of the board's area (a laptop or HiDPI screen).
MAX_SHARE = 0.1
MARGIN = 12
REDRAW_MS = 250


class Minimap(QWidget):
    def __init__(self, view: NavigableView) -> None:
        super().__init__(view)
        self.view = view
        self.board = view.board
        self.setObjectName("boardMinimap")
        self.setAccessibleName(self.tr("Overview map of the board"))
        self.setToolTip(self.tr("Overview: click or drag to go to a part of the board"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.enabled_by_user = True
        self._picture: QImage | None = None
        self._area = QRectF()
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._board_changed)
        self.board.board_changed.connect(self._redraw.start)
        view.view_moved.connect(self.follow)
        self.hide()

    def set_enabled_by_user(self, enabled: bool) -> None:
        self.enabled_by_user = enabled
        self.follow()

    def _board_changed(self) -> None:
        self._picture = None
        self.follow()

    def area(self) -> QRectF:
        """The board area the map shows."""
        rect = self.board.board_rect()
        if rect.isEmpty():
            return rect
        pad = max(rect.width(), rect.height()) * 0.03
        return rect.adjusted(-pad, -pad, pad, pad)

    def follow(self) -> None:
        """Show (placed in the corner) or hide the map, and move its frame."""
        area = self.area()
        wanted = (
            self.enabled_by_user
            and not area.isEmpty()
            and not self.view.visible_rect().contains(self.board.board_rect())
        )
        if not wanted:
            self.hide()
            return
        if area != self._area:
            self._area = area
            self._picture = None
        viewport = self.view.viewport().geometry()
        scale = min(MAX_SIZE.width() / area.width(), MAX_SIZE.height() / area.height())
        room = MAX_SHARE * viewport.width() * viewport.height()
        scale = min(scale, (room / (area.width() * area.height())) ** 0.5)
        size = QSize(max(1, int(area.width() * scale)), max(1, int(area.height() * scale)))
        if size.width() < 40 or size.height() < 30:  # too small to be of use
            self.hide()
            return
        self.setGeometry(
            viewport.right() - size.width() - MARGIN,
            viewport.bottom() - size.height() - MARGIN,
            size.width(),
            size.height(),
        )
        self.show()
        self.raise_()
        self.update()

    def _to_map(self) -> tuple[float, QPointF]:
        area = self._area
        scale = min(self.width() / area.width(), self.height() / area.height())
        return scale, area.topLeft()

    def _draw_picture(self) -> QImage:
        ratio = self.devicePixelRatioF()
        image = QImage(
            max(1, round(self.width() * ratio)),
            max(1, round(self.height() * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(QColor(255, 255, 255, 225))
        scale, origin = self._to_map()
        painter = QPainter(image)
        try:
            painter.scale(scale, scale)
            painter.translate(-origin)
            painter.setPen(Qt.PenStyle.NoPen)
            for cluster in self.board.clusters.values():
                c = cluster.cluster
                painter.setBrush(QColor(c.colour).darker(108))
                painter.drawRect(QRectF(c.x, c.y, c.w, c.h))
            by_colour: dict[str, list[QRectF]] = {}
            for item in self.board.notes.values():
                n = item.note
                by_colour.setdefault(n.colour, []).append(QRectF(n.x, n.y, n.w, n.h))
            for colour, rects in by_colour.items():
                painter.setBrush(style.paper(colour).darker(115))
                painter.drawRects(rects)
        finally:
            painter.end()
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._area.isEmpty():
            return
        if self._picture is None or self._picture.size() != self.size() * self.devicePixelRatioF():
            self._picture = self._draw_picture()
        painter = QPainter(self)
        painter.drawImage(0, 0, self._picture)
        scale, origin = self._to_map()
        seen = self.view.visible_rect().translated(-origin)
        frame = QRectF(
            seen.x() * scale, seen.y() * scale, seen.width() * scale, seen.height() * scale
        )
        pen = QPen(style.SELECTION, 2)
        painter.setPen(pen)
        painter.setBrush(QColor(30, 136, 229, 40))
        painter.drawRect(frame.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1)))
        painter.setPen(QPen(QColor("#90a4ae"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _go(self, event: QMouseEvent) -> None:
        scale, origin = self._to_map()
        point = event.position()
        self.view.centerOn(origin + QPointF(point.x() / scale, point.y() / scale))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._go(event)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event)
            event.accept()
