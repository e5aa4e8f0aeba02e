"""Text fields that save when the facilitator is done with them, not on every keystroke.

A field commits (emits ``committed`` with its text) when Return is pressed or it loses
focus, and only if the text differs from what the workshop holds. ``show_stored`` puts the
workshop's value in the field, except while the facilitator is in the middle of changing
it (focused and different): a change elsewhere must never eat what they are typing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


class CommitLineEdit(QLineEdit):
    committed = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(False)
        self.editingFinished.connect(self._finish)

    @property
    def stored(self) -> str:
        return self._stored

    def show_stored(self, text: str) -> None:
        editing = self.hasFocus() and self.text() != self._stored
        self._stored = text
        if not editing and self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)

    def _finish(self) -> None:
        if self.isReadOnly():
            return
        text = self.text().strip()
        if text != self._stored:
            self.committed.emit(text)

    def revert(self) -> None:
        """Show the stored value again (after a refused change, or Escape)."""
        self.setText(self._stored)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text() != self._stored:
            self.revert()
            event.accept()
            return
        super().keyPressEvent(event)


class CommitTextEdit(QPlainTextEdit):
    """A few lines of plain text (a quote, the role and context); Ctrl+Return or leaving
    the field saves it."""

    committed = Signal(str)

    def __init__(
        self, placeholder: str = "", lines: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._stored = ""
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * lines + 2 * int(self.document().documentMargin()) + 8)

    @property
    def stored(self) -> str:
        return self._stored

    def show_stored(self, text: str) -> None:
        editing = self.hasFocus() and self.toPlainText() != self._stored
        self._stored = text
        if not editing and self.toPlainText() != text:
            self.setPlainText(text)

    def commit(self) -> None:
        if self.isReadOnly():
            return
        text = self.toPlainText().strip()
        if text != self._stored:
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.toPlainText() != self._stored:
            self.setPlainText(self._stored)
            event.accept()
            return
        super().keyPressEvent(event)
