"""Text that fits: wrapping a line of user text into at most N lines of a given width,
the last one ended with "…" when the text is longer. The presenter view sets the result
as plain text with word wrap off, so every line on screen is one it measured; a column
of such entries shows as many as fit its height and "+N more", and pages through the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from workshop.ui.plurals import plural

#: How many lines one note or persona item may take before it is cut with "…".
LINES_PER_ENTRY = 3
MUTED = QColor("#d0d0d0")  # 13:1 on the presenter's background
CARD = QColor("#262626")  # a note's tile: white on it is 15:1


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenterContent", text)


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
    and says how many more there are; its own size never depends on what it holds.

    It pages: ``next_page`` shows the entries after the ones in sight, ``previous_page``
    those before; past the first page the last line says which are shown ("9–16 of 28").
    """

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
        #: The first entry in sight (0 on the first page).
        self.start = 0
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

    def show_texts(self, texts: Sequence[str], *, first_page: bool = False) -> None:
        """Show ``texts`` from the entry in sight before (the first with ``first_page``)."""
        self.texts = tuple(texts)
        if first_page:
            self.start = 0
        self.start = max(0, min(self.start, len(self.texts) - 1))
        self.fill()

    def _more_height(self) -> int:
        return self.more.fontMetrics().lineSpacing() + self.column.spacing()

    def _needed(self, text: str) -> int:
        """The height one entry takes, with the space under it."""
        margin = self.card_margin
        lines = wrap(text, QFontMetrics(self.font()), self.width() - 2 * margin, LINES_PER_ENTRY)
        line = QFontMetrics(self.font()).lineSpacing()
        return max(1, len(lines)) * line + 2 * margin + self.column.spacing()

    def fill(self) -> None:
        """Lay out as many entries as fit from ``start``, then what is not in sight."""
        width = self.width()
        height = self.height()
        margin = self.card_margin
        more_height = self._more_height()
        used = 0
        shown = 0
        for index, text in enumerate(self.texts[self.start :]):
            entry = self._label(index)
            entry.setMargin(margin)
            entry.full_text = text
            entry.fit(width - 2 * margin)
            lines = max(1, entry.text().count("\n") + 1)
            needed = lines * entry.fontMetrics().lineSpacing() + 2 * margin + self.column.spacing()
            left_after = len(self.texts) - self.start - index - 1
            reserve = more_height if left_after or self.start else 0
            if used + needed + reserve > height:
                break
            used += needed
            shown += 1
        for index, entry in enumerate(self.labels):
            entry.setVisible(index < shown)
        hidden = len(self.texts) - self.start - shown
        self.shown_count = shown
        said = [plural("+%n more", "+%n more", hidden)] if hidden else []
        if self.start and shown:
            place = _tr("{0}–{1} of {2}").format(
                self.start + 1, self.start + shown, len(self.texts)
            )
            said.insert(0, place)
        if said:
            self.more.full_text = " · ".join(said)
            self.more.fit(width)
            self.more.show()
        else:
            self.more.hide()

    def can_page(self) -> bool:
        """Whether there is more than one page (something before or after the entries
        in sight)."""
        return bool(self.start) or self.start + self.shown_count < len(self.texts)

    def next_page(self) -> bool:
        """The entries after those in sight; False when the last are in sight."""
        if self.start + self.shown_count >= len(self.texts):
            return False
        self.start += max(1, self.shown_count)
        self.fill()
        return True

    def previous_page(self) -> bool:
        """The entries before those in sight, as many as fit; False on the first page."""
        if not self.start:
            return False
        room = self.height() - self._more_height()
        first = self.start - 1
        used = self._needed(self.texts[first])
        while first > 0 and used + self._needed(self.texts[first - 1]) <= room:
            first -= 1
            used += self._needed(self.texts[first])
        self.start = first
        self.fill()
        return True

    def last_page(self) -> None:
        while self.next_page():
            pass

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fill()

    def visible_texts(self) -> list[str]:
        return [e.full_text for e in self.labels if not e.isHidden()]
