"""The badge beside a persona item: how many notes back it, from how many sources, of which
kinds ("5 notes · 3 sources (interview, survey)"); its colour says what the check thinks.
Clicking it asks the board to show those notes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from workshop.domain.evidence_check import Finding, ItemEvidence, Severity
from workshop.ui.personas.wording import plural, source_kind_label
from workshop.ui.plain import tooltip

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
    notes = plural(len(evidence.notes), _tr("{0} note"), _tr("{0} notes"))
    if not evidence.sources:
        return _tr("{0} · assumptions only").format(notes)
    sources = plural(len(evidence.sources), _tr("{0} source"), _tr("{0} sources"))
    if len(evidence.units) < len(evidence.sources):
        # one respondent behind several sources (or analytics of one study): the check
        # counts them once, and so does the badge
        sources += ", " + _tr("counted as {0}").format(len(evidence.units))
    kinds = ", ".join(source_kind_label(kind) for kind in evidence.kinds)
    return f"{notes} · {sources} ({kinds})"


def badge_state(evidence: ItemEvidence, findings: Sequence[Finding]) -> str:
    severities = {f.severity for f in findings}
    for severity in (Severity.ERROR, Severity.WARNING, Severity.NOTE):
        if severity in severities:
            return str(severity)
    return "good" if evidence.is_grounded else "note"


class EvidenceBadge(QToolButton):
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
        lines = [f.message + "\n" + _tr("Fix: {0}").format(f.fix) for f in findings]
        if evidence.notes:
            lines.append(_tr("Click to show these notes on the board."))
        else:
            lines.append(_tr("Drag notes or a cluster from the board onto this item."))
        self.setToolTip(tooltip("\n\n".join(lines)))
        self.setAccessibleName(_tr("Evidence: {0}").format(text))
        self.setEnabled(True)

    def _clicked(self) -> None:
        if self.note_ids:
            self.highlight_requested.emit(list(self.note_ids))
