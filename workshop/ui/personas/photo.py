"""The persona's photo in the editor: the picture, or an avatar with their initials in the
persona's colour. Clicking it offers to choose, crop again or remove the photo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from workshop.domain.initials import initials

SIDE = 96


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaPhoto", text)


def avatar_pixmap(name: str, colour: str, photo: QPixmap | None, side: int = SIDE) -> QPixmap:
    """A round picture of the persona: the photo (kept as cropped) or initials on colour."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    rect = QRectF(0, 0, side, side)
    if photo is not None and not photo.isNull():
        painter.drawPixmap(rect, photo, QRectF(photo.rect()))
    else:
        path = QPainterPath()
        path.addEllipse(rect.adjusted(1, 1, -1, -1))
        painter.fillPath(
            path, QColor(colour) if QColor.isValidColorName(colour) else QColor("#888")
        )
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(side * 0.36))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


class PhotoButton(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(SIDE + 4, SIDE + 4))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(_tr("Persona photo"))
        self.setToolTip(_tr("Choose, crop or remove the persona's photo"))
        self.menu_ = QMenu(self)
        self.choose_action = self.menu_.addAction(_tr("Choose a photo…"))
        self.crop_action = self.menu_.addAction(_tr("Crop the photo again…"))
        self.remove_action = self.menu_.addAction(_tr("Remove the photo"))
        self.setMenu(self.menu_)
        self._picture = QPixmap()
        self.has_photo = False

    def show_avatar(self, name: str, colour: str, photo: QPixmap | None) -> None:
        self.has_photo = photo is not None and not photo.isNull()
        self._picture = avatar_pixmap(name, colour, photo)
        self.crop_action.setEnabled(self.has_photo)
        self.remove_action.setEnabled(self.has_photo)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(2, 2, self._picture)
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
