"""What an empty board says: the three ways to put notes on it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget


class EmptyBoardHint(QLabel):
    """A hint in the middle of an empty board; clicks go through it to the board."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("emptyBoardHint")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setText(
            self.tr(
                "The board is empty. To add notes:\n"
                "• double-click anywhere on the board\n"
                "• press N and type\n"
                "• paste text or pictures (Ctrl+V), or use File › Import Evidence…"
            )
        )
        self.setStyleSheet(
            "QLabel#emptyBoardHint { color: #5f5f5f; background: rgba(255, 255, 255, 200);"
            " border-radius: 8px; padding: 16px; font-size: 15px; }"
        )
        viewport.installEventFilter(self)
        self.hide()

    def set_empty(self, empty: bool) -> None:
        self.setVisible(empty)
        if empty:
            self._centre()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self._centre()
        return False

    def _centre(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        width = min(self.sizeHint().width(), max(120, parent.width() - 40))
        self.resize(width, self.heightForWidth(width) if self.wordWrap() else self.height())
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 2)
