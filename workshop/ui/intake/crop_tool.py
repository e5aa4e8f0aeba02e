"""Cut a photo of the sticky-note wall into image notes: draw a rectangle around each note.

The canvas shows the photo in its own pixels (the view scales it to fit); each rectangle
drawn with the mouse is numbered, Backspace or Delete removes the last one. "Create N
notes" makes one image note per rectangle in one step; each keeps a link to the whole
photo (``photo_import.cut_photo``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.board_geometry import Point
from workshop.errors import WorkshopError
from workshop.io.images import MIN_CROP_SIDE, PreparedImage
from workshop.io.photo_import import Rect, add_cuts, cut_pieces
from workshop.ui.plain import label
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

_PEN = QColor("#e53935")


class CropCanvas(QGraphicsView):
    """The photo, with numbered rectangles drawn on it (in the photo's pixels)."""

    rects_changed = Signal()

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.photo = QGraphicsPixmapItem(pixmap)
        self.scene().addItem(self.photo)
        self.bounds = QRectF(0, 0, pixmap.width(), pixmap.height())
        self.scene().setSceneRect(self.bounds)
        self.boxes: list[QGraphicsRectItem] = []
        self._start: QPointF | None = None
        self._drawing: QGraphicsRectItem | None = None
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(480, 360)
        self.setAccessibleName(self.tr("Photo: drag a rectangle around each sticky note"))

    def rects(self) -> list[Rect]:
        out = []
        for box in self.boxes:
            r = box.rect()
            out.append((r.x(), r.y(), r.width(), r.height()))
        return out

    def add_rect(self, rect: QRectF) -> None:
        """Add a rectangle (photo pixels), clipped to the photo; tiny ones are dropped."""
        clipped = rect.normalized().intersected(self.bounds)
        if clipped.width() < MIN_CROP_SIDE or clipped.height() < MIN_CROP_SIDE:
            return
        self.boxes.append(self._box(clipped, len(self.boxes) + 1))
        self.rects_changed.emit()

    def remove_last(self) -> None:
        if self.boxes:
            self.scene().removeItem(self.boxes.pop())
            self.rects_changed.emit()

    def _box(self, rect: QRectF, number: int) -> QGraphicsRectItem:
        box = QGraphicsRectItem(rect)
        pen = QPen(_PEN, 2)
        pen.setCosmetic(True)
        box.setPen(pen)
        box.setBrush(QBrush(QColor(229, 57, 53, 40)))
        tag = QGraphicsSimpleTextItem(str(number), box)
        tag.setBrush(QBrush(_PEN))
        tag.setFlag(QGraphicsSimpleTextItem.GraphicsItemFlag.ItemIgnoresTransformations)
        tag.setPos(rect.topLeft() + QPointF(4, 4))
        self.scene().addItem(box)
        return box

    def _clamped(self, event: QMouseEvent) -> QPointF:
        point = self.mapToScene(event.position().toPoint())
        return QPointF(
            min(max(point.x(), 0.0), self.bounds.width()),
            min(max(point.y(), 0.0), self.bounds.height()),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._start = self._clamped(event)
        self._drawing = QGraphicsRectItem(QRectF(self._start, self._start))
        pen = QPen(_PEN, 1, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._drawing.setPen(pen)
        self.scene().addItem(self._drawing)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is None or self._drawing is None:
            super().mouseMoveEvent(event)
            return
        self._drawing.setRect(QRectF(self._start, self._clamped(event)).normalized())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._start is None:
            super().mouseReleaseEvent(event)
            return
        rect = QRectF(self._start, self._clamped(event)).normalized()
        if self._drawing is not None:
            self.scene().removeItem(self._drawing)
        self._start = self._drawing = None
        self.add_rect(rect)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.remove_last()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.bounds, Qt.AspectRatioMode.KeepAspectRatio)


class CropTool(QDialog):
    #: After the notes were made: the Change.
    created = Signal(object)

    def __init__(
        self,
        session: WorkshopSession,
        photo: PreparedImage,
        *,
        name: str = "",
        near: Callable[[], Point | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.photo = photo
        self.name = name
        self.near = near
        self.setWindowTitle(self.tr("Cut Photo into Notes"))
        image = QImage.fromData(photo.data)
        self.canvas = CropCanvas(QPixmap.fromImage(image))
        self.hint = label(
            self.tr(
                "Drag a rectangle around each sticky note. Backspace removes the last one. "
                "Each note keeps a link to the whole photo."
            )
        )
        self.hint.setWordWrap(True)
        self.error = label()
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = QPushButton(self.tr("&Remove Last"))
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.canvas.remove_last)
        self.canvas.rects_changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 700)
        self._update()

    def _update(self) -> None:
        count = len(self.canvas.rects())
        if count:
            text = plural("&Create %n Note", "&Create %n Notes", count)
        else:
            text = self.tr("Create Notes")
        self.create_button.setText(text)
        self.create_button.setEnabled(count > 0)
        self.remove_button.setEnabled(count > 0)

    def accept(self) -> None:
        rects = self.canvas.rects()
        if not rects:
            return
        photo, near = self.photo, self.near()
        try:
            pieces = cut_pieces(photo, rects, name=self.name or self.tr("the photo"))
        except WorkshopError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        change = self.session.perform(lambda wf: add_cuts(wf, photo, pieces, near=near))
        if change is None:
            return  # the window has said why
        self.created.emit(change)
        super().accept()
