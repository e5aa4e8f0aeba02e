"""Cropping a persona's photo: move a square over the face, choose a square or a circle.

The dialog works in the photo's own pixels; ``workshop.io.avatar.make_avatar`` does the
cutting. Drag the square with the mouse, or use the arrow keys; the slider (or the mouse
wheel) sets its size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from workshop.io.avatar import AvatarShape, square_box

#: The smallest square, in the photo's pixels.
MIN_SIDE = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate("CropDialog", text)


class CropArea(QWidget):
    """The photo, scaled to fit, with the square to keep drawn over it."""

    changed = Signal()

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap = pixmap
        self.shape = AvatarShape.SQUARE
        self.box = square_box(pixmap.width(), pixmap.height())
        self._grab: QPointF | None = None
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_tr("Photo crop area: arrow keys move the square"))

    # Geometry: photo pixels <-> widget pixels -----------------------------------------
    def _scale(self) -> float:
        w, h = max(1, self.pixmap.width()), max(1, self.pixmap.height())
        return min(self.width() / w, self.height() / h)

    def _origin(self) -> QPointF:
        scale = self._scale()
        return QPointF(
            (self.width() - self.pixmap.width() * scale) / 2,
            (self.height() - self.pixmap.height() * scale) / 2,
        )

    def _box_rect(self) -> QRectF:
        scale, origin = self._scale(), self._origin()
        x, y, side = self.box
        return QRectF(origin.x() + x * scale, origin.y() + y * scale, side * scale, side * scale)

    def set_box(self, x: float, y: float, side: float) -> None:
        limit = min(self.pixmap.width(), self.pixmap.height())
        edge = int(max(min(MIN_SIDE, limit), min(side, limit)))
        nx = int(min(max(0, x), self.pixmap.width() - edge))
        ny = int(min(max(0, y), self.pixmap.height() - edge))
        if (nx, ny, edge) != self.box:
            self.box = (nx, ny, edge)
            self.update()
            self.changed.emit()

    def set_side(self, side: int) -> None:
        """Resize the square about its centre."""
        x, y, old = self.box
        self.set_box(x + (old - side) / 2, y + (old - side) / 2, side)

    def set_shape(self, shape: AvatarShape) -> None:
        self.shape = shape
        self.update()

    # Painting and input -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, origin = self._scale(), self._origin()
        target = QRectF(origin, self.pixmap.size().toSizeF() * scale)
        painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        keep = self._box_rect()
        outside = QPainterPath()
        outside.addRect(target)
        inside = QPainterPath()
        if self.shape is AvatarShape.CIRCLE:
            inside.addEllipse(keep)
        else:
            inside.addRect(keep)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 140))
        painter.setPen(QColor("#ffffff"))
        painter.drawPath(inside)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._box_rect().contains(event.position()):
            self._grab = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is None:
            return
        scale = self._scale()
        delta = (event.position() - self._grab) / scale
        if abs(delta.x()) >= 1 or abs(delta.y()) >= 1:
            x, y, side = self.box
            self.set_box(x + delta.x(), y + delta.y(), side)
            self._grab = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None
        self.unsetCursor()

    def wheelEvent(self, event: QWheelEvent) -> None:
        step = max(1, self.box[2] // 20)
        self.set_side(self.box[2] + (step if event.angleDelta().y() > 0 else -step))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = Qt.Key(event.key())
        if key in moves:
            dx, dy = moves[key]
            x, y, side = self.box
            step = max(1, side // 20)
            self.set_box(x + dx * step, y + dy * step, side)
            return
        super().keyPressEvent(event)


class CropDialog(QDialog):
    def __init__(
        self,
        pixmap: QPixmap,
        shape: AvatarShape = AvatarShape.SQUARE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Crop the persona's photo"))
        self.area = CropArea(pixmap, self)
        limit = min(pixmap.width(), pixmap.height())
        self.size_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.size_slider.setAccessibleName(_tr("Size of the square"))
        self.size_slider.setRange(min(MIN_SIDE, limit), max(1, limit))
        self.size_slider.setValue(self.area.box[2])
        self.size_slider.valueChanged.connect(self.area.set_side)
        self.area.changed.connect(lambda: self.size_slider.setValue(self.area.box[2]))
        self.square_button = QRadioButton(_tr("&Square"), self)
        self.circle_button = QRadioButton(_tr("&Circle"), self)
        (self.circle_button if shape is AvatarShape.CIRCLE else self.square_button).setChecked(True)
        self.area.set_shape(AvatarShape(shape))
        self.circle_button.toggled.connect(
            lambda on: self.area.set_shape(AvatarShape.CIRCLE if on else AvatarShape.SQUARE)
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(_tr("Size"), self))
        controls.addWidget(self.size_slider, 1)
        controls.addWidget(self.square_button)
        controls.addWidget(self.circle_button)
        layout = QVBoxLayout(self)
        hint = QLabel(_tr("Drag the square over the face (or use the arrow keys)."), self)
        layout.addWidget(hint)
        layout.addWidget(self.area, 1)
        layout.addLayout(controls)
        layout.addWidget(buttons)
        self.resize(560, 560)

    @property
    def box(self) -> tuple[int, int, int]:
        return self.area.box

    @property
    def shape(self) -> AvatarShape:
        return self.area.shape
