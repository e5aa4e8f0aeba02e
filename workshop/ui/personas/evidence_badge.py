"""The badge beside a persona item: how many notes back it, from how many distinct
respondents (or studies, for analytics), as the evidence check counts them
(``ItemEvidence.units``, said by ``units_in_words``), and of which kinds ("5 notes · 2
respondents, 1 study (interview, analytics)"; "2 notes · 1 respondent (2 sources: interview,
survey)" when one person is behind several sources); its colour says what the check thinks.
Clicking it asks the board to show those notes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QWidget,
)

from workshop.domain.evidence_check import Finding, ItemEvidence, Severity
from workshop.domain.item_evidence import units_in_words
from workshop.ui.personas.wording import source_kind_label
from workshop.ui.plain import tooltip
from workshop.ui.plurals import plural

#: Badge colours (text, background) per state; the same in light and dark palettes.
COLOURS: dict[str, tuple[str, str]] = {
    "error": ("#b71c1c", "#ffebee"),
    "warning": ("#8a5300", "#fff3e0"),
    "note": ("#37474f", "#eceff1"),
    "good": ("#1b5e20", "#e8f5e9"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceBadge", text)


def badge_text(evidence: ItemEvidence) -> str:
    if not evidence.notes:
        return _tr("No evidence")
    notes = plural("%n note", "%n notes", len(evidence.notes))
    if not evidence.sources:
        return _tr("{0} · assumptions only").format(notes)
    kinds = ", ".join(source_kind_label(kind) for kind in evidence.kinds)
    if len(evidence.sources) > len(evidence.units):
        # one respondent behind several sources (or analytics of one study): the check
        # counts them once, and so does the badge; it says how many sources there are
        sources = plural("%n source", "%n sources", len(evidence.sources))
        kinds = _tr("{0}: {1}").format(sources, kinds)
    return f"{notes} · {units_in_words(evidence.units)} ({kinds})"


def badge_state(evidence: ItemEvidence, findings: Sequence[Finding]) -> str:
    severities = {f.severity for f in findings}
    for severity in (Severity.ERROR, Severity.WARNING, Severity.NOTE):
        if severity in severities:
            return str(severity)
    return "good" if evidence.is_grounded else "note"


class EvidenceBadge(QToolButton):
    """The badge as wide as its text where there is room; in a narrow editor it shrinks
    to its first words with "…" (the whole text stays in its tooltip and name), so a
    badge listing many source kinds never makes the editor scroll sideways."""

    #: The note ids behind the item (the board shows and highlights them).
    highlight_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.note_ids: list[str] = []
        self.state = "note"
        self.clicked.connect(self._clicked)
        self.show_evidence(ItemEvidence(), ())

    def show_evidence(self, evidence: ItemEvidence, findings: Sequence[Finding]) -> None:
        self.note_ids = [n.id for n in evidence.notes]
        self.state = badge_state(evidence, findings)
        text = badge_text(evidence)
        self.setText(text)
        foreground, background = COLOURS[self.state]
        self.setStyleSheet(
            f"QToolButton {{ color: {foreground}; background: {background}; "
            f"border: 1px solid {foreground}; border-radius: 8px; padding: 1px 6px; }}"
        )
        lines = [text]  # the whole of it, also where the badge shows its first words
        lines += [f.message + "\n" + _tr("Fix: {0}").format(f.fix) for f in findings]
        if evidence.notes:
            lines.append(_tr("Click to show these notes on the board."))
        else:
            lines.append(_tr("Drag notes or a cluster from the board onto this item."))
        self.setToolTip(tooltip("\n\n".join(lines)))
        self.setAccessibleName(_tr("Evidence: {0}").format(text))
        self.setEnabled(True)

    def minimumSizeHint(self) -> QSize:
        hint = super().sizeHint()
        chrome = hint.width() - self.fontMetrics().horizontalAdvance(self.text())
        least = chrome + self.fontMetrics().horizontalAdvance(
            plural("%n note", "%n notes", 99) + "…"
        )
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        whole = super().sizeHint().width()
        if self.width() < whole:  # narrower than its text: the first words and "…"
            chrome = whole - metrics.horizontalAdvance(option.text)
            option.text = metrics.elidedText(
                option.text, Qt.TextElideMode.ElideRight, max(0, self.width() - chrome)
            )
        painter = QStylePainter(self)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)

    def _clicked(self) -> None:
        if self.note_ids:
            self.highlight_requested.emit(list(self.note_ids))
