"""The status bar's hint line: what the pointer is over and what just happened, in the room
the zoom control, the stage timer and the phone count leave it, never under them.

Qt draws a status bar's message itself, from its left edge to the first permanent widget,
cut off where that starts ("…Leertaste+Ziehe" against the zoom control in German at
1280×800). Here the message is shown by a label that is itself the first permanent widget,
stretched over the room the others leave: the status bar's own drawing gets no room, the
label shortens the text with "…" to its width, and its tooltip holds the whole text. The
status bar keeps the message (``currentMessage``, timeouts, status tips from menus and
widgets work as before); the label only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

#: The object name the hint label goes by (tests and style sheets find it by it).
HINT_NAME = "statusHint"
#: Room before the text, as where Qt would start a status bar message.
LEADING_MARGIN = 4


class StatusHint(QLabel):
    """One line of text, shortened with "…" to the label's width (the whole text in the
    tooltip when shortened); it asks for no width, so a long hint never widens the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(HINT_NAME)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.setContentsMargins(LEADING_MARGIN, 0, 0, 0)
        self._whole = ""

    def whole_text(self) -> str:
        """The text as given (the label shows it shortened when it does not fit)."""
        return self._whole

    def set_hint(self, text: str) -> None:
        self._whole = " ".join(text.split())  # one line: a message with breaks stays one
        self.setAccessibleName(self._whole)
        self._fit()

    def is_elided(self) -> bool:
        return self.text() != self._whole

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, room)
        self.setText(shown)
        self.setToolTip(self._whole if shown != self._whole else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


def install_status_hint(bar: QStatusBar) -> StatusHint:
    """The hint label, first of the bar's permanent widgets and taking the room they leave;
    it follows the bar's message."""
    hint = StatusHint(bar)
    bar.insertPermanentWidget(0, hint, 1)
    bar.messageChanged.connect(hint.set_hint)
    hint.set_hint(bar.currentMessage())
    return hint
