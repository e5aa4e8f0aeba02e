"""Typing into a note or a cluster title: a text box laid over the board while editing.

Notes are not text widgets (thousands of those are too heavy); while the facilitator
edits one, a ``NoteEditor`` covers it. Enter keeps the text, Shift+Enter starts a new
line, Esc throws the edit away, clicking elsewhere keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QToolTip, QWidget

from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.i18n import grouped
from workshop.ui.board import style

_KEEP = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def claims_key(event: QEvent, keys: tuple[Qt.Key, ...]) -> bool:
    """Keep keys an open editor needs (Enter, Esc...) from the board's shortcuts."""
    if (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() in keys
    ):
        event.accept()
        return True
    return False


def left_for_good(event: QFocusEvent) -> bool:
    """Focus went elsewhere on the board or window (not to a popup, not a window switch):
    the edit is done and kept."""
    return event.reason() not in (
        Qt.FocusReason.PopupFocusReason,
        Qt.FocusReason.ActiveWindowFocusReason,
    )


class NoteEditor(QPlainTextEdit):
    """The note's text box; it holds at most NOTE_TEXT_MAX characters (what the store
    accepts): typing or pasting past that keeps what fits and says so."""

    committed = Signal(str)
    cancelled = Signal()
    #: Text typed or pasted past the cap was left out (the message shown).
    capped = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setAccessibleName(self.tr("Note text"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._open = False
        self._loading = False
        self.textChanged.connect(self._hold_to_cap)
        self.hide()

    def _hold_to_cap(self) -> None:
        """Drop what was just typed or pasted past the cap (left of the cursor)."""
        excess = self.document().characterCount() - 1 - NOTE_TEXT_MAX
        if excess <= 0 or self._loading:
            return
        cursor = self.textCursor()
        excess = min(excess, cursor.position())
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, excess)
        cursor.removeSelectedText()
        self.setTextCursor(cursor)
        message = self.tr("A note holds at most {n} characters; the rest was left out.").format(
            n=grouped(NOTE_TEXT_MAX)
        )
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)
        self.capped.emit(message)

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self, area: QRect, text: str, colour: str, zoom: float) -> None:
        self._open = True
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, style.paper(colour))
        palette.setColor(QPalette.ColorRole.Text, style.TEXT)
        self.setPalette(palette)
        font = style.font(max(9.0, style.TEXT_SIZES[0] * zoom))
        self.setFont(font)
        self.setStyleSheet(f"QPlainTextEdit {{ border: 2px solid {style.SELECTION.name()}; }}")
        self.setGeometry(area)
        self._loading = True  # a note's own text is shown whole
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self.moveCursor(self.textCursor().MoveOperation.End)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self, area: QRect) -> None:
        if self._open:
            self.setGeometry(area)

    def finish(self, keep: bool = True) -> None:
        if not self._open:
            return
        self._open = False
        text = self.toPlainText()
        self.hide()
        if keep:
            self.committed.emit(text)
        else:
            self.cancelled.emit()

    def event(self, event: QEvent) -> bool:
        if claims_key(event, (*_KEEP, Qt.Key.Key_Escape, Qt.Key.Key_F2)):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _KEEP and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.finish(keep=True)
            return
        if event.key() in _KEEP:
            self.insertPlainText("\n")
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(keep=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if left_for_good(event):
            self.finish(keep=True)


class TitleEditor(QLineEdit):
    """A cluster's title, edited in its title band."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("clusterTitleEditor")
        self.setAccessibleName(self.tr("Cluster title"))
        self._open = False
        self.hide()

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self, area: QRect, text: str, zoom: float) -> None:
        self._open = True
        self.setFont(style.font(max(9.0, style.CLUSTER_TITLE_SIZE * zoom), bold=True))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        self.setPalette(palette)
        self.setGeometry(area)
        self.setText(text)
        self.selectAll()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self, area: QRect) -> None:
        if self._open:
            self.setGeometry(area)

    def finish(self, keep: bool = True) -> None:
        if not self._open:
            return
        self._open = False
        self.hide()
        if keep:
            self.committed.emit(self.text())
        else:
            self.cancelled.emit()

    def event(self, event: QEvent) -> bool:
        if claims_key(event, (*_KEEP, Qt.Key.Key_Escape)):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _KEEP:
            self.finish(keep=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(keep=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if left_for_good(event):
            self.finish(keep=True)
