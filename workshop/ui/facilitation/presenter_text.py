"""Text that fits: wrapping a line of user text into at most N lines of a given width,
the last one ended with "…" when the text is longer. The presenter view sets the result
as plain text with word wrap off, so every line on screen is one it measured.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy


def wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` in lines no wider than ``width``; at most ``max_lines`` (the last elided)."""
    words = text.split()
    if not words or width <= 0 or max_lines <= 0:
        return []
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words):
        word = words[index]
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= width:
            current = trial
            index += 1
            continue
        if not current:  # one word wider than the line: cut it
            current = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
            index += 1
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
        index = len(words)
    if index < len(words) and lines:
        rest = " ".join([lines[-1], *words[index:]])
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


class FittedLabel(QLabel):
    """A plain-text label that shows its text wrapped to its own width in at most
    ``max_lines`` lines; it never asks for more width than it gets."""

    def __init__(self, max_lines: int = 1) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.max_lines = max_lines
        self.full_text = ""

    def text_width(self) -> int:
        """The width the text may take: inside the margins and the indent."""
        indent = max(0, self.indent())
        return self.contentsRect().width() - 2 * self.margin() - indent

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.fit()

    def fit(self, width: int | None = None) -> None:
        available = self.text_width() if width is None else width
        lines = wrap(self.full_text, self.fontMetrics(), available, self.max_lines)
        shown = "\n".join(lines)
        if shown != self.text():
            self.setText(shown)
        self.setAccessibleName(self.full_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def lines_needed(self, width: int) -> int:
        return len(wrap(self.full_text, self.fontMetrics(), width, self.max_lines))
