"""A QR code on screen: the session's address for the room's phone cameras.

The code is made by segno (pure Python) and drawn module by module, black on white with
its quiet zone, as large as the widget allows with every module the same whole number
of pixels (a blurred or uneven code scans badly from the back of a room)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4


def qr_modules(text: str) -> list[list[bool]]:
    """The code's modules, quiet zone included, row by row (True: dark)."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(dark) for dark in row] for row in code.matrix_iter(border=QUIET_ZONE)]


class QrCode(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.modules: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self.modules = qr_modules(text) if text else []
        self.setAccessibleName(self.tr("QR code of the address {0}").format(text))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def code_rect(self) -> QRect:
        """Where the code is drawn: centred, each module the same whole pixels."""
        count = len(self.modules)
        if not count:
            return QRect()
        module = max(1, min(self.width(), self.height()) // count)
        side = module * count
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.modules:
            return
        painter = QPainter(self)
        area = self.code_rect()
        module = area.width() // len(self.modules)
        painter.fillRect(area, QColor("#ffffff"))
        dark = QColor("#000000")
        for row, cells in enumerate(self.modules):
            for column, on in enumerate(cells):
                if on:
                    painter.fillRect(
                        area.x() + column * module, area.y() + row * module, module, module, dark
                    )
        painter.end()
