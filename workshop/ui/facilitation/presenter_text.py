"""Text that fits: wrapping a line of user text into at most N lines of a given width,
the last one ended with "…" when the text is longer. The presenter view sets the result
as plain text with word wrap off, so every line on screen is one it measured; a column
of such entries shows as many as fit its height and "+N more".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from workshop.ui.plurals import plural

#: How many lines one note or persona item may take before it is cut with "…".
LINES_PER_ENTRY = 3
MUTED = QColor("#d0d0d0")  # 13:1 on the presenter's background
CARD = QColor("#262626")  # a note's tile: white on it is 15:1


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


def coloured(widget: QWidget, role: QPalette.ColorRole, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(role, colour)
    widget.setPalette(palette)


class EntryList(QWidget):
    """A column of entries (notes, items, results) that shows as many as fit its height
    and says how many more there are; its own size never depends on what it holds."""

    def __init__(self, card: bool) -> None:
        super().__init__()
        self.card = card
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.labels: list[FittedLabel] = []
        self.more = FittedLabel(1)
        coloured(self.more, QPalette.ColorRole.WindowText, MUTED)
        self.column.addWidget(self.more)
        self.column.addStretch(1)
        self.texts: tuple[str, ...] = ()
        self.shown_count = 0
        self.card_margin = 0

    def _label(self, index: int) -> FittedLabel:
        while len(self.labels) <= index:
            entry = FittedLabel(LINES_PER_ENTRY)
            if self.card:
                entry.setAutoFillBackground(True)
                coloured(entry, QPalette.ColorRole.Window, CARD)
            self.column.insertWidget(len(self.labels), entry)
            self.labels.append(entry)
        return self.labels[index]

    def set_font(self, font: QFont) -> None:
        for widget in [*self.labels, self.more]:
            widget.setFont(font)
        self.setFont(font)
        spacing = max(4, QFontMetrics(font).lineSpacing() // 4)
        self.column.setSpacing(spacing)
        self.card_margin = max(2, spacing) if self.card else 0

    def show_texts(self, texts: Sequence[str]) -> None:
        self.texts = tuple(texts)
        self.fill()

    def fill(self) -> None:
        """Lay out as many entries as fit, then "+N more"."""
        width = self.width()
        height = self.height()
        spacing = self.column.spacing()
        margin = self.card_margin
        more_height = self.more.fontMetrics().lineSpacing() + spacing
        used = 0
        shown = 0
        for index, text in enumerate(self.texts):
            entry = self._label(index)
            entry.setMargin(margin)
            entry.full_text = text
            entry.fit(width - 2 * margin)
            lines = max(1, entry.text().count("\n") + 1)
            needed = lines * entry.fontMetrics().lineSpacing() + 2 * margin + spacing
            left_after = len(self.texts) - index - 1
            reserve = more_height if left_after else 0
            if used + needed + reserve > height:
                break
            used += needed
            shown += 1
        for index, entry in enumerate(self.labels):
            entry.setVisible(index < shown)
        hidden = len(self.texts) - shown
        self.shown_count = shown
        if hidden:
            self.more.full_text = plural("+%n more", "+%n more", hidden)
            self.more.fit(width)
            self.more.show()
        else:
            self.more.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fill()

    def visible_texts(self) -> list[str]:
        return [e.full_text for e in self.labels if not e.isHidden()]
